// Extensible enums, as the official contract has them (`x-ms-enum.modelAsString`): the service
// may add a value (a recognition model, a glasses type) without a new API version. The packed
// client reads such a value in an answer and sends one in a request, leaving the service to
// judge it; the emulator, which simulates only the values it knows, refuses it with the service's
// code, naming the value. The rules the contract does state are still checked before sending.

import type { ChildProcess } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { spawnListening, startServer, type TestServer } from "@face-training/test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPackedClient } from "./support/packed.js";

const { createFaceClient, FaceApiError, FaceValidationError } = await importPackedClient();
const image = readFileSync(fileURLToPath(new URL("../../../tools/demo-images/ann-1.png", import.meta.url)));

describe("an answer with values added after this client was built", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer((request) =>
      request.url.includes("/detect")
        ? {
            status: 200,
            body: [
              {
                faceId: "c5c24a82-6845-4031-9d5d-978df9175426",
                recognitionModel: "recognition_05",
                faceRectangle: { top: 10, left: 10, width: 100, height: 100 },
                faceAttributes: { glasses: "visor", qualityForRecognition: "excellent" },
              },
            ],
          }
        : { status: 200, body: { personGroupId: "team", name: "Team", recognitionModel: "recognition_05" } },
    );
  });
  afterAll(() => server.close());

  it("is read as sent, not refused", async () => {
    const client = createFaceClient({ endpoint: server.url, credential: { key: "k" } });
    await expect(client.getPersonGroup("team", { returnRecognitionModel: true })).resolves.toMatchObject({
      recognitionModel: "recognition_05",
    });
    const [face] = await client.detect(image, { returnFaceAttributes: ["glasses", "qualityForRecognition"] });
    expect(face).toMatchObject({
      recognitionModel: "recognition_05",
      faceAttributes: { glasses: "visor", qualityForRecognition: "excellent" },
    });
  });

  it("a value the client does not know is sent as given", async () => {
    const client = createFaceClient({ endpoint: server.url, credential: { key: "k" } });
    await client.detect(image, { detectionModel: "detection_09", returnFaceAttributes: ["gaze"] });
    const url = new URL(server.requests.at(-1)?.url ?? "", server.url);
    expect(url.searchParams.get("detectionModel")).toBe("detection_09");
    expect(url.searchParams.get("returnFaceAttributes")).toBe("gaze");
  });

  it("a rule the contract states still holds, before anything is sent", async () => {
    const client = createFaceClient({ endpoint: server.url, credential: { key: "k" } });
    const sent = server.requests.length;
    // detection_01 offers every attribute but mask (x-face-allowed-by): a known model's rule holds.
    const refusal = await client
      .detect(image, { detectionModel: "detection_01", returnFaceAttributes: ["mask"] })
      .catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(FaceValidationError);
    expect((refusal as Error).message).toMatch(/returnFaceAttributes.*mask/);
    const name = await client.createPersonGroup("team", { name: "" }).catch((e: unknown) => e);
    expect(name).toBeInstanceOf(FaceValidationError);
    expect(server.requests.length).toBe(sent);
  });
});

describe("a request with a value the client does not know, against the emulator", () => {
  let child: ChildProcess;
  let endpoint: string;
  beforeAll(async () => {
    const bin = fileURLToPath(new URL("../../emulator/dist/bin.js", import.meta.url));
    ({ child, url: endpoint } = await spawnListening(process.execPath, [bin, "--port", "0", "--key", "k"]));
  });
  afterAll(async () => {
    child.kill("SIGTERM");
    await once(child, "exit");
  });
  const client = () => createFaceClient({ endpoint, credential: { key: "k" } });

  it("is sent, and the emulator answers with the service's code, naming the value", async () => {
    const refusal = await client()
      .detect(image, { detectionModel: "detection_09", returnFaceId: false })
      .catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(FaceApiError);
    expect(refusal).toMatchObject({ status: 400, code: "BadArgument" });
    expect((refusal as Error).message).toMatch(/'detectionModel' is invalid.*"detection_09"/);

    const model = await client()
      .createPersonGroup("team", { name: "Team", recognitionModel: "recognition_05" })
      .catch((e: unknown) => e);
    expect(model).toMatchObject({ status: 400, code: "BadArgument" });
    expect((model as Error).message).toMatch(/'recognitionModel' is invalid.*"recognition_05"/);
  });

  it("with a known value, is answered with that value", async () => {
    const [face] = await client().detect(image, {
      detectionModel: "detection_03",
      recognitionModel: "recognition_04",
      returnRecognitionModel: true,
    });
    expect(face?.recognitionModel).toBe("recognition_04");
  });
});
