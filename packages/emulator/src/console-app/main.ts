// The emulator's console, in the browser: every container by kind with what it holds, and its
// training, read through our own client (the Face API, exactly as an application reads it) and
// the emulator's own listing (`changedSinceTraining`, which the Face API does not tell). It polls:
// faster while a training runs. Plain DOM; every text from the API goes in as text, never HTML.
//
// Sections: the containers by kind, then the liveness sessions, from the emulator's own listing
// (`GET /emulator/liveness-sessions`: the v1.2 API lists no sessions), with their status and
// decision. A session that takes an attempt has a button per decision a device may report (the
// spec's, given by the page's config), and a file input for the image the device saw: a click
// makes the session's attempt on the device's route, as its device would. The page has no
// session's token (only the create's answer holds it), so it sends the key, which that route
// takes in the token's place (admin.ts); the polling then shows the session run and end.
import { createFaceClient, DEFAULT_API_VERSION, FaceApiError, type FaceClient } from "@face-training/client";
import type { Operation } from "@face-training/spec";
import table from "@face-training/spec/generated/operations.json" with { type: "json" };
import { type ContainerKind, containerKinds, words } from "./model.js";

/** What the emulator puts in the page (see console.ts): the decisions a device may report; its key, for a page opened on this machine. */
interface Config {
  decisions?: string[];
  key?: string;
}

/** A container as the console shows it. */
interface ContainerView {
  kind: ContainerKind;
  id: string;
  fields: Record<string, unknown>;
  collections: { label: string; parameter: string; items: Record<string, unknown>[] }[];
  /** Its training status; `null` when it was never trained; absent for a kind without training. */
  training?: Record<string, unknown> | null;
  /** From the emulator's listing: whether what it holds changed since its last successful training. */
  changedSinceTraining?: boolean | null;
}

const operations = (table as unknown as { operations: Operation[] }).operations;
const kinds = containerKinds(operations);
const KEY_STORAGE = "face-emulator-console-key";
/** The emulator's own listing of containers and their trainings (outside the Face API). */
const EMULATOR_CONTAINERS = "/emulator/containers";
/** The emulator's own listing of liveness sessions. */
const EMULATOR_SESSIONS = "/emulator/liveness-sessions";

/** A liveness session, as the emulator's listing gives it. */
interface SessionView {
  kind: string;
  id: string;
  status: string;
  /** Whether its attempt runs now. */
  running: boolean;
  /** Whether the device's route takes its attempt now (none made yet, its token unexpired). */
  acceptsAttempt: boolean;
  decision: string | null;
  createdAt: string;
  tokenExpiresAt: string;
  keepsImage: boolean;
  verifies: boolean;
}
const IDLE_MS = 1000;
const BUSY_MS = 250;
/**
 * Words for people on the decision buttons. The spec names the values, not words for them: a
 * value it adds shows as itself.
 */
const DECISION_LABELS: Record<string, string> = { realface: "Real face", spoofface: "Spoof" };

/** What the page keeps of the attempts it makes: the image chosen per session, attempts in flight, refusals. */
interface Attempts {
  decisions: readonly string[];
  chosen: Map<string, File>;
  pending: Set<string>;
  problems: Map<string, string>;
  make(sessionId: string, decision: string): void;
  choose(sessionId: string, file: File | undefined): void;
}

type Method = (...args: unknown[]) => Promise<unknown>;
type Iterator = (...args: unknown[]) => AsyncIterable<Record<string, unknown>>;
/** Clients by API version: an operation is called with the default version's, or (one only in a preview) its first version's. */
type Clients = (operation: Operation) => FaceClient;
const method = (clients: Clients, operation: Operation, name = operation.name) => {
  const client = clients(operation);
  return (client as unknown as Record<string, Method>)[name]?.bind(client) as Method;
};

/** Every item of a list operation, through its iterator when it pages; of a list answering one object, its ids. */
async function listAll(
  clients: Clients,
  list: Operation,
  ids: string[],
  collection?: { parameter: string; property?: string },
): Promise<Record<string, unknown>[]> {
  if (collection?.property) {
    const answer = (await method(clients, list)(...ids)) as Record<string, unknown>;
    const listed = (answer[collection.property] ?? []) as unknown[];
    return listed.map((id) => ({ [collection.parameter]: id }));
  }
  if (!list.paging) return (await method(clients, list)(...ids)) as Record<string, unknown>[];
  const items: Record<string, unknown>[] = [];
  const iterate = method(clients, list, list.paging.iteratorName) as unknown as Iterator;
  for await (const item of iterate(...ids)) items.push(item);
  return items;
}

