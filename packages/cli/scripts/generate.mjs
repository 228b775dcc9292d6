// Generates the CLI's one table of commands, src/generated/commands.ts, from the spec's operation
// table. Every operation is a command named after its client method (`createPersonGroup` →
// `create-person-group`), its path parameters its arguments, its body from --body (JSON) or
// --image (files), its query parameters flags (`returnRecognitionModel` →
// `--return-recognition-model`), --all for a paged list (its iterator). A multipart form's file
// part is --image (one file) and its fields are flags, beside the query parameters: all of them
// the client method's options. An answer that is not JSON (an image) is bytes, written to --out.
//
// A long-running operation adds, by its role (`x-face-role`), the words of its kind: the train of
// a container is also `train <kind>` (`trainPersonGroup` → `train person-group`) and takes
// --wait; its polling operation, a trainingStatus, is also `status <kind>`; and its waiter
// (`longRunning.waiterName`) is a command too, `wait-for-train-person-group`, also `wait <kind>`.
// Another long-running operation (a person directory write) takes --wait, and its waiter is a
// command that takes what the waiter takes (`wait-for-create-person <operationLocation>`).
// The names are the client's (FaceClientMethods), so a method the client does not have fails the
// CLI's type-check.
import { writeFileSync } from "node:fs";
import { operations } from "@face-training/spec";

const kebab = (text) => text.replace(/\B[A-Z]/g, (c) => `-${c}`).toLowerCase();
/** The first sentence of a description: what help prints. */
const sentence = (text) => (text ?? "").split(/(?<=\.)\s/)[0] ?? "";

/** The CLI's verb for each step of a long-running operation: the role's action starts it. */
const STEP_VERBS = { status: "status", wait: "wait" };

const trainOf = (operation) =>
  operations.find((o) => o.role.action === "train" && o.longRunning?.pollingOperationId === operation.operationId);

/** A flag of a query parameter or a form field: its name, the flag, its JSON type, its help. */
const flagOf = (name, schema, description) => ({
  name,
  flag: kebab(name),
  type: schema.type ?? "string",
  items: schema.items?.type ?? null,
  description: sentence(description),
});

/** A multipart body's form fields (its parts but the file), as flags. */
function formFields(body) {
  if (body?.kind !== "multipart") return [];
  const required = body.schema.required ?? [];
  return Object.entries(body.schema.properties ?? {})
    .filter(([name]) => name !== body.filePart)
    .map(([name, schema]) => {
      const flag = flagOf(name, schema, schema.description);
      return required.includes(name) ? { ...flag, description: `${flag.description} Required.`.trim() } : flag;
    });
}

function command(operation) {
  const path = operation.parameters.filter((p) => p.in === "path");
  const answer = operation.success.body?.contentType;
  return {
    name: kebab(operation.name),
    method: operation.name,
    summary: operation.summary,
    description: operation.description ?? "",
    group: operation.tags[0] ?? operation.group,
    versions: operation.versions ?? null,
    arguments: path.map((p) => ({ name: p.name, description: sentence(p.description) })),
    body: operation.body ? operation.body.kind : null,
    image: operation.body?.image
      ? {
          minBytes: operation.body.image.minBytes,
          maxBytes: operation.body.image.maxBytes,
          part: operation.body.filePart ?? null,
        }
      : null,
    flags: [
      ...operation.parameters.filter((p) => p.in === "query").map((p) => flagOf(p.name, p.schema, p.description)),
      ...formFields(operation.body),
    ],
    bytes: answer && !/json/.test(answer) ? answer : null,
    iterator: operation.paging?.iteratorName ?? null,
    waiter: null,
    waitFrom: null,
    polling: null,
    lifecycle: null,
  };
}

/** What the CLI shows of a status, as the long-running operation's x-face-polling names it. */
const statusOf = ({ statusProperty, messageProperty, lastSucceededProperty }) => ({
  statusProperty,
  ...(messageProperty && { messageProperty }),
  ...(lastSucceededProperty && { lastSucceededProperty }),
});

