// The proof of "one source of truth": in a scratch worktree of HEAD, add operations to the
// TypeSpec (add a face to a person directory person from bytes or from a URL, two operations on
// one route, and a paged list; and an operation in find similar's shape whose role is verify)
// and run `pnpm build`. Its client method and function, types, local validation, emulator route
// and docs must all appear, the emulator must do what its role says, and nothing but the
// TypeSpec may have been edited by hand.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { pathToFileURL } from "node:url";

const root = execFileSync("git", ["rev-parse", "--show-toplevel"], { encoding: "utf8" }).trim();
// The pnpm that runs this test (npm_execpath), else one on the PATH.
const pnpm = process.env.npm_execpath?.includes("pnpm") ? [process.execPath, process.env.npm_execpath] : ["pnpm"];
const run = (command, args, cwd) =>
  execFileSync(command, args, {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, CI: "1" },
  });

/** Files `pnpm build` writes: a change anywhere else is a hand edit. */
const GENERATED = [
  /^spec\/openapi\//,
  /^spec\/generated\//,
  /^packages\/client\/src\/generated\//,
  /^packages\/client\/README\.md$/,
  /^packages\/client\/review\//,
  /^packages\/cli\/src\/generated\//,
];
const PERSON = "62326eab-d913-4440-9e28-f0f594b38ce8";
const FACE = "43897a75-8d6f-42cf-885e-74832febb055";
const ROUTE = "/persons/{personId}/recognitionModels/{recognitionModel}/persistedfaces";
// The fixture's person directory is removed in v1.2, as in the official contract: the preview has it.
const PREVIEW = "v1.2-preview.1";

let dir;
let client;
let emulator;
let table;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "add-operation-"));
  run("git", ["worktree", "add", "--detach", "--quiet", dir, "HEAD"], root);
  // The fixture's person directory operations landed in the spec since; the scratch copy starts
  // from the spec without the person directory (committed there, so that what follows is the only
  // change), and adds the fixture's part of it back by hand.
  const main = join(dir, "spec/main.tsp");
  writeFileSync(
    main,
    readFileSync(main, "utf8").replace(/^import "\.\/(routes|examples)\.persondirectory\.tsp";\n/gm, ""),
  );
  run(
    "git",
    ["-c", "user.name=add-operation", "-c", "user.email=test@localhost", "commit", "--quiet", "-am", "base"],
    dir,
  );
  for (const fixture of ["add-face.tsp", "verify-in-find-similar-shape.tsp"]) {
    appendFileSync(
      join(dir, "spec/routes.tsp"),
      `\n${readFileSync(new URL(`fixtures/${fixture}`, import.meta.url), "utf8")}`,
    );
  }
  // The same lockfile as this checkout: everything comes from the local store.
  run(pnpm[0], [...pnpm.slice(1), "install", "--offline", "--frozen-lockfile"], dir);
  run(pnpm[0], [...pnpm.slice(1), "build"], dir);
  client = await import(pathToFileURL(join(dir, "packages/client/dist/index.js")).href);
  emulator = await import(pathToFileURL(join(dir, "packages/emulator/dist/index.js")).href);
  table = JSON.parse(readFileSync(join(dir, "spec/generated/operations.json"), "utf8"));
});

after(() => {
  if (!dir) return;
  run("git", ["worktree", "remove", "--force", dir], root);
  rmSync(dir, { recursive: true, force: true });
});

