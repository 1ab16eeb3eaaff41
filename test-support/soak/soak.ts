/**
 * The fault-injection soak (issue 12, item 1): seeded random schedules drive simulated devices
 * (worker threads) and a real platform process through concurrent creates, same-field and
 * different-field edits, deletes, pictures added and removed, order lines added, removed and edited,
 * offline periods and faults, then check that every device
 * converges to the platform's state and that no write a device made vanished silently.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { newId } from '@tradewind/domain';
import { platformChecker, type Checker } from './checker.ts';
import { startPlatformChild, type PlatformChild } from './platform-process.ts';
import type { DeviceCommand, DeviceFaults, DeviceReply, DeviceState } from './protocol.ts';
import { NO_FAULTS } from './faulty-transport.ts';
import { seededRandom, type Random } from './random.ts';
import { freePort } from '../free-port.ts';

const USERNAME = 'yangjiang-knives';
const PASSWORD = 'tradewind-demo';
const FIELDS = ['name', 'moq', 'description'] as const;
/** Per step: the device that acted is wiped and installed again (when online and everything is pushed). */
const REINSTALL_CHANCE = 0.03;
/** Per step: the device that acted adds a picture to a product, or removes one it added. */
const PICTURE_CHANCE = 0.25;
/** Per step: a device makes an order, adds a line to one, changes a line's quantity (several devices at once, sometimes) or removes a line it added. */
const ORDER_CHANCE = 0.3;

export interface SoakOptions {
  runs: number;
  seed: number;
  devices?: number;
  steps?: number;
  databaseUrl?: string;
  /** Platform processes on the one database (PostgreSQL only; PGlite is one process's). */
  platforms?: number;
  /** Chance per run that the platform is killed mid-run and restarted. */
  killChance?: number;
  log?: (line: string) => void;
}

export interface SoakReport {
  runs: number;
  faults: Record<string, number>;
  /** The device writes made, by kind (applied ones: an edit to a value a field already had is none). */
  writes: Record<string, number>;
  violations: { seed: number; problem: string }[];
}

interface Write {
  seq: number;
  device: number;
  id: string;
  field: string;
  value: unknown;
  /**
   * For a keyed-array element (a picture, an order line): the element the write touched. `value`
   * is then true (added), false (removed) or a number (an order line with that quantity).
   */
  element?: string;
}

/** Whether the platform holds what `write` wrote: the field's value, or the element's presence (and quantity). */
function holds(stored: Record<string, unknown>, write: Write): boolean {
  if (write.element === undefined) return canonical(stored[write.field]) === canonical(write.value);
  const element = ((stored[write.field] ?? []) as { id: string; quantity?: number }[]).find((item) => item.id === write.element);
  if (write.value === false) return element === undefined;
  return element !== undefined && (write.value === true || element.quantity === write.value);
}

/** A conflict record covers a write when it names its field, or for an element the whole list or that element. */
const covers = (field: string, write: Write) => field === write.field || (write.element !== undefined && field.startsWith(`${write.field}[${write.element}]`));

/** A device worker; `send` resolves with its reply (commands are answered in order). */
function startDevice(index: number, baseUrls: string[], seed: number, clockSkewDays: number) {
  const worker = new Worker(new URL('./device-worker.mjs', import.meta.url), {
    workerData: { name: `soak-device-${index}-${seed}`, baseUrls, username: USERNAME, password: PASSWORD, clockSkewDays, seed: seed * 31 + index },
  });
  const waiting: ((reply: DeviceReply) => void)[] = [];
  const ready = new Promise<void>((resolve, reject) => {
    waiting.push(() => resolve());
    worker.once('error', reject);
  });
  worker.on('message', (reply: DeviceReply) => waiting.shift()?.(reply));
  const send = (command: DeviceCommand) =>
    new Promise<DeviceReply>((resolve) => {
      waiting.push(resolve);
      worker.postMessage(command);
    }).then((reply) => {
      if (!reply.ok) throw new Error(`device ${index} ${command.kind}: ${reply.error}`);
      return reply;
    });
  return { ready, send, terminate: () => worker.terminate() };
}

type Device = ReturnType<typeof startDevice>;

/** JSON with every object's keys in order: the platform's JSONB keeps keys in an order of its own. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  return `{${entries
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`)
    .join(',')}}`;
}

/** A document's content: no storage bookkeeping, no display stamp. */
const content = (doc: Record<string, unknown> | undefined) => Object.fromEntries(Object.entries(doc ?? {}).filter(([key]) => !key.startsWith('_') && key !== 'updatedAt'));

