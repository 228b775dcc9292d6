import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer } from "@face-training/test-server";
import { afterEach, describe, expect, it } from "vitest";
import { createFaceClient, FaceValidationError } from "../src/index.js";
import { imageFile } from "../src/node.js";

let close: (() => Promise<void>) | undefined;
afterEach(() => close?.());

describe("imageFile (@face-training/client/node)", () => {
  it("sends a file's bytes as an add-face body, and refuses a file the size rule forbids before sending", async () => {
    const dir = await mkdtemp(join(tmpdir(), "client-image-file-"));
    const photo = join(dir, "ann.png");
    const bytes = new Uint8Array(3000).map((_, i) => i % 251);
    await writeFile(photo, bytes);
    await writeFile(join(dir, "tiny.png"), new Uint8Array(10));
    const server = await startServer(() => ({
      status: 200,
      body: { persistedFaceId: "00000000-0000-4000-8000-000000000000" },
    }));
    close = () => server.close();
    const client = createFaceClient({ endpoint: server.url, credential: { key: "k" } });
    const id = "11111111-1111-4111-8111-111111111111";
    await expect(client.addPersonGroupPersonFace("team", id, await imageFile(photo))).resolves.toEqual({
      persistedFaceId: "00000000-0000-4000-8000-000000000000",
    });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.headers["content-length"]).toBe("3000");
    expect(server.requests[0]?.headers["content-type"]).toBe("application/octet-stream");
    await expect(
      client.addPersonGroupPersonFace("team", id, await imageFile(join(dir, "tiny.png"))),
    ).rejects.toBeInstanceOf(FaceValidationError);
    expect(server.requests).toHaveLength(1);
    await expect(imageFile(join(dir, "missing.png"))).rejects.toThrow(/missing\.png/);
    await rm(dir, { recursive: true, force: true });
  });
});