describe("adding an operation: edit the TypeSpec, run pnpm build", () => {
  it("changes nothing but the TypeSpec by hand: everything else is what the build generates", () => {
    const changed = run("git", ["status", "--porcelain", "--untracked-files=all"], dir)
      .trimEnd()
      .split("\n")
      .map((line) => line.slice(3));
    assert.ok(changed.includes("spec/routes.tsp"));
    const handEdited = changed.filter((file) => file !== "spec/routes.tsp" && !GENERATED.some((g) => g.test(file)));
    assert.deepEqual(handEdited, []);
    for (const file of [
      "packages/client/src/generated/operations.ts",
      "packages/client/README.md",
      "spec/generated/operations.json",
    ]) {
      assert.ok(changed.includes(file), `${file} was not regenerated`);
    }
  });

  it("keeps the two operations of the shared route apart in the table, each with its own body", () => {
    const added = table.operations.filter((o) => o.path === ROUTE);
    assert.deepEqual(
      added.map((o) => [o.operationId, o.name, o.method, o.body.kind, o.body.contentType, o.success.status]),
      [
        ["PersonDirectoryOperations_AddPersonFace", "addPersonFace", "POST", "binary", "application/octet-stream", 202],
        [
          "PersonDirectoryOperations_AddPersonFaceFromUrl",
          "addPersonFaceFromUrl",
          "POST",
          "json",
          "application/json",
          202,
        ],
      ],
    );
    assert.deepEqual(
      added[0].parameters.map((p) => `${p.in} ${p.name}`),
      ["path personId", "path recognitionModel", "query targetFace", "query detectionModel", "query userData"],
    );
  });

  it("gives the client a method and a function for each, which check every argument before sending", async () => {
    let received = 0;
    const added = { persistedFaceId: FACE };
    const server = createServer((request, response) => {
      received += 1;
      request.resume();
      response
        .writeHead(202, { "content-type": "application/json", "operation-location": "https://x/operations/1" })
        .end(JSON.stringify(added));
    });
    await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const endpoint = `http://127.0.0.1:${server.address().port}`;
      const face = client.createFaceClient({ endpoint, credential: { key: "k" }, retry: false, apiVersion: PREVIEW });
      const url = { url: "https://example.com/face.jpg" };
      const model = "recognition_04";
      for (const [call, parameter] of [
        [() => face.addPersonFaceFromUrl("not-a-uuid", model, url), "personId"],
        // An extensible enum takes any string (the service judges one it adds), never another type.
        [() => face.addPersonFaceFromUrl(PERSON, 4, url), "recognitionModel"],
        [() => face.addPersonFaceFromUrl(PERSON, model, url, { userData: "x".repeat(1025) }), "userData"],
        [() => face.addPersonFaceFromUrl(PERSON, model, url, { detectionModel: ["detection_01"] }), "detectionModel"],
        [() => face.addPersonFaceFromUrl(PERSON, model, url, { targetFace: [1, 2, 3] }), "targetFace"],
        [() => face.addPersonFaceFromUrl(PERSON, model, {}), "body.url"],
        [() => face.addPersonFace(PERSON, model, "not bytes"), "body"],
      ]) {
        await assert.rejects(
          call(),
          (error) => error instanceof client.FaceValidationError && error.parameter === parameter,
        );
      }
      assert.equal(received, 0, "a request was sent though an argument broke the spec's rules");
      const context = client.createFaceContext({ endpoint, credential: { key: "k" }, apiVersion: PREVIEW });
      // The result is the body with the answer's documented header, camelCased.
      const result = { ...added, operationLocation: "https://x/operations/1" };
      assert.deepEqual(
        await client.addPersonFace(context, PERSON, model, new Uint8Array(2048), { userData: "a" }),
        result,
      );
      assert.deepEqual(await face.addPersonFaceFromUrl(PERSON, model, url, { detectionModel: "detection_03" }), result);
      assert.equal(received, 2);
    } finally {
      server.close();
    }
  });

  it("gives a paged list an iterator that walks every page, each starting after the last item", async () => {
    const ids = Array.from({ length: 5 }, (_, i) => `0000000${i}-0000-0000-0000-000000000000`);
    const urls = [];
    const server = createServer((request, response) => {
      urls.push(request.url);
      const query = new URL(request.url, "http://x").searchParams;
      const after = ids.filter((id) => !query.has("start") || id > query.get("start"));
      const page = after.slice(0, Number(query.get("top"))).map((personId) => ({ personId, name: personId }));
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(page));
    });
    await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const face = client.createFaceClient({
        endpoint: `http://127.0.0.1:${server.address().port}`,
        credential: { key: "k" },
        apiVersion: PREVIEW,
      });
      const seen = [];
      for await (const person of face.iteratePersons({ top: 2 })) seen.push(person.personId);
      assert.deepEqual(seen, ids);
      assert.deepEqual(urls, [
        `/face/${PREVIEW}/persons?top=2`,
        `/face/${PREVIEW}/persons?start=${ids[1]}&top=2`,
        `/face/${PREVIEW}/persons?start=${ids[3]}&top=2`,
      ]);
      await assert.rejects(
        face.iteratePersons({ top: 1001 }).next(),
        (error) => error instanceof client.FaceValidationError && error.parameter === "top",
      );
    } finally {
      server.close();
    }
  });

  it("types them from the spec: the body, the options and the result", () => {
    writeFileSync(
      join(dir, "scratch-types.ts"),
      `import { type AddFaceResult, createFaceClient } from "./packages/client/dist/index.js";
const face = createFaceClient({ endpoint: "https://x.cognitiveservices.azure.com", credential: { key: "k" }, apiVersion: "${PREVIEW}" });
const person = "${PERSON}";
const added: Promise<AddFaceResult> = face.addPersonFaceFromUrl(person, "recognition_04", { url: "https://x/y.jpg" }, { detectionModel: "detection_01" });
void added;
// A detection model the spec does not list yet: the enum is extensible, so it type-checks.
void face.addPersonFaceFromUrl(person, "recognition_04", { url: "https://x/y.jpg" }, { detectionModel: "detection_09" });
// @ts-expect-error: but a model is a string
void face.addPersonFaceFromUrl(person, "recognition_04", { url: "https://x/y.jpg" }, { detectionModel: 9 });
// @ts-expect-error: the URL body is required
void face.addPersonFaceFromUrl(person, "recognition_04");
void face.addPersonFace(person, "recognition_04", new Uint8Array(2048), { targetFace: [1, 2, 3, 4] });
for await (const person of face.iteratePersons({ top: 10 })) {
  const id: string = person.personId;
  void id;
}
// A client of the default version (v1.2) has no person directory methods: its type says so.
const ga = createFaceClient({ endpoint: "https://x.cognitiveservices.azure.com", credential: { key: "k" } });
// @ts-expect-error: v1.2 has no addPersonFaceFromUrl
void ga.addPersonFaceFromUrl;
// @ts-expect-error: nor iteratePersons
void ga.iteratePersons;
void ga.getPersonGroupTrainingStatus;
`,
    );
    const tsc = join(dir, "node_modules/typescript/bin/tsc");
    run(
      process.execPath,
      [
        tsc,
        "--noEmit",
        "--strict",
        "--target",
        "es2022",
        "--module",
        "nodenext",
        "--lib",
        "es2022,dom",
        "scratch-types.ts",
      ],
      dir,
    );
  });

  it("gives the emulator a route that validates with the spec's schemas", async () => {
    const started = await emulator.startEmulator({ key: "k" });
    try {
      const path = `${started.url}/face/${PREVIEW}/persons/${PERSON}/recognitionModels/recognition_04/persistedfaces`;
      const post = (body, query = "") =>
        fetch(`${path}${query}`, {
          method: "POST",
          headers: { "Ocp-Apim-Subscription-Key": "k", "content-type": "application/json" },
          body: JSON.stringify(body),
        });
      assert.equal((await post({ nourl: true })).status, 400);
      assert.equal((await post({ url: "https://x/y.jpg" }, "?detectionModel=detection_09")).status, 400);
      assert.equal((await post({ url: "https://x/y.jpg" }, "?targetFace=1,2,3")).status, 400);
      const valid = await post({ url: "https://x/y.jpg" }, "?targetFace=1,2,3,4&userData=front");
      assert.equal(valid.status, 501, "a valid request is routed and validated; the emulator does not simulate it yet");
      assert.match((await valid.json()).error.message, /AddPersonFaceFromUrl/);
      const get = await fetch(path, { headers: { "Ocp-Apim-Subscription-Key": "k" } });
      assert.equal(get.status, 405);
      assert.equal(get.headers.get("allow"), "POST");
      // The route is not in v1.2: the service knows no such path there.
      const inGa = await fetch(path.replace(`/${PREVIEW}/`, "/v1.2/"), {
        method: "POST",
        headers: { "Ocp-Apim-Subscription-Key": "k", "content-type": "application/json" },
        body: JSON.stringify({ url: "https://x/y.jpg" }),
      });
      assert.equal(inGa.status, 404);
    } finally {
      await started.close();
    }
  });

  it("documents them: the client's method table and the OpenAPI", () => {
    const readme = readFileSync(join(dir, "packages/client/README.md"), "utf8");
    const route = "`POST /persons/{personId}/recognitionModels/{recognitionModel}/persistedfaces`";
    assert.ok(readme.includes(`| \`addPersonFaceFromUrl(personId, recognitionModel, body, options?)\` | ${route} |`));
    assert.ok(readme.includes(`| \`addPersonFace(personId, recognitionModel, image, options?)\` | ${route} |`));
    assert.match(readme, /\| `iteratePersons\(options\?\)` \| pages `getPersons` \| .* \(v1\.2-preview\.1 only\) \|/);
    const openapi = (version) => readFileSync(join(dir, `spec/openapi/3.0.0/openapi.${version}.yaml`), "utf8");
    const path = /^ {2}\/persons\/\{personId\}\/recognitionModels\/\{recognitionModel\}\/persistedfaces:$/m;
    assert.match(openapi(PREVIEW), path);
    // One document per version, differing where the versions differ.
    assert.doesNotMatch(openapi("v1.2"), path);
    assert.doesNotMatch(openapi("v1.2"), /^ {2}\/persons:$/m);
    assert.match(openapi(PREVIEW), /^ {2}\/persons:$/m);
  });
});

