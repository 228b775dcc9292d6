// The emulator's own routes, outside the Face API's paths: create a container with a chosen
// training outcome while it runs, and list the containers with their trainings (what the
// console shows beside the Face API's answers, and what tests measure a poller by); play the
// device's side of a liveness session (what the Liveness SDK does on a phone, which the Face
// API's contract leaves out), and list the sessions.
//
// The device's route takes the session's token, as the Liveness SDK sends it (`Authorization:
// Bearer <authToken>`), or the emulator's key (`Ocp-Apim-Subscription-Key`) in its place. The key
// is for the console (console.ts): its page has the key but never a session's token (only the
// create's answer holds it; the emulator keeps its hash), and whoever holds the key could create
// and delete sessions anyway, so taking an attempt with it grants nothing new. Every other rule
// holds for both: one attempt per session, none after the token's expiry, none on a deleted
// session (401). A key that is not the emulator's is refused as the Face API refuses it.
import { timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { UNAUTHORIZED } from "./faults.js";
import { error, send } from "./replies.js";
import type { DeviceCredential, Sessions } from "./sessions.js";
import { type ContainerSeed, SEED_OPTIONS } from "./training.js";

export interface Admin {
  /** The kinds of container that can be created (path segments). */
  kinds: string[];
  addContainer(seed: ContainerSeed): void;
  listing(): unknown[];
  sessions: Pick<Sessions, "decisions" | "authorize" | "attempt" | "listing">;
  /** The emulator's key, which the device's route takes in place of a session's token. */
  key: string;
  settled(): Promise<void> | undefined;
}

/** Where the device's side of the liveness sessions is. */
export const SESSIONS_ROUTE = "/emulator/liveness-sessions";

/** Whether a header's value is the key (compared in constant time). */
const isKey = (given: string | string[] | undefined, key: string) => {
  if (typeof given !== "string") return false;
  const [a, b] = [Buffer.from(given), Buffer.from(key)];
  return a.length === b.length && timingSafeEqual(a, b);
};

export function addAdminRoutes(app: FastifyInstance, { kinds, addContainer, listing, sessions, key, settled }: Admin) {
  /** What a device's request bears; undefined when it bears a key that is not the emulator's. */
  const credentialOf = (request: FastifyRequest): DeviceCredential | undefined => {
    const given = request.headers["ocp-apim-subscription-key"];
    if (given !== undefined && !isKey(given, key)) return undefined;
    return { authorization: request.headers.authorization, keyHolder: given !== undefined };
  };

  app.put(
    "/emulator/containers/:kind/:id",
    {
      schema: {
        params: { type: "object", properties: { kind: { enum: kinds }, id: { type: "string" } } },
        body: {
          type: ["object", "null"],
          additionalProperties: false,
          properties: SEED_OPTIONS,
        },
      },
    },
    async (request, reply) => {
      const { kind, id } = request.params as { kind: string; id: string };
      try {
        addContainer({ ...((request.body as object | null) ?? {}), kind, id });
      } catch (e) {
        return send(reply, error(400, "BadArgument", (e as Error).message));
      }
      await settled();
      return send(reply, { status: 201, body: { kind, id } });
    },
  );
  app.get("/emulator/containers", async (_request, reply) => send(reply, { status: 200, body: listing() }));

  // The device's attempt: authenticated as the Liveness SDK is, by the session's token (or by the
  // emulator's key: see above), before its body is read; `{ decision, image? }`, the image the
  // device saw in base64.
  app.post(
    `${SESSIONS_ROUTE}/:sessionId/attempts`,
    {
      onRequest: async (request, reply) => {
        const { sessionId } = request.params as { sessionId: string };
        const credential = credentialOf(request);
        if (!credential) return send(reply, error(401, "401", UNAUTHORIZED));
        const found = sessions.authorize(sessionId, credential);
        if ("status" in found) return send(reply, found);
      },
      schema: {
        body: {
          type: "object",
          required: ["decision"],
          additionalProperties: false,
          properties: {
            decision: { type: "string", enum: [...sessions.decisions] },
            image: { type: "string", minLength: 1 },
          },
        },
      },
    },
    async (request, reply) => {
      const { sessionId } = request.params as { sessionId: string };
      const { decision, image } = request.body as { decision: string; image?: string };
      const bytes = image === undefined ? undefined : Buffer.from(image, "base64");
      if (image !== undefined && bytes?.toString("base64") !== image) {
        return send(reply, error(400, "BadArgument", "Invalid request: body.image must be base64 (with its padding)."));
      }
      // onRequest refused a request bearing a wrong key: this one bears a credential.
      const answer = sessions.attempt(sessionId, credentialOf(request) as DeviceCredential, decision, bytes);
      await settled();
      return send(reply, answer);
    },
  );
  app.get(SESSIONS_ROUTE, async (_request, reply) => send(reply, { status: 200, body: sessions.listing() }));
}
