// The emulator's console in headless Chromium: it shows what the API created (through the Node
// client), a training moving from running to succeeded without a reload, and what changed since;
// liveness sessions, which its buttons complete as their device would, the Face API reading the
// decision the click made. Screenshots of each state go to .tmp/screenshots/ for a person to look at. Without Chromium it
// does not run and says so (see test-server's browser.ts); CI requires it.
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createFaceClient, type FaceClient } from "@face-training/client";
import { type JsonSchema, openUnionValues, operations } from "@face-training/spec";
import { chromiumFound, launchChromium } from "@face-training/test-server/browser";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isLocal } from "../src/console.js";
import { containerKinds } from "../src/console-app/model.js";
import { type Emulator, startEmulator } from "../src/emulator.js";
import { resourceKinds } from "../src/model.js";
import { image } from "./requests.js";

const KEY = "console-test-key-3Kp8";
const screenshots = new URL("../../../.tmp/screenshots/", import.meta.url);
const found = chromiumFound("the emulator's console in a browser (packages/emulator/test/console.test.ts)");

let emulator: Emulator;
let client: FaceClient;
let browser: Browser;
let page: Page;

/** Waits for an element of the console to show, polled by the page as it updates itself. */
const shows = (selector: string) => page.locator(selector).first().waitFor({ timeout: 15_000 });
const shot = (name: string) => page.screenshot({ path: new URL(name, screenshots).pathname, fullPage: true });

/** Creates a liveness session through the Face API with the client, as an app's server does: its id and token. */
const createSession = (
  body: { livenessOperationMode: string; enableSessionImage?: boolean } = { livenessOperationMode: "Passive" },
) => client.createLivenessSession(body);
/** A liveness session as the Face API reads it, through the client. */
const readSession = (sessionId: string) => client.getLivenessSessionResult(sessionId);

// The emulator's clock, moved by the tests: a training or a device's attempt runs until a test has
// seen it running on the page and moves the clock past its end, so no test waits for it.
const RUN_MS = 3000;
let clock = Date.now();
const runOut = () => {
  clock += RUN_MS;
};

// Servers and a browser to start (and a bundle to build): on a loaded machine, longer than
// vitest's 10 s for a hook.
beforeAll(async () => {
  if (!found) return;
  mkdirSync(screenshots, { recursive: true });
  emulator = await startEmulator({ key: KEY, trainingMs: RUN_MS, queueMs: 0, livenessMs: RUN_MS, now: () => clock });
  client = createFaceClient({ endpoint: emulator.url, credential: { key: KEY } });
  // console.test: a host name that is not a loopback one, for the page that must ask for the key.
  browser = await launchChromium(["--host-resolver-rules=MAP console.test 127.0.0.1"]);
  page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await emulator?.close();
});

