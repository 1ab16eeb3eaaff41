import type { ShipmentStatus } from '@tradewind/domain';

/**
 * A provider's inbound-order status codes as data, grouped by the status each means to us. A code
 * the table does not know reads as `exception`, so someone looks at the shipment.
 */
export function inboundStatuses(groups: Partial<Record<ShipmentStatus, readonly (string | number)[]>>): (code: string | number) => ShipmentStatus {
  const byCode = new Map<string, ShipmentStatus>();
  for (const [status, codes] of Object.entries(groups) as [ShipmentStatus, readonly (string | number)[]][]) {
    for (const code of codes) {
      if (byCode.has(String(code))) throw new Error(`status code ${code} is listed as ${byCode.get(String(code))} and as ${status}`);
      byCode.set(String(code), status);
    }
  }
  return (code) => byCode.get(String(code)) ?? 'exception';
}
