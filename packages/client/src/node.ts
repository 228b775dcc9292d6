// `@face-training/client/node`: what only Node has, in an entry of its own so that the main entry
// (and any browser bundle of it) never imports node:fs.
import { openAsBlob } from "node:fs";
import { stat } from "node:fs/promises";

/**
 * An image file as the body of an add-face operation: a Blob of the file, whose bytes are read
 * when the request is sent (the size rule is checked then, before anything goes out). Rejects
 * with an error naming the file when it is missing, unreadable or not a file.
 *
 * @example
 * ```ts
 * import { imageFile } from "@face-training/client/node";
 * await client.addPersonGroupPersonFace("team", personId, await imageFile("photos/ann.jpg"));
 * ```
 */
export async function imageFile(path: string): Promise<Blob> {
  // openAsBlob's own error does not say which file or why: stat's does.
  const found = await stat(path);
  if (!found.isFile()) throw new Error(`imageFile: ${path} is not a file`);
  return openAsBlob(path);
}
