/**
 * `npm run bench:live`: the live path of one platform process on PostgreSQL (issue 12, points 3
 * and 6). Starts the platform as a child process (BENCH_DATABASE_URL, or a throwaway cluster) and
 * measures, in one run:
 *  1. live A→B latency: BENCH_LIVE_DEVICES devices (4 per merchant) connected and writing, time
 *     from a device's push until each other device of its merchant has pulled the document;
 *  2. the platform process's memory and CPU with BENCH_LIVE_STREAMS open change streams, idle and
 *     under a write burst that every stream hears of;
 *  3. push throughput: BENCH_PUSH_DEVICES devices pushing batches of 100 new products at once,
 *     and what NOTIFY adds to a write transaction on that database.
 * BENCH_LIVE_PARTS picks a subset (`push`, `live,streams`…).
 * The bench's own clients share the machine (and its cores) with the platform: figures are upper
 * bounds of what a park's separate devices would see.
 */
import { cpus } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newId } from '@tradewind/domain';
import pg from 'pg';
import { freePort } from '../test-support/free-port.ts';
import { startPlatformChild, type PlatformChild } from '../test-support/soak/platform-process.ts';
import { startThrowawayPostgres } from '../test-support/throwaway-postgres.ts';
import { createFleet, type FleetDevice } from './live/fleet.ts';
import { pushProducts, startLiveDevice, type LiveDevice } from './live/live-device.ts';
import { notifyCost } from './live/notify-cost.ts';
import { cpuShare, processUsage } from './live/process-usage.ts';
import { percentile } from './live/percentile.ts';
import { pushFor } from './live/push-for.ts';
import { loadAverage } from './load-average.ts';
import { streamHolder } from './live/stream-holder.ts';
import { benchSettings, log } from './settings.ts';

const settings = benchSettings({ liveDevices: 200, liveWriteEveryMs: 5_000, liveSeconds: 30, liveStreams: 5_000, pushDevices: 50, pushSeconds: 15 });
const PUSH_BATCH = 100;
/** Which measurements to run: `live,streams,push` (all, the default) or a subset. */
const PARTS = new Set((process.env.BENCH_LIVE_PARTS ?? 'live,streams,push').split(','));
const DEVICES_PER_MERCHANT = 4;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ms = (value: number) => `${Math.round(value)} ms`;

async function liveLatency(platform: PlatformChild, databaseUrl: string) {
  const fleet = await createFleet(databaseUrl, `live-${Date.now().toString(36)}`, Math.ceil(settings.liveDevices / DEVICES_PER_MERCHANT), DEVICES_PER_MERCHANT);
  const sent = new Map<string, { at: number; by: number; reached: Set<number> }>();
  const latencies: number[] = [];
  // A delivery is a document reaching another device of its merchant the first time.
  const devices: LiveDevice[] = fleet.map((device, index) =>
    startLiveDevice(platform.url, device, (id) => {
      const write = sent.get(id);
      if (!write || write.by === index || write.reached.has(index)) return;
      write.reached.add(index);
      latencies.push(performance.now() - write.at);
    }),
  );
  const run = await pushFor(platform.pid(), devices, {
    seconds: settings.liveSeconds,
    staggerMs: settings.liveWriteEveryMs,
    pauseMs: () => settings.liveWriteEveryMs * (0.5 + Math.random()),
    settleMs: 2_000,
    ids: (_device, index) => {
      const id = newId();
      sent.set(id, { at: performance.now(), by: index, reached: new Set() });
      return [id];
    },
  });
  const writes = run.pushes;
  latencies.sort((a, b) => a - b);
  return {
    devices: fleet.length,
    writes,
    failed: run.failed,
    writesPerSec: writes / settings.liveSeconds,
    received: latencies.length,
    expected: writes * (DEVICES_PER_MERCHANT - 1),
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    max: latencies.at(-1) ?? 0,
    cpu: run.cpu,
    rssMiB: run.after.rssMiB,
    pulls: devices.reduce((sum, device) => sum + device.pulls(), 0),
  };
}

