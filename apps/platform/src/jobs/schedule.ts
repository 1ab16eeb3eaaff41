export interface Schedule {
  stop(): void;
}

/** Runs `tick` now and every `everyMs` (not keeping the process alive); its failures go to `onError`. */
export function startSchedule(everyMs: number, tick: () => Promise<unknown>, onError: (error: unknown) => void): Schedule {
  const run = () => void tick().catch(onError);
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
