// `pnpm demo`: the enroll → train → identify workflow with no Azure subscription. Starts the emulator on a
// free loopback port; with the client, creates a person group and two persons, and adds the
// first one's faces from the image files in tools/demo-images (`imageFile`, the client's Node
// helper); adds the second one's with the face-training CLI, several files in one command; trains
// and waits with the CLI (as an operator would); identifies a new upload of each person's image
// (with the client, and from a shell) and a stranger's; prints the time taken, and stops the
// emulator. Exits 0 only when every step worked and everyone was recognized as who they are.
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

/** Runs the CLI with the demo's endpoint and key, echoing the command and its output; resolves with its exit code and output. */
async function faceTraining(...args) {
  console.log(`\n$ face-training ${args.map((a) => (/[\s{}"]/.test(a) ? `'${a}'` : a)).join(" ")}`);
  const child = spawn(process.execPath, [cli, ...args], { env, stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  child.stdout.on("data", (chunk) => {
    output += chunk;
    process.stdout.write(chunk);
  });
  const [code] = await once(child, "exit");
  return { code, output };
}
const path = (file) => relative(process.cwd(), fileURLToPath(new URL(file, images)));

/**
 * Identifies against the trained group: a new upload of one of the first person's images and a
 * stranger's with the client, then one of the second person's from a shell (detect, then
 * identify). Resolves 0 when each is who it should be, 1 if not.
 */
async function identify(client, group, names, firstImage, secondImage) {
  const detection = { detectionModel: "detection_03", recognitionModel: "recognition_04", returnFaceId: true };
  let wrong = 0;
  console.log("\nIdentify, with the client:");
  for (const [file, expected] of [
    [firstImage, [...names.values()][0]],
    ["stranger.png", undefined],
  ]) {
    const [face] = await client.detect(await imageFile(fileURLToPath(new URL(file, images))), detection);
    const [result] = await client.identifyFromPersonGroup({ faceIds: [face.faceId], personGroupId: group });
    const best = result.candidates[0];
    const who = best && names.get(best.personId);
    if (who !== expected) wrong += 1;
    console.log(`  ${file}: ${best ? `${who} (confidence ${best.confidence})` : "nobody in the group"}`);
  }
  const detected = await faceTraining(
    "detect",
    "--image",
    path(secondImage),
    ...["--detection-model", "detection_03", "--recognition-model", "recognition_04", "--return-face-id", "true"],
    "--json",
  );
  if (detected.code !== 0) return detected.code;
  const [face] = JSON.parse(detected.output);
  const identified = await faceTraining(
    "identify-from-person-group",
    "--body",
    JSON.stringify({ faceIds: [face.faceId], personGroupId: group }),
    "--json",
  );
  if (identified.code !== 0) return identified.code;
  const [result] = JSON.parse(identified.output);
  const who = names.get(result.candidates[0]?.personId);
  console.log(`  ${secondImage}: ${who ?? "nobody in the group"}`);
  if (who !== [...names.values()][1]) wrong += 1;
  return wrong ? 1 : 0;
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
  const added = await faceTraining(
    "add-person-group-person-face",
    group,
    other.personId,
    ...secondFiles.flatMap((file) => ["--image", path(file)]),
  );
  if (added.code !== 0) throw new Error(`adding ${second}'s faces failed (exit code ${added.code})`);
  const names = new Map([
    [personId, first],
    [other.personId, second],
  ]);
  const persons = [];
  for await (const person of client.iteratePersonGroupPersons(group)) persons.push(person);
  console.log(
    `The group has ${persons.length} persons, ${persons.flatMap((p) => p.persistedFaceIds ?? []).length} faces`,
  );

  code = (await faceTraining("train", "person-group", group, "--wait", "--interval", "250")).code;
  if (code === 0) code = (await faceTraining("status", "person-group", group)).code;
  if (code === 0) code = await identify(client, group, names, firstFiles[0], secondFiles[0]);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\n${code === 0 ? "Demo finished" : `Demo failed (exit code ${code})`} in ${seconds} s.`);
} catch (error) {
  console.error(`demo: ${error.message}`);
} finally {
  await emulator.close();
}
process.exit(code);
