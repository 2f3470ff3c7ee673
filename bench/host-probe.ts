/**
 * How fast this host is right now, as the time of a fixed walk of 10 million dependent reads over
 * 64 MB (each read's address is the last read's value, so every step waits on memory). The same
 * code and database ran a third slower in some minutes than in others on the shared two-core
 * machine; this number, taken before and after the scenarios, says which kind of minutes a run had,
 * so runs are compared with their probes beside them.
 */
export function memoryProbeMs(): number {
  const size = 1 << 24;
  const next = new Int32Array(size);
  for (let index = 0; index < size; index++) next[index] = index;
  // A fixed shuffle (seeded linear congruential generator), so every run walks the same cycle.
  let seed = 12345;
  for (let index = size - 1; index > 0; index--) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const other = seed % index;
    const value = next[index];
    next[index] = next[other];
    next[other] = value;
  }
  const started = performance.now();
  let at = 0;
  for (let step = 0; step < 1e7; step++) at = next[at];
  const elapsed = performance.now() - started;
  // Using the walk's end keeps the loop from being optimised away.
  return at < 0 ? -1 : Math.round(elapsed);
}
