import { newId } from '@tradewind/domain';
import type { Database } from '../db/database.ts';
import { verifyPassword } from './passwords.ts';
import { hashOpaqueToken, newOpaqueToken, type Caller, type Role, type TokenSigner } from './tokens.ts';

const REFRESH_TOKEN_DAYS = 30;

export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
}

export interface LoginResult extends SessionTokens {
  user: { id: string; username: string; displayName: string; role: Role };
  tenant: { id: string; name: string; cluster: string } | null;
  deviceId: string;
  /** Starts every human-readable number this device makes offline; null for accounts without a tenant. */
  numberPrefix: string | null;
}

interface UserRow {
  id: string;
  tenant_id: string | null;
  username: string;
  password_hash: string;
  role: Role;
  display_name: string;
  tenant_name: string | null;
  cluster: string | null;
}

/** Logins, device registration and refresh-token rotation. */
export function createSessions(db: Database, signer: TokenSigner) {
  async function issueRefreshToken(q: Pick<Database, 'query'>, userId: string, deviceId: string, familyId: string): Promise<string> {
    const token = newOpaqueToken();
    await q.query(
      `INSERT INTO refresh_tokens (token_hash, family_id, user_id, device_id, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(days => $5))`,
      [hashOpaqueToken(token), familyId, userId, deviceId, REFRESH_TOKEN_DAYS],
    );
    return token;
  }

  async function nextNumberPrefix(tenantId: string): Promise<string> {
    const [row] = await db.query<{ code: string; n: number }>(
      'UPDATE tenants SET devices_registered = devices_registered + 1 WHERE id = $1 RETURNING code, devices_registered AS n',
      [tenantId],
    );
    return `${row!.code}${String(row!.n).padStart(2, '0')}`;
  }

  return {
    /** Returns null for an unknown user or a wrong password (the caller cannot tell which). */
    async login(username: string, password: string, deviceName: string): Promise<LoginResult | null> {
      const [user] = await db.query<UserRow>(
        `SELECT u.*, t.name AS tenant_name, t.cluster FROM users u LEFT JOIN tenants t ON t.id = u.tenant_id WHERE u.username = $1`,
        [username],
      );
      if (!user || !(await verifyPassword(password, user.password_hash))) return null;
      const deviceId = newId();
      const numberPrefix = user.tenant_id ? await nextNumberPrefix(user.tenant_id) : null;
      await db.query('INSERT INTO devices (id, user_id, name, number_prefix) VALUES ($1, $2, $3, $4)', [deviceId, user.id, deviceName, numberPrefix]);
      const caller: Caller = { userId: user.id, tenantId: user.tenant_id, role: user.role, deviceId };
      return {
        accessToken: await signer.sign(caller),
        refreshToken: await issueRefreshToken(db, user.id, deviceId, newId()),
        user: { id: user.id, username: user.username, displayName: user.display_name, role: user.role },
        tenant: user.tenant_id ? { id: user.tenant_id, name: user.tenant_name!, cluster: user.cluster! } : null,
        deviceId,
        numberPrefix,
      };
    },

    /** Rotates the refresh token. A token used twice revokes its whole family (it was stolen). */
    async refresh(refreshToken: string): Promise<SessionTokens | null> {
      return db.transaction(async (q) => {
        const [row] = await q.query<{ family_id: string; user_id: string; device_id: string; used_at: string | null; expired: boolean; tenant_id: string | null; role: Role; revoked: boolean }>(
          `SELECT r.family_id, r.user_id, r.device_id, r.used_at, r.expires_at < now() AS expired, u.tenant_id, u.role, d.revoked_at IS NOT NULL AS revoked
           FROM refresh_tokens r JOIN users u ON u.id = r.user_id JOIN devices d ON d.id = r.device_id
           WHERE r.token_hash = $1 FOR UPDATE OF r`,
          [hashOpaqueToken(refreshToken)],
        );
        if (!row || row.expired || row.revoked) return null;
        if (row.used_at) {
          await q.query('UPDATE refresh_tokens SET used_at = COALESCE(used_at, now()), expires_at = now() WHERE family_id = $1', [row.family_id]);
          return null;
        }
        await q.query('UPDATE refresh_tokens SET used_at = now() WHERE token_hash = $1', [hashOpaqueToken(refreshToken)]);
        await q.query('UPDATE devices SET last_seen_at = now() WHERE id = $1', [row.device_id]);
        return {
          accessToken: await signer.sign({ userId: row.user_id, tenantId: row.tenant_id, role: row.role, deviceId: row.device_id }),
          refreshToken: await issueRefreshToken(q, row.user_id, row.device_id, row.family_id),
        };
      });
    },
  };
}

export type Sessions = ReturnType<typeof createSessions>;
