// What the console shows, read from the operation table as REST has it rather than restated: a
// kind of container is a collection at the top of the paths that lists its items
// (`GET /{segment}`) and reads one (`GET /{segment}/{id}`); what it holds are the collections
// listed under an item (`GET /{segment}/{id}/{collection}`); its training is the long-running
// operation under it and that operation's polling operation. The console calls each of them
// through the client, by the method name the table gives it.
import type { Operation } from "@face-training/spec";

/** A collection listed under a container (the persons of a group, the faces of a large face list). */
export interface Collection {
  /** Its list operation. */
  list: Operation;
  /** The id parameter of its items. */
  parameter: string;
  /** A name for people: `Persons`, `Faces`. */
  label: string;
}

/** A kind of container: how to list them, read one, list what it holds, and read its training. */
export interface ContainerKind {
  /** The path segment (`/{segment}/{id}`). */
  segment: string;
  /** A name for people, from its list operation: `Person groups`. */
  label: string;
  /** Its id's path parameter. */
  parameter: string;
  list: Operation;
  read: Operation;
  collections: Collection[];
  /** Its training, when it has one: the operation that starts it and the one that reads it. */
  training?: { start: Operation; status: Operation; notTrained: string | undefined };
}

const isList = (operation: Operation) => operation.method === "GET" && operation.success.body?.schema.type === "array";
const itemParameter = (path: string) => path.match(/\/\{(\w+)\}$/)?.[1];

/** Every kind of container of the spec, in the table's order. */
export function containerKinds(operations: readonly Operation[]): ContainerKind[] {
  const gets = operations.filter((operation) => operation.method === "GET");
  const kinds: ContainerKind[] = [];
  for (const list of gets.filter(isList)) {
    const segment = list.path.match(/^\/(\w+)$/)?.[1];
    const read = segment && gets.find((o) => o.path.startsWith(`/${segment}/{`) && /^\/\w+\/\{\w+\}$/.test(o.path));
    const parameter = read && itemParameter(read.path);
    if (!segment || !read || !parameter) continue;
    const start = operations.find((o) => o.longRunning && o.path.startsWith(`${read.path}/`));
    const status = start && operations.find((o) => o.operationId === start.longRunning?.pollingOperationId);
    const collections = gets
      .filter((o) => isList(o) && /^\/\w+$/.test(o.path.slice(read.path.length)) && o.path.startsWith(`${read.path}/`))
      .flatMap((o) => {
        const item = gets.find(
          (candidate) => itemParameter(candidate.path) && candidate.path.startsWith(`${o.path}/{`),
        );
        const childParameter = item && itemParameter(item.path);
        return childParameter ? [{ list: o, parameter: childParameter, label: labelOf(o, read) }] : [];
      });
    kinds.push({
      segment,
      label: labelOf(list),
      parameter,
      list,
      read,
      collections,
      ...(start && status && { training: { start, status, notTrained: status.errorCodes?.notTrained?.code } }),
    });
  }
  return kinds;
}

/**
 * A name for people from a list operation's method name, without its verb and without its
 * container's name: `getPersonGroups` → `Person groups`; under `getPersonGroup`,
 * `getPersonGroupPersons` → `Persons`.
 */
function labelOf(list: Operation, container?: Operation): string {
  const noun = (operation: Operation) => operation.name.replace(/^[a-z]+/, "");
  const own = container ? noun(list).slice(noun(container).length) || noun(list) : noun(list);
  return words(own);
}

/** `PersonGroups` → `Person groups`; `persistedFaceIds` → `Persisted face ids`. */
export function words(name: string): string {
  const spaced = name.replace(/\B([A-Z])/g, " $1").toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
