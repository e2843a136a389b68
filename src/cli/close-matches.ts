/**
 * Python's `difflib.get_close_matches(word, possibilities, n=3, cutoff=0.8)`,
 * which argparse-based aws-cli uses for "Maybe you meant". The score is
 * SequenceMatcher's ratio over code points, whose matching blocks come from
 * its recursive longest-match search (not a plain LCS), including the
 * "autojunk" heuristic for sequences of 200 or more elements; both are
 * ported as they are.
 */

/** difflib's b2j: where each element of `b` occurs, minus "popular" ones (autojunk). */
function indexOf(b: readonly string[]): Map<string, number[]> {
  const b2j = new Map<string, number[]>();
  b.forEach((ch, j) => {
    const list = b2j.get(ch);
    if (list) list.push(j);
    else b2j.set(ch, [j]);
  });
  if (b.length >= 200) {
    const limit = Math.floor(b.length / 100) + 1;
    for (const [ch, list] of b2j) if (list.length > limit) b2j.delete(ch);
  }
  return b2j;
}

function longestMatch(
  a: readonly string[],
  b: readonly string[],
  b2j: Map<string, number[]>,
  alo: number,
  ahi: number,
  blo: number,
  bhi: number,
): [number, number, number] {
  let [bestI, bestJ, bestSize] = [alo, blo, 0];
  let lengths = new Map<number, number>();
  for (let i = alo; i < ahi; i++) {
    const next = new Map<number, number>();
    for (const j of b2j.get(a[i]!) ?? []) {
      if (j < blo) continue;
      if (j >= bhi) break;
      const k = (lengths.get(j - 1) ?? 0) + 1;
      next.set(j, k);
      if (k > bestSize) [bestI, bestJ, bestSize] = [i - k + 1, j - k + 1, k];
    }
    lengths = next;
  }
  // Popular elements are not in b2j; extend the match over them.
  while (bestI > alo && bestJ > blo && a[bestI - 1] === b[bestJ - 1]) [bestI, bestJ, bestSize] = [bestI - 1, bestJ - 1, bestSize + 1];
  while (bestI + bestSize < ahi && bestJ + bestSize < bhi && a[bestI + bestSize] === b[bestJ + bestSize]) bestSize++;
  return [bestI, bestJ, bestSize];
}

function matchingElements(a: readonly string[], b: readonly string[]): number {
  const b2j = indexOf(b);
  let total = 0;
  const queue: [number, number, number, number][] = [[0, a.length, 0, b.length]];
  while (queue.length > 0) {
    const [alo, ahi, blo, bhi] = queue.pop()!;
    const [i, j, k] = longestMatch(a, b, b2j, alo, ahi, blo, bhi);
    if (k === 0) continue;
    total += k;
    if (alo < i && blo < j) queue.push([alo, i, blo, j]);
    if (i + k < ahi && j + k < bhi) queue.push([i + k, ahi, j + k, bhi]);
  }
  return total;
}

/** SequenceMatcher(None, a, b).ratio() */
export function ratio(a: string, b: string): number {
  const [ca, cb] = [[...a], [...b]];
  const length = ca.length + cb.length;
  return length === 0 ? 1 : (2 * matchingElements(ca, cb)) / length;
}

export function closeMatches(word: string, possibilities: readonly string[], n = 3, cutoff = 0.8): string[] {
  const scored: [number, string][] = [];
  for (const candidate of possibilities) {
    const score = ratio(candidate, word);
    if (score >= cutoff) scored.push([score, candidate]);
  }
  // heapq.nlargest over (score, candidate) tuples: ties go to the larger string.
  scored.sort(([s1, c1], [s2, c2]) => s2 - s1 || (c1 < c2 ? 1 : c1 > c2 ? -1 : 0));
  return scored.slice(0, n).map(([, candidate]) => candidate);
}
