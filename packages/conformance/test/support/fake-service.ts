import type { Handler, Reply } from "@face-training/test-server";
import { validator } from "./openapi.js";

/** The containers the fake knows, by path segment, with the service's not-found code. */
const KINDS: Record<string, string> = {
  persongroups: "PersonGroupNotFound",
  largepersongroups: "LargePersonGroupNotFound",
  largefacelists: "LargeFaceListNotFound",
};

interface Training {
  status: "notStarted" | "running" | "succeeded" | "failed";
  polls: number;
  createdDateTime: string;
  lastActionDateTime: string | null;
  lastSuccessfulTrainingDateTime: string;
}

const isTrainingResult = validator("3.0", "/components/schemas/TrainingResult");
const isFaceErrorResponse = validator("3.0", "/components/schemas/FaceErrorResponse");

/**
 * A stateful stand-in for the Face training operations: containers named in `containers` exist;
 * a training moves notStarted → running → succeeded, or failed for ids that start with "fail",
 * one step per status poll. Every body it sends is checked against the committed OpenAPI, and a
 * mismatch is recorded in `violations`.
 */
export function fakeFaceService(key: string, containers: string[]) {
  const trainings = new Map<string, Training>();
  const violations: string[] = [];
  const created = new Date().toISOString();

  const send = (reply: Reply, valid: (body: unknown) => boolean): Reply => {
    if (!valid(reply.body)) violations.push(JSON.stringify(reply.body));
    return reply;
  };
  const error = (status: number, code: string, message: string) =>
    send({ status, headers: { "x-ms-error-code": code }, body: { error: { code, message } } }, isFaceErrorResponse);

  const handler: Handler = (request) => {
    if (request.headers["ocp-apim-subscription-key"] !== key) {
      return error(401, "401", "Access denied due to invalid subscription key or wrong API endpoint.");
    }
    const [, segment = "", id = "", action] =
      request.url.match(/^\/face\/[^/]+\/(\w+)\/([^/]+)\/(train|training)$/) ?? [];
    const notFound = KINDS[segment];
    if (!notFound || !action) return error(404, "NotFound", "Resource not found.");
    if (!containers.includes(`${segment}/${id}`)) return error(404, notFound, `${segment} ${id} is not found.`);
    const name = `${segment}/${id}`;
    if (action === "train" && request.method === "POST") {
      trainings.set(name, {
        status: "notStarted",
        polls: 0,
        createdDateTime: created,
        lastActionDateTime: null,
        lastSuccessfulTrainingDateTime: created,
      });
      const location = `http://${request.headers.host}/face/v1.2-preview.1/${name}/training`;
      return { status: 202, headers: { "operation-Location": location } };
    }
    const training = trainings.get(name);
    if (action !== "training" || request.method !== "GET" || !training) return error(404, notFound, "Not trained.");
    training.polls += 1;
    const now = new Date().toISOString();
    if (training.polls === 2) training.status = "running";
    if (training.polls >= 3) training.status = id.startsWith("fail") ? "failed" : "succeeded";
    training.lastActionDateTime = now;
    if (training.status === "succeeded") training.lastSuccessfulTrainingDateTime = now;
    const { polls: _polls, ...result } = training;
    const message =
      training.status === "failed" ? { message: "There are no persons with faces in the container." } : {};
    return send({ status: 200, body: { ...result, ...message } }, isTrainingResult);
  };
  return { handler, violations };
}
