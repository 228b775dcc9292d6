// The packed client in a real browser, as a web app ships it: bundled by esbuild for browsers (so
// its `#platform` import picks the fetch transport), loaded by a page served on one origin,
// calling the emulator on another, in Debian's headless Chromium. Without Chromium it does not
// run and says so (see test-server's browser.ts); CI requires it.
import type { ChildProcess } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Emulator, startEmulator } from "@face-training/emulator";
import { spawnListening } from "@face-training/test-server";
import { chromiumFound, launchChromium, serveFiles } from "@face-training/test-server/browser";
import { build } from "esbuild";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

type Client = typeof import("@face-training/client");
/** What the page's bundle puts on `window`: the client's module. */
type PageWindow = { face: Client; abortInFlight?: () => void };

// A key unlike any word, so that finding it anywhere means it leaked.
const KEY = "browser-test-key-7Qx9";
const images = new URL("../../../tools/demo-images/", import.meta.url);
const found = chromiumFound("the client in a real browser (packages/conformance/test/browser.test.ts)");

let bundle: { code: string; inputs: string[] };
let site: Awaited<ReturnType<typeof serveFiles>>;
/** The emulator as `pnpm emulator` starts it: its command line, in a process of its own. */
let emulator: { url: string; close: () => Promise<void> };
/** Answers every Face API request after 1.5 s: for aborting and timing out requests in flight. */
let slow: Emulator;
/** Allows another origin only: the page's requests are refused by the browser. */
let elsewhere: Emulator;
let browser: Browser;
let page: Page;

