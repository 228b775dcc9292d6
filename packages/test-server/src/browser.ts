// Real-browser tests: Debian's headless Chromium driven by playwright-core, and a static server
// for the pages they load. A machine without Chromium (the Quick start needs only Node and npm)
// does not run them and says so loudly; CI installs Chromium and sets REQUIRE_CHROMIUM=1, so
// there a missing browser fails the run instead of passing it unnoticed.
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type Browser, chromium } from "playwright-core";

/** Where Chromium is looked for: `CHROMIUM_PATH`, else Debian's. */
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/**
 * Whether the browser tests of `what` can run here. Without Chromium it prints why they do not
 * run and how to run them, or throws when `REQUIRE_CHROMIUM` is set (CI).
 */
export function chromiumFound(what: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  const why = `no Chromium at ${CHROMIUM}. Install Debian's (apt-get install chromium) or set CHROMIUM_PATH; CI runs them.`;
  if (process.env.REQUIRE_CHROMIUM) throw new Error(`REQUIRE_CHROMIUM is set, but ${why}`);
  const line = `NOT RUN: ${what}: ${why}`;
  console.warn(`\n${"!".repeat(Math.min(line.length, 100))}\n${line}\n${"!".repeat(Math.min(line.length, 100))}\n`);
  return false;
}

/** Headless Chromium, as the repository's other browser tests launch it, with any further switches. */
export function launchChromium(args: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      ...args,
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** A file a static server answers with. */
export interface StaticFile {
  type: string;
  body: string | Uint8Array;
}

/** A server on 127.0.0.1 (an origin of its own) that answers GET of each path with its file, else 404. */
export async function serveFiles(files: Record<string, StaticFile>): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const file = files[request.url?.split("?")[0] ?? ""];
    if (!file || request.method !== "GET") return response.writeHead(404).end();
    response.writeHead(200, { "content-type": file.type, "cache-control": "no-store" }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
