import { PlatformError, refreshProofMessage, type DevicePublicKey, type LoginResponse, type RefreshChallenge, type RefreshRequest, type SessionTokens } from '@tradewind/contract';
import { newId } from '@tradewind/domain';
import type { Database } from '../db/database.ts';
import { isUsableDeviceKey, verifyDeviceSignature } from './device-keys.ts';
import { createLoginThrottle } from './login-throttle.ts';
import { verifyPassword } from './passwords.ts';
import { hashOpaqueToken, newOpaqueToken, type Caller, type Role, type TokenSigner } from './tokens.ts';

const REFRESH_TOKEN_DAYS = 30;
/** A refresh challenge must be signed and used within this time. */
const CHALLENGE_SECONDS = 120;

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

const REFRESH_REFUSALS = {
  device_revoked: 'This device was revoked by the account owner',
  bad_refresh_token: 'Session expired or revoked; please log in again',
  device_key_required: 'This session has no device key; please log in again',
  bad_proof: 'The device key did not sign this refresh; please log in again',
} as const;

const refreshError = (code: keyof typeof REFRESH_REFUSALS) => new PlatformError(401, code, REFRESH_REFUSALS[code]);

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

  interface TokenRow {
    family_id: string;
    user_id: string;
    device_id: string;
    used_at: string | null;
    expired: boolean;
    tenant_id: string | null;
    role: Role;
    revoked: boolean;
    public_key: DevicePublicKey | null;
  }

  type Refusal = 'device_revoked' | 'bad_refresh_token' | 'device_key_required' | 'bad_proof';

  /**
   * The refresh token's row, locked for this transaction, when it may be used: live, unused, of a
   * device that holds a key. A rotated token shown again was copied: its whole family ends.
   */
  async function usableToken(q: Pick<Database, 'query'>, refreshToken: string): Promise<TokenRow | Refusal> {
    const [row] = await q.query<TokenRow>(
      `SELECT r.family_id, r.user_id, r.device_id, r.used_at, r.expires_at < now() AS expired, u.tenant_id, u.role, d.revoked_at IS NOT NULL AS revoked, d.public_key
       FROM refresh_tokens r JOIN users u ON u.id = r.user_id JOIN devices d ON d.id = r.device_id
       WHERE r.token_hash = $1 FOR UPDATE OF r`,
      [hashOpaqueToken(refreshToken)],
    );
    if (row?.revoked) return 'device_revoked';
    if (!row || row.expired) return 'bad_refresh_token';
    if (row.used_at) {
      await q.query('UPDATE refresh_tokens SET used_at = COALESCE(used_at, now()), expires_at = now() WHERE family_id = $1', [row.family_id]);
      return 'bad_refresh_token';
    }
    return row.public_key ? row : 'device_key_required';
  }

  /** Spends the challenge and checks the device's signature over it and the token (proof of possession of the device key). */
  async function proofHolds(q: Pick<Database, 'query'>, row: TokenRow, { refreshToken, nonce, signature }: RefreshRequest): Promise<boolean> {
    const spent = await q.query('DELETE FROM refresh_challenges WHERE nonce_hash = $1 AND token_hash = $2 AND expires_at > now() RETURNING nonce_hash', [
      hashOpaqueToken(nonce),
      hashOpaqueToken(refreshToken),
    ]);
    return spent.length === 1 && (await verifyDeviceSignature(row.public_key!, refreshProofMessage(nonce, refreshToken), signature));
  }

  async function rotate(request: RefreshRequest): Promise<SessionTokens | Refusal> {
    return db.transaction(async (q) => {
      const row = await usableToken(q, request.refreshToken);
      if (typeof row === 'string') return row;
      if (!(await proofHolds(q, row, request))) return 'bad_proof';
      await q.query('UPDATE refresh_tokens SET used_at = now() WHERE token_hash = $1', [hashOpaqueToken(request.refreshToken)]);
      await q.query('UPDATE devices SET last_seen_at = now() WHERE id = $1', [row.device_id]);
      return {
        accessToken: await signer.sign({ userId: row.user_id, tenantId: row.tenant_id, role: row.role, deviceId: row.device_id }),
        refreshToken: await issueRefreshToken(q, row.user_id, row.device_id, row.family_id),
      };
    });
  }

  return {
    /** Throws a 401 alike for an unknown user and a wrong password, 429 while locked out, 403 before approval. */
    async login(username: string, password: string, deviceName: string, devicePublicKey?: DevicePublicKey): Promise<LoginResponse> {
      if (devicePublicKey && !(await isUsableDeviceKey(devicePublicKey))) throw new PlatformError(400, 'bad_device_key', 'The device key is not a P-256 public key');
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
      await db.query('INSERT INTO devices (id, user_id, name, number_prefix, public_key) VALUES ($1, $2, $3, $4, $5)', [
        deviceId,
        user.id,
        deviceName,
        numberPrefix,
        devicePublicKey ? JSON.stringify(devicePublicKey) : null,
      ]);
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

    /** A one-time nonce the device signs with its key to refresh with this token. */
    async challenge(refreshToken: string): Promise<RefreshChallenge> {
      const challenge = await db.transaction(async (q): Promise<RefreshChallenge | Refusal> => {
        const row = await usableToken(q, refreshToken);
        if (typeof row === 'string') return row;
        const nonce = newOpaqueToken();
        await q.query('DELETE FROM refresh_challenges WHERE token_hash = $1 AND expires_at <= now()', [hashOpaqueToken(refreshToken)]);
        await q.query('INSERT INTO refresh_challenges (nonce_hash, token_hash, expires_at) VALUES ($1, $2, now() + make_interval(secs => $3))', [
          hashOpaqueToken(nonce),
          hashOpaqueToken(refreshToken),
          CHALLENGE_SECONDS,
        ]);
        return { nonce };
      });
      if (typeof challenge === 'string') throw refreshError(challenge);
      return challenge;
    },

    /**
     * Rotates the refresh token, given the device's signature over a fresh challenge and the token.
     * A token used twice revokes its whole family (it was copied).
     */
    async refresh(request: RefreshRequest): Promise<SessionTokens> {
      const tokens = await rotate(request);
      if (typeof tokens === 'string') throw refreshError(tokens);
      return tokens;
    },
  };
}

export type Sessions = ReturnType<typeof createSessions>;
