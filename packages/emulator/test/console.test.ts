// The emulator's console in headless Chromium: it shows what the API created (through the Node
// client), a training moving from running to succeeded without a reload, and what changed since.
// Screenshots of each state go to .tmp/screenshots/ for a person to look at. Without Chromium it
// does not run and says so (see test-server's browser.ts); CI requires it.
import { mkdirSync } from "node:fs";
import { request } from "node:http";
import { createFaceClient, type FaceClient } from "@face-training/client";
import { operations } from "@face-training/spec";
import { chromiumFound, launchChromium } from "@face-training/test-server/browser";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

// Servers and a browser to start (and a bundle to build): on a loaded machine, longer than
// vitest's 10 s for a hook.
beforeAll(async () => {
  if (!found) return;
  mkdirSync(screenshots, { recursive: true });
  emulator = await startEmulator({ key: KEY, trainingMs: 3000, queueMs: 50, livenessMs: 3000 });
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
    const created = await fetch(`${emulator.url}/face/v1.2/detectLiveness-sessions`, {
      method: "POST",
      headers: { "Ocp-Apim-Subscription-Key": KEY, "content-type": "application/json" },
      body: JSON.stringify({ livenessOperationMode: "Passive" }),
    });
    const { sessionId, authToken } = (await created.json()) as { sessionId: string; authToken: string };
    const session = `section[data-sessions] [data-session="${sessionId}"]`;
    await shows(`${session} [data-session-status="NotStarted"]`);
    const attempt = await fetch(`${emulator.url}/emulator/liveness-sessions/${sessionId}/attempts`, {
      method: "POST",
      headers: { authorization: `Bearer ${authToken}`, "content-type": "application/json" },
      body: JSON.stringify({ decision: "realface" }),
    });
    expect(attempt.status).toBe(202);
    await shows(`${session} [data-session-status="Running"]`);
    await shows(`${session} [data-session-status="Succeeded"]`);
    await shows(`${session} [data-decision="realface"]`);
    await shot("console-liveness.png");
    expect(await page.locator("body").textContent()).not.toContain(authToken);
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

  /** GET /console with a Host header of our choice (a browser sends the name it resolved). */
  const openConsole = (host: string, origin?: string) =>
    new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
      const url = new URL("/console", emulator.url);
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

  it("asks for the key instead under another host name (a proxy, or a site rebinding its name to 127.0.0.1)", async () => {
    const page = await openConsole("evil.example");
    expect(page.status).toBe(200);
    expect(page.body).not.toContain(KEY);
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
