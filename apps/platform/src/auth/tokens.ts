import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '@tradewind/domain';
import { jwtVerify, SignJWT } from 'jose';
import type { Queryable } from '../db/database.ts';

export type { Role };

export const ACCESS_TOKEN_SECONDS = 15 * 60;

/** Who is calling, as proven by the access token. */
export interface Caller {
  userId: string;
  tenantId: string | null;
  role: Role;
  /** When the access token this caller showed ends (seconds since the epoch); set on verified callers. */
  expiresAt?: number;
  deviceId: string;
}

export interface TokenSigner {
  sign(caller: Caller): Promise<string>;
  verify(token: string): Promise<Caller | null>;
}

/** One signing key per installation, kept in the database so every platform process shares it. */
export async function loadSigningKey(db: Queryable): Promise<Uint8Array> {
  const fresh = randomBytes(32).toString('base64');
  await db.query('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', ['jwt_signing_key', fresh]);
  const [row] = await db.query<{ value: string }>('SELECT value FROM settings WHERE key = $1', ['jwt_signing_key']);
  return Buffer.from(row!.value, 'base64');
}

export function createTokenSigner(key: Uint8Array): TokenSigner {
  return {
    sign: (caller) =>
      new SignJWT({ tid: caller.tenantId, role: caller.role, did: caller.deviceId })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(caller.userId)
        .setIssuedAt()
        .setExpirationTime(`${ACCESS_TOKEN_SECONDS}s`)
        .sign(key),
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'] });
        if (typeof payload.sub !== 'string' || typeof payload.role !== 'string' || typeof payload.did !== 'string') return null;
        return { userId: payload.sub, tenantId: typeof payload.tid === 'string' ? payload.tid : null, role: payload.role as Role, deviceId: payload.did, expiresAt: payload.exp };
      } catch {
        return null;
      }
    },
  };
}

export function newOpaqueToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashOpaqueToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
