import { BehaviorSubject } from 'rxjs';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import type { Platform } from './types.ts';

const online = new BehaviorSubject(true);
let clock = new Date('2026-11-23T08:00:00.000Z');
const locks = new Map<string, Promise<unknown>>();
const keys = new Map<string, CryptoKeyPair>();

/** Node under Vitest: RxDB in memory, a clock and a connection the test sets. */
export const platform: Platform = {
  kind: 'testing',
  platformUrl: 'http://127.0.0.1',
  deviceName: 'Test device',
  print: async () => 'dialog',
  osSecrets: null,
  share: null,
  barcodeCamera: null,
  withLock(name, task) {
    const run = (locks.get(name) ?? Promise.resolve()).then(task);
    locks.set(
      name,
      run.catch(() => {}),
    );
    return run;
  },
  online$: online.asObservable(),
  isOnline: () => online.value,
  registerServiceWorker: () => {},
  rxStorage: () => getRxStorageMemory() as never,
  now: () => new Date(clock),
  keyStore: {
    get: async (name) => keys.get(name),
    put: async (name, pair) => void keys.set(name, pair),
    delete: async (name) => void keys.delete(name),
  },
};

export function setOnline(value: boolean): void {
  online.next(value);
}

/** Sets the device clock the testing platform reports. */
export function setClock(at: string): void {
  clock = new Date(at);
}
