import { startServer, type TestServer } from "@face-training/test-server";
import { afterEach, describe, expect, it } from "vitest";
import { createFaceClient, FaceValidationError } from "../src/index.js";

let server: TestServer | undefined;
afterEach(() => server?.close());

const image = new Uint8Array(2048);

describe("an option whose values depend on another's (returnFaceAttributes by detectionModel)", () => {
  it("refuses what the detection model does not offer before sending, and sends what it does", async () => {
    server = await startServer(() => ({
      status: 200,
      body: [{ faceRectangle: { top: 1, left: 2, width: 3, height: 4 } }],
    }));
    const client = createFaceClient({ endpoint: server.url, credential: { key: "k" }, retry: false });
    const refused = await client
      .detect(image, { detectionModel: "detection_03", returnFaceAttributes: ["headPose", "glasses"] })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(FaceValidationError);
    expect(refused).toMatchObject({
      parameter: "returnFaceAttributes",
      message:
        "returnFaceAttributes cannot hold glasses with detectionModel detection_03, which allows headPose, mask, qualityForRecognition",
    });
    // The default model is the one checked when none is given: detection_01 has no mask.
    await expect(client.detect(image, { returnFaceAttributes: ["mask"] })).rejects.toMatchObject({
      message: expect.stringContaining("with detectionModel detection_01"),
    });
    await expect(
      client.detectFromUrl(
        { url: "https://x.example/a.jpg" },
        { detectionModel: "detection_02", returnFaceAttributes: ["blur"] },
      ),
    ).rejects.toBeInstanceOf(FaceValidationError);
    expect(server.requests).toHaveLength(0);

    await expect(
      client.detect(image, { detectionModel: "detection_03", returnFaceAttributes: ["headPose", "mask"] }),
    ).resolves.toHaveLength(1);
    expect(server.requests.map((r) => new URL(r.url, "http://x").searchParams.get("returnFaceAttributes"))).toEqual([
      "headPose,mask",
    ]);
  });
});