const contentHash = (docs: Record<string, Record<string, unknown>>) =>
  createHash('sha256')
    .update(canonical(Object.fromEntries(Object.entries(docs).map(([id, doc]) => [id, content(doc)]))))
    .digest('hex');

/** Which documents differ between a device and the platform, and in which fields. */
function differences(docs: Record<string, Record<string, unknown>>, live: Record<string, Record<string, unknown>>): string {
  return [...new Set([...Object.keys(docs), ...Object.keys(live)])]
    .flatMap((id) => {
      const here = content(docs[id]);
      const there = content(live[id]);
      if (!docs[id] || !live[id]) return [`${id} ${docs[id] ? 'only here' : 'missing here'}`];
      const fields = [...new Set([...Object.keys(here), ...Object.keys(there)])].filter((field) => canonical(here[field]) !== canonical(there[field]));
      return fields.length > 0 ? [`${id} differs in ${fields.map((field) => `${field} (${JSON.stringify(here[field])} here, ${JSON.stringify(there[field])} there)`).join(', ')}`] : [];
    })
    .join('; ');
}

function randomFaults(random: Random): DeviceFaults {
  const sometimes = (p: number) => (random.chance(0.5) ? p : 0);
  return { lostResponse: sometimes(0.3), duplicate: sometimes(0.3), dropStream: sometimes(0.5), reorder: sometimes(0.3), halfOpenStream: sometimes(0.3) };
}

/** Each device's trace of the documents a run's problems name, as lines to log (the traces start over either way). */
async function storyOf(devices: Device[], ids: string[]): Promise<string[]> {
  const traces = await Promise.all(devices.map(async (device) => (await device.send({ kind: 'trace', ids })).trace ?? {}));
  if (ids.length === 0) return [];
  return [...ids, '*'].flatMap((id) => traces.flatMap((trace, device) => (trace[id] ?? []).map((line) => `  ${id === '*' ? 'device' : id} device ${device}: ${line}`)));
}

