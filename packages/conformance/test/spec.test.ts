import { describe, expect, it } from "vitest";
import {
  documents,
  type OpenApiVersion,
  operations,
  resolve,
  responseExamples,
  schemaValidator,
  validator,
} from "./support/openapi.js";

const VERSIONS: OpenApiVersion[] = ["3.0", "3.1"];
/** The training family: container kind, train operationId, status operationId, path, id parameter. */
const trainingFamily = [
  [
    "PersonGroup",
    "PersonGroupOperations_TrainPersonGroup",
    "PersonGroupOperations_GetPersonGroupTrainingStatus",
    "/persongroups/{personGroupId}",
    "personGroupId",
  ],
  [
    "LargePersonGroup",
    "PersonGroupOperations_TrainLargePersonGroup",
    "PersonGroupOperations_GetLargePersonGroupTrainingStatus",
    "/largepersongroups/{largePersonGroupId}",
    "largePersonGroupId",
  ],
  [
    "LargeFaceList",
    "FaceListOperations_TrainLargeFaceList",
    "FaceListOperations_GetLargeFaceListTrainingStatus",
    "/largefacelists/{largeFaceListId}",
    "largeFaceListId",
  ],
] as const;
const seedSample = {
  status: "notStarted",
  createdDateTime: "2024-03-05T11:07:58.371Z",
  lastActionDateTime: "2024-03-05T11:07:58.371Z",
  lastSuccessfulTrainingDateTime: "2024-03-05T11:07:58.371Z",
  message: null,
};

