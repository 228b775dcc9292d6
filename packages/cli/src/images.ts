// A command of an image operation given several --image files: one request per file, in order,
// each file read only when its turn comes, with a progress bar on a terminal; a file the service
// refuses is reported and does not stop the others.
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { FaceApiError, FaceValidationError } from "@face-training/client";
import type { Io } from "./cli.js";
import { EXIT } from "./exit-codes.js";
import type { Invocation } from "./parse.js";

const BAR = 24;

/** An image file's bytes, the body of an image operation. */
export const readImage = (file: string): Promise<Uint8Array> => readFile(file);

/**
 * Sends one request per image file. Prints `[{ file, …result }]` (`{ file, result }` for an
 * array result), or `{ file, error }` for a file the service refused; exit code 0 only when
 * every file was taken, else 3.
 */
export async function addImages(
  call: Invocation,
  method: (...args: unknown[]) => Promise<unknown>,
  args: readonly unknown[],
  io: Pick<Io, "stdout" | "stderr" | "isTTY">,
): Promise<number> {
  const results: Record<string, unknown>[] = [];
  const bar = io.isTTY && !call.json;
  const total = call.images.length;
  let failed = 0;
  for (const [i, file] of call.images.entries()) {
    if (bar) {
      const done = Math.round((i / total) * BAR);
      io.stderr(`\r\x1b[2K[${"#".repeat(done)}${"-".repeat(BAR - done)}] ${i}/${total} ${basename(file)}`);
    }
    const withImage = [...args];
    withImage.splice(call.ids.length, 0, await readImage(file));
    try {
      const result = await method(...withImage);
      // An object result is merged with its file; an array (detect's faces) is kept whole.
      results.push(Array.isArray(result) ? { file, result } : { file, ...(result as object) });
    } catch (error) {
      const detail =
        error instanceof FaceValidationError
          ? { parameter: error.parameter }
          : error instanceof FaceApiError
            ? { status: error.status, code: error.code, requestId: error.requestId }
            : undefined;
      if (!detail) throw error;
      failed += 1;
      const { name, message } = error as Error;
      results.push({ file, error: { name, message, ...detail } });
    }
  }
  if (bar) io.stderr(`\r\x1b[2K[${"#".repeat(BAR)}] ${total}/${total}\n`);
  if (!call.json) {
    io.stderr(`${call.typed}: ${total - failed} of ${total} files accepted${failed ? `, ${failed} refused` : ""}\n`);
  }
  io.stdout(`${JSON.stringify(results, null, call.json ? 0 : 2)}\n`);
  return failed ? EXIT.serviceError : EXIT.ok;
}
