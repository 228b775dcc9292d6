// What the console shows, read from the operation table by the emulator's one reader of roles
// (../kinds.ts) rather than restated: a kind of container is a role's `container`, listed and read
// by its `list` and `read`; what it holds are the lists of its persons or faces that take the
// container's id alone (or, for a container that references persons of the directory, its
// `members`); its training is its `train` and that operation's `trainingStatus`. The directory's
// persons are shown as a kind too, listed and read by their `list` and `read`. The console calls
// each of them through the client, by the method name the table gives it.
import type { Operation } from "@face-training/spec";
import { readRoles } from "../kinds.js";

/** A collection listed under a container (the persons of a group, the faces of a large face list). */
export interface Collection {
  /** Its list operation. */
  list: Operation;
  /** The id parameter of its items. */
  parameter: string;
  /** A name for people: `Persons`, `Faces`. */
  label: string;
  /** When the list answers one object (a `members` list): its property listing the ids. */
  property?: string;
}

/** A kind of container: how to list them, read one, list what it holds, and read its training. */
export interface ContainerKind {
  /** The path segment (`/{segment}/{id}`). */
  segment: string;
  /** A name for people, from its kind: `Person groups`. */
  label: string;
  /** Its id's path parameter. */
  parameter: string;
  list: Operation;
  read: Operation;
  collections: Collection[];
  /** Its training, when it has one: the operation that starts it and the one that reads it. */
  training?: { start: Operation; status: Operation; notTrained: string | undefined };
}

/** Every kind of container of the spec that can be listed and read. */
export function containerKinds(operations: readonly Operation[]): ContainerKind[] {
  const roles = readRoles(operations);
  // The directory's persons, as a kind of their own (their faces are listed per recognition model).
  const persons = roles.directory?.persons;
  const [listPersons] = persons?.operations.list ?? [];
  const [readPerson] = persons?.operations.read ?? [];
  const directory: ContainerKind[] =
    persons && listPersons && readPerson
      ? [
          {
            segment: persons.template.split("/")[1] ?? "",
            label: `${persons.label}s`,
            parameter: persons.parameter,
            list: listPersons,
            read: readPerson,
            collections: [],
          },
        ]
      : [];
  const containers = [...roles.kinds.values()].flatMap((kind) => {
    const [list] = kind.operations.list ?? [];
    const [read] = kind.operations.read ?? [];
    if (!list || !read) return [];
    const collections: Collection[] = roles.types
      .filter((type) => type.parent === kind)
      .flatMap((type) => {
        const [items] = type.operations.list ?? [];
        // Listed by the container's id alone: a person's faces need the person too.
        const ids = items?.parameters.filter((p) => p.in === "path").map((p) => p.name);
        return items && ids?.length === 1 && ids[0] === kind.parameter
          ? [{ list: items, parameter: type.parameter, label: words(`${type.resource}s`) }]
          : [];
      });
    // The persons it references, by its members operation.
    const references = kind.references;
    if (references?.members && references.membersProperty) {
      collections.push({
        list: references.members,
        parameter: references.persons.parameter,
        label: words(`${references.persons.resource}s`),
        property: references.membersProperty,
      });
    }
    const training = kind.training;
    return [
      {
        segment: kind.segment,
        label: `${kind.label}s`,
        parameter: kind.parameter,
        list,
        read,
        collections,
        ...(training && {
          training: { start: training.start, status: training.status, notTrained: training.notTrained.code },
        }),
      },
    ];
  });
  return [...containers, ...directory];
}

/** `PersonGroups` → `Person groups`; `persistedFaceIds` → `Persisted face ids`. */
export function words(name: string): string {
  const spaced = name.replace(/\B([A-Z])/g, " $1").toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
