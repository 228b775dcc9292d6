// The emulator's own routes, outside the Face API's paths: create a container with a chosen
// training outcome while it runs, and list the containers with their trainings (what the
// console shows beside the Face API's answers, and what tests measure a poller by); play the
// device's side of a liveness session (what the Liveness SDK does on a phone, which the Face
// API's contract leaves out), and list the sessions.
import type { FastifyInstance } from "fastify";
import { error, send } from "./replies.js";
import type { Sessions } from "./sessions.js";
import { type ContainerSeed, SEED_OPTIONS } from "./training.js";

export interface Admin {
  /** The kinds of container that can be created (path segments). */
  kinds: string[];
  addContainer(seed: ContainerSeed): void;
  listing(): unknown[];
  sessions: Pick<Sessions, "decisions" | "authorize" | "attempt" | "listing">;
  settled(): Promise<void> | undefined;
}

/** Where the device's side of the liveness sessions is. */
export const SESSIONS_ROUTE = "/emulator/liveness-sessions";

export function addAdminRoutes(app: FastifyInstance, { kinds, addContainer, listing, sessions, settled }: Admin) {
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

  // The device's attempt: authenticated as the Liveness SDK is, by the session's token (no key),
  // before its body is read; `{ decision, image? }`, the image the device saw in base64.
  app.post(
    `${SESSIONS_ROUTE}/:sessionId/attempts`,
    {
      onRequest: async (request, reply) => {
        const { sessionId } = request.params as { sessionId: string };
        const found = sessions.authorize(sessionId, request.headers.authorization);
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
      const answer = sessions.attempt(sessionId, request.headers.authorization, decision, bytes);
      await settled();
      return send(reply, answer);
    },
  );
  app.get(SESSIONS_ROUTE, async (_request, reply) => send(reply, { status: 200, body: sessions.listing() }));
}
