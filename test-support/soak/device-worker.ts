/**
 * One simulated device in its own worker thread (its own JS realm): RxDB on memory storage, the
 * real sync engine, a faulty network, a skewed clock. Obeys the runner's commands.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { OrderDoc, OrderLine } from '@tradewind/domain';
import { aQuote } from '@tradewind/domain/testing';
import type { ConflictRecord } from '@tradewind/sync';
import { createTransport, startSyncEngine, type SyncEngine } from '@tradewind/sync/client';
import type { RxCollection, RxDocument } from 'rxdb';
import { productFixture } from '../product-fixture.ts';
import { soakMark } from './checker.ts';
import { openDeviceDatabase } from './device-database.ts';
import { addPicture, missingPictureBytes, removePicture } from './pictures.ts';
import { faultyTransport } from './faulty-transport.ts';
import type { DeviceCommand, DeviceReply, DeviceSetup } from './protocol.ts';
import { seededRandom } from './random.ts';
import { brief, createTrace } from './trace.ts';

/** A collection, with every write to its storage and every conflict it resolves in the trace. */
function traced(collection: RxCollection): RxCollection {
  collection.storageInstance.changeStream().subscribe((bulk) => {
    for (const event of bulk.events) trace.add(event.documentId, `stored here (${bulk.context}): ${brief(event.documentData)}`);
  });
  const handler = collection.conflictHandler;
  collection.conflictHandler = {
    isEqual: handler.isEqual,
    async resolve(input, context) {
      const resolved = await handler.resolve(input, context);
      const id = String((input.realMasterState as { id?: unknown }).id);
      trace.add(id, `resolved base ${brief(input.assumedMasterState)} here ${brief(input.newDocumentState)} platform ${brief(input.realMasterState)} → ${brief(resolved)}`);
      return resolved;
    },
  };
  return collection;
}

const COLLECTIONS = ['products', 'orders'] as const;
/** The device's database, with both collections traced. */
async function install(name: string) {
  const database = await openDeviceDatabase(name, onConflict, COLLECTIONS);
  return { db: database, products: traced(database.collections.products as RxCollection), orders: traced(database.collections.orders as RxCollection) };
}

const setup = workerData as DeviceSetup & { seed: number };
const random = seededRandom(setup.seed);
const trace = createTrace();
const conflicts: ConflictRecord[] = [];
const onConflict = (record: ConflictRecord) => conflicts.push(record);
/** How often this device was reinstalled: each install has its own database and replication state. */
let installs = 0;
let { db, products, orders } = await install(setup.name);
const skewMs = setup.clockSkewDays * 86_400_000;
const now = () => new Date(Date.now() + skewMs).toISOString();

