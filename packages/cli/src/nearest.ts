/**
 * The candidate nearest to a mistyped word, when it is near enough to be what was meant: at most
 * one edit in three letters (an edit: a letter added, dropped, changed, or two swapped).
 */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/** The optimal string alignment distance: Levenshtein's, with a swap of neighbours one edit. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  const row = (i: number) => rows[i] as number[];
  for (let j = 1; j <= b.length; j++) row(0)[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        (row(i - 1)[j] as number) + 1,
        (row(i)[j - 1] as number) + 1,
        (row(i - 1)[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (row(i - 2)[j - 2] as number) + 1);
      row(i)[j] = d;
    }
  }
  return row(a.length)[b.length] as number;
}
