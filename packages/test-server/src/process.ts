import { type ChildProcess, type SpawnOptions, spawn } from "node:child_process";
import { once } from "node:events";

/**
 * Starts a server as a process of its own and resolves once it prints `listening on <url>`:
 * the process and that URL. Rejects with what it printed if it exits first.
 */
export async function spawnListening(
  command: string,
  args: string[],
  options: SpawnOptions = {},
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  const listening = /listening on (http:\/\/127\.0\.0\.1:\d+)/;
  while (!listening.test(output)) {
    await Promise.race([
      once(child.stdout as NodeJS.ReadableStream, "data"),
      once(child, "exit").then(() => Promise.reject(new Error(output))),
    ]);
  }
  return { child, url: output.match(listening)?.[1] ?? "" };
}
