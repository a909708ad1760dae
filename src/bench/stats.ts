// Percentiles of timing samples, for the benchmark tables.

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

/** Nearest-rank percentile of ascending samples; p from 0 to 100. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted[sorted.length - 1] ?? NaN,
  };
}

export interface TimingOptions {
  /** Untimed calls first, on the first inputs, so the JIT has compiled the code it times. */
  warmUp?: number;
  /** Stop taking samples after this long (the summary's n says how many were taken). */
  budgetMs?: number;
}

/**
 * Milliseconds `fn` takes on each of `inputs`, after untimed warm-up calls on the first few. A
 * promise is awaited; a plain answer is not, since an `await` would add a turn of the microtask
 * queue to every sample of a call that takes microseconds.
 */
export async function timeEach<T>(
  inputs: readonly T[],
  fn: (input: T) => unknown,
  { warmUp = 50, budgetMs = Infinity }: TimingOptions = {},
): Promise<number[]> {
  for (const input of inputs.slice(0, warmUp)) await fn(input);
  const times: number[] = [];
  const until = performance.now() + budgetMs;
  for (const input of inputs) {
    const start = performance.now();
    const answer = fn(input);
    if (answer instanceof Promise) await answer;
    const end = performance.now();
    times.push(end - start);
    if (end > until) break;
  }
  return times;
}

/**
 * Per input, the median of its samples over several rounds (`rounds[r][i]` is input i's time in
 * round r): a call of a few microseconds varies more between two runs than two sides differ.
 */
export function medianPerInput(rounds: readonly (readonly number[])[]): number[] {
  const n = Math.min(...rounds.map((r) => r.length));
  return Array.from({ length: n }, (_, i) => summarize(rounds.map((r) => r[i] as number)).p50);
}