describe.runIf(found)("the emulator's console", () => {
  it("lists every container the API created, by kind, with its persons and faces", async () => {
    await client.createPersonGroup("team", { name: "Team", userData: "the front desk" });
    const ann = await client.createPersonGroupPerson("team", { name: "Ann" });
    const ben = await client.createPersonGroupPerson("team", { name: "Ben" });
    const { persistedFaceId: annFace } = await client.addPersonGroupPersonFace("team", ann.personId, image(1));
    await client.addPersonGroupPersonFace("team", ben.personId, image(2));
    await client.createLargeFaceList("badges", { name: "Badges" });
    const { persistedFaceId: badge } = await client.addLargeFaceListFace("badges", image(3), { userData: "gate" });

    await page.goto(`${emulator.url}/console`);
    const team = `[data-container="persongroups/team"]`;
    await shows(`${team} [data-item="${ann.personId}"] [data-face="${annFace}"]`);
    const text = await page.locator(team).textContent();
    for (const expected of ["Team", "the front desk", "Ann", "Ben", "Persons (2)", "never trained"]) {
      expect(text).toContain(expected);
    }
    await shows(`[data-container="largefacelists/badges"] [data-item="${badge}"]`);
    expect(await page.locator(`[data-container="largefacelists/badges"]`).textContent()).toContain("gate");
    // Every kind has its section, those with nothing in them too.
    for (const kind of resourceKinds().keys()) await shows(`section[data-kind="${kind}"]`);
    await shot("console-contents.png");
    expect(await page.locator("body").textContent()).not.toContain(KEY);
  });

  it("shows the person directory's persons and the dynamic person groups with the persons they reference", async () => {
    const preview = createFaceClient({
      endpoint: emulator.url,
      credential: { key: KEY },
      apiVersion: "v1.2-preview.1",
    });
    const { personId } = await preview.createPerson({ name: "Dora", userData: "lobby" });
    await preview.createDynamicPersonGroupWithPerson("visitors", { name: "Visitors", addPersonIds: [personId] });
    const group = `section[data-kind="dynamicpersongroups"] [data-container="dynamicpersongroups/visitors"]`;
    await shows(`${group} [data-item="${personId}"]`);
    expect(await page.locator(group).textContent()).toContain("Persons (1)");
    const person = `section[data-kind="persons"] [data-container="persons/${personId}"]`;
    await shows(person);
    const text = await page.locator(person).textContent();
    for (const expected of ["Dora", "lobby"]) expect(text).toContain(expected);
    await shot("console-directory.png");
  });

  it("shows a training move from running to succeeded without a reload, then what changed since", async () => {
    const team = `[data-container="persongroups/team"]`;
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await client.trainPersonGroup("team");
    await shows(`${team} [data-training-status="running"]`);
    await shot("console-training-running.png");
    runOut();
    await shows(`${team} [data-training-status="succeeded"]`);
    await shows(`${team} [data-changed-since-training="false"]`);
    await shot("console-training-succeeded.png");
    const person = await client.createPersonGroupPerson("team", { name: "Cleo" });
    await client.addPersonGroupPersonFace("team", person.personId, image(4));
    await shows(`${team} [data-changed-since-training="true"]`);
    await shows(`${team} [data-item="${person.personId}"]`);
    expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
  });

  it("shows the liveness sessions with their status, and the decision once the device's attempt has run", async () => {
    const { sessionId, authToken } = await createSession();
    const session = `section[data-sessions] [data-session="${sessionId}"]`;
    await shows(`${session} [data-session-status="NotStarted"]`);
    const attempt = await fetch(`${emulator.url}/emulator/liveness-sessions/${sessionId}/attempts`, {
      method: "POST",
      headers: { authorization: `Bearer ${authToken}`, "content-type": "application/json" },
      body: JSON.stringify({ decision: "realface" }),
    });
    expect(attempt.status).toBe(202);
    await shows(`${session} [data-session-status="Running"]`);
    runOut();
    await shows(`${session} [data-session-status="Succeeded"]`);
    await shows(`${session} [data-decision="realface"]`);
    await shot("console-liveness-device.png");
    expect(await page.locator("body").textContent()).not.toContain(authToken);
  });

  it("completes a session as its device would: a click on Real face, then Succeeded with realface without a reload, as the Face API reads it", async () => {
    const { sessionId, authToken } = await createSession();
    const session = `section[data-sessions] [data-session="${sessionId}"]`;
    await shows(`${session} [data-session-status="NotStarted"]`);
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    // A button per decision the spec lets a device report, named for people.
    const labels = await page.locator(`${session} button[data-attempt]`).allTextContents();
    expect(labels).toEqual(["Uncertain", "Real face", "Spoof"]);
    await shot("console-liveness-listed.png");

    await page.locator(`${session} button[data-attempt="realface"]`).click();
    await shows(`${session} [data-session-status="Running"]`);
    // One attempt per session: its buttons are gone once it is made.
    expect(await page.locator(`${session} button[data-attempt]`).count()).toBe(0);
    runOut();
    await shows(`${session} [data-session-status="Succeeded"]`);
    await shows(`${session} [data-decision="realface"]`);
    await shot("console-liveness-completed.png");
    expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);

    const read = await readSession(sessionId);
    expect(read.status).toBe("Succeeded");
    expect(read.results.attempts).toHaveLength(1);
    expect(read.results.attempts[0]?.result?.livenessDecision).toBe("realface");
    const body = await page.locator("body").textContent();
    expect(body).not.toContain(KEY);
    expect(body).not.toContain(authToken);
  });

  it("sends the image chosen for a session with its attempt: Spoof with a file, kept as the session's image", async () => {
    const { sessionId } = await createSession({ livenessOperationMode: "Passive", enableSessionImage: true });
    const session = `section[data-sessions] [data-session="${sessionId}"]`;
    await shows(`${session} input[data-attempt-image]`);
    const file = join(mkdtempSync(join(tmpdir(), "console-image-")), "face.png");
    writeFileSync(file, image(11));
    await page.locator(`${session} input[data-attempt-image]`).setInputFiles(file);
    await shows(`${session} [data-attempt-chosen]`);
    expect(await page.locator(`${session} [data-attempt-chosen]`).textContent()).toContain("face.png");
    await page.locator(`${session} button[data-attempt="spoofface"]`).click();
    await shows(`${session} [data-session-status="Running"]`);
    runOut();
    await shows(`${session} [data-decision="spoofface"]`);
    rmSync(dirname(file), { recursive: true, force: true });

    const [made] = (await readSession(sessionId)).results.attempts;
    expect(made?.result?.digest).toBe(createHash("sha256").update(image(11)).digest("hex").toUpperCase());
    await expect(client.getSessionImage(made?.result?.sessionImageId as string)).resolves.toEqual(image(11));
    // The section as the README shows it: sessions done, and one still waiting for its device.
    const waiting = await createSession();
    await shows(`section[data-sessions] [data-session="${waiting.sessionId}"] button[data-attempt]`);
    // With a margin around it, as docs/console-liveness.png has it.
    const box = await page.locator("section[data-sessions]").evaluate((section) => {
      const { x, y, width, height } = section.getBoundingClientRect();
      return { x: x + window.scrollX, y: y + window.scrollY, width, height };
    });
    await page.screenshot({
      path: new URL("console-liveness.png", screenshots).pathname,
      fullPage: true,
      clip: { x: box.x - 12, y: box.y - 4, width: box.width + 24, height: box.height + 12 },
    });
  });

  it("shows the route's refusal on a session whose attempt its device made meanwhile, and makes none", async () => {
    const { sessionId, authToken } = await createSession();
    const session = `section[data-sessions] [data-session="${sessionId}"]`;
    await shows(`${session} button[data-attempt]`);
    // The page's listing one step behind: the session as it was before its device's attempt.
    const before = await (await fetch(`${emulator.url}/emulator/liveness-sessions`)).text();
    await page.route("**/emulator/liveness-sessions", (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body: before }),
    );
    try {
      const device = await fetch(`${emulator.url}/emulator/liveness-sessions/${sessionId}/attempts`, {
        method: "POST",
        headers: { authorization: `Bearer ${authToken}`, "content-type": "application/json" },
        body: JSON.stringify({ decision: "spoofface" }),
      });
      expect(device.status).toBe(202);
      await page.locator(`${session} button[data-attempt="realface"]`).click();
      await page.locator(`${session} .message`).waitFor({ timeout: 15_000 });
      expect(await page.locator(`${session} .message`).textContent()).toBe(
        "Refused (401 401): The session's token was used: the session's attempt is done.",
      );
    } finally {
      await page.unroute("**/emulator/liveness-sessions");
    }
    runOut();
    await shows(`${session} [data-decision="spoofface"]`);
    const [only, ...more] = (await readSession(sessionId)).results.attempts;
    expect(more).toEqual([]);
    expect(only?.result?.livenessDecision).toBe("spoofface");
  });

  it("asks for the key when opened under another host name, and shows what the emulator holds once given", async () => {
    const elsewhere = await browser.newPage();
    await elsewhere.goto(`http://console.test:${new URL(emulator.url).port}/console`);
    const key = elsewhere.locator('input[name="key"]');
    await key.waitFor({ timeout: 15_000 });
    expect(await elsewhere.locator("[data-container]").count()).toBe(0);
    await key.fill(`${KEY}-wrong`);
    await key.press("Enter");
    await elsewhere.getByText("The emulator refused that key").waitFor({ timeout: 15_000 });
    await elsewhere.locator('input[name="key"]').fill(KEY);
    await elsewhere.locator('input[name="key"]').press("Enter");
    await elsewhere.locator('[data-container="persongroups/team"]').waitFor({ timeout: 15_000 });
    await elsewhere.close();
  });
});

