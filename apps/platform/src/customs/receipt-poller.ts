import type { MerchantDoc } from '@tradewind/domain';
import type { Database } from '../db/database.ts';
import { tenantsWithCredentials } from './credentials.ts';
import { dxpIdOf } from './declaration-input.ts';
import type { CustomsGateway } from './gateways/gateway.ts';
import { applyReceiptDelivery } from './receipts.ts';

/** Late releases are summarised once this many polls brought no further one (a burst fetched over several polls). */
const SUMMARY_QUIET_POLLS = 5;

export interface ReceiptPoller {
  /** Fetches and applies every waiting receipt once (tests drive it directly). */
  pollOnce(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Fetches receipts for every merchant with signing credentials from the gateway, applies them,
 * then acknowledges them. Applying is idempotent, so a crash between applying and acknowledging
 * (or two platform processes polling) applies nothing twice.
 */
export function startReceiptPoller(db: Database, gateway: CustomsGateway, intervalMs: number, onError: (error: unknown) => void = () => {}): ReceiptPoller {
  let stopped = false;
  let running: Promise<number> = Promise.resolve(0);
  const pollNow = async (): Promise<number> => {
    let handled = 0;
    for (const tenantId of await tenantsWithCredentials(db)) {
      const [row] = await db.query<{ doc: MerchantDoc }>("SELECT doc FROM doc_merchant WHERE tenant_id = $1 AND id = 'profile'", [tenantId]);
      if (!row) continue;
      const senderId = dxpIdOf(row.doc.customsCode);
      const deliveries = await gateway.receive(senderId);
      for (const delivery of deliveries)
        await applyReceiptDelivery(db, { sourceKey: `${senderId}/${delivery.key}`, tenantId, xml: delivery.xml }, { summaryQuietMs: SUMMARY_QUIET_POLLS * intervalMs });
      await gateway.acknowledge(
        senderId,
        deliveries.map((delivery) => delivery.key),
      );
      handled += deliveries.length;
    }
    return handled;
  };
  const pollOnce = (): Promise<number> => (running = running.catch(() => 0).then(pollNow));
  const timer = setInterval(() => {
    if (!stopped) pollOnce().catch(onError);
  }, intervalMs);
  timer.unref();
  return {
    pollOnce,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running.catch(() => {});
    },
  };
}
