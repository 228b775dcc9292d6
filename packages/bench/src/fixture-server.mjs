// A loopback HTTP server for the throughput benchmark, in a process of its own (started with
// serve()), as fast as node:http can: the same answers for every client measured.
// - GET  …/training        → the seed's TrainingResult
// - POST …/persons         → reads the JSON body, answers { personId }
// - POST …/persistedfaces  → reads the octet-stream body (the image), answers { persistedFaceId }
// Anything else: 404. Every body is read to its end before the answer, as a service would.
import { createServer } from "node:http";

const answer = (value) => {
  const text = JSON.stringify(value);
  return [text, { "content-type": "application/json", "content-length": Buffer.byteLength(text) }];
};
const training = answer({
  status: "notStarted",
  createdDateTime: "2024-03-05T11:07:58.371Z",
  lastActionDateTime: "2024-03-05T11:07:58.371Z",
  lastSuccessfulTrainingDateTime: "2024-03-05T11:07:58.371Z",
  message: null,
});
const person = answer({ personId: "25985303-c537-4467-b41d-bdb45cd95ca1" });
const face = answer({ persistedFaceId: "43897a75-8d6f-42cf-885e-74832febb055" });
const missing = answer({ error: { code: "NotFound", message: "No such route" } });

const server = createServer((request, response) => {
  const path = request.url.split("?")[0];
  const [body, headers] =
    request.method === "GET" && path.endsWith("/training")
      ? training
      : request.method === "POST" && path.endsWith("/persons")
        ? person
        : request.method === "POST" && path.endsWith("/persistedfaces")
          ? face
          : missing;
  let received = 0;
  request.on("data", (chunk) => {
    received += chunk.length;
  });
  request.on("end", () => {
    response.setHeader("x-received-bytes", received);
    response.writeHead(body === missing[0] ? 404 : 200, headers).end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => console.log(`listening on http://127.0.0.1:${server.address().port}`));
process.on("SIGTERM", () => process.exit(0));
