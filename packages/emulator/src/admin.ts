// The emulator's own routes, outside the Face API's paths: create a container with a chosen
// training outcome while it runs, and list the containers with their trainings (what the
// console shows beside the Face API's answers, and what tests measure a poller by).
import type { FastifyInstance } from "fastify";
import { error, send } from "./replies.js";
import { type ContainerSeed, SEED_OPTIONS } from "./training.js";

export interface Admin {
  /** The kinds of container that can be created (path segments). */
  kinds: string[];
  addContainer(seed: ContainerSeed): void;
  listing(): unknown[];
  settled(): Promise<void> | undefined;
}

export function addAdminRoutes(app: FastifyInstance, { kinds, addContainer, listing, settled }: Admin) {
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
}