/** What the emulator holds now, as the API and its own listing give it. */
async function load(clients: Clients): Promise<ContainerView[]> {
  const listing = await fetch(EMULATOR_CONTAINERS).then(
    (response) =>
      (response.ok ? response.json() : []) as Promise<
        { kind: string; id: string; changedSinceTraining: boolean | null }[]
      >,
  );
  const changed = new Map(listing.map((entry) => [`${entry.kind}/${entry.id}`, entry.changedSinceTraining]));
  const views = await Promise.all(
    kinds.map(async (kind) => {
      const containers = await listAll(clients, kind.list, []);
      return Promise.all(
        containers.map(async (container): Promise<ContainerView> => {
          const id = String(container[kind.parameter]);
          const [fields, collections, training] = await Promise.all([
            method(clients, kind.read)(id) as Promise<Record<string, unknown>>,
            Promise.all(
              kind.collections.map(async (collection) => ({
                label: collection.label,
                parameter: collection.parameter,
                items: await listAll(clients, collection.list, [id], collection),
              })),
            ),
            kind.training && trainingOf(clients, kind.training, id),
          ]);
          return {
            kind,
            id,
            fields,
            collections,
            ...(kind.training && {
              training: training ?? null,
              changedSinceTraining: changed.get(`${kind.segment}/${id}`) ?? null,
            }),
          };
        }),
      );
    }),
  );
  return views.flat();
}

/** The liveness sessions the emulator holds (none when the listing cannot be read). */
async function loadSessions(): Promise<SessionView[]> {
  const response = await fetch(EMULATOR_SESSIONS);
  return response.ok ? ((await response.json()) as SessionView[]) : [];
}

/** Bytes in base64, as the device's route takes an image. */
function base64(bytes: Uint8Array): string {
  let text = "";
  for (let at = 0; at < bytes.length; at += 0x8000) text += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(text);
}

/**
 * Makes a session's attempt as its device would, with the emulator's key in the token's place:
 * undefined once it is accepted, else the refusal (its status, code and message) to show.
 */
async function attempt(key: string, sessionId: string, decision: string, file: File | undefined) {
  const image = file && base64(new Uint8Array(await file.arrayBuffer()));
  const response = await fetch(`${EMULATOR_SESSIONS}/${encodeURIComponent(sessionId)}/attempts`, {
    method: "POST",
    headers: { "Ocp-Apim-Subscription-Key": key, "content-type": "application/json" },
    body: JSON.stringify({ decision, ...(image !== undefined && { image }) }),
  });
  if (response.ok) return undefined;
  const { error } = ((await response.json().catch(() => ({}))) ?? {}) as {
    error?: { code?: string; message?: string };
  };
  return `Refused (${response.status} ${error?.code ?? ""}): ${error?.message ?? response.statusText}`;
}

/** A container's training status, or undefined when it was never trained (the service's not-trained answer). */
async function trainingOf(clients: Clients, training: NonNullable<ContainerKind["training"]>, id: string) {
  try {
    return (await method(clients, training.status)(id)) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof FaceApiError && error.code === training.notTrained) return undefined;
    throw error;
  }
}

// --- Rendering ---------------------------------------------------------------------------------

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string | undefined)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) if (child !== undefined) node.append(child);
  return node;
}

/** An item's fields, its id aside: text as is, arrays as chips (faces), objects by their values. */
function fieldsOf(item: Record<string, unknown>, idParameter: string): HTMLElement {
  const list = element("dl");
  for (const [name, value] of Object.entries(item)) {
    if (name === idParameter || value === undefined || value === null) continue;
    const shown = Array.isArray(value)
      ? element(
          "span",
          { class: "chips" },
          ...(value.length
            ? value.map((entry) =>
                element(
                  "span",
                  {
                    class: "chip",
                    "data-face": String(typeof entry === "object" ? Object.values(entry ?? {})[0] : entry),
                  },
                  typeof entry === "object" ? Object.values(entry ?? {}).join(" · ") : String(entry),
                ),
              )
            : ["none"]),
        )
      : String(value);
    list.append(element("dt", {}, words(name)), element("dd", {}, shown));
  }
  return list;
}

const withoutName = (item: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(item).filter(([field]) => field !== "name"));

