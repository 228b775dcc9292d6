// `pnpm demo`: the enroll → train workflow with no Azure subscription. Starts the emulator on a
// free loopback port; with the client, creates a person group, two persons and their faces from
// the image files in tools/demo-images; trains it and waits with the face-training CLI (as an
// operator would); prints the final status and the time taken, and stops the emulator. Exits
// with the CLI's exit code.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { createFaceClient } from "@face-training/client";
import { startEmulator } from "@face-training/emulator";

const cli = fileURLToPath(new URL("../packages/cli/dist/bin.js", import.meta.url));
const images = new URL("demo-images/", import.meta.url);
const key = randomBytes(16).toString("hex");
const group = "demo-group";
const people = { Ann: ["ann-1.png", "ann-2.png"], Ben: ["ben-1.png", "ben-2.png"] };
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
  const client = createFaceClient({ endpoint: emulator.url, credential: { key } });
  await client.createPersonGroup(group, { name: "Demo group", recognitionModel: "recognition_04" });
  console.log(`Created person group ${group}`);
  for (const [name, files] of Object.entries(people)) {
    const { personId } = await client.createPersonGroupPerson(group, { name });
    for (const file of files) {
      const image = await readFile(new URL(file, images));
      const { persistedFaceId } = await client.addPersonGroupPersonFace(group, personId, image, { userData: file });
      console.log(`  ${name}: face ${persistedFaceId} from ${file} (${image.length} bytes)`);
    }
  }
  const persons = [];
  for await (const person of client.iteratePersonGroupPersons(group)) persons.push(person);
  console.log(
    `The group has ${persons.length} persons, ${persons.flatMap((p) => p.persistedFaceIds ?? []).length} faces`,
  );

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
