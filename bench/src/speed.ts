/**
 * A fixed piece of JavaScript work (seeded strings sorted, a JSON round trip), timed: a probe of how
 * fast this machine runs right now. A shared virtual machine has slow and fast phases (on the one
 * these budgets were set on, the same code ran 1.8× slower for tens of seconds at a time); the probe
 * is printed beside each suite so that a reader can tell a slow phase from a regression.
 */
export function cpuProbeMs(): number {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const t0 = performance.now();
    let seed = 7;
    const words: string[] = [];
    for (let i = 0; i < 40_000; i++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      words.push(seed.toString(36));
    }
    words.sort();
    const copy = JSON.parse(JSON.stringify({ words })) as { words: string[] };
    if (copy.words.length !== words.length) throw new Error('probe: the round trip lost words');
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}