describe("the console's page", () => {
  beforeAll(async () => {
    emulator ??= await startEmulator({ key: KEY });
  });

  /** GET /console (of `at`, by default the emulator) with a Host header of our choice (a browser sends the name it resolved). */
  const openConsole = (host: string, origin?: string, at = emulator.url) =>
    new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
      const url = new URL("/console", at);
      const sent = request(url, { headers: { host, ...(origin && { origin }) } }, (response) => {
        let body = "";
        response.on("data", (chunk) => {
          body += chunk;
        });
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body, headers: response.headers }));
      });
      sent.on("error", reject);
      sent.end();
    });

  /** The configuration the page carries, as its script reads it. */
  const configOf = (page: string) =>
    JSON.parse(page.match(/<script id="console-config" type="application\/json">(.*?)<\/script>/)?.[1] ?? "");

  it("carries the key for a page opened on this machine, never cached, and readable by no other origin", async () => {
    const port = new URL(emulator.url).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      const page = await openConsole(host, "https://evil.example");
      expect(page.status).toBe(200);
      expect(page.body).toContain(KEY);
      expect(page.headers["cache-control"]).toBe("no-store");
      expect(page.headers["access-control-allow-origin"]).toBeUndefined();
    }
  });

  it("gives the page the decisions a device may report, the spec's, for its buttons, with the key or without", async () => {
    // The values of the session read's livenessDecision, as the spec's open union lists them.
    const read = operations.find((o) => o.role.action === "read" && (o.role.resource as string) === "session");
    const decision = ["results", "attempts", "result", "livenessDecision"].reduce<JsonSchema | undefined>(
      (schema, name) => ((schema?.items ?? schema)?.properties as Record<string, JsonSchema> | undefined)?.[name],
      read?.success.body?.schema,
    );
    const spec = openUnionValues(decision);
    expect(spec?.length).toBeGreaterThan(1);
    for (const host of [`127.0.0.1:${new URL(emulator.url).port}`, "evil.example"]) {
      const { body } = await openConsole(host);
      expect(configOf(body).decisions).toEqual(spec);
    }
  });

  it("asks for the key instead under another host name (a proxy, or a site rebinding its name to 127.0.0.1)", async () => {
    const page = await openConsole("evil.example");
    expect(page.status).toBe(200);
    expect(page.body).not.toContain(KEY);
  });

  it("is served as HTML no other site may frame, sniff, or run other scripts in, and its script as JavaScript", async () => {
    const host = `127.0.0.1:${new URL(emulator.url).port}`;
    const page = await openConsole(host);
    const script = await fetch(new URL("/console/app.js", emulator.url));
    for (const [headers, type] of [
      [page.headers, "text/html; charset=utf-8"],
      [Object.fromEntries(script.headers), "text/javascript; charset=utf-8"],
    ] as const) {
      expect(headers).toMatchObject({
        "content-type": type,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
        "referrer-policy": "no-referrer",
        "x-frame-options": "DENY",
      });
      expect(String(headers["content-security-policy"])).toMatch(
        /default-src 'none'; script-src 'self';.*frame-ancestors 'none'/,
      );
    }
    // The script the page loads is the console's bundle, built with the emulator.
    expect(page.body).toContain('<script type="module" src="/console/app.js"></script>');
    expect(script.status).toBe(200);
    expect(await script.text()).toBe(readFileSync(new URL("../dist/console-app.js", import.meta.url), "utf8"));
  });

  it("carries a key that would close its script block as data, never as markup", async () => {
    const hostile = "k</script><script>alert(1)</script>";
    const other = await startEmulator({ key: hostile });
    try {
      const { body } = await openConsole(new URL(other.url).host, undefined, other.url);
      expect(body).not.toContain("<script>alert(1)");
      expect(configOf(body).key).toBe(hostile);
    } finally {
      await other.close();
    }
  });
});