describe("an operation in one API version only", () => {
  it("is in the table with the versions the TypeSpec gives it, and the others' operations with none", () => {
    const added = table.operations.filter((o) => o.path === ROUTE || o.path === "/persons");
    assert.equal(added.length, 3);
    for (const operation of added) assert.deepEqual(operation.versions, [PREVIEW]);
    // Every other operation keeps the versions it has in this checkout's table.
    const committed = JSON.parse(readFileSync(join(root, "spec/generated/operations.json"), "utf8"));
    // By name: operations of two versions may share an operationId (the liveness sessions).
    const versionsOf = new Map(committed.operations.map((o) => [o.name, o.versions]));
    for (const operation of table.operations.filter((o) => !added.includes(o)))
      assert.deepEqual(operation.versions, versionsOf.get(operation.name), operation.name);
  });

  it("is refused by a client of another version before anything is sent, naming the version that has it", async () => {
    let received = 0;
    const server = createServer((request, response) => {
      received += 1;
      request.resume();
      response.writeHead(200, { "content-type": "application/json" }).end("[]");
    });
    await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const endpoint = `http://127.0.0.1:${server.address().port}`;
      const ga = client.createFaceClient({ endpoint, credential: { key: "k" } });
      for (const call of [
        () => ga.addPersonFaceFromUrl(PERSON, "recognition_04", { url: "https://x/y.jpg" }),
        () => ga.getPersons(),
        () => ga.iteratePersons().next(),
        () => client.getPersons(client.createFaceContext({ endpoint, credential: { key: "k" }, apiVersion: "v1.2" })),
      ]) {
        await assert.rejects(call(), (error) => {
          assert.ok(error instanceof client.FaceValidationError);
          assert.equal(error.parameter, "apiVersion");
          assert.match(error.message, /^apiVersion v1\.2 has no (POST|GET) \/persons.*: v1\.2-preview\.1 has it/);
          return true;
        });
      }
      assert.equal(received, 0);
      // A version the spec does not know yet is the service's to judge: sent.
      const future = client.createFaceClient({ endpoint, credential: { key: "k" }, apiVersion: "v1.3" });
      assert.deepEqual(await future.getPersons(), []);
      assert.equal(received, 1);
    } finally {
      server.close();
    }
  });
});