async function manyStreams(platform: PlatformChild, databaseUrl: string) {
  const perMerchant = 100;
  const fleet = await createFleet(databaseUrl, `streams-${Date.now().toString(36)}`, Math.ceil(settings.liveStreams / perMerchant), perMerchant);
  await sleep(1_000);
  const idle = processUsage(platform.pid());
  const holder = streamHolder(platform.url);
  const opening = performance.now();
  await holder.open(fleet.map((device) => device.token));
  const openMs = performance.now() - opening;
  await sleep(2_000);
  const open = processUsage(platform.pid());
  const idleStart = performance.now();
  await sleep(10_000);
  const idleEnd = processUsage(platform.pid());
  const idleCpu = cpuShare(open, idleEnd, performance.now() - idleStart);
  // One write per merchant: each reaches that merchant's streams (perMerchant each).
  const writers: FleetDevice[] = fleet.filter((_, i) => i % perMerchant === 0);
  const burstStart = performance.now();
  const eventsBefore = holder.events();
  for (let round = 0; round < 5; round++) {
    await Promise.all(writers.map((device) => pushProducts(platform.url, device, [newId()])));
    await sleep(1_000);
  }
  await sleep(2_000);
  const burstEnd = processUsage(platform.pid());
  const burstMs = performance.now() - burstStart;
  const result = {
    streams: holder.openCount(),
    openMs,
    rssIdleMiB: idle.rssMiB,
    rssOpenMiB: open.rssMiB,
    kibPerStream: ((open.rssMiB - idle.rssMiB) * 1024) / Math.max(1, holder.openCount()),
    idleCpu,
    burstWrites: writers.length * 5,
    burstEvents: holder.events() - eventsBefore,
    burstCpu: cpuShare(idleEnd, burstEnd, burstMs),
  };
  holder.close();
  return result;
}

async function pushThroughput(platform: PlatformChild, databaseUrl: string) {
  const fleet = await createFleet(databaseUrl, `push-${Date.now().toString(36)}`, settings.pushDevices, 1);
  const devices = fleet.map((device) => startLiveDevice(platform.url, device, () => {}));
  const run = await pushFor(platform.pid(), devices, { seconds: settings.pushSeconds, ids: () => Array.from({ length: PUSH_BATCH }, () => newId()) });
  return { devices: fleet.length, docs: run.pushedDocs, failed: run.failed, docsPerSec: run.pushedDocs / (run.elapsedMs / 1000), cpu: run.cpu };
}

log(`Tradewind live bench: ${cpus().length} CPUs (load ${loadAverage()}), Node ${process.version}; the bench's clients run on the same machine as the platform`);
const throwaway = process.env.BENCH_DATABASE_URL ? undefined : await startThrowawayPostgres();
const serverUrl = process.env.BENCH_DATABASE_URL ?? throwaway!.url;
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
const databaseName = `tw_bench_live_${Date.now().toString(36)}`;
await admin.query(`CREATE DATABASE ${databaseName}`);
await admin.end();
const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${databaseName}` }).toString();
const dataDir = mkdtempSync(join(tmpdir(), 'tradewind-bench-live-'));
const platform = await startPlatformChild({ port: await freePort(), dataDir, databaseUrl });
try {
  if (PARTS.has('live')) {
    const live = await liveLatency(platform, databaseUrl);
    log(
      `\n1. live A→B, ${live.devices} devices (${DEVICES_PER_MERCHANT} per merchant), ${live.writes} writes in ${settings.liveSeconds} s = ${live.writesPerSec.toFixed(1)}/s (${live.failed} failed): ` +
        `${live.received} of ${live.expected} deliveries; p50 ${ms(live.p50)}, p95 ${ms(live.p95)}, p99 ${ms(live.p99)}, max ${ms(live.max)} ` +
        `(goals p50 ≤ 100 ms, p99 ≤ 1,000 ms); ${live.pulls} pulls; platform CPU ${(live.cpu * 100).toFixed(0)}% of a core, RSS ${live.rssMiB} MiB (load ${loadAverage()})`,
    );
  }
  if (PARTS.has('streams')) {
    const streams = await manyStreams(platform, databaseUrl);
    log(
      `2. ${streams.streams} open streams (opened in ${ms(streams.openMs)}): platform RSS ${streams.rssIdleMiB} → ${streams.rssOpenMiB} MiB = ${streams.kibPerStream.toFixed(1)} KiB a stream; ` +
        `CPU idle (heartbeats) ${(streams.idleCpu * 100).toFixed(1)}% of a core; burst of ${streams.burstWrites} writes → ${streams.burstEvents} events delivered, CPU ${(streams.burstCpu * 100).toFixed(0)}% (load ${loadAverage()})`,
    );
  }
  if (PARTS.has('push')) {
    const push = await pushThroughput(platform, databaseUrl);
    log(
      `3. push throughput, ${push.devices} devices × batches of ${PUSH_BATCH} for ${settings.pushSeconds} s: ${Math.round(push.docsPerSec).toLocaleString('en-US')} docs/s (goal ≥ 2,000; ${push.failed} failed pushes); platform CPU ${(push.cpu * 100).toFixed(0)}% (load ${loadAverage()})`,
    );
    const notify = await notifyCost(databaseUrl);
    log(
      `   NOTIFY cost: ${notify.transactions} write transactions of ${PUSH_BATCH} rows, 10 at a time: ${ms(notify.withoutMs)} without, ${ms(notify.withMs)} with one pg_notify each (+${((notify.withMs / notify.withoutMs - 1) * 100).toFixed(0)}%, load ${loadAverage()})`,
    );
  }
} finally {
  await platform.stop();
  rmSync(dataDir, { recursive: true, force: true });
  throwaway?.stop();
}
