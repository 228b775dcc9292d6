// `pnpm demo`: the enroll → train workflow with no Azure subscription. Starts the emulator on a
// free loopback port; with the client, creates a person group and two persons, and adds the
// first one's faces from the image files in tools/demo-images (`imageFile`, the client's Node
// helper); adds the second one's with the face-training CLI, several files in one command; trains
// and waits with the CLI (as an operator would); prints the final status and the time taken, and
// stops the emulator. Exits with the CLI's first failing exit code.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { createFaceClient } from "@face-training/client";
import { imageFile } from "@face-training/client/node";
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
  const [[first, firstFiles], [second, secondFiles]] = Object.entries(people);
  const { personId } = await client.createPersonGroupPerson(group, { name: first });
  for (const file of firstFiles) {
    const image = await imageFile(fileURLToPath(new URL(file, images)));
    const { persistedFaceId } = await client.addPersonGroupPersonFace(group, personId, image, { userData: file });
    console.log(`  ${first}: face ${persistedFaceId} from ${file} (${image.size} bytes)`);
  }
  const other = await client.createPersonGroupPerson(group, { name: second });
  console.log(`  ${second}: person ${other.personId}`);
  code = await faceTraining(
    "add-person-group-person-face",
    group,
    other.personId,
    ...secondFiles.flatMap((file) => ["--image", relative(process.cwd(), fileURLToPath(new URL(file, images)))]),
  );
  if (code !== 0) throw new Error(`adding ${second}'s faces failed (exit code ${code})`);
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