// Servers and a browser to start (and a bundle to build): on a loaded machine, longer than
// vitest's 10 s for a hook.
beforeAll(async () => {
  if (!found) return;
  const dir = inject("packedClientProject");
  await writeFile(join(dir, "browser-app.js"), 'import * as face from "@face-training/client";\nwindow.face = face;\n');
  const built = await build({
    entryPoints: [join(dir, "browser-app.js")],
    absWorkingDir: dir,
    bundle: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    minify: true,
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  bundle = { code: built.outputFiles[0]?.text ?? "", inputs: Object.keys(built.metafile.inputs) };
  site = await serveFiles({
    "/": { type: "text/html", body: '<!doctype html><title>app</title><script type="module" src="/app.js"></script>' },
    "/app.js": { type: "text/javascript", body: bundle.code },
    "/ann-1.png": { type: "image/png", body: readFileSync(new URL("ann-1.png", images)) },
  });
  const cors = { key: KEY, corsOrigins: [site.url], trainingMs: 300, queueMs: 50 };
  const bin = fileURLToPath(import.meta.resolve("@face-training/emulator").replace(/index\.js$/, "bin.js"));
  const command = ["--port", "0", "--key", KEY, "--cors-origin", site.url, "--training-ms", "300", "--queue-ms", "50"];
  const spawned = (started: { child: ChildProcess; url: string }) => ({
    url: started.url,
    close: async () => {
      started.child.kill("SIGTERM");
      if (started.child.exitCode === null) await once(started.child, "exit");
    },
  });
  [emulator, slow, elsewhere] = await Promise.all([
    spawnListening(process.execPath, [bin, ...command]).then(spawned),
    startEmulator({ ...cors, faults: { latencyMs: 1500 } }),
    startEmulator({ ...cors, corsOrigins: ["https://app.example"] }),
  ]);
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(site.url);
  await page.waitForFunction(() => "face" in window);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([site?.close(), emulator?.close(), slow?.close(), elsewhere?.close()]);
});

describe.runIf(found)("the packed client, bundled for browsers, in headless Chromium", () => {
  it("bundles the fetch transport and nothing of Node's", () => {
    expect(bundle.inputs).toContain("node_modules/@face-training/client/dist/platform/browser.js");
    expect(bundle.inputs.filter((input) => /platform\/node|^node:/.test(input))).toEqual([]);
    expect(bundle.code).not.toMatch(/node:http/);
  });

  it("enrolls from a Blob, trains and waits, and identifies, from a page on another origin", async () => {
    const result = await page.evaluate(
      async ({ endpoint, key }) => {
        const { createFaceClient } = (window as unknown as PageWindow).face;
        const client = createFaceClient({ endpoint, credential: { key } });
        const image = () => fetch("/ann-1.png").then((response) => response.blob());
        await client.createPersonGroup("browser-team", { name: "Team", recognitionModel: "recognition_04" });
        const { personId } = await client.createPersonGroupPerson("browser-team", { name: "Ann" });
        const { persistedFaceId } = await client.addPersonGroupPersonFace("browser-team", personId, await image());
        const { operationLocation } = await client.trainPersonGroup("browser-team");
        const { status } = await client.waitForTrainPersonGroup("browser-team", { intervalMs: 100 });
        const [face] = await client.detect(await image(), { returnFaceId: true, recognitionModel: "recognition_04" });
        const [identified] = await client.identifyFromPersonGroup({
          faceIds: [face?.faceId ?? ""],
          personGroupId: "browser-team",
        });
        return {
          origin: location.origin,
          personId,
          persistedFaceId,
          operationLocation,
          status,
          candidate: identified?.candidates[0]?.personId,
        };
      },
      { endpoint: emulator.url, key: KEY },
    );
    expect(result.origin).toBe(site.url);
    expect(new URL(emulator.url).origin).not.toBe(site.url);
    expect(result.persistedFaceId).toEqual(expect.any(String));
    // Read from the exposed Operation-Location header.
    expect(result.operationLocation).toBe(`${emulator.url}/face/v1.2/persongroups/browser-team/training`);
    expect(result.status).toBe("succeeded");
    // The Blob's bytes arrived as they were: the same image identifies as the person.
    expect(result.candidate).toBe(result.personId);
  });

  it("rejects with a FaceApiError a program branches on: instanceof, status, code, request id", async () => {
    const error = await page.evaluate(
      async ({ endpoint, key }) => {
        const { createFaceClient, FaceApiError } = (window as unknown as PageWindow).face;
        const client = createFaceClient({ endpoint, credential: { key } });
        try {
          await client.getPersonGroupTrainingStatus("nobody-here");
          return undefined;
        } catch (e) {
          if (!(e instanceof FaceApiError)) return { instance: false };
          return { instance: true, status: e.status, code: e.code, requestId: e.requestId };
        }
      },
      { endpoint: emulator.url, key: KEY },
    );
    expect(error).toEqual({ instance: true, status: 404, code: "PersonGroupNotFound", requestId: expect.any(String) });
  });

  it("fails as unreachable, status 0, when the emulator does not allow the page's origin", async () => {
    const error = await page.evaluate(
      async ({ endpoint, key }) => {
        const { createFaceClient, FaceApiError } = (window as unknown as PageWindow).face;
        try {
          await createFaceClient({ endpoint, credential: { key }, retry: false }).getPersonGroups();
          return undefined;
        } catch (e) {
          return { instance: e instanceof FaceApiError, status: (e as { status?: number }).status };
        }
      },
      { endpoint: elsewhere.url, key: KEY },
    );
    expect(error).toEqual({ instance: true, status: 0 });
  });

  it("stops a request in flight when its AbortSignal aborts, rejecting with the signal's reason", async () => {
    const sent = page.waitForRequest((request) => request.url().startsWith(slow.url) && request.method() === "GET");
    const outcome = page.evaluate(
      async ({ endpoint, key }) => {
        const { createFaceClient } = (window as unknown as PageWindow).face;
        const controller = new AbortController();
        (window as unknown as PageWindow).abortInFlight = () => controller.abort();
        try {
          await createFaceClient({ endpoint, credential: { key } }).getPersonGroups({ signal: controller.signal });
          return "resolved";
        } catch (e) {
          return (e as Error).name;
        }
      },
      { endpoint: slow.url, key: KEY },
    );
    await sent;
    await page.evaluate(() => (window as unknown as PageWindow).abortInFlight?.());
    expect(await outcome).toBe("AbortError");
  });

  it("times out an attempt that takes longer than timeoutMs with a TimeoutError", async () => {
    const name = await page.evaluate(
      async ({ endpoint, key }) => {
        const { createFaceClient } = (window as unknown as PageWindow).face;
        try {
          await createFaceClient({ endpoint, credential: { key }, timeoutMs: 200, retry: false }).getPersonGroups();
          return "resolved";
        } catch (e) {
          return (e as Error).name;
        }
      },
      { endpoint: slow.url, key: KEY },
    );
    expect(name).toBe("TimeoutError");
  });

  it("never puts the key in an error: its message, stack, JSON or cause", async () => {
    const texts = await page.evaluate(
      async ({ endpoints, key }) => {
        const { createFaceClient } = (window as unknown as PageWindow).face;
        const failures = [
          // A wrong key (the one sent is refused), a missing container, an unreachable origin.
          () =>
            createFaceClient({ endpoint: endpoints[0] ?? "", credential: { key: `${key}-wrong` } }).getPersonGroups(),
          () => createFaceClient({ endpoint: endpoints[0] ?? "", credential: { key } }).getPersonGroup("missing"),
          () => createFaceClient({ endpoint: endpoints[1] ?? "", credential: { key }, retry: false }).getPersonGroups(),
        ];
        const seen: string[] = [];
        for (const fail of failures) {
          try {
            await fail();
            seen.push("resolved");
          } catch (e) {
            const error = e as Error & { cause?: unknown };
            seen.push(
              [error.message, error.stack, JSON.stringify(error), String(error), String(error.cause)].join("\n"),
            );
          }
        }
        return seen;
      },
      { endpoints: [emulator.url, elsewhere.url], key: KEY },
    );
    expect(texts).toHaveLength(3);
    for (const text of texts) {
      expect(text).not.toBe("resolved");
      expect(text).not.toContain(KEY);
    }
  });
});
