/** Total length covered by half-open ranges [start, end), overlaps counted once. */
export function coveredLength(ranges: Iterable<readonly [number, number]>): number {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [s, e] of sorted) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total;
}
