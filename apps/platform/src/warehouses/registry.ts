import type { WarehouseProviderId } from '@tradewind/domain';
import { fbaProvider, type FbaConnection } from './fba.ts';
import { fourPxProvider, type FourPxConnection } from './fourpx.ts';
import { goodCangProvider, type GoodCangConnection } from './goodcang.ts';
import type { WarehouseProvider } from './provider.ts';
import { winitProvider, type WinitConnection } from './winit.ts';

export type WarehouseConnection = GoodCangConnection | WinitConnection | FourPxConnection | FbaConnection;
export type ConnectableProvider = WarehouseConnection['provider'];

/** The providers' production API roots; tests and the demo point connections at the simulator instead. */
export const PRODUCTION_BASE_URLS: Record<ConnectableProvider, string> = {
  goodcang: 'https://oms.goodcang.net/public_open',
  winit: 'https://openapi.winit.com.cn',
  '4px': 'https://open.4px.com',
  fba: 'https://sellingpartnerapi-na.amazon.com',
};

const FACTORIES: { [Id in ConnectableProvider]: (connection: Extract<WarehouseConnection, { provider: Id }>) => WarehouseProvider } = {
  goodcang: goodCangProvider,
  winit: winitProvider,
  '4px': fourPxProvider,
  fba: fbaProvider,
};

export function isConnectableProvider(id: WarehouseProviderId | string): id is ConnectableProvider {
  return Object.hasOwn(FACTORIES, id);
}

/** The adapter for one merchant's provider account. */
export function createWarehouseProvider(connection: WarehouseConnection): WarehouseProvider {
  const factory = FACTORIES[connection.provider] as (connection: WarehouseConnection) => WarehouseProvider;
  if (!factory) throw new TypeError(`no warehouse adapter for provider ${String((connection as { provider: unknown }).provider)}`);
  return factory(connection);
}
