// Timing helpers shared by the benchmarks: percentiles, single-sided and paired measurements.

export type Stats = { median: number; p95: number };

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

async function time(fn: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

function stats(samples: number[]): Stats {
  samples.sort((a, b) => a - b);
  return { median: percentile(samples, 50), p95: percentile(samples, 95) };
}

/** Median and p95 of `runs` calls after `warmup` unmeasured ones. */
export async function measure(fn: () => Promise<unknown> | unknown, runs: number, warmup: number): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await time(fn));
  return stats(samples);
}

/** Both sides alternately (which one goes first alternates too), so that neither is favoured. */
export async function compare(
  feature: () => Promise<unknown>,
  direct: () => Promise<unknown>,
  runs: number,
  warmup: number,
): Promise<{ feature: Stats; direct: Stats }> {
  for (let i = 0; i < warmup; i++) {
    await feature();
    await direct();
  }
  const f: number[] = [];
  const d: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      f.push(await time(feature));
      d.push(await time(direct));
    } else {
      d.push(await time(direct));
      f.push(await time(feature));
    }
  }
  return { feature: stats(f), direct: stats(d) };
}
