// What the emulator simulates, read from the spec's operation table rather than restated: every
// long-running operation starts a job on the resource its path names, and its polling operation
// reads that job's status. A resource kind is the first segment of such a path
// (`/{segment}/{id}/…`), with its id's rules and the service's error codes for it
// (`x-face-error-codes`).
import { type Operation, operations } from "@face-training/spec";

/** A kind of resource that has a long-running operation (today: the trainable containers). */
export interface ResourceKind {
  /** The path segment, the first of the operation's path. */
  segment: string;
  /** The id's path parameter. */
  parameter: string;
  /** The id's JSON Schema. */
  idSchema: Record<string, unknown>;
  /** The long-running operation that starts a job on it. */
  start: Operation;
  /** The operation that reads the job's status. */
  status: Operation;
  /** The service's error code when the resource does not exist, and when it has no job yet. */
  notFound: string;
  notStarted: string;
}

/** The kinds of resource of the spec, by path segment. */
export function resourceKinds(): Map<string, ResourceKind> {
  const byId = new Map(operations.map((operation) => [operation.operationId, operation]));
  const kinds = new Map<string, ResourceKind>();
  for (const start of operations) {
    if (!start.longRunning) continue;
    const status = byId.get(start.longRunning.pollingOperationId);
    const [, segment = "", parameter = ""] = start.path.match(/^\/(\w+)\/\{(\w+)\}\//) ?? [];
    const idParameter = start.parameters.find((p) => p.name === parameter);
    const codes = { ...start.errorCodes, ...status?.errorCodes };
    if (!status || !idParameter || !codes.notFound || !codes.notTrained) {
      throw new Error(
        `${start.operationId}: the emulator needs a path /{segment}/{id}/…, a polling operation and its notFound and notTrained error codes`,
      );
    }
    kinds.set(segment, {
      segment,
      parameter,
      idSchema: idParameter.schema,
      start,
      status,
      notFound: codes.notFound.code,
      notStarted: codes.notTrained.code,
    });
  }
  return kinds;
}
