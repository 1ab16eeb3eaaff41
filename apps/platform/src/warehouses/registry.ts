import { fbaProvider, type FbaConnection } from './fba.ts';
import { fourPxProvider, type FourPxConnection } from './fourpx.ts';
import { goodCangProvider, type GoodCangConnection } from './goodcang.ts';
import type { WarehouseProvider } from './provider.ts';
import { winitProvider, type WinitConnection } from './winit.ts';

export type WarehouseConnection = GoodCangConnection | WinitConnection | FourPxConnection | FbaConnection;
export type ConnectableProvider = WarehouseConnection['provider'];

const FACTORIES: { [Id in ConnectableProvider]: (connection: Extract<WarehouseConnection, { provider: Id }>) => WarehouseProvider } = {
  goodcang: goodCangProvider,
  winit: winitProvider,
  '4px': fourPxProvider,
  fba: fbaProvider,
};

/** The adapter for one merchant's provider account, at the connection's base URL (the provider's, or the simulator's). */
export function createWarehouseProvider(connection: WarehouseConnection): WarehouseProvider {
  const factory = FACTORIES[connection.provider] as (connection: WarehouseConnection) => WarehouseProvider;
  if (!factory) throw new TypeError(`no warehouse adapter for provider ${String((connection as { provider: unknown }).provider)}`);
  return factory(connection);
}
