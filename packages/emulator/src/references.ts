// Containers that reference persons of the directory instead of holding their own (a dynamic
// person group), by the roles (kinds.ts: a kind's `references`): which persons a container
// references is kept both ways, as records under the paths of the operations that list them,
// so that either list is a page of one collection, in the order of its ids.
//
// - A member: a record at `{members' path}/{personId}` (the container's `members` operation lists
//   them); its reverse, at `{references' path}/{containerId}` (the person's `references`).
// - A create or update that names persons (the role's `addPersonsProperty`) references them, once
//   each; every one must be a directory person, else the operation's `personNotFound` code, and
//   nothing is changed. An update's `removePersonsProperty` stops referencing them (a person it
//   does not reference is no error).
// - Deleting a container deletes its references only (the persons stay); deleting a directory
//   person takes it out of every container that referenced it.
// - `members` and `references` answer `{ <their one list property>: ids }`, every id (the spec
//   declares no paging for them), or their operation's `notFound` when the container or the
//   person does not exist.
import type { Operation } from "@face-training/spec";
import { type ContainerKind, fill, type ResourceType, type Roles } from "./kinds.js";
import type { Handler, Reply } from "./replies.js";
import type { Store } from "./store.js";

type Fail = (status: number, code: string, message: string) => Reply;

const isSuccess = (reply: Reply) => reply.status >= 200 && reply.status < 300;

