import type { DeviceInfo } from '@tradewind/contract';
import type { Database } from '../db/database.ts';

/** A device as stored; the devices endpoint adds whether it is the caller's. */
export type DeviceRow = Omit<DeviceInfo, 'current'>;

const REVOCATIONS = 'tradewind_revocations';

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

    /** The tenant's devices (owners see everyone's; others only their own). */
    async list(tenantId: string, userId: string | null): Promise<DeviceRow[]> {
      return db.query<DeviceRow>(
        `SELECT d.id, d.name, d.user_id AS "userId", u.username, d.created_at AS "createdAt", d.last_seen_at AS "lastSeenAt", d.revoked_at AS "revokedAt"
         FROM devices d JOIN users u ON u.id = d.user_id
         WHERE u.tenant_id = $1 AND ($2::text IS NULL OR d.user_id = $2)
         ORDER BY d.revoked_at NULLS FIRST, d.last_seen_at DESC`,
        [tenantId, userId],
      );
    },

    /** Revokes a device of the tenant; false when there is no such device there. */
    async revoke(tenantId: string, deviceId: string): Promise<boolean> {
      return db.transaction(async (q) => {
        const rows = await q.query(
          `UPDATE devices d SET revoked_at = COALESCE(d.revoked_at, now()) FROM users u
           WHERE d.id = $1 AND u.id = d.user_id AND u.tenant_id = $2 RETURNING d.id`,
          [deviceId, tenantId],
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
