import type { DeviceInfo } from '@tradewind/contract';
import type { Database } from '../db/database.ts';

/** A device as stored; the devices endpoint adds whether it is the caller's. */
export type DeviceRow = Omit<DeviceInfo, 'current'>;

const REVOCATIONS = 'tradewind_revocations';

/** Whose devices: a merchant's (its owner manages them all) or one account's own. */
export type DeviceScope = { tenantId: string } | { userId: string };
const scopeParams = (scope: DeviceScope) => ('tenantId' in scope ? [scope.tenantId, null] : [null, scope.userId]);
/** The SQL condition for a scope whose two parameters are $n and $n+1. */
const inScope = (n: number) => `($${n}::text IS NULL OR u.tenant_id = $${n}) AND ($${n + 1}::text IS NULL OR d.user_id = $${n + 1})`;

/** Registered devices: listing, last-seen, and revocation announced to every platform process. */
export function createDevices(db: Database) {
  return {
    async isRevoked(deviceId: string): Promise<boolean> {
      const [row] = await db.query<{ revoked: boolean }>('SELECT revoked_at IS NOT NULL AS revoked FROM devices WHERE id = $1', [deviceId]);
      return !row || row.revoked;
    },

    async touch(deviceId: string): Promise<void> {
      await db.query("UPDATE devices SET last_seen_at = now() WHERE id = $1 AND last_seen_at < now() - interval '1 minute'", [deviceId]);
    },

    async list(scope: DeviceScope): Promise<DeviceRow[]> {
      return db.query<DeviceRow>(
        `SELECT d.id, d.name, d.user_id AS "userId", u.username, d.created_at AS "createdAt", d.last_seen_at AS "lastSeenAt", d.revoked_at AS "revokedAt"
         FROM devices d JOIN users u ON u.id = d.user_id
         WHERE ${inScope(1)}
         ORDER BY d.revoked_at NULLS FIRST, d.last_seen_at DESC`,
        scopeParams(scope),
      );
    },

    /** Revokes a device in `scope` (its refresh tokens end, its live streams close); false when there is none. */
    async revoke(scope: DeviceScope, deviceId: string): Promise<boolean> {
      return db.transaction(async (q) => {
        const rows = await q.query(
          `UPDATE devices d SET revoked_at = COALESCE(d.revoked_at, now()) FROM users u
           WHERE d.id = $1 AND u.id = d.user_id AND ${inScope(2)} RETURNING d.id`,
          [deviceId, ...scopeParams(scope)],
        );
        if (rows.length === 0) return false;
        await q.query('UPDATE refresh_tokens SET expires_at = now() WHERE device_id = $1 AND expires_at > now()', [deviceId]);
        await q.query('SELECT pg_notify($1, $2)', [REVOCATIONS, deviceId]);
        return true;
      });
    },

    /** Called with the id of every device revoked through any platform process. */
    onRevoked(listener: (deviceId: string) => void): Promise<() => Promise<void>> {
      return db.listen(REVOCATIONS, listener);
    },
  };
}

export type Devices = ReturnType<typeof createDevices>;