describe("who the console gives the key to", () => {
  /** A request as the console's route sees it: the peer's address and the Host it names. */
  const from = (remoteAddress: string, host: string) =>
    ({ socket: { remoteAddress }, headers: { host } }) as unknown as Parameters<typeof isLocal>[0];

  it.each([
    ["127.0.0.1", "127.0.0.1:5080"],
    ["127.0.0.1", "localhost"],
    ["127.0.0.1", "LOCALHOST:80"],
    ["127.12.134.255", "127.200.10.1:65535"],
    ["::1", "[::1]:5080"],
    ["::ffff:127.0.0.1", "localhost:5080"],
    ["::ffff:127.100.20.3", "127.0.0.1"],
  ])("a page asked from %s under the name %s: this machine", (address, host) => {
    expect(isLocal(from(address, host))).toBe(true);
  });

  it.each([
    ["10.0.0.7", "localhost:5080", "another machine naming this one"],
    ["192.168.1.2", "127.0.0.1", "another machine naming this one"],
    ["1127.0.0.1", "localhost", "an address that only contains a loopback one"],
    ["127.0.0.1.5", "localhost", "an address that only starts like a loopback one"],
    ["::ffff:10.0.0.1", "localhost", "a mapped address of another machine"],
    ["::10", "localhost", "an IPv6 address that is not loopback"],
    ["127.0.0.1", "127.0.0.1.nip.io", "a name that resolves to loopback but is another site's"],
    ["127.0.0.1", "evil.localhost.example:5080", "a name that contains localhost"],
    ["127.0.0.1", "localhost.evil.example", "a name that starts with localhost"],
    ["127.0.0.1", "localhost:", "a port that is no number"],
    ["127.0.0.1", "localhost:80x", "a port that is no number"],
    ["127.0.0.1", "", "no Host"],
  ])("a page asked from %s under the name %s: not this machine (%s)", (address, host) => {
    expect(isLocal(from(address, host))).toBe(false);
  });
});

describe("what the console reads, from the operation table", () => {
  const kinds = containerKinds(operations);

  it("has a kind for every collection at the top of the paths, each with its training when it trains", () => {
    const tops = operations.filter((o) => o.method === "GET" && /^\/\w+$/.test(o.path)).map((o) => o.path.slice(1));
    expect(kinds.map((kind) => kind.segment).sort()).toEqual(tops.sort());
    for (const trained of resourceKinds().values()) {
      const kind = kinds.find((candidate) => candidate.segment === trained.segment);
      expect(kind?.training?.status).toBe(trained.status);
      expect(kind?.training?.notTrained).toBe(trained.notStarted);
    }
  });

  it("lists what each container holds by its list operations under it, named for people", () => {
    const held = Object.fromEntries(kinds.map((kind) => [kind.segment, kind.collections.map((c) => c.label)]));
    expect(held).toEqual({
      persongroups: ["Persons"],
      largepersongroups: ["Persons"],
      largefacelists: ["Faces"],
      facelists: [],
      dynamicpersongroups: ["Persons"],
      persons: [],
    });
    expect(Object.fromEntries(kinds.map((kind) => [kind.segment, kind.label]))).toMatchObject({
      persongroups: "Person groups",
    });
  });
});
