// With --data, what the emulator acknowledged is kept, whenever it dies: a child emulator is
// killed with SIGKILL while creates and deletes are in flight, started again on the same
// database, and every create answered 2xx must be there, every delete answered 2xx gone, round
// after round. A request without an answer (cut by the kill) may have happened or not.
import type { ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnListening } from "@face-training/test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { send } from "./requests.js";

const bin = new URL("../dist/bin.js", import.meta.url).pathname;
const ROUNDS = 24;
const CONCURRENCY = 16;
const GROUP = "/largepersongroups/crash";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "emulator-crash-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const start = (dataFile: string) => spawnListening(process.execPath, [bin, "--port", "0", "--data", dataFile]);

async function killed(child: ChildProcess) {
  const exited = once(child, "exit");
  child.kill("SIGKILL");
  await exited;
}

/** Every person id in the group, through its pages. */
async function personIds(url: string): Promise<Set<string>> {
  const ids = new Set<string>();
  let start = "";
  for (;;) {
    const page = await send(url, "GET", `${GROUP}/persons?top=1000${start && `&start=${start}`}`);
    expect(page.status).toBe(200);
    for (const person of page.body as { personId: string }[]) ids.add(person.personId);
    if ((page.body as unknown[]).length < 1000) return ids;
    start = (page.body as { personId: string }[]).at(-1)?.personId ?? "";
  }
}

describe("the emulator with --data, killed with SIGKILL while writes are in flight", () => {
  it(`keeps every acknowledged create and forgets every acknowledged delete, over ${ROUNDS} rounds`, {
    timeout: 120_000,
  }, async () => {
    const dataFile = join(dir, "state.db");
    /** Created, answered 2xx, not deleted since (as far as answers tell). */
    const present = new Set<string>();
    /** Deleted, answered 2xx. */
    const gone = new Set<string>();
    let acknowledged = 0;
    let lost = 0;
    let resurrected = 0;

    let { child, url } = await start(dataFile);
    expect((await send(url, "PUT", GROUP, { name: "Crash" })).status).toBe(200);
    for (let round = 0; round < ROUNDS; round++) {
      let killing = false;
      const worker = async (n: number) => {
        for (let i = 0; !killing; i++) {
          try {
            // One request in four deletes a person created before; the others create one.
            const victim = (i + n) % 4 === 0 ? [...present].at((n * 7919 + i) % Math.max(1, present.size)) : undefined;
            if (victim) {
              // In flight: neither surely there nor surely gone until it is answered.
              present.delete(victim);
              const answer = await send(url, "DELETE", `${GROUP}/persons/${victim}`);
              if (answer.status === 200) {
                gone.add(victim);
                acknowledged += 1;
              }
            } else {
              const answer = await send(url, "POST", `${GROUP}/persons`, { name: `round ${round}` });
              if (answer.status === 200) {
                present.add((answer.body as { personId: string }).personId);
                acknowledged += 1;
              }
            }
          } catch {
            return; // the connection died with the emulator
          }
        }
      };
      const workers = Array.from({ length: CONCURRENCY }, (_, n) => worker(n));
      // Killed at a different moment each round, 50–250 ms into the burst.
      await new Promise((resolve) => setTimeout(resolve, 50 + ((round * 37) % 200)));
      killing = true;
      await killed(child);
      await Promise.all(workers);

      ({ child, url } = await start(dataFile));
      const ids = await personIds(url);
      for (const id of present) if (!ids.has(id)) lost += 1;
      for (const id of gone) if (ids.has(id)) resurrected += 1;
      // What the requests cut by the kill left behind is as good as acknowledged from now on.
      for (const id of ids) if (!gone.has(id)) present.add(id);
    }
    await killed(child);

    expect({ lost, resurrected }).toEqual({ lost: 0, resurrected: 0 });
    // The rounds did write: hundreds of acknowledged creates and deletes, across the kills.
    expect(acknowledged).toBeGreaterThan(ROUNDS * 10);
    expect(gone.size).toBeGreaterThan(ROUNDS);
  });
});
