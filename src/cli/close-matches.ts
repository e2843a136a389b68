/**
 * Python's `difflib.get_close_matches(word, possibilities, n=3, cutoff=0.8)`,
 * which argparse-based aws-cli uses for "Maybe you meant". The score is
 * SequenceMatcher's ratio, whose matching blocks come from its recursive
 * longest-match search (not a plain LCS), so that search is ported as is.
 */

function longestMatch(a: string, b: string, alo: number, ahi: number, blo: number, bhi: number): [number, number, number] {
  let bestI = alo;
  let bestJ = blo;
  let bestSize = 0;
  let lengths = new Map<number, number>();
  for (let i = alo; i < ahi; i++) {
    const next = new Map<number, number>();
    for (let j = blo; j < bhi; j++) {
      if (a[i] !== b[j]) continue;
      const k = (lengths.get(j - 1) ?? 0) + 1;
      next.set(j, k);
      if (k > bestSize) {
        bestI = i - k + 1;
        bestJ = j - k + 1;
        bestSize = k;
      }
    }
    lengths = next;
  }
  return [bestI, bestJ, bestSize];
}

function matchingCharacters(a: string, b: string): number {
  let total = 0;
  const queue: [number, number, number, number][] = [[0, a.length, 0, b.length]];
  while (queue.length > 0) {
    const [alo, ahi, blo, bhi] = queue.pop()!;
    const [i, j, k] = longestMatch(a, b, alo, ahi, blo, bhi);
    if (k === 0) continue;
    total += k;
    if (alo < i && blo < j) queue.push([alo, i, blo, j]);
    if (i + k < ahi && j + k < bhi) queue.push([i + k, ahi, j + k, bhi]);
  }
  return total;
}

export function ratio(a: string, b: string): number {
  const length = a.length + b.length;
  return length === 0 ? 1 : (2 * matchingCharacters(a, b)) / length;
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
