import { openDB, type IDBPDatabase } from 'idb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { defer, distinctUntilChanged, fromEvent, map, merge, shareReplay, startWith } from 'rxjs';
import type { BarcodeCamera, CryptoKeyStore, Platform } from './types.ts';

/** What the browser and the desktop shell (Chromium) provide alike. */
export type BrowserParts = Pick<Platform, 'withLock' | 'online$' | 'isOnline' | 'rxStorage' | 'now' | 'keyStore'>;

const KEYS_STORE = 'keys';
/** Not named after a tenant, so erasing a tenant's databases leaves it; the session code replaces or forgets its key. */
let keysDatabaseOpen: Promise<IDBPDatabase> | undefined;
const keysDatabase = () => (keysDatabaseOpen ??= openDB('tradewind-device-keys', 1, { upgrade: (db) => db.createObjectStore(KEYS_STORE) }));

const indexedDbKeyStore: CryptoKeyStore = {
  get: async (name) => (await (await keysDatabase()).get(KEYS_STORE, name)) as CryptoKeyPair | undefined,
  put: async (name, pair) => void (await (await keysDatabase()).put(KEYS_STORE, pair, name)),
  delete: async (name) => (await keysDatabase()).delete(KEYS_STORE, name),
};

const online$ = defer(() =>
  merge(fromEvent(window, 'online'), fromEvent(window, 'offline')).pipe(
    map(() => navigator.onLine),
    startWith(navigator.onLine),
  ),
).pipe(distinctUntilChanged(), shareReplay({ bufferSize: 1, refCount: true }));

export const browserParts: BrowserParts = {
  withLock: <T>(name: string, task: () => Promise<T>) => (navigator.locks ? (navigator.locks.request(name, task) as Promise<T>) : task()),
  online$,
  isOnline: () => navigator.onLine,
  rxStorage: () => getRxStorageDexie() as never,
  now: () => new Date(),
  keyStore: indexedDbKeyStore,
};

interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type BarcodeDetectorClass = new (options: { formats: string[] }) => BarcodeDetectorLike;

/** The browser's BarcodeDetector (Chrome on Android, Safari on iOS 17+) with the back camera, if both exist. */
export function browserBarcodeCamera(): BarcodeCamera | null {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (!Detector || !navigator.mediaDevices?.getUserMedia) return null;
  let detector: BarcodeDetectorLike | undefined;
  return {
    open: () => navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }),
    async read(video) {
      detector ??= new Detector({ formats: ['ean_13', 'ean_8', 'upc_a', 'upc_e', 'code_128'] });
      const [found] = await detector.detect(video).catch(() => []);
      return found?.rawValue ?? null;
    },
  };
}
