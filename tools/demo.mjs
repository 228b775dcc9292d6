// `pnpm demo`: the whole training lifecycle with no Azure subscription. Starts the emulator on a
// free loopback port, creates a person group through its admin route, trains it and waits with
// the face-training CLI (as an operator would), prints the final status and the time taken, and
// stops the emulator. Exits with the CLI's exit code.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { startEmulator } from "@face-training/emulator";

const cli = fileURLToPath(new URL("../packages/cli/dist/bin.js", import.meta.url));
const key = randomBytes(16).toString("hex");
const group = "demo-group";
const started = performance.now();

const emulator = await startEmulator({ key, queueMs: 300, trainingMs: 2000 });
const env = { ...process.env, FACE_ENDPOINT: emulator.url, FACE_KEY: key };

/** Runs the CLI with the demo's endpoint and key, echoing the command; resolves with its exit code. */
async function faceTraining(...args) {
  console.log(`\n$ face-training ${args.join(" ")}`);
  const child = spawn(process.execPath, [cli, ...args], { env, stdio: "inherit" });
  const [code] = await once(child, "exit");
  return code;
}

let code = 1;
try {
  console.log(`Emulator on ${emulator.url}`);
  const created = await fetch(`${emulator.url}/emulator/containers/persongroups/${group}`, { method: "PUT" });
  if (created.status !== 201) throw new Error(`could not create ${group}: HTTP ${created.status}`);
  console.log(`Created person group ${group}`);

  code = await faceTraining("train", "person-group", group, "--wait", "--interval", "250");
  if (code === 0) code = await faceTraining("status", "person-group", group);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\n${code === 0 ? "Demo finished" : `Demo failed (exit code ${code})`} in ${seconds} s.`);
} catch (error) {
  console.error(`demo: ${error.message}`);
} finally {
  await emulator.close();
}
process.exit(code);