function trainingOfView(view: ContainerView): HTMLElement | undefined {
  if (view.training === undefined) return undefined;
  const status = view.training === null ? "never trained" : String(view.training.status);
  const box = element(
    "div",
    { class: "training" },
    "Training: ",
    element("span", { class: `status status-${status.replace(/\W/g, "-")}`, "data-training-status": status }, status),
  );
  const { lastSuccessfulTrainingDateTime: success, lastActionDateTime: last, message } = view.training ?? {};
  if (last) box.append(element("span", { class: "muted" }, ` last action ${String(last)}`));
  if (success) box.append(element("span", { class: "muted" }, ` · last success ${String(success)}`));
  if (message) box.append(element("div", { class: "message" }, String(message)));
  if (view.changedSinceTraining !== null && view.changedSinceTraining !== undefined) {
    box.append(
      " ",
      element(
        "span",
        {
          class: `changed changed-${view.changedSinceTraining}`,
          "data-changed-since-training": String(view.changedSinceTraining),
        },
        view.changedSinceTraining ? "changed since training" : "unchanged since training",
      ),
    );
  }
  return box;
}

function containerOf(view: ContainerView): HTMLElement {
  const name = view.fields.name === undefined ? view.id : String(view.fields.name);
  const card = element(
    "article",
    { class: "container", "data-container": `${view.kind.segment}/${view.id}` },
    element("h3", {}, name, " ", element("code", {}, view.id)),
    trainingOfView(view),
    fieldsOf(withoutName(view.fields), view.kind.parameter),
  );
  for (const collection of view.collections) {
    const items = element("ul", { class: "items" });
    for (const item of collection.items) {
      const id = String(item[collection.parameter]);
      items.append(
        element(
          "li",
          { "data-item": id },
          ...(item.name === undefined ? [] : [element("strong", {}, String(item.name)), " "]),
          element("code", {}, id),
          fieldsOf(withoutName(item), collection.parameter),
        ),
      );
    }
    card.append(element("h4", {}, `${collection.label} (${collection.items.length})`), items);
  }
  return card;
}

/** The device's controls of a session that takes an attempt: the image it saw, and a button per decision. */
function deviceOf(session: SessionView, attempts: Attempts): HTMLElement | undefined {
  const problem = attempts.problems.get(session.id);
  const shownProblem = problem === undefined ? undefined : element("div", { class: "message" }, problem);
  if (!session.acceptsAttempt) return shownProblem;
  const busy = attempts.pending.has(session.id);
  const image = element("input", {
    type: "file",
    accept: "image/*",
    "data-attempt-image": "",
    "aria-label": "The image the device saw (optional)",
  });
  image.addEventListener("change", () => attempts.choose(session.id, image.files?.[0]));
  const chosen = attempts.chosen.get(session.id);
  const buttons = attempts.decisions.map((decision) => {
    const button = element(
      "button",
      { type: "button", "data-attempt": decision, title: `Report ${decision}, as the session's device would` },
      DECISION_LABELS[decision] ?? words(decision),
    );
    button.disabled = busy;
    button.addEventListener("click", () => attempts.make(session.id, decision));
    return button;
  });
  return element(
    "div",
    { class: "device" },
    "As its device: ",
    ...buttons,
    element(
      "label",
      { class: "muted" },
      " the image it saw: ",
      image,
      ...(chosen ? [element("span", { "data-attempt-chosen": "" }, ` ${chosen.name}`)] : []),
    ),
    shownProblem,
  );
}

function sessionOf(session: SessionView, attempts: Attempts): HTMLElement {
  // The status's class as the trainings' are named (`status-notStarted`).
  const style = session.status.replace(/^\w/, (c) => c.toLowerCase()).replace(/\W/g, "-");
  const state = element(
    "div",
    {},
    "Status: ",
    element("span", { class: `status status-${style}`, "data-session-status": session.status }, session.status),
  );
  if (session.decision !== null)
    state.append(" ", element("span", { class: "chip", "data-decision": session.decision }, session.decision));
  return element(
    "article",
    { class: "container", "data-session": session.id },
    element("h3", {}, words(session.kind), " ", element("code", {}, session.id)),
    state,
    deviceOf(session, attempts),
    fieldsOf(
      {
        created: session.createdAt,
        tokenExpires: session.tokenExpiresAt,
        keepsImage: String(session.keepsImage),
        verifies: String(session.verifies),
      },
      "",
    ),
  );
}

function render(root: HTMLElement, views: ContainerView[], sessions: SessionView[], attempts: Attempts) {
  const sections = kinds.map((kind) => {
    const mine = views.filter((view) => view.kind === kind);
    return element(
      "section",
      { "data-kind": kind.segment },
      element("h2", {}, `${kind.label} (${mine.length})`),
      ...(mine.length ? mine.map(containerOf) : [element("p", { class: "muted" }, "none")]),
    );
  });
  sections.push(
    element(
      "section",
      { "data-sessions": "" },
      element("h2", {}, `Liveness sessions (${sessions.length})`),
      ...(sessions.length
        ? sessions.map((session) => sessionOf(session, attempts))
        : [element("p", { class: "muted" }, "none")]),
    ),
  );
  root.replaceChildren(...sections);
}

