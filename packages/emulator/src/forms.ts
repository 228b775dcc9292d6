// How the emulator reads a form (`multipart/form-data`, a liveness session with verify) with
// `@fastify/multipart`: before validation, into a body of its text fields (strings, which the
// body's rule coerces: validation.ts) and its files (bytes), a name given twice a list. A form it
// cannot parse is a bad request (400), as is any body the service cannot read; one with more
// files or fields than any form of the spec, or a file over the body limit, is refused unread
// (413, the plugin's own).
import multipart from "@fastify/multipart";
import type { FastifyInstance } from "fastify";

export interface FormLimits {
  /** The largest file, in bytes. */
  fileSize: number;
  files: number;
  fields: number;
}

export async function readForms(app: FastifyInstance, limits: FormLimits) {
  await app.register(multipart, { limits });
  app.addHook("preValidation", async (request) => {
    if (!request.isMultipart()) return;
    const body: Record<string, unknown> = {};
    try {
      for await (const part of request.parts()) {
        // A part sent as JSON (v1.2-preview.1's `Parameters`) is its parsed value.
        const value =
          part.type === "file"
            ? await part.toBuffer()
            : typeof part.value === "string" && /^application\/json\b/.test(part.mimetype)
              ? JSON.parse(part.value)
              : part.value;
        const before = body[part.fieldname];
        body[part.fieldname] = before === undefined ? value : [...(Array.isArray(before) ? before : [before]), value];
      }
    } catch (e) {
      const failure = e as Error & { statusCode?: number };
      if (failure.statusCode) throw failure;
      throw Object.assign(new Error(`The form could not be read: ${failure.message}.`), { statusCode: 400 });
    }
    request.body = body;
  });
}
