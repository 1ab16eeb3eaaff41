import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/support/platform.ts';
import type { Database } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { KEY_FILE, loadSecretsKey } from './key.ts';
import { SealError } from './seal.ts';
import { createSecretStore } from './store.ts';

const KEY = Buffer.alloc(32, 1);

describe('sealed credentials', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase('pglite');
    await migrate(db);
  });
  afterAll(() => db.close());

  it('stores only ciphertext, opens with the platform key, and not under another key or in another row', async () => {
    const secrets = createSecretStore(KEY);
    const privateKey = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBg…\n-----END PRIVATE KEY-----';
    await secrets.put(db, 'yangjiang-knives', 'customs-signing', privateKey, { certificateNumber: '1a2b' });
    const [row] = await db.query<{ sealed: string; public: object }>('SELECT sealed, public FROM secrets');
    expect(row!.sealed).not.toContain('PRIVATE');
    expect(row!.public).toEqual({ certificateNumber: '1a2b' });
    expect(await secrets.get(db, 'yangjiang-knives', 'customs-signing')).toEqual({ value: privateKey, public: { certificateNumber: '1a2b' } });
    expect(await secrets.describe(db, 'yangjiang-knives', 'customs-signing')).toEqual({ certificateNumber: '1a2b' });
    await expect(createSecretStore(Buffer.alloc(32, 2)).get(db, 'yangjiang-knives', 'customs-signing')).rejects.toThrow(SealError);
    await db.query("INSERT INTO secrets (tenant_id, name, sealed) SELECT 'shaoxing-textile', name, sealed FROM secrets");
    await expect(secrets.get(db, 'shaoxing-textile', 'customs-signing')).rejects.toThrow(SealError);
  });

  it('takes the key from TRADEWIND_SECRETS_KEY, or makes an owner-only key file once and keeps it', () => {
    expect(loadSecretsKey({ envKey: 'ab'.repeat(32), dataDir: '/nonexistent' })).toEqual(Buffer.alloc(32, 0xab));
    expect(() => loadSecretsKey({ envKey: 'short', dataDir: '/nonexistent' })).toThrow(/256-bit/);
    const dir = mkdtempSync(join(tmpdir(), 'tradewind-secrets-'));
    try {
      const first = loadSecretsKey({ dataDir: dir });
      expect(first).toHaveLength(32);
      expect(statSync(join(dir, KEY_FILE)).mode & 0o777).toBe(0o600);
      expect(loadSecretsKey({ dataDir: dir })).toEqual(first);
      expect(readFileSync(join(dir, KEY_FILE), 'utf8').trim()).toBe(first.toString('hex'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
