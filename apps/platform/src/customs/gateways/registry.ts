import { folderExchangeGateway } from './folder-exchange.ts';
import type { CustomsGateway } from './gateway.ts';
import { singleWindowHttpGateway } from './single-window-http.ts';

export type GatewayConfig = { kind: 'single-window-http'; url: string } | { kind: 'folder-exchange'; outbox: string; inbox: string };

const GATEWAYS: { [K in GatewayConfig['kind']]: (config: Extract<GatewayConfig, { kind: K }>) => CustomsGateway } = {
  'single-window-http': (config) => singleWindowHttpGateway(config.url),
  'folder-exchange': (config) => folderExchangeGateway(config.outbox, config.inbox),
};

export function createCustomsGateway(config: GatewayConfig): CustomsGateway {
  return (GATEWAYS[config.kind] as (config: GatewayConfig) => CustomsGateway)(config);
}

/**
 * The park's gateway from `TRADEWIND_CUSTOMS_GATEWAY`: `single-window-http <url>` or
 * `folder-exchange <outbox> <inbox>`; unset, no gateway (declarations wait in the queue).
 */
export function parseGatewayConfig(value: string | undefined): GatewayConfig | undefined {
  const [kind, ...args] = value?.trim().split(/\s+/) ?? [];
  if (!kind) return undefined;
  if (kind === 'single-window-http' && args.length === 1 && /^https?:\/\//.test(args[0]!)) return { kind, url: args[0]! };
  if (kind === 'folder-exchange' && args.length === 2) return { kind, outbox: args[0]!, inbox: args[1]! };
  throw new Error(`TRADEWIND_CUSTOMS_GATEWAY must be "single-window-http <url>" or "folder-exchange <outbox> <inbox>", got "${value}"`);
}
