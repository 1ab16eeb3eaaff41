import { COLLECTIONS, type CollectionDefinition, type CollectionName } from './index.ts';

/**
 * One step of a document's shape: takes a document of schema version n − 1 and returns it at
 * version n, keyed by n — RxDB's `migrationStrategies` contract. Pure, so the device (RxDB, at
 * database open) and the platform (rewriting stored rows, docs/architecture.md "Schema
 * versions") upgrade documents with the same code. Fields a step does not know (RxDB's
 * `_attachments`, `_rev`) pass through it untouched.
 */
export type MigrationStep = (doc: never) => object;
export type Migrations = Readonly<Record<number, MigrationStep>>;

export const schemaVersion = (name: CollectionName): number => COLLECTIONS[name].schema.version;

const migrationsOf = (name: CollectionName): Migrations => (COLLECTIONS[name] as CollectionDefinition).migrations ?? {};

/** The steps RxDB needs for the collection (every version from 1 to the current one). */
export function migrationStrategies(name: CollectionName): Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> {
  return migrationsOf(name) as Record<number, (doc: Record<string, unknown>) => Record<string, unknown>>;
}

/** Brings a document stored at `fromVersion` up to `toVersion` (default: the current schema), step by step. */
export function upgradeDocument(name: CollectionName, doc: Record<string, unknown>, fromVersion: number, toVersion = schemaVersion(name)): Record<string, unknown> {
  const steps = migrationStrategies(name);
  let upgraded = doc;
  for (let version = fromVersion + 1; version <= toVersion; version++) {
    const step = steps[version];
    if (!step) throw new Error(`Collection "${name}" has no migration to schema version ${version}`);
    upgraded = step(upgraded);
  }
  return upgraded;
}
