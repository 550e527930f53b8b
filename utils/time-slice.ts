// Long work in small turns: a step function written as a generator yields between units of work (a
// sentence, a paragraph); run synchronously it is a plain function, run sliced it hands the event loop a
// turn whenever it has held it for a slice, so a 50,000-word page does not freeze the page it runs in.

/** Work that yields between units and returns its result. */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to the end at once (the command line, tests, short texts). */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Gives the event loop a turn: the browser's scheduler.yield() where there is one, else a macrotask. */
export function pause(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return s?.yield ? s.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** Default slice: the page gets a turn at least every this many milliseconds. */
export const SLICE_MS = 12;

const clock = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Runs `steps`, pausing whenever it has run for `sliceMs` since the last pause. */
export async function runSliced<T>(steps: Steps<T>, sliceMs = SLICE_MS, turn: () => Promise<void> = pause): Promise<T> {
  let since = clock();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (clock() - since >= sliceMs) {
      await turn();
      since = clock();
    }
  }
}
