/**
 * The browser client run: RxDB on Dexie (IndexedDB) like the merchant app. The platform URL,
 * access token, batch size and expected count come from the query string; the Node script calls
 * `window.runBench()` and reads the returned timings.
 */
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { runClientBench, type ClientBenchResult } from '../client-bench.ts';

declare global {
  interface Window {
    runBench(): Promise<ClientBenchResult>;
  }
}

const params = new URLSearchParams(location.search);
const required = (name: string) => {
  const value = params.get(name);
  if (!value) throw new Error(`missing ?${name}=`);
  return value;
};
const status = document.getElementById('status')!;

window.runBench = async () => {
  status.textContent = 'running…';
  const result = await runClientBench(getRxStorageDexie(), true, {
    baseUrl: required('platform'),
    token: required('token'),
    batchSize: Number(required('batchSize')),
    expected: Number(required('expected')),
    collection: params.get('collection') === 'stock' ? 'stock' : 'products',
  });
  status.textContent = 'done';
  return result;
};
status.textContent = 'ready';
