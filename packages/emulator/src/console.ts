// The console's page, served by the emulator at /console: a small HTML shell and the script
// bundled from src/console-app at the emulator's build (scripts/bundle-console.mjs). The script
// reads the emulator through the Face API with our client, so it needs the key:
//
// - Opened on this machine (from a loopback address, under a loopback host name), the page
//   carries the key: the emulator listens on 127.0.0.1 only, and whoever can open the page there
//   could read the key from the emulator's command line anyway. The host name check keeps a
//   page of another site that rebinds its name to 127.0.0.1 (DNS rebinding) from getting it.
// - Otherwise (behind a proxy, under another name) the page asks for the key and keeps it for
//   the tab's session.
//
// The page is never cached, and has no CORS: another origin's script cannot read it.
//
// Its liveness sessions have buttons that make a session's attempt as its device would, one per
// decision the spec lets a device report (the page gets them here, from the table). The page has
// no session's token (only the create's answer holds it; the emulator keeps its hash), so it
// posts the attempt to the device's route with the key, which that route takes in the token's
// place (admin.ts): the key's holder could create and delete sessions anyway. One attempt per
// session, expiry and deletion hold as for the token.
import { readFileSync } from "node:fs";
import type { FastifyInstance, FastifyRequest } from "fastify";

const SCRIPT = new URL("../dist/console-app.js", import.meta.url);
const LOOPBACK_ADDRESS = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;
const LOOPBACK_HOST = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/i;

const STYLE = `
body { font: 14px/1.45 system-ui, sans-serif; margin: 0; color: #1b1f24; background: #f6f7f9; }
header { padding: 12px 20px; background: #1f3a5f; color: #fff; display: flex; gap: 16px; align-items: baseline; flex-wrap: wrap; }
header h1 { font-size: 18px; margin: 0; }
header .note { opacity: .8; font-size: 12px; }
main { padding: 8px 20px 24px; }
section h2 { font-size: 16px; margin: 18px 0 8px; }
.container { background: #fff; border: 1px solid #d8dde3; border-radius: 6px; padding: 10px 14px; margin: 8px 0; }
.container h3 { margin: 0 0 6px; font-size: 15px; }
.container h4 { margin: 10px 0 4px; font-size: 13px; }
code { font-size: 12px; color: #57606a; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 4px 0; font-size: 13px; }
dt { color: #57606a; }
dd { margin: 0; }
.items { list-style: none; padding: 0; margin: 0; }
.items li { border-top: 1px solid #eef0f3; padding: 6px 0; }
.chips { display: inline-flex; flex-wrap: wrap; gap: 4px; }
.chip { background: #eef2f7; border-radius: 10px; padding: 0 8px; font-size: 12px; font-family: ui-monospace, monospace; }
.status { border-radius: 4px; padding: 1px 8px; font-weight: 600; background: #eee; }
.status-running, .status-notStarted { background: #fff3cd; color: #7a5b00; }
.status-succeeded { background: #d4f5dd; color: #116329; }
.status-failed { background: #ffd8d3; color: #a40e26; }
.changed { border-radius: 4px; padding: 1px 8px; font-size: 12px; }
.changed-true { background: #fff3cd; color: #7a5b00; }
.changed-false { background: #eef2f7; color: #57606a; }
.muted { color: #57606a; font-size: 12px; }
.message { color: #a40e26; font-size: 12px; }
.error { color: #ffd8d3; }
.device { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin: 6px 0; font-size: 13px; }
.device button { font: inherit; padding: 2px 10px; border: 1px solid #1f3a5f; border-radius: 4px; background: #fff; color: #1f3a5f; cursor: pointer; }
.device button:hover { background: #eef2f7; }
.device button:disabled { opacity: .5; cursor: default; }
`;

/** Whether a request comes from this machine and names it: the page may carry the key. */
export function isLocal(request: FastifyRequest): boolean {
  return LOOPBACK_ADDRESS.test(request.socket.remoteAddress ?? "") && LOOPBACK_HOST.test(request.headers.host ?? "");
}

/**
 * The page, with the decisions a device may report, and the key when it may carry it (as JSON in
 * a non-script block, `<` escaped).
 */
function page(decisions: readonly string[], key: string | undefined): string {
  const config = JSON.stringify({ decisions, ...(key !== undefined && { key }) }).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Face emulator console</title>
<style>${STYLE}</style>
<script id="console-config" type="application/json">${config}</script>
<script type="module" src="/console/app.js"></script>
</head>
<body>
<header><h1>Face emulator console</h1><span id="status">Loading…</span>
<span class="note">Read through the Face API with @face-training/client. Face images are not shown: the emulator keeps a fingerprint of each image, not the image.</span></header>
<main id="containers"></main>
</body>
</html>
`;
}

const HEADERS = {
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
  "content-security-policy":
    "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; img-src 'self'; form-action 'none'; frame-ancestors 'none'",
};

/** Serves the console at /console (the page) and /console/app.js (its script). */
export function serveConsole(app: FastifyInstance, key: string, decisions: readonly string[]): void {
  let script: string | undefined;
  app.get("/console", async (request, reply) =>
    reply
      .headers(HEADERS)
      .type("text/html; charset=utf-8")
      .send(page(decisions, isLocal(request) ? key : undefined)),
  );
  app.get("/console/app.js", async (_request, reply) => {
    try {
      script ??= readFileSync(SCRIPT, "utf8");
    } catch {
      return reply.code(503).type("text/plain").send("The console's script is not built: run pnpm build.");
    }
    return reply.headers(HEADERS).type("text/javascript; charset=utf-8").send(script);
  });
}