const commands = [];
for (const operation of operations) {
  const entry = command(operation);
  const { action, container } = operation.role;
  if (action === "train") {
    const { waiterName } = operation.longRunning;
    const status = statusOf(operation.longRunning);
    const kind = kebab(container);
    entry.waiter = waiterName;
    entry.lifecycle = { verb: action, kind, step: "start", ...status };
    commands.push(entry, {
      ...entry,
      name: kebab(waiterName),
      method: waiterName,
      summary: `Wait for ${operation.summary} to end`,
      description: `Polls its status until it ends, showing its progress.`,
      lifecycle: { verb: STEP_VERBS.wait, kind, step: "wait", ...status },
    });
  } else if (action === "trainingStatus") {
    const train = trainOf(operation);
    if (!train) throw new Error(`${operation.operationId}: a trainingStatus that no train polls`);
    entry.lifecycle = {
      verb: STEP_VERBS.status,
      kind: kebab(container),
      step: "status",
      ...statusOf(train.longRunning),
    };
    commands.push(entry);
  } else if (operation.longRunning) {
    // A long-running write of no kind's lifecycle (the person directory's): --wait waits for it,
    // and its waiter is a command of its own, taking what the waiter takes.
    const { waiterName, locationHeader } = operation.longRunning;
    const from = locationHeader && operation.longRunning.locationProperty;
    entry.waiter = waiterName;
    entry.waitFrom = from ?? null;
    entry.polling = statusOf(operation.longRunning);
    commands.push(entry, {
      ...entry,
      name: kebab(waiterName),
      method: waiterName,
      summary: `Wait for ${operation.summary} to end`,
      description: "Polls its status until it ends, showing its progress.",
      arguments: from ? [{ name: from, description: `The ${locationHeader} of its answer.` }] : entry.arguments,
      body: null,
      image: null,
      flags: [],
      bytes: null,
      iterator: null,
      waitFrom: null,
    });
  } else commands.push(entry);
}

writeFileSync(
  new URL("../src/generated/commands.ts", import.meta.url),
  `/**
 * The CLI's commands: one for every operation of the spec, and one for every waiter.
 * Generated by packages/cli/scripts/generate.mjs during \`pnpm build\` — do not edit.
 */
import type { FaceClientMethods } from "@face-training/client";

/** A command: the client method it calls, its arguments, its body and its flags. */
export interface Command {
  /** Its name: the client method's, in kebab case. */
  name: string;
  method: keyof FaceClientMethods;
  summary: string;
  description: string;
  /** The operation's group (its tag), for help. */
  group: string;
  /** The API versions that have the operation, when not every version does; null: every version. */
  versions: readonly string[] | null;
  /** The path parameters: the command's arguments, in order. */
  arguments: readonly { name: string; description: string }[];
  /**
   * "json": --body takes the JSON; "binary": --image takes files; "multipart": --image takes the
   * form's file, its fields are flags; null: no body.
   */
  body: "json" | "binary" | "multipart" | null;
  /** The size an image must have, checked before anything is sent, and a form's part it is. */
  image: { minBytes: number; maxBytes: number; part: string | null } | null;
  /**
   * The query parameters and a form's fields, as flags: the options of the client method; an
   * array's items are comma-separated.
   */
  flags: readonly { name: string; flag: string; type: string; items: string | null; description: string }[];
  /** The content type of an answer that is bytes (an image), written to --out or stdout; null: JSON. */
  bytes: string | null;
  /** The client's iterator of a paged list, for --all. */
  iterator: keyof FaceClientMethods | null;
  /** The waiter of a long-running operation: what --wait calls after a start, and what a wait calls. */
  waiter: keyof FaceClientMethods | null;
  /** The property of the command's result the waiter takes (\`operationLocation\`); null: the command's ids. */
  waitFrom: string | null;
  /** How a long-running operation of no kind's lifecycle ends: its status's properties. */
  polling: { statusProperty: string; messageProperty?: string } | null;
  /**
   * A step of a long-running operation: \`<verb> <kind>\` is the command's other name (\`train
   * person-group\`); \`statusProperty\` is the property of its status that says where it is,
   * \`messageProperty\` why (or what it does), \`lastSucceededProperty\` when it last succeeded.
   */
  lifecycle: {
    verb: string;
    kind: string;
    step: "start" | "status" | "wait";
    statusProperty: string;
    messageProperty?: string;
    lastSucceededProperty?: string;
  } | null;
}

export const commands = ${JSON.stringify(commands, null, 2)} as const satisfies readonly Command[];
`,
);
