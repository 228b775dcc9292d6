// The shapes of the methods whose request or answer is not JSON, as an editor sees them:
// type-checked by `pnpm lint` (tsc -p test), as the @ts-expect-error lines of the other tests are.
import { describe, expectTypeOf, it } from "vitest";
import type {
  BinaryBody,
  createLivenessWithVerifySession,
  FaceClient,
  FaceContext,
  getSessionImage,
  LivenessWithVerifySession,
  RequestOptions,
} from "../src/index.js";

declare const client: FaceClient;
const image = new Uint8Array(2048);

describe("a method with a form body", () => {
  it("takes the image as any image input, then the form fields among its options, the operation mode required", () => {
    expectTypeOf(client.createLivenessWithVerifySession).parameter(0).toEqualTypeOf<BinaryBody>();
    expectTypeOf(client.createLivenessWithVerifySession).toBeCallableWith(image, { livenessOperationMode: "Passive" });
    expectTypeOf(client.createLivenessWithVerifySession).toBeCallableWith(new Blob([image]), {
      livenessOperationMode: "PassiveActive",
      deviceCorrelationId: "d-1",
      enableSessionImage: true,
      authTokenTimeToLiveInSeconds: 60,
      verifyConfidenceThreshold: 0.5,
      signal: AbortSignal.timeout(1000),
    });
    // An operation mode the service adds later still type-checks.
    expectTypeOf(client.createLivenessWithVerifySession).toBeCallableWith(image, { livenessOperationMode: "Active" });
    expectTypeOf(client.createLivenessWithVerifySession).returns.resolves.toEqualTypeOf<LivenessWithVerifySession>();
    // @ts-expect-error: the operation mode is required
    void client.createLivenessWithVerifySession(image, {});
    // @ts-expect-error: so the options are
    void client.createLivenessWithVerifySession(image);
    // @ts-expect-error: the image is the first argument, not a field
    void client.createLivenessWithVerifySession(image, { livenessOperationMode: "Passive", verifyImage: "a.jpg" });
    // @ts-expect-error: a field has its spec's type
    void client.createLivenessWithVerifySession(image, { livenessOperationMode: "Passive", enableSessionImage: "yes" });
  });

  it("is a function of a context with the same arguments", () => {
    expectTypeOf<typeof createLivenessWithVerifySession>().toEqualTypeOf<
      (
        context: FaceContext,
        verifyImage: BinaryBody,
        options: Parameters<FaceClient["createLivenessWithVerifySession"]>[1],
      ) => Promise<LivenessWithVerifySession>
    >();
    expectTypeOf<Parameters<FaceClient["createLivenessWithVerifySession"]>[1]>().toExtend<RequestOptions>();
  });
});

describe("a method answering bytes", () => {
  it("resolves with a Uint8Array over an ArrayBuffer of its own, which a Blob takes", () => {
    expectTypeOf(client.getSessionImage).returns.resolves.toEqualTypeOf<Uint8Array<ArrayBuffer>>();
    expectTypeOf<Awaited<ReturnType<typeof getSessionImage>>>().toExtend<BlobPart>();
  });
});

describe("a method answering 204", () => {
  it("resolves with nothing", () => {
    expectTypeOf(client.deleteLivenessSession).returns.resolves.toEqualTypeOf<void>();
    expectTypeOf(client.deleteLivenessWithVerifySession).returns.resolves.toEqualTypeOf<void>();
  });
});

describe("the liveness methods", () => {
  it("are not methods of a client of a version without them", () => {
    expectTypeOf<FaceClient<"v1.2-preview.1">>().not.toHaveProperty("createLivenessWithVerifySession");
    expectTypeOf<FaceClient<"v1.2-preview.1">>().not.toHaveProperty("getSessionImage");
    expectTypeOf<FaceClient<"v1.2">>().toHaveProperty("getSessionImage");
  });
});