// --- Start -------------------------------------------------------------------------------------

function askForKey(status: HTMLElement, why: string): void {
  const input = element("input", { type: "password", name: "key", autocomplete: "off", "aria-label": "Key" });
  const form = element("form", { class: "key" }, why, " ", input, " ", element("button", { type: "submit" }, "Open"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    sessionStorage.setItem(KEY_STORAGE, input.value);
    form.remove();
    start(input.value, config.decisions ?? []);
  });
  status.replaceChildren(form);
}

function start(key: string, decisions: readonly string[]): void {
  const status = document.getElementById("status") as HTMLElement;
  const root = document.getElementById("containers") as HTMLElement;
  // The page's own origin is the emulator; plain http is fine here whatever its host name.
  const byVersion = new Map<string, FaceClient>();
  const clients: Clients = (operation) => {
    const version =
      !operation.versions || operation.versions.includes(DEFAULT_API_VERSION)
        ? DEFAULT_API_VERSION
        : operation.versions[0];
    const apiVersion = version ?? DEFAULT_API_VERSION;
    let client = byVersion.get(apiVersion);
    if (!client) {
      client = createFaceClient({
        endpoint: location.origin,
        credential: { key },
        allowInsecureConnection: true,
        apiVersion,
      });
      byVersion.set(apiVersion, client);
    }
    return client;
  };
  let shown = "";
  let views: ContainerView[] = [];
  let sessions: SessionView[] = [];
  const attempts: Attempts = {
    decisions,
    chosen: new Map(),
    pending: new Set(),
    problems: new Map(),
    choose: (sessionId, file) => {
      if (file) attempts.chosen.set(sessionId, file);
      else attempts.chosen.delete(sessionId);
      redraw();
    },
    make: async (sessionId, decision) => {
      attempts.pending.add(sessionId);
      attempts.problems.delete(sessionId);
      redraw();
      try {
        const problem = await attempt(key, sessionId, decision, attempts.chosen.get(sessionId));
        if (problem !== undefined) attempts.problems.set(sessionId, problem);
        else attempts.chosen.delete(sessionId);
      } catch (error) {
        attempts.problems.set(sessionId, (error as Error).message);
      }
      attempts.pending.delete(sessionId);
      redraw();
      // Its session runs now: read it at once rather than at the next tick.
      refresh();
    },
  };
  const redraw = () => render(root, views, sessions, attempts);

  // One read at a time: a refresh asked for during one runs right after it.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let reading = false;
  let again = false;
  const refresh = () => {
    clearTimeout(timer);
    if (reading) {
      again = true;
      return;
    }
    void poll();
  };
  const poll = async () => {
    reading = true;
    let busy = false;
    try {
      [views, sessions] = await Promise.all([load(clients), loadSessions()]);
      // A training runs until its status is one its operation ends with (the table's).
      busy =
        sessions.some((session) => session.running) ||
        views.some((view) => {
          const running = view.kind.training?.start.longRunning;
          return (
            view.training &&
            running &&
            ![...running.succeeded, ...running.failed].includes(String(view.training.status))
          );
        });
      // Rendered again only when something changed: no flicker, and a selection survives.
      const seen = JSON.stringify([views, sessions], (name, value) =>
        name === "kind" && typeof value === "object" ? value.segment : value,
      );
      if (seen !== shown) redraw();
      shown = seen;
      status.replaceChildren(element("span", { "data-updated": "" }, `Updated ${new Date().toLocaleTimeString()}`));
    } catch (error) {
      reading = false;
      if (error instanceof FaceApiError && error.status === 401) {
        sessionStorage.removeItem(KEY_STORAGE);
        return askForKey(status, "The emulator refused that key. Its key:");
      }
      status.replaceChildren(element("span", { class: "error" }, (error as Error).message));
    }
    reading = false;
    timer = setTimeout(poll, again ? 0 : busy ? BUSY_MS : IDLE_MS);
    again = false;
  };
  void poll();
}

const config = JSON.parse(document.getElementById("console-config")?.textContent || "{}") as Config;
const key = config.key ?? sessionStorage.getItem(KEY_STORAGE);
if (key) start(key, config.decisions ?? []);
else
  askForKey(
    document.getElementById("status") as HTMLElement,
    "This page was not opened on the emulator's machine. Its key:",
  );
