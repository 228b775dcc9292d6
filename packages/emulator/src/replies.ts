// The emulator's answers as the service gives them: a FaceErrorResponse (its code also in
// x-ms-error-code), written through Fastify, or straight to the socket when Node's HTTP parser
// could not read the request (there is no reply object yet).
import { STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import type { FastifyReply } from "fastify";

/** What a handler gets of a request: its path parameters, query and parsed body. */
export interface Incoming {
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
}

/** An answer: status, headers, and a JSON body, or bytes (sent as the `content-type` its headers name); none: an empty body. */
export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** What an operation does with a request. */
export type Handler = (incoming: Incoming) => Reply;

/** A FaceErrorResponse, with its code in x-ms-error-code as the spec says. */
export function error(status: number, code: string, message: string, headers: Record<string, string> = {}): Reply {
  return { status, headers: { "x-ms-error-code": code, ...headers }, body: { error: { code, message } } };
}

/** The answer to a path the spec does not have (an unknown API version included). */
export const notFound = () => error(404, "NotFound", "Resource not found.");

export const isReply = (value: unknown): value is Reply => typeof (value as Reply).status === "number";

/** Sends an answer through Fastify. */
export function send(reply: FastifyReply, { status, headers = {}, body }: Reply) {
  reply.code(status).headers(headers);
  if (body === undefined) return reply.send();
  if (body instanceof Uint8Array) return reply.send(body);
  return reply.type("application/json; charset=utf-8").send(JSON.stringify(body));
}

/**
 * Node's HTTP parser could not read a request: a FaceErrorResponse, written to the socket as
 * Fastify's default handler writes its own, then the socket closed.
 */
export function answerUnparsable(e: Error & { code?: string }, socket: Duplex) {
  if (e.code === "ECONNRESET" || socket.destroyed) return;
  const [status, code, message] =
    e.code === "ERR_HTTP_REQUEST_TIMEOUT"
      ? [408, "RequestTimeout", "The request took too long to arrive."]
      : e.code === "HPE_HEADER_OVERFLOW"
        ? [431, "BadArgument", "The request's headers are too large."]
        : [400, "BadArgument", "The request could not be parsed as HTTP."];
  const body = JSON.stringify({ error: { code, message } });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `x-ms-error-code: ${code}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(e);
}
