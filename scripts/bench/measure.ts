// How the stages time things: concurrent calls with their latencies, and alternating rounds of several
// measurements so that a burst of load elsewhere on the machine falls on a figure and its reference alike.

/** Runs `total` calls of fn with `concurrency` workers and returns each call's latency in ms. */
export async function measure(fn: (i: number) => Promise<unknown>, concurrency: number, total: number): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < total) {
      const i = next++;
      const t0 = performance.now();
      await fn(i);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return latencies;
}

type Measurements = Record<string, (round: number) => unknown>;

/** Runs every measurement once per round, in order, for `rounds` rounds; returns each one's results by name. */
export async function alternate<M extends Measurements>(rounds: number, measurements: M): Promise<{ [K in keyof M]: Awaited<ReturnType<M[K]>>[] }> {
  const out = Object.fromEntries(Object.keys(measurements).map((k) => [k, [] as unknown[]])) as { [K in keyof M]: Awaited<ReturnType<M[K]>>[] };
  for (let round = 0; round < rounds; round++)
    for (const key of Object.keys(measurements) as (keyof M)[]) out[key].push((await measurements[key](round)) as Awaited<ReturnType<M[typeof key]>>);
  return out;
}
