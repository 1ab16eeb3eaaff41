/** The Node client run: RxDB on the in-memory storage, same code path as the app's sync engine. */
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { runClientBench, type ClientBenchOptions, type ClientBenchResult } from './client-bench.ts';

export function runNodeClient(options: ClientBenchOptions): Promise<ClientBenchResult> {
  return runClientBench(getRxStorageMemory(), false, options);
}
