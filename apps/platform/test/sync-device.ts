/**
 * A simulated device for platform tests: RxDB on memory storage (or Dexie) with the domain's collections
 * (products unless told) and merge conflict handler, replicated by the real sync engine over HTTP.
 */
import type { CollectionName } from '@tradewind/domain';
import type { ConflictRecord } from '@tradewind/sync';
import { createTransport, startSyncEngine, type SyncEngine, type Transport } from '@tradewind/sync/client';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import type { RxCollection, RxDatabase } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { openDeviceDatabase } from '../../../test-support/soak/device-database.ts';
import { sleep } from './support/sleep.ts';

export interface TestDevice {
  /** The products collection, on a device opened with it (a new object after `reload`). */
  readonly products: RxCollection;
  /** One of the collections the device was opened with (a new object after `reload`). */
  collection(name: CollectionName): RxCollection;
  /** The running engine (the last one after a reconnect). */
  readonly engine: SyncEngine;
  conflicts: ConflictRecord[];
  /** Stops syncing; the local database stays, as in a browser that went offline. */
  disconnect(): Promise<void>;
  /** Syncs again, with the same replication state, possibly with another platform address. */
  connect(baseUrl: string, token: string): void;
  /** Closes and reopens the local database, as a page reload does, and syncs again with `baseUrl`. */
  reload(baseUrl: string, token: string): Promise<void>;
  /** Resolves true once `check` holds, false after `timeoutMs`. */
  waitFor(check: () => Promise<boolean>, timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

export interface TestDeviceOptions {
  resyncEveryMs?: number;
  pushBatchSize?: number;
  pullBatchSize?: number;
  /** RxDB's memory storage (default) or its Dexie storage on an in-memory IndexedDB, as the app stores. */
  storage?: 'memory' | 'dexie';
  collections?: readonly CollectionName[];
  /** Wraps the device's way to the platform (to lose an answer, say). */
  network?: (transport: Transport) => Transport;
}

let devices = 0;

export async function openTestDevice(baseUrl: string, token: string, options: TestDeviceOptions = {}): Promise<TestDevice> {
  const name = `device${++devices}${Date.now().toString(36)}`;
  const conflicts: ConflictRecord[] = [];
  const names = options.collections ?? ['products'];
  const open = () => openDeviceDatabase(name, (record) => conflicts.push(record), names, options.storage === 'dexie' ? getRxStorageDexie({ indexedDB, IDBKeyRange }) : undefined);
  let db: RxDatabase = await open();
  // The safety net is off unless asked for: what arrives must arrive through the live stream.
  const start = (url: string, accessToken: string) =>
    startSyncEngine({
      transport: (options.network ?? ((transport) => transport))(createTransport(url, { accessToken: () => accessToken, refresh: async () => false })),
      identifier: name,
      collections: Object.fromEntries(names.map((collection) => [collection, db.collections[collection] as RxCollection])),
      resyncEveryMs: options.resyncEveryMs ?? 3_600_000,
      retryMs: 200,
      pushBatchSize: options.pushBatchSize,
      pullBatchSize: options.pullBatchSize,
    });
  let engine: SyncEngine | null = start(baseUrl, token);
  const device: TestDevice = {
    get products() {
      return db.collections.products as RxCollection;
    },
    collection(collection) {
      return db.collections[collection] as RxCollection;
    },
    get engine() {
      return engine!;
    },
    conflicts,
    async disconnect() {
      await engine?.stop();
      engine = null;
    },
    connect(url, accessToken) {
      engine = start(url, accessToken);
    },
    async reload(url, accessToken) {
      await device.disconnect();
      await db.close();
      db = await open();
      device.connect(url, accessToken);
    },
    async waitFor(check, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (!(await check())) {
        if (Date.now() > deadline) return false;
        await sleep(25);
      }
      return true;
    },
    async close() {
      await engine?.stop();
      await db.remove();
    },
  };
  return device;
}
