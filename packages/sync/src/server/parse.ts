import { PlatformError } from '@tradewind/contract';
import { nestsDeeperThan, schemaVersion, type CollectionName } from '@tradewind/domain';
import type { Cursor, PushRow, ReplicatedDoc, SyncEpoch } from '../protocol.ts';
import { parseRevision, type Revision } from '../revision.ts';
import { DOCUMENT_ID_PATTERN, INVALID_INPUT } from './schemas.ts';

const ID = new RegExp(DOCUMENT_ID_PATTERN);
/** Far deeper than any schema needs, shallow enough that nothing downstream recurses into trouble. */
export const MAX_DEPTH = 32;
const TX = /^\d{1,20}$/;
const MAX_XID8 = 2n ** 64n - 1n;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const badCheckpoint = (message: string = INVALID_INPUT.checkpoint.message) => new PlatformError(INVALID_INPUT.checkpoint.status, INVALID_INPUT.checkpoint.code, message);

/**
 * Devices and the platform exchange documents of one shape only: the app names the schema
 * version it stores (`schemaVersion`, sent by the sync engine; absent means the current one) and
 * another version is refused before anything is read or written. An older app keeps its changes
 * on the device until it is updated; RxDB then upgrades them with the domain's steps and they sync.
 */
export function checkSchemaVersion(collection: CollectionName, raw: unknown): void {
  if (raw === undefined) return;
  if (typeof raw !== 'string' || !/^\d{1,4}$/.test(raw)) throw new PlatformError(400, 'bad_schema_version', 'schemaVersion must be a whole number');
  const version = Number(raw);
  const current = schemaVersion(collection);
  if (version < current) throw new PlatformError(409, 'schema_outdated', `This app stores ${collection} at schema version ${version}; the platform is at ${current}. Update the app to sync it.`);
  if (version > current) throw new PlatformError(409, 'schema_ahead', `This app stores ${collection} at schema version ${version}; the platform is still at ${current}.`);
}

/** A checkpoint as a device sent it; one from before epochs (no platform, no epoch) is of another epoch. */
export type PulledCheckpoint = Cursor & Partial<SyncEpoch>;

const CHECKPOINT_KEYS = ['epoch', 'id', 'platform', 'tx'];
const LEGACY_KEYS = ['id', 'tx'];

/** The pull checkpoint is JSON inside a query parameter (the route schema makes it one string). */
export function parseCheckpoint(raw: string | undefined): PulledCheckpoint | null {
  if (raw === undefined || raw === '' || raw === 'null') return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw badCheckpoint('Checkpoint is not valid JSON');
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
    throw badCheckpoint();
  }
  const cursor = { tx: value.tx, id: value.id };
  return keys === LEGACY_KEYS.join() ? cursor : { ...cursor, platform: value.platform as string, epoch: value.epoch as string };
}

/** Runs before the body schema, so no validator ever walks a hostile nesting. */
export function assertShallow(body: unknown): void {
  if (nestsDeeperThan(body, MAX_DEPTH)) throw new PlatformError(400, 'too_deep', `Documents may nest at most ${MAX_DEPTH} levels`);
}

/** A push row as the replication core takes it: the platform revision its assumed state carried, apart from the content. */
export interface CheckedPushRow extends PushRow {
  baseRevision?: Revision;
}

/** The content of a pushed state: a `_rev` is bookkeeping, never stored. */
function withoutRevision({ _rev, ...doc }: ReplicatedDoc): ReplicatedDoc {
  return doc as ReplicatedDoc;
}

/** Rows that passed the push schema: both states of a row must name the same document; a null assumed state means none. */
export function checkPushRows(rows: readonly PushRow[]): CheckedPushRow[] {
  return rows.map(({ assumedMasterState, newDocumentState }, i) => {
    if (assumedMasterState === undefined || assumedMasterState === null) return { newDocumentState: withoutRevision(newDocumentState) };
    if (assumedMasterState.id !== newDocumentState.id) throw new PlatformError(400, 'bad_push', `Row ${i} states name different documents`);
    const baseRevision = parseRevision(assumedMasterState._rev);
    return { assumedMasterState: withoutRevision(assumedMasterState), newDocumentState: withoutRevision(newDocumentState), ...(baseRevision ? { baseRevision } : {}) };
  });
}
