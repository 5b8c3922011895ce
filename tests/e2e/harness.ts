/**
 * A deliberately small sequential test runner for the browser runs: steps depend on each other
 * (the library grows visit by visit), each step has a time limit, and the run ends with one
 * machine-readable line "N passed, N failed".
 */

export interface StepResult {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
}

export class StepFailure extends Error {}

export class TimeoutError extends Error {}

/** Rejects after `ms`; the caller's cleanup (closing the browser) stops whatever still runs. */
export async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what}: no result after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function expect(condition: boolean, message: string): asserts condition {
  if (!condition) throw new StepFailure(message);
}

export function expectEqual<T>(actual: T, expected: T, what: string): void {
  if (!Object.is(actual, expected)) {
    throw new StepFailure(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

export class Runner {
  readonly results: StepResult[] = [];

  constructor(private readonly log: (line: string) => void = (line) => console.log(line)) {}

  /** Runs one step; a failure is recorded, never thrown, so later steps still run and report. */
  async step(name: string, body: () => Promise<void>, timeoutMs = 60_000): Promise<boolean> {
    const started = Date.now();
    try {
      await withTimeout(body(), timeoutMs, name);
      this.record({ name, ok: true, ms: Date.now() - started });
      return true;
    } catch (error) {
      this.record({ name, ok: false, ms: Date.now() - started, error: describeError(error) });
      return false;
    }
  }

  /** Records a step that could not run (e.g. its browser failed to start). */
  skipFailed(name: string, reason: string): void {
    this.record({ name, ok: false, ms: 0, error: `not run: ${reason}` });
  }

  get passed(): number {
    return this.results.filter((result) => result.ok).length;
  }

  get failed(): number {
    return this.results.length - this.passed;
  }

  summaryLine(): string {
    return `${this.passed} passed, ${this.failed} failed`;
  }

  private record(result: StepResult): void {
    this.results.push(result);
    const mark = result.ok ? 'ok  ' : 'FAIL';
    this.log(`${mark} ${result.name} (${result.ms} ms)${result.error ? `\n     ${result.error.replace(/\n/g, '\n     ')}` : ''}`);
  }
}

export function describeError(error: unknown): string {
  if (error instanceof StepFailure || error instanceof TimeoutError) return error.message;
  if (error instanceof Error) return `${error.name}: ${error.message}`.split('\n').slice(0, 6).join('\n');
  return String(error);
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
