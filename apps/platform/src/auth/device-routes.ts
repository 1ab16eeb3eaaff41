import { PlatformError, type DeviceInfo, type RevokeResponse } from '@tradewind/contract';
import type { FastifyInstance } from 'fastify';
import type { Devices } from './devices.ts';
import type { Authenticate } from './routes.ts';

/** The owner manages the merchant's devices; anyone may see and revoke their own. */
export function registerDeviceRoutes(app: FastifyInstance, authenticate: Authenticate, devices: Devices): void {
  app.get<{ Reply: DeviceInfo[] }>('/api/devices', async (request) => {
    const caller = await authenticate(request);
    if (!caller.tenantId) throw new PlatformError(403, 'no_tenant', 'This account has no merchant devices');
    const list = await devices.list(caller.tenantId, caller.role === 'merchant_owner' ? null : caller.userId);
    return list.map((device) => ({ ...device, current: device.id === caller.deviceId }));
  });

  app.post<{ Params: { id: string }; Reply: RevokeResponse }>('/api/devices/:id/revoke', async (request) => {
    const caller = await authenticate(request);
    if (!caller.tenantId) throw new PlatformError(403, 'no_tenant', 'This account has no merchant devices');
    const own = (await devices.list(caller.tenantId, caller.userId)).some((device) => device.id === request.params.id);
    if (caller.role !== 'merchant_owner' && !own) throw new PlatformError(403, 'forbidden', 'Only the owner may revoke other people’s devices');
    if (!(await devices.revoke(caller.tenantId, request.params.id))) throw new PlatformError(404, 'unknown_device', 'No such device for this merchant');
    return { revoked: request.params.id };
  });
}
