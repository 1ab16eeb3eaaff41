import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const KEY_FILE = 'secrets.key';
const KEY_BYTES = 32;

function decodeKey(text: string, where: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== KEY_BYTES) throw new Error(`${where} must hold a 256-bit key (64 hex digits or 44 base64 characters)`);
  return key;
}

/**
 * The platform key that seals credentials: `TRADEWIND_SECRETS_KEY` when set (several processes on
 * one PostgreSQL share it), else `secrets.key` in the data folder, made (owner-only) on first start.
 */
export function loadSecretsKey(options: { envKey?: string; dataDir: string }): Buffer {
  if (options.envKey) return decodeKey(options.envKey, 'TRADEWIND_SECRETS_KEY');
  const file = join(options.dataDir, KEY_FILE);
  if (!existsSync(file)) {
    try {
      writeFileSync(file, `${randomBytes(KEY_BYTES).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process starting at the same moment made it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return decodeKey(readFileSync(file, 'utf8'), file);
}
