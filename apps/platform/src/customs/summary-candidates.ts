import { declarationInputs, releasedInventories, summaryCandidate, type ReleasedInventory, type SummaryCandidate } from '@tradewind/customs';
import type { FilingDoc, OrderDoc, ProductDoc } from '@tradewind/domain';
import type { Queryable } from '../db/database.ts';
import { latestRateTable } from '../rates/rate-tables.ts';
import { docsOf, merchantOf } from './send-messages.ts';

const summarised = (filing: FilingDoc) =>
  filing.kind === 'ceb603-inventory' && filing.status === 'submitted' && filing.declaration?.mode === '9610' && filing.declaration.statisticsFlag === 'B' && !filing.cancelRequest;

export interface PendingInventory {
  candidate: SummaryCandidate;
  filingId: string;
}

/** The tenant's released inventories of submitted B-flag 9610 filings that `wanted` takes, as summary candidates with the filing each belongs to. */
export async function releasedCandidates(q: Queryable, tenantId: string, wanted: (inventory: ReleasedInventory) => boolean): Promise<PendingInventory[]> {
  const filings = (await q.query<{ doc: FilingDoc }>("SELECT doc FROM doc_filings WHERE tenant_id = $1 AND NOT deleted AND doc->>'kind' = 'ceb603-inventory' ORDER BY id", [tenantId]))
    .map((row) => row.doc)
    .filter(summarised);
  const merchant = await merchantOf(q, tenantId);
  const rates = await latestRateTable(q);
  const pending: PendingInventory[] = [];
  for (const filing of filings) {
    const released = releasedInventories(filing).filter(wanted);
    if (released.length === 0 || !merchant) continue;
    const orders = await docsOf<OrderDoc>(q, 'doc_orders', tenantId, filing.orderIds);
    const products = await docsOf<ProductDoc>(q, 'doc_products', tenantId, [...new Set(orders.flatMap((order) => order.lines.map((line) => line.productId)))]);
    const declared = declarationInputs(filing, orders, products, merchant, rates);
    if ('missingRate' in declared) throw new Error(`no CNY rate for ${declared.missingRate}`);
    for (const inventory of released) {
      const input = declared.find((entry) => entry.input.copNo === inventory.copNo)?.input;
      if (input) pending.push({ candidate: summaryCandidate(input, inventory.invtNo), filingId: filing.id });
    }
  }
  return pending;
}

/** Released B-flag inventories of the tenant released before `before` and in no summary yet. */
export async function pendingInventories(q: Queryable, tenantId: string, before: Date): Promise<PendingInventory[]> {
  const claimed = new Set((await q.query<{ invt_no: string }>('SELECT invt_no FROM customs_summary_items WHERE tenant_id = $1', [tenantId])).map((row) => row.invt_no));
  return releasedCandidates(q, tenantId, (inventory) => Date.parse(inventory.releasedAt) < before.getTime() && !claimed.has(inventory.invtNo));
}