describe.each(VERSIONS)("the committed OpenAPI %s document", (version) => {
  const doc = documents[version];

  it("has an example for every response with a JSON body, and every example validates against its schema", () => {
    const examples = responseExamples(version);
    const withBodies = new Set<string>();
    for (const { operation } of operations(version)) {
      // Bytes (a session image) have no literal in TypeSpec, so no example.
      const withBody = Object.entries<{ content?: object }>(operation.responses).filter(
        ([status, response]) =>
          status !== "default" && Object.keys(response.content ?? {}).some((type) => /json/.test(type)),
      );
      for (const [status] of withBody) {
        withBodies.add(`${operation.operationId} ${status}`);
        expect(
          examples.some((e) => e.operationId === operation.operationId && e.status === status),
          `${operation.operationId} ${status} has no example`,
        ).toBe(true);
      }
    }
    // And no example of an answer the spec does not have.
    expect(new Set(examples.map((e) => `${e.operationId} ${e.status}`))).toEqual(withBodies);
    for (const example of examples) {
      const validate = schemaValidator(version, example.schema);
      expect(validate(example.value), `${example.operationId} ${example.status} "${example.name}"`).toBe(true);
    }
  });

  it("carries the seed's sample response among the examples of every training status operation", () => {
    for (const [, , status] of trainingFamily) {
      const examples = responseExamples(version).filter((e) => e.operationId === status && e.status === "200");
      expect(examples.map((e) => e.value)).toContainEqual(seedSample);
    }
  });

  it.each(trainingFamily)(
    "documents %s's not-trained 404 with the service's code and a recorded first-training status",
    (kind, _train, status) => {
      const examples = responseExamples(version).filter((e) => e.operationId === status);
      expect(examples.filter((e) => e.status === "404").map((e) => e.value)).toEqual([
        { error: { code: `${kind}NotTrained`, message: expect.any(String) } },
      ]);
      // What the live service sends before the first success: no lastSuccessfulTrainingDateTime.
      expect(examples.map((e) => e.value)).toContainEqual({
        status: "running",
        createdDateTime: "2024-09-03T15:56:37.777955Z",
        lastActionDateTime: "2024-09-03T15:56:37.777955Z",
      });
    },
  );

  it.each(trainingFamily)(
    "has %s's train and training status operations with the service's operationIds",
    (_kind, train, status, path, parameter) => {
      const trainOp = doc.paths[`${path}/train`]?.post;
      const statusOp = doc.paths[`${path}/training`]?.get;
      expect(trainOp?.operationId).toBe(train);
      expect(statusOp?.operationId).toBe(status);
      for (const op of [trainOp, statusOp]) {
        const params = op.parameters.map((p: { $ref?: string }) => resolve(doc, p));
        expect(params).toEqual([expect.objectContaining({ name: parameter, in: "path", required: true })]);
        expect(resolve(doc, params[0].schema)).toMatchObject({ pattern: "^[a-z0-9-_]+$", minLength: 1, maxLength: 64 });
        expect(op.summary).toBeTruthy();
        expect(op.description).toBeTruthy();
      }
      expect(trainOp.responses["202"].headers["operation-Location"]).toMatchObject({
        required: true,
        schema: { type: "string", format: "uri" },
      });
      expect(Object.keys(trainOp.responses).sort()).toEqual(["202", "default"]);
      expect(Object.keys(statusOp.responses).sort()).toEqual(["200", "404", "default"]);
    },
  );

  it("has exactly the six training operations among its operations", () => {
    expect(
      operations(version)
        .filter(({ path }) => /\/train(ing)?$/.test(path))
        .map(({ operation }) => operation.operationId)
        .sort(),
    ).toEqual(trainingFamily.flatMap(([, train, status]) => [train, status]).sort());
  });

  const trainingResult = validator(version, "/components/schemas/TrainingResult");
  it.each([
    ["the seed's sample, with message null", seedSample, true],
    ["lastActionDateTime null", { ...seedSample, lastActionDateTime: null }, true],
    ["no message at all", { ...seedSample, message: undefined }, true],
    ["a status the service may add later", { ...seedSample, status: "cancelling" }, true],
    ["a numeric status", { ...seedSample, status: 3 }, false],
    ["no createdDateTime", { ...seedSample, createdDateTime: undefined }, false],
    ["a createdDateTime that is not a date-time", { ...seedSample, createdDateTime: "yesterday" }, false],
    ["no status", { ...seedSample, status: undefined }, false],
  ])("TrainingResult with %s: valid is %s", (_name, given, valid) => {
    expect(trainingResult(JSON.parse(JSON.stringify(given)))).toBe(valid);
  });

  it("serves {endpoint}/face/{apiVersion} with a usable endpoint default, v1.2 (GA) and only it in its document", () => {
    const [server] = doc.servers;
    expect(server.url).toBe("{endpoint}/face/{apiVersion}");
    expect(() => new URL(server.variables.endpoint.default)).not.toThrow();
    expect(server.variables.apiVersion).toMatchObject({ default: "v1.2", enum: ["v1.2"] });
  });

  it("limits every container id to the service's pattern and 1 to 64 characters", () => {
    const idSchema = validator(version, "/components/schemas/ContainerId");
    for (const valid of ["a", "your_person_group_id", "group-1", "x".repeat(64)])
      expect(idSchema(valid), valid).toBe(true);
    for (const invalid of ["", "Group", "a b", "../x", "x".repeat(65)]) expect(idSchema(invalid), invalid).toBe(false);
  });

  it("answers every other status with FaceErrorResponse and an x-ms-error-code header", () => {
    for (const { operation } of operations(version)) {
      const fallback = operation.responses.default;
      expect(fallback.headers["x-ms-error-code"].schema.type).toBe("string");
      expect(fallback.content["application/json"].schema.$ref).toBe("#/components/schemas/FaceErrorResponse");
    }
  });

  it("accepts the subscription key header or an AAD token with the Cognitive Services scope", () => {
    const { SubscriptionKeyAuth, AADTokenAuth } = doc.components.securitySchemes;
    expect(SubscriptionKeyAuth).toMatchObject({ type: "apiKey", in: "header", name: "Ocp-Apim-Subscription-Key" });
    expect(AADTokenAuth.flows.authorizationCode).toMatchObject({
      authorizationUrl: "https://api.example.com/oauth2/authorize",
      tokenUrl: "https://api.example.com/oauth2/token",
      scopes: { "https://cognitiveservices.azure.com/.default": expect.any(String) },
    });
    expect(doc.security).toEqual([
      { SubscriptionKeyAuth: [] },
      { AADTokenAuth: ["https://cognitiveservices.azure.com/.default"] },
    ]);
  });
});
