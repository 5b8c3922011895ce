/**
 * Reads a V8 CPU profile (Chrome DevTools Protocol `Profiler.stop`) for the time one script spends
 * on the main thread. A sample counts for the script when the script is anywhere on its stack, so
 * layout or DOM work the script forces is its own. The longest unbroken run of such samples is the
 * longest stretch the script kept the page from doing anything else: its longest task, measured
 * without trusting long-task attribution (Chromium reports content scripts as "unknown").
 */

export interface CpuProfile {
  nodes: { id: number; callFrame: { url: string; functionName: string }; children?: number[] }[];
  samples: number[];
  /** Microseconds between consecutive samples (the first is since startTime). */
  timeDeltas: number[];
}

export interface ScriptTime {
  /** All sampled time with the script on the stack, ms. */
  totalMs: number;
  /** Longest run of consecutive samples with the script on the stack, ms. */
  longestRunMs: number;
  runs: number;
}

export function scriptTime(profile: CpuProfile, isScript: (url: string) => boolean): ScriptTime {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const onStack = new Map<number, boolean>();
  const involves = (id: number): boolean => {
    const known = onStack.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const parentId = parent.get(id);
    const result = node !== undefined && (isScript(node.callFrame.url) || (parentId !== undefined && involves(parentId)));
    onStack.set(id, result);
    return result;
  };
  let totalUs = 0;
  let longestUs = 0;
  let currentUs = 0;
  // Garbage collection inside a run (the script's own allocations) continues the run if the
  // script resumes right after it; otherwise it is nobody's.
  let gcUs = 0;
  let runs = 0;
  profile.samples.forEach((id, i) => {
    // A sample stands for the time until the next one.
    const us = profile.timeDeltas[i + 1] ?? 0;
    if (involves(id)) {
      if (currentUs === 0) runs++;
      currentUs += gcUs + us;
      totalUs += gcUs + us;
      gcUs = 0;
      longestUs = Math.max(longestUs, currentUs);
    } else if (currentUs > 0 && byId.get(id)?.callFrame.functionName === '(garbage collector)') {
      gcUs += us;
    } else {
      currentUs = 0;
      gcUs = 0;
    }
  });
  return { totalMs: totalUs / 1000, longestRunMs: longestUs / 1000, runs };
}
