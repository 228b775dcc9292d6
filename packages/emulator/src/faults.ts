// Authentication and injected faults: the first thing a Face API request meets, before its body
// is read. A fault is drawn from a seeded PRNG, so a faulty run can be repeated exactly.
import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { error, send } from "./replies.js";

/** Faults to inject into Face API responses (after authentication), by chance. */
export interface Faults {
  /** The share of requests answered 429 with `Retry-After`. Default 0. */
  throttleRate?: number;
  /** The `Retry-After` of a 429, in seconds. Default 1. */
  retryAfterSeconds?: number;
  /** The share of requests answered with `errorStatus`. Default 0. */
  errorRate?: number;
  /** The status of an injected error. Default 503. */
  errorStatus?: number;
  /** Extra latency of every response, in ms. Default 0. */
  latencyMs?: number;
  /** The seed of the random draws, so a faulty run can be repeated. Default 1. */
  seed?: number;
}

/** The service's answer to a missing or wrong key. */
export const UNAUTHORIZED =
  "Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.";

/**
 * Refuses a Face API request without the key (or one of the tokens), then injects the faults;
 * every answer gets an `apim-request-id`.
 */
export function guard(app: FastifyInstance, key: string, tokens: string[], faults: Faults) {
  const random = mulberry32(faults.seed ?? 1);
  app.addHook("onRequest", async (request, reply) => {
    if (!request.url.startsWith("/face/")) return;
    const bearer = request.headers.authorization?.match(/^Bearer (.+)$/)?.[1];
    if (request.headers["ocp-apim-subscription-key"] !== key && !(bearer && tokens.includes(bearer))) {
      return send(reply, error(401, "401", UNAUTHORIZED));
    }
    if (faults.throttleRate && random() < faults.throttleRate) {
      const seconds = faults.retryAfterSeconds ?? 1;
      return send(
        reply,
        error(429, "429", `Rate limit is exceeded. Try again in ${seconds} seconds.`, {
          "Retry-After": String(seconds),
        }),
      );
    }
    if (faults.errorRate && random() < faults.errorRate) {
      return send(
        reply,
        error(faults.errorStatus ?? 503, "ServiceUnavailable", "The service is temporarily unavailable."),
      );
    }
  });
  app.addHook("onSend", async (request, reply) => {
    reply.header("apim-request-id", randomUUID());
    if (faults.latencyMs && request.url.startsWith("/face/")) {
      await new Promise((resolve) => setTimeout(resolve, faults.latencyMs));
    }
  });
}

/** A small seeded PRNG, so that a run with faults can be repeated exactly. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
