import { isCollectionName, nestsDeeperThan, schemaVersion, type CollectionName } from '@tradewind/domain';
import { MAX_PULL_BATCH, MAX_PUSH_ROWS, type Cursor, type PushRow, type ReplicatedDoc, type SyncEpoch } from '../protocol.ts';
import { SyncError } from './errors.ts';

const ID = /^[A-Za-z0-9_-]{1,40}$/;
/** Far deeper than any schema needs, shallow enough that nothing downstream recurses into trouble. */
const MAX_DEPTH = 32;
const TX = /^\d{1,20}$/;
const MAX_XID8 = 2n ** 64n - 1n;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseCollection(name: string): CollectionName {
  if (!isCollectionName(name)) throw new SyncError(404, 'unknown_collection', `Unknown collection "${name.slice(0, 60)}"`);
  return name;
}

/**
 * Devices and the platform exchange documents of one shape only: the app names the schema
 * version it stores (`schemaVersion`, sent by the sync engine; absent means the current one) and
 * another version is refused before anything is read or written. An older app keeps its changes
 * on the device until it is updated; RxDB then upgrades them with the domain's steps and they sync.
 */
export function checkSchemaVersion(collection: CollectionName, raw: unknown): void {
  if (raw === undefined) return;
  if (typeof raw !== 'string' || !/^\d{1,4}$/.test(raw)) throw new SyncError(400, 'bad_schema_version', 'schemaVersion must be a whole number');
  const version = Number(raw);
  const current = schemaVersion(collection);
  if (version < current) throw new SyncError(409, 'schema_outdated', `This app stores ${collection} at schema version ${version}; the platform is at ${current}. Update the app to sync it.`);
  if (version > current) throw new SyncError(409, 'schema_ahead', `This app stores ${collection} at schema version ${version}; the platform is still at ${current}.`);
}

/** A checkpoint as a device sent it; one from before epochs (no platform, no epoch) is of another epoch. */
export type PulledCheckpoint = Cursor & Partial<SyncEpoch>;

const CHECKPOINT_KEYS = ['epoch', 'id', 'platform', 'tx'];
const LEGACY_KEYS = ['id', 'tx'];

export function parseCheckpoint(raw: unknown): PulledCheckpoint | null {
  if (raw === undefined || raw === '' || raw === 'null') return null;
  let value: unknown;
  try {
    value = typeof raw === 'string' ? JSON.parse(raw) : raw;
  } catch {
    throw new SyncError(400, 'bad_checkpoint', 'Checkpoint is not valid JSON');
  }
  if (value === null) return null;
  const keys = isPlainObject(value) ? Object.keys(value).sort().join() : '';
  if (
    !isPlainObject(value) ||
    (keys !== CHECKPOINT_KEYS.join() && keys !== LEGACY_KEYS.join()) ||
    typeof value.tx !== 'string' ||
    !TX.test(value.tx) ||
    BigInt(value.tx) > MAX_XID8 ||
    typeof value.id !== 'string' ||
    !ID.test(value.id) ||
    (keys === CHECKPOINT_KEYS.join() && !(typeof value.platform === 'string' && ID.test(value.platform) && typeof value.epoch === 'string' && ID.test(value.epoch)))
  ) {
    throw new SyncError(400, 'bad_checkpoint', 'Checkpoint must be null or {"tx":"<digits>","id":"<document id>","platform":"<id>","epoch":"<id>"}');
  }
  const cursor = { tx: value.tx, id: value.id };
  return keys === LEGACY_KEYS.join() ? cursor : { ...cursor, platform: value.platform as string, epoch: value.epoch as string };
}

export function parseBatchSize(raw: unknown): number {
  if (raw === undefined) return 100;
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1 || size > MAX_PULL_BATCH) {
    throw new SyncError(400, 'bad_batch_size', `batchSize must be an integer from 1 to ${MAX_PULL_BATCH}`);
  }
  return size;
}

function parseDoc(value: unknown, where: string): ReplicatedDoc {
  if (!isPlainObject(value) || typeof value.id !== 'string' || !ID.test(value.id) || typeof value._deleted !== 'boolean') {
    throw new SyncError(400, 'bad_push', `${where} must be a document with an id and a boolean _deleted`);
  }
  return value as ReplicatedDoc;
}

/** Checks the shape of a push body; the documents' content is checked per collection later. */
export function parsePushRows(body: unknown): PushRow[] {
  if (!Array.isArray(body)) throw new SyncError(400, 'bad_push', 'Push body must be an array of rows');
  if (body.length > MAX_PUSH_ROWS) throw new SyncError(400, 'bad_push', `At most ${MAX_PUSH_ROWS} rows per push`);
  if (nestsDeeperThan(body, MAX_DEPTH)) throw new SyncError(400, 'too_deep', `Documents may nest at most ${MAX_DEPTH} levels`);
  return body.map((row, i) => {
    if (!isPlainObject(row)) throw new SyncError(400, 'bad_push', `Row ${i} must be an object`);
    const newDocumentState = parseDoc(row.newDocumentState, `Row ${i} newDocumentState`);
    if (row.assumedMasterState === undefined || row.assumedMasterState === null) return { newDocumentState };
    const assumedMasterState = parseDoc(row.assumedMasterState, `Row ${i} assumedMasterState`);
    if (assumedMasterState.id !== newDocumentState.id) throw new SyncError(400, 'bad_push', `Row ${i} states name different documents`);
    return { assumedMasterState, newDocumentState };
  });
}
