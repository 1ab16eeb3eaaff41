import type { CollectionName } from '@tradewind/domain';
import { filingsV0 } from './filings-v0.ts';
import { merchantV0 } from './merchant-v0.ts';
import { ordersV0 } from './orders-v0.ts';
import { stockV0 } from './stock-v0.ts';

/**
 * A collection's previous schema version as devices and the platform stored it, with documents
 * that version wrote and what they must look like after the upgrade. Every collection whose
 * schema version is above 0 needs one for the version before (the upgrade tests check that),
 * so a shape change adds a fixture here, not a test.
 */
export interface SchemaFixture {
  collection: CollectionName;
  version: number;
  /** The RxDB schema of that version, written out (not imported: the domain moves on). */
  schema: Record<string, unknown> & { version: number };
  documents: Record<string, unknown>[];
  upgraded: Record<string, unknown>[];
}

export const SCHEMA_HISTORY: SchemaFixture[] = [stockV0, filingsV0, merchantV0, ordersV0];
