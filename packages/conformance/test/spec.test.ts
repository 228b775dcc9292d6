import { describe, expect, it } from "vitest";
import { documents, type OpenApiVersion, operations, responseExamples, validator } from "./support/openapi.js";

const VERSIONS: OpenApiVersion[] = ["3.0", "3.1"];
const seedSample = {
  status: "notStarted",
  createdDateTime: "2024-03-05T11:07:58.371Z",
  lastActionDateTime: "2024-03-05T11:07:58.371Z",
  lastSuccessfulTrainingDateTime: "2024-03-05T11:07:58.371Z",
  message: null,
};

describe.each(VERSIONS)("the committed OpenAPI %s document", (version) => {
  const doc = documents[version];

  it("has at least one example per operation, and every example validates against its schema", () => {
    const examples = responseExamples(version);
    for (const { operation } of operations(version)) {
      expect(
        examples.map((e) => e.operationId),
        `${operation.operationId} has no example`,
      ).toContain(operation.operationId);
    }
    for (const example of examples) {
      const pointer = (example.schema as { $ref?: string }).$ref?.replace(/^#/, "");
      expect(pointer, `${example.operationId} ${example.status} uses a named schema`).toBeDefined();
      const validate = validator(version, pointer as string);
      expect(validate(example.value), `${example.operationId} ${example.status} "${example.name}"`).toBe(true);
    }
  });

  it("carries the seed's sample response as the example of the training status operation", () => {
    const example = responseExamples(version).find(
      (e) => e.operationId === "PersonGroupOperations_GetPersonGroupTrainingStatus" && e.status === "200",
    );
    expect(example?.value).toEqual(seedSample);
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

  it("serves {endpoint}/face/{apiVersion} with a usable endpoint default and v1.2-preview.1", () => {
    const [server] = doc.servers;
    expect(server.url).toBe("{endpoint}/face/{apiVersion}");
    expect(() => new URL(server.variables.endpoint.default)).not.toThrow();
    expect(server.variables.apiVersion.default).toBe("v1.2-preview.1");
  });

  it("names the training status operation as the service does, with a summary and a description", () => {
    const op = doc.paths["/persongroups/{personGroupId}/training"].get;
    expect(op.operationId).toBe("PersonGroupOperations_GetPersonGroupTrainingStatus");
    expect(op.summary).toBeTruthy();
    expect(op.description).toBeTruthy();
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
