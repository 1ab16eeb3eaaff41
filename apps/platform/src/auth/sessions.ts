import { PlatformError, type LoginResponse, type SessionTokens } from '@tradewind/contract';
import { newId } from '@tradewind/domain';
import type { Database } from '../db/database.ts';
import { createLoginThrottle } from './login-throttle.ts';
import { verifyPassword } from './passwords.ts';
import { hashOpaqueToken, newOpaqueToken, type Caller, type Role, type TokenSigner } from './tokens.ts';

const REFRESH_TOKEN_DAYS = 30;

interface UserRow {
  id: string;
  tenant_id: string | null;
  username: string;
  password_hash: string;
  role: Role;
  display_name: string;
  tenant_name: string | null;
  cluster: string | null;
  tenant_status: string | null;
}

/** Logins, device registration and refresh-token rotation. */
export function createSessions(db: Database, signer: TokenSigner, { offlineDays }: { offlineDays: number }) {
  const throttle = createLoginThrottle(db);

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
    const [row] = await db.query<{ code: string; n: number }>('UPDATE tenants SET devices_registered = devices_registered + 1 WHERE id = $1 RETURNING code, devices_registered AS n', [tenantId]);
    return `${row!.code}${String(row!.n).padStart(2, '0')}`;
  }

  async function rotate(refreshToken: string): Promise<SessionTokens | 'device_revoked' | null> {
    return db.transaction(async (q) => {
      const [row] = await q.query<{ family_id: string; user_id: string; device_id: string; used_at: string | null; expired: boolean; tenant_id: string | null; role: Role; revoked: boolean }>(
        `SELECT r.family_id, r.user_id, r.device_id, r.used_at, r.expires_at < now() AS expired, u.tenant_id, u.role, d.revoked_at IS NOT NULL AS revoked
         FROM refresh_tokens r JOIN users u ON u.id = r.user_id JOIN devices d ON d.id = r.device_id
         WHERE r.token_hash = $1 FOR UPDATE OF r`,
        [hashOpaqueToken(refreshToken)],
      );
      if (row?.revoked) return 'device_revoked';
      if (!row || row.expired) return null;
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
  }

  return {
    /** Throws a 401 alike for an unknown user and a wrong password, 429 while locked out, 403 before approval. */
    async login(username: string, password: string, deviceName: string): Promise<LoginResponse> {
      const wait = await throttle.lockedFor(username);
      if (wait > 0) throw new PlatformError(429, 'locked_out', `Too many failed logins; try again in ${Math.ceil(wait / 60)} minutes`, { retryAfter: wait });
      const [user] = await db.query<UserRow>(`SELECT u.*, t.name AS tenant_name, t.cluster, t.status AS tenant_status FROM users u LEFT JOIN tenants t ON t.id = u.tenant_id WHERE u.username = $1`, [
        username,
      ]);
      if (!(await verifyPassword(password, user?.password_hash)) || !user) {
        await throttle.failed(username);
        throw new PlatformError(401, 'bad_credentials', 'Wrong username or password');
      }
      await throttle.succeeded(username);
      if (user.tenant_status === 'pending') throw new PlatformError(403, 'pending_approval', 'The park administrator has not approved this registration yet');
      if (user.tenant_status === 'rejected') throw new PlatformError(403, 'registration_rejected', 'The park administrator rejected this registration; check its status for the reason');
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
        offlineDays,
      };
    },

    /** Rotates the refresh token. A token used twice revokes its whole family (it was stolen). */
    async refresh(refreshToken: string): Promise<SessionTokens> {
      const tokens = await rotate(refreshToken);
      if (tokens === 'device_revoked') throw new PlatformError(401, 'device_revoked', 'This device was revoked by the account owner');
      if (!tokens) throw new PlatformError(401, 'bad_refresh_token', 'Session expired or revoked; please log in again');
      return tokens;
    },
  };
}

export type Sessions = ReturnType<typeof createSessions>;
