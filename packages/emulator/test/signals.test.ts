// Started by a package script, as `pnpm emulator` starts it, the emulator stops cleanly on
// SIGTERM or SIGINT: the request in flight gets its answer, then the port is free. This runs it
// under pnpm, as a user would: a SIGTERM to pnpm alone (kill PID, a process manager), which pnpm
// does not pass on, and a SIGINT to the whole process group (Ctrl-C in a terminal).
import type { ChildProcess } from "node:child_process";
import { connect } from "node:net";
import { spawnListening } from "@face-training/test-server";
import { describe, expect, it } from "vitest";

const pnpm = process.env.npm_execpath?.includes("pnpm") ? [process.execPath, process.env.npm_execpath] : ["pnpm"];
const here = new URL("..", import.meta.url).pathname;

function started(): Promise<{ child: ChildProcess; url: string }> {
  const [command = "pnpm", ...args] = pnpm;
  return spawnListening(command, [...args, "--silent", "start", "--port", "0", "--latency-ms", "400"], {
    cwd: here,
    // A process group of its own, as a terminal gives a command.
    detached: true,
  });
}

/** Whether something still accepts connections on the URL's port. */
const listening = (url: string) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(Number(new URL(url).port), "127.0.0.1");
    socket.on("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });

async function freed(url: string, withinMs: number) {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    if (!(await listening(url))) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

describe.each([
  ["SIGTERM", "to pnpm alone", false],
  ["SIGINT", "to the process group (Ctrl-C)", true],
] as const)("pnpm start, then %s %s", (signal, _to, group) => {
  it("answers the request in flight, then frees the port", { timeout: 30_000 }, async () => {
    const { child, url } = await started();
    try {
      // 400 ms of latency: the request is in flight when the signal arrives.
      const inFlight = fetch(`${url}/face/v1.2/persongroups/g/training`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      if (group) process.kill(-(child.pid as number), signal);
      else child.kill(signal);
      expect((await inFlight).status).toBe(401);
      expect(await freed(url, 5000)).toBe(true);
    } finally {
      try {
        process.kill(-(child.pid as number), "SIGKILL");
      } catch {}
    }
  });
});