export function createReferences(roles: Roles, store: Store, fail: Fail) {
  /** Each referencing kind's persons, and the paths and list properties of its two lists. */
  const links = new Map<
    ContainerKind,
    { persons: ResourceType; members: string; references: string; membersProperty: string; referencesProperty: string }
  >();
  for (const kind of roles.kinds.values()) {
    const refs = kind.references;
    if (!refs) continue;
    if (!refs.members || !refs.references || !refs.membersProperty || !refs.referencesProperty) {
      throw new Error(
        `${kind.name}: the emulator needs the members and references operations of a kind that references persons`,
      );
    }
    links.set(kind, {
      persons: refs.persons,
      members: refs.members.path,
      references: refs.references.path,
      membersProperty: refs.membersProperty,
      referencesProperty: refs.referencesProperty,
    });
  }
  const referencing = [...links.keys()];
  const linksOf = (kind: ContainerKind) => {
    const found = links.get(kind);
    if (!found) throw new Error(`${kind.name} references no persons`);
    return found;
  };
  /** The collection of a container's members, and of a person's references of a kind. */
  const membersAt = (kind: ContainerKind, id: string) => fill(linksOf(kind).members, { [kind.parameter]: id });
  const referencesAt = (kind: ContainerKind, personId: string) => {
    const { references, persons } = linksOf(kind);
    return fill(references, { [persons.parameter]: personId });
  };
  /** The concrete paths of a reference both ways: under the container, under the person. */
  const pathsOf = (kind: ContainerKind, containerId: string, personId: string) => ({
    member: `${membersAt(kind, containerId)}/${encodeURIComponent(personId)}`,
    reverse: `${referencesAt(kind, personId)}/${encodeURIComponent(containerId)}`,
  });

  /** The persons a container references, in the order of their ids. */
  const membersOf = (kind: ContainerKind, id: string): string[] =>
    store.page(membersAt(kind, id)).map(([personId]) => personId);

  const ids = (value: unknown): string[] => (Array.isArray(value) ? [...new Set(value.map(String))] : []);

  /** The first of the persons that is not a directory person, as the operation's answer. */
  function unknownPerson(operation: Operation, kind: ContainerKind, persons: string[]): Reply | undefined {
    const type = linksOf(kind).persons;
    const absent = persons.find((personId) => !store.has(fill(type.template, { [type.parameter]: personId })));
    if (absent === undefined) return undefined;
    const code = operation.errorCodes?.personNotFound ?? type.notFound ?? { status: 404, code: "NotFound" };
    return fail(code.status, code.code, `${type.label} '${absent}' is not found.`);
  }

  /**
   * An operation's handler with the references it makes or drops: a create or update of a
   * referencing container, the delete of one, the delete of a directory person.
   */
  function around(operation: Operation, handle: Handler): Handler {
    const { action, resource, addPersonsProperty, removePersonsProperty } = operation.role;
    const kind = roles.kindOf(operation);
    if (resource === "container" && kind && links.has(kind) && (action === "create" || action === "update")) {
      return (incoming) => {
        const id = incoming.params[kind.parameter] ?? "";
        const exists = store.has(fill(kind.template, { [kind.parameter]: id }));
        // The container's own answers first: it exists already (a create), it is missing (an update).
        if (exists === (action === "create")) return handle(incoming);
        const body = (incoming.body ?? {}) as Record<string, unknown>;
        const adding = addPersonsProperty ? ids(body[addPersonsProperty]) : [];
        const removing = removePersonsProperty ? ids(body[removePersonsProperty]) : [];
        const refused = unknownPerson(operation, kind, adding);
        if (refused) return refused;
        const reply = handle(incoming);
        if (!isSuccess(reply)) return reply;
        for (const personId of removing) {
          const { member, reverse } = pathsOf(kind, id, personId);
          store.delete(member);
          store.delete(reverse);
        }
        for (const personId of adding) {
          const { member, reverse } = pathsOf(kind, id, personId);
          store.put(member, {});
          store.put(reverse, {});
        }
        return reply;
      };
    }
    if (resource === "container" && kind && links.has(kind) && action === "delete") {
      return (incoming) => {
        const id = incoming.params[kind.parameter] ?? "";
        const members = membersOf(kind, id);
        const reply = handle(incoming);
        // Its members' records went with it; their reverse ones go now.
        if (isSuccess(reply)) for (const personId of members) store.delete(pathsOf(kind, id, personId).reverse);
        return reply;
      };
    }
    const directory = roles.directory?.persons;
    if (resource === "person" && action === "delete" && directory && roles.typeOf(operation) === directory) {
      return (incoming) => {
        const personId = incoming.params[directory.parameter] ?? "";
        const referencedBy = referencing.map(
          (k) => [k, store.page(referencesAt(k, personId)).map(([id]) => id)] as const,
        );
        const reply = handle(incoming);
        // Its reverse records went with it; the containers' member records go now.
        if (isSuccess(reply))
          for (const [k, containers] of referencedBy)
            for (const id of containers) store.delete(pathsOf(k, id, personId).member);
        return reply;
      };
    }
    return handle;
  }

  /** The handler of a `members` or `references` operation, or undefined. */
  function behaviour(operation: Operation): Handler | undefined {
    const { action } = operation.role;
    const kind = roles.kindOf(operation);
    const references = kind && links.get(kind);
    if (!kind || !references || (action !== "members" && action !== "references")) return undefined;
    const ok = (body: unknown): Reply => ({ status: operation.success.status as number, body });
    const notFound = (label: string, id: string) => {
      const code = operation.errorCodes?.notFound ?? { status: 404, code: "NotFound" };
      return fail(code.status, code.code, `${label} '${id}' is not found.`);
    };
    if (action === "members") {
      return ({ params }) => {
        const id = params[kind.parameter] ?? "";
        if (!store.has(fill(kind.template, { [kind.parameter]: id }))) return notFound(kind.label, id);
        return ok({ [references.membersProperty]: membersOf(kind, id) });
      };
    }
    return ({ params }) => {
      const { persons } = references;
      const personId = params[persons.parameter] ?? "";
      if (!store.has(fill(persons.template, { [persons.parameter]: personId })))
        return notFound(persons.label, personId);
      return ok({
        [references.referencesProperty]: store.page(referencesAt(kind, personId)).map(([id]) => id),
      });
    };
  }

  return { around, behaviour, membersOf };
}

export type References = ReturnType<typeof createReferences>;
