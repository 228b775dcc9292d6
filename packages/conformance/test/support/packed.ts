import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { inject } from "vitest";

/** The packed client, imported from the project the global setup installed it into. */
export async function importPackedClient(): Promise<typeof import("@face-training/client")> {
  const entry = join(inject("packedClientProject"), "node_modules/@face-training/client/dist/index.js");
  return import(pathToFileURL(entry).href);
}
