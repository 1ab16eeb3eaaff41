import { PlatformError, type DeviceInfo, type LogoutResponse, type RevokeResponse } from '@tradewind/contract';
import type { FastifyInstance } from 'fastify';
import type { Devices, DeviceScope } from './devices.ts';
import type { Authenticate } from './routes.ts';
import type { Caller } from './tokens.ts';

/** A merchant's owner manages all its devices; every other account (staff, park, trainer) its own. */
const scopeOf = (caller: Caller): DeviceScope => (caller.role === 'merchant_owner' && caller.tenantId ? { tenantId: caller.tenantId } : { userId: caller.userId });

export function registerDeviceRoutes(app: FastifyInstance, authenticate: Authenticate, devices: Devices): void {
  app.get<{ Reply: DeviceInfo[] }>('/api/devices', async (request) => {
    const caller = await authenticate(request);
    const list = await devices.list(scopeOf(caller));
    return list.map((device) => ({ ...device, current: device.id === caller.deviceId }));
  });

  app.post<{ Params: { id: string }; Reply: RevokeResponse }>('/api/devices/:id/revoke', async (request) => {
    const caller = await authenticate(request);
    if (await devices.revoke(scopeOf(caller), request.params.id)) return { revoked: request.params.id };
    if (caller.role !== 'merchant_owner' && caller.tenantId && (await devices.list({ tenantId: caller.tenantId })).some((device) => device.id === request.params.id)) {
      throw new PlatformError(403, 'forbidden', 'Only the owner may revoke other people’s devices');
    }
    throw new PlatformError(404, 'unknown_device', 'No such device');
  });

  // Logging out ends this device's session everywhere: its refresh token stops working at once.
  app.post<{ Reply: LogoutResponse }>('/api/auth/logout', async (request) => {
    const caller = await authenticate(request);
    await devices.revoke({ userId: caller.userId }, caller.deviceId);
    return { loggedOut: caller.deviceId };
  });
}
