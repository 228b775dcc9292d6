// The trainable kinds of container of the spec, as the emulator's public API has them (seeds and
// the admin routes name a kind by its segment): a view of the one reader of roles (kinds.ts) over
// the spec's operation table.
import { type Operation, operations } from "@face-training/spec";
import { readRoles } from "./kinds.js";

/** A kind of resource that has a long-running operation (today: the trainable containers). */
export interface ResourceKind {
  /** The path segment, the first of its path. */
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

/** The kinds of resource of the spec that train, by path segment. */
export function resourceKinds(): Map<string, ResourceKind> {
  const kinds = new Map<string, ResourceKind>();
  for (const kind of readRoles(operations).kinds.values()) {
    if (!kind.training) continue;
    if (!kind.notFound) throw new Error(`${kind.name}: the emulator needs the notFound code of its read`);
    kinds.set(kind.segment, {
      segment: kind.segment,
      parameter: kind.parameter,
      idSchema: kind.idSchema,
      start: kind.training.start,
      status: kind.training.status,
      notFound: kind.notFound.code,
      notStarted: kind.training.notTrained.code,
    });
  }
  return kinds;
}
