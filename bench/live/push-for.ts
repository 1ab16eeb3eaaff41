import type { LiveDevice } from './live-device.ts';
import { cpuShare, processUsage, type Usage } from './process-usage.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface PushLoop {
  seconds: number;
  /** Product ids `device` pushes in its next request. */
  ids(device: LiveDevice, index: number): string[];
  /** Each device's first push comes after a random share of this, so the devices do not push in step. */
  staggerMs?: number;
  /** The pause after each push; none when left out. */
  pauseMs?: () => number;
  /** Time left for the last pushes to reach the other devices before the platform is measured. */
  settleMs?: number;
}

export interface PushLoopResult {
  pushedDocs: number;
  pushes: number;
  failed: number;
  elapsedMs: number;
  cpu: number;
  after: Usage;
}

/** Every device pushes in a loop for `loop.seconds`, once all are connected; the platform process is measured over the run. */
export async function pushFor(platformPid: number, devices: LiveDevice[], loop: PushLoop): Promise<PushLoopResult> {
  await Promise.all(devices.map((device) => device.ready));
  const before = processUsage(platformPid);
  const started = performance.now();
  let pushedDocs = 0;
  let pushes = 0;
  let failed = 0;
  await Promise.all(
    devices.map(async (device, index) => {
      await sleep(Math.random() * (loop.staggerMs ?? 0));
      while (performance.now() - started < loop.seconds * 1000) {
        const ids = loop.ids(device, index);
        await device.push(ids).then(
          () => {
            pushes++;
            pushedDocs += ids.length;
          },
          () => failed++,
        );
        if (loop.pauseMs) await sleep(loop.pauseMs());
      }
    }),
  );
  await sleep(loop.settleMs ?? 0);
  const elapsedMs = performance.now() - started;
  const after = processUsage(platformPid);
  devices.forEach((device) => device.close());
  return { pushedDocs, pushes, failed, elapsedMs, cpu: cpuShare(before, after, elapsedMs), after };
}