let session = { accessToken: '', refreshToken: '' };
async function login(): Promise<boolean> {
  try {
    const response = await fetch(`${random.pick(setup.baseUrls)}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: setup.username, password: setup.password, deviceName: setup.name }),
    });
    if (!response.ok) return false;
    session = (await response.json()) as typeof session;
    return true;
  } catch {
    return false;
  }
}
await login();
const tokens = { accessToken: () => session.accessToken, refresh: login };
const network = faultyTransport(
  setup.baseUrls.map((url) => createTransport(url, tokens)),
  random,
  trace,
);
// No safety-net re-sync within a run, and a quiet stream counts as half-open after a second: a
// device that stayed online converges through its live stream and retries alone.
function startEngine(): SyncEngine {
  const started = startSyncEngine({
    transport: network.transport,
    identifier: `${setup.name}-${installs}`,
    collections: { products, orders },
    retryMs: 100,
    resyncEveryMs: 3_600_000,
    streamSilenceMs: 1_000,
  });
  started.status$.subscribe((status) => status.error && trace.add('*', `sync error: ${status.error}`));
  return started;
}
let engine = startEngine();
/** A reinstall waits this long for what the device still has to push; a device that cannot sync by then keeps its data. */
const REINSTALL_WAIT_MS = 30_000;
let offline = false;

const base = (id: string, run: string, name: string) => ({ ...productFixture(id), updatedAt: now(), name, nameEn: soakMark(run) });
const orderLine = (id: string, productId: string, quantity: number): OrderLine => ({ id, productId, sku: 'SOAK-1', name: 'soak line', quantity, unitPrice: 100 });

async function handle(command: DeviceCommand): Promise<DeviceReply> {
  switch (command.kind) {
    case 'create':
      await products.insert(base(command.id, command.run, command.name));
      return { ok: true, applied: true };
    case 'edit': {
      const doc = await products.findOne(command.id).exec();
      // Setting a field to the value it has is no edit: a concurrent change may rightly win it unseen (seed 1232).
      if (!doc || doc.get(command.field) === command.value) return { ok: true, applied: false };
      await doc.incrementalPatch({ [command.field]: command.value, updatedAt: now() });
      return { ok: true, applied: true };
    }
    case 'picture': {
      const applied = await (command.add ? addPicture : removePicture)(products, command.id, command.imageId, now());
      return { ok: true, applied };
    }
    case 'order': {
      const at = now();
      const lines = [orderLine(command.lineId, command.productId, command.quantity)];
      const order = aQuote({ id: command.id, number: command.number, buyerName: soakMark(command.run), lines, createdAt: at, updatedAt: at });
      await orders.insert(order);
      return { ok: true, applied: true };
    }
    case 'line': {
      const doc = (await orders.findOne(command.id).exec()) as RxDocument<OrderDoc> | null;
      const lines = doc?.get('lines') as OrderLine[] | undefined;
      const line = lines?.find((item) => item.id === command.lineId);
      const { quantity, productId } = command;
      let next: OrderLine[] | undefined;
      if (quantity === null) next = line && lines!.filter((item) => item !== line);
      else if (line) next = line.quantity === quantity ? undefined : lines!.map((item) => (item === line ? { ...item, quantity } : item));
      else if (productId && lines) next = [...lines, orderLine(command.lineId, productId, quantity)];
      if (!doc || !next) return { ok: true, applied: false };
      await doc.incrementalModify((data) => ({ ...data, lines: next, updatedAt: now() }));
      return { ok: true, applied: true };
    }
    case 'delete': {
      const doc = await products.findOne(command.id).exec();
      if (!doc) return { ok: true, applied: false };
      await doc.remove();
      return { ok: true, applied: true };
    }
    case 'offline':
      offline = true;
      network.setOffline(true);
      return { ok: true };
    case 'online':
      network.setOffline(false);
      // As platform.online$ does: only a device that was offline is told to sync now.
      if (offline) engine.syncNow();
      offline = false;
      return { ok: true };
    case 'faults':
      network.setFaults(command.faults);
      return { ok: true };
    case 'state': {
      const docs: Record<string, Record<string, unknown>> = {};
      const missingBytes: string[] = [];
      for (const doc of await products.find({ selector: { nameEn: soakMark(command.run) } }).exec()) {
        docs[doc.primary] = doc.toMutableJSON() as Record<string, unknown>;
        missingBytes.push(...(await missingPictureBytes(doc)).map((picture) => `${doc.primary} ${picture}`));
      }
      for (const doc of await orders.find({ selector: { buyerName: soakMark(command.run) } }).exec()) docs[doc.primary] = doc.toMutableJSON() as Record<string, unknown>;
      return {
        ok: true,
        state: {
          docs,
          missingBytes,
          conflicts: conflicts.map((record) => ({ documentId: record.documentId, fields: record.conflicts.map((c) => c.field) })),
          pending: Object.values(engine.status$.value.pending).reduce((a, b) => a + b, 0),
          faults: { ...network.injected },
        },
      };
    }
    case 'reinstall': {
      // Only once everything is on the platform: a reinstall that drops unpushed work is the user's loss, not sync's.
      const synced = await Promise.race([engine.awaitInSync().then(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), REINSTALL_WAIT_MS))]);
      if (!synced || Object.values(engine.status$.value.pending).some((count) => count > 0)) return { ok: true, applied: false };
      await engine.stop();
      await db.remove();
      installs++;
      ({ db, products, orders } = await install(`${setup.name}-${installs}`));
      trace.add('*', `reinstalled (install ${installs})`);
      engine = startEngine();
      return { ok: true, applied: true };
    }
    case 'trace':
      return { ok: true, trace: trace.take([...command.ids, '*']) };
    case 'stop':
      await engine.stop();
      return { ok: true };
  }
}

parentPort!.on('message', (command: DeviceCommand) => {
  handle(command).then(
    (reply) => parentPort!.postMessage(reply),
    (error: unknown) => parentPort!.postMessage({ ok: false, error: String(error) } satisfies DeviceReply),
  );
});
parentPort!.postMessage({ ok: true } satisfies DeviceReply);
