import {
  type ApiVersion,
  type components,
  createFaceClient,
  type DetectionModel,
  type FaceClient,
  type FaceCredential,
  type FaceError,
  type FaceErrorResponse,
  type GlassesType,
  type OperationStatus,
  type paths,
  type RecognitionModel,
  type TrainingResult,
  type WaitOptions,
} from "@face-training/client";
import { describe, expectTypeOf, it } from "vitest";

declare const client: FaceClient;

describe("the public types", () => {
  it("leaves out of a request what the service defaults: a create needs only a name, an identify only faces and a group", () => {
    expectTypeOf(client.createPersonGroup).toBeCallableWith("team", { name: "Team" });
    expectTypeOf(client.identifyFromPersonGroup).toBeCallableWith({
      faceIds: ["11111111-1111-4111-8111-111111111111"],
      personGroupId: "team",
    });
    expectTypeOf(client.findSimilar).toBeCallableWith({ faceId: "f", faceIds: ["g"] });
    // @ts-expect-error: the name is required, and has no default
    void client.createPersonGroup("team", {});
  });

  it("types every extensible enum of the contract as its known values plus any string, in requests and answers", () => {
    expectTypeOf<Extract<RecognitionModel, `recognition_0${number}`>>().toEqualTypeOf<
      "recognition_01" | "recognition_02" | "recognition_03" | "recognition_04"
    >();
    expectTypeOf<"recognition_05">().toExtend<RecognitionModel>();
    expectTypeOf<RecognitionModel>().not.toEqualTypeOf<string>();
    expectTypeOf<"detection_09">().toExtend<DetectionModel>();
    expectTypeOf<"visor">().toExtend<GlassesType>();
    expectTypeOf(client.detect).toBeCallableWith(new Uint8Array(), {
      detectionModel: "detection_09",
      recognitionModel: "recognition_05",
      returnFaceAttributes: ["gaze"],
    });
    expectTypeOf(client.createPersonGroup).toBeCallableWith("team", {
      name: "Team",
      recognitionModel: "recognition_05",
    });
    expectTypeOf(client.findSimilar).toBeCallableWith({ faceId: "f", faceIds: ["g"], mode: "matchEverything" });
    // @ts-expect-error: still a string, never a number
    void client.createPersonGroup("team", { name: "Team", recognitionModel: 5 });
  });

  it("keeps the four OperationStatus literals for completion and still accepts future strings", () => {
    expectTypeOf<"notStarted">().toExtend<OperationStatus>();
    expectTypeOf<"failed">().toExtend<OperationStatus>();
    expectTypeOf<"someFutureStatus">().toExtend<OperationStatus>();
    expectTypeOf<OperationStatus>().not.toEqualTypeOf<string>();
    // Completion comes from the literal members, which must survive as such.
    expectTypeOf<Extract<OperationStatus, "notStarted" | "running" | "succeeded" | "failed">>().toEqualTypeOf<
      "notStarted" | "running" | "succeeded" | "failed"
    >();
    // @ts-expect-error: a status is a string, never a number
    const _numeric: OperationStatus = 3;
  });

  it("types the nullable fields as the service sends them", () => {
    expectTypeOf<TrainingResult["lastActionDateTime"]>().toEqualTypeOf<string | null>();
    expectTypeOf<TrainingResult["message"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<TrainingResult["createdDateTime"]>().toEqualTypeOf<string>();
    // Absent until a first training has succeeded, as the live service answers.
    expectTypeOf<TrainingResult["lastSuccessfulTrainingDateTime"]>().toEqualTypeOf<string | undefined>();
  });

  it("exports the schema types as the generated components", () => {
    expectTypeOf<FaceError>().toEqualTypeOf<components["schemas"]["FaceError"]>();
    expectTypeOf<FaceErrorResponse["error"]>().toEqualTypeOf<FaceError>();
  });

  it("returns a TrainingResult from getPersonGroupTrainingStatus", () => {
    expectTypeOf(client.getPersonGroupTrainingStatus).returns.toEqualTypeOf<Promise<TrainingResult>>();
    expectTypeOf(client.getPersonGroupTrainingStatus)
      .parameter(1)
      .toEqualTypeOf<{ signal?: AbortSignal } | undefined>();
  });

  it("keeps what raw returns assignable to the public TrainingResult", async () => {
    const { data } = await client.raw.GET("/persongroups/{personGroupId}/training", {
      params: { path: { personGroupId: "g" } },
    });
    expectTypeOf(data).toExtend<TrainingResult | undefined>();
    expectTypeOf<
      paths["/persongroups/{personGroupId}/training"]["get"]["responses"][200]["content"]["application/json"]
    >().toExtend<TrainingResult>();
  });

  it("has train, status and wait methods for each of the three containers", () => {
    // A 202 without a body resolves with its documented header, camelCased.
    type Accepted = Promise<{ operationLocation: string }>;
    expectTypeOf(client.trainPersonGroup).returns.toEqualTypeOf<Accepted>();
    expectTypeOf(client.trainLargePersonGroup).returns.toEqualTypeOf<Accepted>();
    expectTypeOf(client.trainLargeFaceList).returns.toEqualTypeOf<Accepted>();
    expectTypeOf(client.getLargePersonGroupTrainingStatus).returns.toEqualTypeOf<Promise<TrainingResult>>();
    expectTypeOf(client.getLargeFaceListTrainingStatus).returns.toEqualTypeOf<Promise<TrainingResult>>();
    expectTypeOf(client.waitForTrainPersonGroup).returns.toEqualTypeOf<Promise<TrainingResult>>();
    expectTypeOf(client.waitForTrainLargePersonGroup).returns.toEqualTypeOf<Promise<TrainingResult>>();
    expectTypeOf(client.waitForTrainLargeFaceList).returns.toEqualTypeOf<Promise<TrainingResult>>();
    expectTypeOf(client.waitForTrainPersonGroup).parameter(1).toEqualTypeOf<WaitOptions<TrainingResult> | undefined>();
  });

  it("completes the known API versions and accepts others", () => {
    expectTypeOf<"v1.2">().toExtend<ApiVersion>();
    expectTypeOf<"v1.2-preview.1">().toExtend<ApiVersion>();
    expectTypeOf<"v2.0">().toExtend<ApiVersion>();
  });

  it("accepts a key credential and a token credential shaped like @azure/identity's", () => {
    expectTypeOf<{ key: string }>().toExtend<FaceCredential>();
    expectTypeOf<{
      getToken(
        scopes: string | string[],
        options?: { abortSignal?: { aborted: boolean } },
      ): Promise<{ token: string; expiresOnTimestamp: number; tokenType?: "Bearer" | "pop" } | null>;
    }>().toExtend<FaceCredential>();
    createFaceClient({ endpoint: "https://x.cognitiveservices.azure.com", credential: { key: "k" } });
    // @ts-expect-error: a credential is required
    createFaceClient({ endpoint: "https://x.cognitiveservices.azure.com" });
  });
});
