// A loopback HTTP server that answers every request with the seed's TrainingResult, as fast as
// node:http can: the other end of the throughput benchmark, in a process of its own.
import { createServer } from "node:http";

const body = JSON.stringify({
  status: "notStarted",
  createdDateTime: "2024-03-05T11:07:58.371Z",
  lastActionDateTime: "2024-03-05T11:07:58.371Z",
  lastSuccessfulTrainingDateTime: "2024-03-05T11:07:58.371Z",
  message: null,
});
const server = createServer((request, response) => {
  request.resume();
  response.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) }).end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => console.log(`listening on http://127.0.0.1:${server.address().port}`));
process.on("SIGTERM", () => process.exit(0));