describe("an operation whose role is not what its shape suggests", () => {
  const SHAPED = "/verifyinfindsimilarshape";
  /** A PNG-signed image of 2 KB; `n` tells images apart. */
  const image = (n) => {
    const bytes = new Uint8Array(2048);
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, n]);
    return bytes;
  };

  it("has find similar's body and result, and verify's role", () => {
    const added = table.operations.find((o) => o.path === SHAPED);
    const similar = table.operations.find((o) => o.role.action === "findSimilar" && o.role.container);
    const itemOf = (o) => Object.keys(o.success.body.schema.items.properties).sort();
    assert.deepEqual(itemOf(added), itemOf(similar));
    assert.ok(["faceId", "maxNumOfCandidatesReturned", "mode"].every((p) => p in added.body.schema.properties));
    assert.equal(added.role.action, "verify");
  });

  it("is answered by the emulator as a verification against the person, not as find similar", async () => {
    const started = await emulator.startEmulator({ key: "k" });
    try {
      const send = async (method, path, body) => {
        const binary = body instanceof Uint8Array;
        const response = await fetch(`${started.url}/face/v1.2${path}`, {
          method,
          headers: {
            "Ocp-Apim-Subscription-Key": "k",
            ...(body && { "content-type": binary ? "application/octet-stream" : "application/json" }),
          },
          ...(body && { body: binary ? body : JSON.stringify(body) }),
        });
        const text = await response.text();
        return {
          status: response.status,
          code: response.headers.get("x-ms-error-code"),
          body: text && JSON.parse(text),
        };
      };
      await send("PUT", "/persongroups/team", { name: "Team" });
      const ann = (await send("POST", "/persongroups/team/persons", { name: "Ann" })).body.personId;
      const ben = (await send("POST", "/persongroups/team/persons", { name: "Ben" })).body.personId;
      assert.equal((await send("POST", `/persongroups/team/persons/${ann}/persistedfaces`, image(1))).status, 200);
      const [{ faceId }] = (await send("POST", "/detect", image(1))).body;
      const ask = (personId) => send("POST", SHAPED, { faceId, personGroupId: "team", personId });

      // Verify's answer, though find similar's would be a list of the group's faces like it.
      assert.deepEqual(await ask(ann), { status: 200, code: null, body: { isIdentical: true, confidence: 0.95 } });
      assert.deepEqual((await ask(ben)).body, { isIdentical: false, confidence: 0.05 });
      // Verify's refusal of a person the group does not have, with the code the spec declares.
      const stranger = await ask("00000000-0000-4000-8000-000000000000");
      assert.deepEqual([stranger.status, stranger.code], [404, "PersonNotFound"]);
    } finally {
      await started.close();
    }
  });
});

describe("an operation without a role", () => {
  it("fails the build, saying what to declare", () => {
    const routes = join(dir, "spec/routes.tsp");
    const declared = readFileSync(routes, "utf8");
    const roleless = declared.replace(
      /^\s*@extension\("x-face-role", #\{ action: "list", resource: "person" \}\)\n/m,
      "",
    );
    assert.notEqual(roleless, declared);
    writeFileSync(routes, roleless);
    try {
      assert.throws(
        () => run(pnpm[0], [...pnpm.slice(1), "--filter", "@face-training/spec", "build"], dir),
        (error) => {
          assert.match(
            `${error.stdout}${error.stderr}`,
            /PersonDirectoryOperations_GetPersons has no role: declare what it does with @extension\("x-face-role"/,
          );
          return true;
        },
      );
    } finally {
      writeFileSync(routes, declared);
    }
  });
});
