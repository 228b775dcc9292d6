// `face-training-emulator attempt`: a liveness session's device, played from a shell. It posts the
// device's attempt to a running emulator's own route (admin.ts) with the session's token, as the
// Liveness SDK would from a phone, and prints what came of it: the attempt's id, or the refusal's
// status, code and message. The token is sent, never printed.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { SESSIONS_ROUTE } from "./admin.js";

/** The usage of `attempt`, with the decisions the spec lets a device report and the default URL. */
export const attemptUsage = (
  decisions: readonly string[],
  defaultUrl: string,
) => `Usage: pnpm emulator attempt <sessionId> --token <authToken> --decision <decision> [--image <file>] [--url <url>]

Makes a liveness session's attempt as its device would (POST ${SESSIONS_ROUTE}/<sessionId>/attempts
with Authorization: Bearer <authToken>) on a running emulator, and prints the attempt's id; the
session reads Running, then Succeeded with the decision. A refusal (a token used, expired or of
a deleted session: 401; a body the route refuses: 400) prints its code and message and exits 1.

Options:
  --token <authToken>     the session's token, from its create's answer (sent, never printed)
  --decision <decision>   what the device reports: ${decisions.join(", ")}
  --image <file>          the image the device saw (a JPEG, PNG, …, as detect takes it)
  --url <url>             the emulator (default ${defaultUrl})
  -h, --help              show this help`;

/** Runs `attempt` with its arguments (after the word `attempt`); its exit code: 0 accepted, 1 refused or unreachable, 2 a usage error. */
export async function runAttempt(args: string[], decisions: readonly string[], defaultUrl: string): Promise<number> {
  const usage = attemptUsage(decisions, defaultUrl);
  const wrong = (message: string) => {
    console.error(`face-training-emulator attempt: ${message}\n\n${usage}`);
    return 2;
  };
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    // parseArgs names the option, never its value.
    return wrong((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const [sessionId, ...extra] = positionals;
  if (sessionId === undefined) return wrong("the session's id is missing: attempt <sessionId> …");
  if (extra.length) return wrong(`one session at a time; got also ${extra.map((e) => JSON.stringify(e)).join(", ")}`);
  if (values.token === undefined) return wrong("--token <authToken> is missing (the session's token, from its create)");
  if (values.decision === undefined) return wrong(`--decision is missing: one of ${decisions.join(", ")}`);
  if (!decisions.includes(values.decision)) {
    return wrong(`--decision must be one of ${decisions.join(", ")}; got ${JSON.stringify(values.decision)}`);
  }
  const url = (values.url ?? defaultUrl).replace(/\/+$/, "");
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
    return wrong(`--url must be an absolute http or https URL; got ${JSON.stringify(values.url)}`);
  }
  let image: string | undefined;
  if (values.image !== undefined) {
    try {
      image = readFileSync(values.image).toString("base64");
    } catch (error) {
      console.error(`face-training-emulator attempt: --image ${values.image}: ${(error as Error).message}`);
      return 1;
    }
  }

  const target = `${url}${SESSIONS_ROUTE}/${encodeURIComponent(sessionId)}/attempts`;
  let response: Response;
  try {
    response = await fetch(target, {
      method: "POST",
      headers: { authorization: `Bearer ${values.token}`, "content-type": "application/json" },
      body: JSON.stringify({ decision: values.decision, ...(image !== undefined && { image }) }),
    });
  } catch (error) {
    const { cause } = error as Error & { cause?: Error };
    console.error(
      `face-training-emulator attempt: no emulator answered at ${url}: ${(cause ?? (error as Error)).message}`,
    );
    return 1;
  }
  const text = await response.text();
  const body = (() => {
    try {
      return JSON.parse(text) as { attemptId?: number; error?: { code?: string; message?: string } };
    } catch {
      return {};
    }
  })();
  if (response.ok) {
    console.log(
      `Attempt ${body.attemptId} of liveness session ${sessionId}: ${values.decision}. The session reads Running, then Succeeded.`,
    );
    return 0;
  }
  const { code = "", message = text || response.statusText } = body.error ?? {};
  console.error(`face-training-emulator attempt: refused, ${response.status} ${code}: ${message}`);
  return 1;
}

const parse = (args: string[]) =>
  parseArgs({
    args,
    allowPositionals: true,
    options: {
      token: { type: "string" },
      decision: { type: "string" },
      image: { type: "string" },
      url: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
