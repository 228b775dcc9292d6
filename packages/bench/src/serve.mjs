import { spawn } from "node:child_process";
import { once } from "node:events";

/**
 * Starts a node script in a process of its own (so it shares no event loop with what it
 * measures) and waits until it prints "listening on URL". Returns the URL and a stop function.
 */
export async function serve(script, args = []) {
  const child = spawn(process.execPath, [script, ...args], { stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  while (!/listening on (http\S+)/.test(output)) {
    const [chunk] = await Promise.race([
      once(child.stdout, "data"),
      once(child, "exit").then(() => Promise.reject(new Error(output))),
    ]);
    output += chunk;
  }
  return { url: output.match(/listening on (http\S+)/)[1], pid: child.pid, stop: () => child.kill("SIGTERM") };
}

/** The emulator's command line, for `serve`. */
export const emulatorBin = new URL(import.meta.resolve("@face-training/emulator").replace(/index\.js$/, "bin.js"))
  .pathname;
