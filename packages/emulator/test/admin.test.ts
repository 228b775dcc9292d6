// The emulator's own route to create a container with a chosen training outcome: what it takes,
// what it refuses (a 4xx FaceErrorResponse, creating nothing), and what it answers.
import { afterEach, describe, expect, it } from "vitest";
import { type Emulator, resourceKinds, startEmulator } from "../src/index.js";
import { key, send } from "./requests.js";

let emulator: Emulator;
afterEach(() => emulator.close());

const put = async (path: string, body?: string) => {
  const response = await fetch(`${emulator.url}/emulator/containers/${path}`, {
    method: "PUT",
    ...(body !== undefined && { headers: { "content-type": "application/json" }, body }),
  });
  return { status: response.status, body: await response.json() };
};
const listed = async () => (await (await fetch(`${emulator.url}/emulator/containers`)).json()) as { id: string }[];

describe("the emulator's container route", () => {
  it("creates a container of a kind the spec has, with or without options, answering its kind and id", async () => {
    emulator = await startEmulator();
    expect(await put("persongroups/plain")).toEqual({ status: 201, body: { kind: "persongroups", id: "plain" } });
    expect(await put("persongroups/null", "null")).toEqual({ status: 201, body: { kind: "persongroups", id: "null" } });
    expect(
      await put("largepersongroups/failing", JSON.stringify({ outcome: "failed", message: "No.", trainingMs: 5 })),
    ).toEqual({ status: 201, body: { kind: "largepersongroups", id: "failing" } });
    expect((await listed()).map((c) => c.id).sort()).toEqual(["failing", "null", "plain"]);
    // It is the Face API's container too, with the outcome it was given.
    const read = await fetch(`${emulator.url}/face/v1.2/largepersongroups/failing`, { headers: key });
    expect(read.status).toBe(200);
  });

  it.each([
    ["a kind the spec does not have", "persons/x", undefined, /kind/],
    ["an option it does not have", "persongroups/x", JSON.stringify({ colour: "red" }), /colour|additional/],
    ["an outcome it does not know", "persongroups/x", JSON.stringify({ outcome: "maybe" }), /outcome/],
    ["a negative training time", "persongroups/x", JSON.stringify({ trainingMs: -1 }), /trainingMs/],
    ["a body that is a list", "persongroups/x", "[]", /body/],
  ])("refuses %s with 400, naming it, and creates nothing", async (_name, path, body, names) => {
    emulator = await startEmulator();
    const refused = await put(path, body);
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toEqual(expect.any(String));
    expect(refused.body.error.message).toMatch(names);
    expect(await listed()).toEqual([]);
  });

  it("takes a container put again as its new options, and refuses an id the spec forbids, naming the rule", async () => {
    emulator = await startEmulator();
    await put("persongroups/g", JSON.stringify({ outcome: "failed" }));
    expect((await put("persongroups/g")).status).toBe(201);
    expect(await listed()).toMatchObject([{ id: "g", outcome: "succeeded" }]);
    const refused = await put("persongroups/Bad%20Id");
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({
      code: "BadArgument",
      message: expect.stringContaining('Invalid personGroupId "Bad Id"'),
    });
    expect(await listed()).toHaveLength(1);
  });

  it("holds a seed's id to its kind's length limits, at their edges", async () => {
    emulator = await startEmulator();
    const { maxLength } = (resourceKinds().get("persongroups")?.idSchema ?? {}) as { maxLength: number };
    expect(maxLength).toBeGreaterThan(0);
    expect((await put(`persongroups/${"a".repeat(maxLength)}`)).status).toBe(201);
    const refused = await put(`persongroups/${"a".repeat(maxLength + 1)}`);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain(`-${maxLength} characters`);
    expect(await listed()).toHaveLength(1);
  });

  it("names the kinds it has when refusing one it does not", async () => {
    emulator = await startEmulator();
    const refused = await put("persons/x");
    for (const segment of resourceKinds().keys()) expect(refused.body.error.message).toContain(segment);
  });

  it("creates the Face API's container, named by its id, and keeps one that exists as it is", async () => {
    emulator = await startEmulator();
    await put("persongroups/g");
    expect((await send(emulator.url, "GET", "/persongroups/g")).body).toEqual({ personGroupId: "g", name: "g" });
    await send(emulator.url, "PATCH", "/persongroups/g", { name: "Team", userData: "floor 3" });
    await put("persongroups/g", JSON.stringify({ outcome: "failed" }));
    expect((await send(emulator.url, "GET", "/persongroups/g")).body).toEqual({
      personGroupId: "g",
      name: "Team",
      userData: "floor 3",
    });
  });
});