/** One run: its schedule, then the checks. Returns the problems found, and the traces of their documents. */
async function runOnce(
  seed: number,
  devices: Device[],
  platforms: PlatformChild[],
  checker: Checker,
  options: Required<Pick<SoakOptions, 'steps' | 'killChance'>>,
  faults: Record<string, number>,
  tally: Record<string, number>,
): Promise<{ problems: string[]; story: string[] }> {
  const random = seededRandom(seed);
  const made = (kind: string) => (tally[kind] = (tally[kind] ?? 0) + 1);
  const run = `r${seed}`;
  const writes: Write[] = [];
  const deleted = new Set<string>();
  const created: string[] = [];
  let seq = 0;
  const offline = new Set<number>();
  for (const device of devices) await device.send({ kind: 'faults', faults: randomFaults(random) });
  const killAt = random.chance(options.killChance) ? random.int(1, options.steps - 1) : -1;
  // Drawn apart, so a seed's schedule of edits and faults stays what it was before reinstalls.
  const reinstalls = seededRandom(seed * 7919 + 1);
  const pictures = seededRandom(seed * 7919 + 2);
  const lines = seededRandom(seed * 7919 + 3);
  /** Pictures added, per product, with the device that added them (which holds the picture, so can remove it). */
  const added = new Map<string, { imageId: string; by: number }[]>();
  /** Orders made, with their lines and the device that added each. */
  const orders: { id: string; lines: { lineId: string; by: number }[] }[] = [];
  const record = (kind: string, write: Omit<Write, 'seq'>) => {
    made(kind);
    writes.push({ seq: seq++, ...write });
  };

  for (let step = 0; step < options.steps; step++) {
    if (step === killAt) {
      faults['platform SIGKILL + restart'] = (faults['platform SIGKILL + restart'] ?? 0) + 1;
      await random.pick(platforms).killAndRestart();
    }
    const who = random.int(0, devices.length - 1);
    const device = devices[who]!;
    const roll = random.next();
    if (roll < 0.3 || created.length === 0) {
      const id = newId();
      const name = `${run} ${step}`;
      await device.send({ kind: 'create', id, run, name });
      made('product created');
      created.push(id);
      writes.push({ seq: seq++, device: who, id, field: 'name', value: name });
    } else if (roll < 0.8) {
      // Several devices edit the same document at once: same field or different fields.
      const id = random.pick(created);
      const editors = random.chance(0.5) ? devices.map((_, i) => i).filter(() => random.chance(0.6)) : [who];
      for (const editor of editors) {
        const field = random.pick(FIELDS);
        const value = field === 'moq' ? random.int(1, 500) : `${field} by ${editor} at ${step}`;
        const reply = await devices[editor]!.send({ kind: 'edit', id, field, value });
        if (!reply.applied) continue;
        made(`${field} edited`);
        writes.push({ seq: seq++, device: editor, id, field, value });
      }
    } else if (roll < 0.87) {
      const id = random.pick(created);
      const reply = await device.send({ kind: 'delete', id });
      if (reply.applied) {
        made('product deleted');
        deleted.add(id);
      }
    } else {
      const going = !offline.has(who);
      if (going) {
        offline.add(who);
        faults['device offline period'] = (faults['device offline period'] ?? 0) + 1;
      } else offline.delete(who);
      await device.send({ kind: going ? 'offline' : 'online' });
    }
    if (pictures.chance(PICTURE_CHANCE) && created.length > 0) {
      const withPictures = [...added.keys()];
      const add = withPictures.length === 0 || pictures.chance(0.5);
      const id = add ? pictures.pick(created) : pictures.pick(withPictures);
      const listed = added.get(id) ?? [];
      const picture = add ? { imageId: newId(), by: who } : pictures.pick(listed);
      const applied = (await devices[picture.by]!.send({ kind: 'picture', id, imageId: picture.imageId, add })).applied;
      if (applied) record(add ? 'picture added' : 'picture removed', { device: picture.by, id, field: 'images', value: add, element: picture.imageId });
      const left = add ? (applied ? [...listed, picture] : listed) : listed.filter((other) => other !== picture);
      if (left.length > 0) added.set(id, left);
      else added.delete(id);
    }
    if (lines.chance(ORDER_CHANCE) && created.length > 0) {
      const order = orders.length === 0 || lines.chance(0.2) ? undefined : lines.pick(orders);
      const roll = lines.next();
      if (!order) {
        const id = newId();
        const lineId = newId();
        const quantity = lines.int(1, 500);
        const number = `S${seed}-${String(orders.length).padStart(6, '0')}`;
        await device.send({ kind: 'order', id, run, number, lineId, productId: lines.pick(created), quantity });
        orders.push({ id, lines: [{ lineId, by: who }] });
        record('order created', { device: who, id, field: 'lines', value: quantity, element: lineId });
      } else if (roll < 0.35 || order.lines.length === 0) {
        const lineId = newId();
        const quantity = lines.int(1, 500);
        if ((await device.send({ kind: 'line', id: order.id, lineId, productId: lines.pick(created), quantity })).applied) {
          order.lines.push({ lineId, by: who });
          record('order line added', { device: who, id: order.id, field: 'lines', value: quantity, element: lineId });
        }
      } else if (roll < 0.8) {
        const { lineId } = lines.pick(order.lines);
        const editors = lines.chance(0.5) ? devices.map((_, i) => i).filter(() => lines.chance(0.6)) : [who];
        for (const editor of editors) {
          const quantity = lines.int(1, 500);
          if ((await devices[editor]!.send({ kind: 'line', id: order.id, lineId, quantity })).applied) {
            record('order line quantity edited', { device: editor, id: order.id, field: 'lines', value: quantity, element: lineId });
          }
        }
      } else {
        const line = lines.pick(order.lines);
        if ((await devices[line.by]!.send({ kind: 'line', id: order.id, lineId: line.lineId, quantity: null })).applied) {
          record('order line removed', { device: line.by, id: order.id, field: 'lines', value: false, element: line.lineId });
        }
        order.lines = order.lines.filter((other) => other !== line);
      }
    }
    if (reinstalls.chance(REINSTALL_CHANCE) && !offline.has(who) && (await device.send({ kind: 'reinstall' })).applied) {
      faults['device reinstalled (fresh first pull)'] = (faults['device reinstalled (fresh first pull)'] ?? 0) + 1;
    }
    await new Promise((resolve) => setTimeout(resolve, random.int(0, 60)));
  }

  // Faults stop; everyone comes back.
  for (const device of devices) {
    await device.send({ kind: 'faults', faults: NO_FAULTS });
    await device.send({ kind: 'online' });
  }
  const problems: string[] = [];
  const troubled = new Set<string>();
  let states: DeviceState[] = [];
  let platformState = new Map<string, Record<string, unknown>>();
  const deadline = Date.now() + 60_000;
  let converged = false;
  while (Date.now() < deadline) {
    platformState = await checker.docs(run);
    states = await Promise.all(devices.map(async (device) => (await device.send({ kind: 'state', run })).state!));
    const live = Object.fromEntries([...platformState].filter(([, doc]) => !doc._deleted));
    const expected = contentHash(live);
    if (states.every((state) => state.pending === 0 && state.missingBytes.length === 0 && contentHash(state.docs) === expected)) {
      converged = true;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (!converged) {
    const live = Object.fromEntries([...platformState].filter(([, doc]) => !doc._deleted));
    // Which document went wrong is not always known: the traces of all of them tell.
    for (const id of [...created, ...orders.map((order) => order.id)]) troubled.add(id);
    states.forEach((state, i) => {
      if (contentHash(state.docs) !== contentHash(live)) {
        problems.push(
          `device ${i} did not converge: ${Object.keys(state.docs).length} docs vs ${Object.keys(live).length} on the platform, ${state.pending} pending; ${differences(state.docs, live)}`,
        );
      } else if (state.pending !== 0) problems.push(`device ${i} converged but still shows ${state.pending} pending`);
      for (const missing of state.missingBytes) problems.push(`device ${i} lists picture ${missing} without its bytes`);
    });
  }
  for (const id of [...created, ...orders.map((order) => order.id)]) {
    if (platformState.has(id)) continue;
    troubled.add(id);
    problems.push(`created ${id} is not on the platform`);
  }
  for (const write of writes) {
    const stored = platformState.get(write.id);
    if (!stored || stored._deleted || deleted.has(write.id)) continue;
    if (holds(stored, write)) continue;
    if (writes.some((later) => later.id === write.id && later.field === write.field && later.element === write.element && later.seq > write.seq)) continue;
    if (states[write.device]?.conflicts.some((record) => record.documentId === write.id && record.fields.some((field) => covers(field, write)))) continue;
    troubled.add(write.id);
    const what =
      write.element === undefined
        ? `set ${write.id}.${write.field} = ${JSON.stringify(write.value)}, platform has ${JSON.stringify(stored[write.field])}`
        : `${write.value === false ? 'removed' : typeof write.value === 'number' ? `set quantity ${write.value} of` : 'added'} ${write.field} element ${write.element} of ${write.id}, platform has ${JSON.stringify((stored[write.field] as { id: string }[] | undefined)?.find((item) => item.id === write.element) ?? 'none')}`;
    problems.push(`silent loss: device ${write.device} ${what}, no conflict record`);
  }
  return { problems, story: await storyOf(devices, [...troubled]) };
}

export async function soak(options: SoakOptions): Promise<SoakReport> {
  const log = options.log ?? (() => {});
  const steps = options.steps ?? 14;
  const killChance = options.killChance ?? 0.2;
  const dataDir = mkdtempSync(join(tmpdir(), 'tradewind-soak-'));
  const platforms: PlatformChild[] = [];
  // One after the other: the first applies the migrations.
  for (let i = 0; i < (options.databaseUrl ? (options.platforms ?? 1) : 1); i++) platforms.push(await startPlatformChild({ port: await freePort(), dataDir, databaseUrl: options.databaseUrl }));
  const urls = platforms.map((platform) => platform.url);
  const checker = platformChecker(urls[0]!, { username: USERNAME, password: PASSWORD });
  const setupRandom = seededRandom(options.seed);
  const devices = Array.from({ length: options.devices ?? 3 }, (_, i) => startDevice(i, urls, options.seed, setupRandom.int(-3, 3)));
  const faults: Record<string, number> = {};
  const writes: Record<string, number> = {};
  const violations: SoakReport['violations'] = [];
  try {
    await Promise.all(devices.map((device) => device.ready));
    faults['device clock skewed'] = devices.length;
    if (platforms.length > 1) faults['platform processes on one database'] = platforms.length;
    for (let i = 0; i < options.runs; i++) {
      const seed = options.seed + i;
      const { problems, story } = await runOnce(seed, devices, platforms, checker, { steps, killChance }, faults, writes);
      for (const problem of problems) violations.push({ seed, problem });
      log(`run ${i + 1}/${options.runs} seed ${seed}: ${problems.length === 0 ? 'ok' : problems.join('; ')}`);
      for (const line of story) log(line);
    }
    const states = await Promise.all(devices.map(async (device) => (await device.send({ kind: 'state', run: '' })).state!));
    for (const state of states) for (const [kind, n] of Object.entries(state.faults)) faults[kind] = (faults[kind] ?? 0) + n;
  } finally {
    await Promise.all(devices.map((device) => device.send({ kind: 'stop' }).catch(() => {})));
    await Promise.all(devices.map((device) => device.terminate()));
    await Promise.all(platforms.map((platform) => platform.stop()));
    rmSync(dataDir, { recursive: true, force: true });
  }
  return { runs: options.runs, faults, writes, violations };
}
