import { describe, expect, it } from "vitest";
import { createFaceClient } from "../src/index.js";

const credential = { key: "k" };

describe("createFaceClient endpoint rules", () => {
  it.each([
    ["an https resource endpoint", "https://my-resource.cognitiveservices.azure.com"],
    ["an https endpoint with a trailing slash", "https://my-resource.cognitiveservices.azure.com/"],
    ["plain http to 127.0.0.1", "http://127.0.0.1:8080"],
    ["plain http to localhost", "http://localhost:8080"],
    ["plain http to [::1]", "http://[::1]:8080"],
  ])("accepts %s", (_name, endpoint) => {
    expect(() => createFaceClient({ endpoint, credential })).not.toThrow();
  });

  it.each([
    ["a relative path", "/face", /`endpoint` must be an absolute https URL/],
    ["a bare host name", "my-resource.cognitiveservices.azure.com", /`endpoint` must be an absolute https URL/],
    ["an empty string", "", /`endpoint` must be an absolute https URL/],
    ["another scheme", "ftp://example.com", /`endpoint` must use https; got the ftp: scheme/],
    ["plain http to a remote host", "http://example.com", /`endpoint` must use https \(got http:\/\/example.com\)/],
    ["a URL with credentials", "https://user:pw@example.com", /without credentials, query or fragment/],
    ["a URL with a query", "https://example.com?x=1", /without credentials, query or fragment/],
  ])("refuses %s with an error naming endpoint", (_name, endpoint, message) => {
    expect(() => createFaceClient({ endpoint, credential })).toThrow(message);
  });

  it("allows plain http to a remote host with allowInsecureConnection", () => {
    expect(() =>
      createFaceClient({ endpoint: "http://example.com", credential, allowInsecureConnection: true }),
    ).not.toThrow();
  });

  it("refuses an apiVersion that would change the path", () => {
    expect(() => createFaceClient({ endpoint: "https://example.com", credential, apiVersion: "v1/../x" })).toThrow(
      /`apiVersion` must be a version/,
    );
  });

  it("refuses a credential that is neither a key nor a token credential", () => {
    // @ts-expect-error: not a credential
    expect(() => createFaceClient({ endpoint: "https://example.com", credential: { token: "t" } })).toThrow(
      /`credential` must be a key credential/,
    );
  });
});
