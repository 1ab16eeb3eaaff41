import { laterStatus, reconcileReceipt, type ShipmentDoc, type TrackEvent } from '@tradewind/domain';
import type { ReplicatedDoc } from '@tradewind/sync/server';
import type { Database } from '../../db/database.ts';
import { platformNotice } from '../../notices/notice.ts';
import { writeDocumentsIn } from '../../sync/sql-sync-store.ts';
import { isWarehouseError } from '../errors.ts';
import type { InboundState, WarehouseProvider } from '../provider.ts';
import type { SkuMap } from './sku-map.ts';

const DONE: ReadonlySet<ShipmentDoc['status']> = new Set(['put_away', 'cancelled']);

async function shipmentsOf(db: Database, tenantId: string, provider: string, warehouses: readonly string[]): Promise<ShipmentDoc[]> {
  const rows = await db.query<{ doc: ShipmentDoc }>(
    "SELECT doc FROM doc_shipments WHERE tenant_id = $1 AND NOT deleted AND doc->>'provider' = $2 AND doc->>'warehouse' = ANY($3::text[]) ORDER BY doc->>'createdAt', id",
    [tenantId, provider, warehouses],
  );
  return rows.map((row) => row.doc);
}

/**
 * Changes a stored shipment's platform-owned fields in one transaction, the row locked; `change`
 * sees the stored state (another run may have got there first) and returns null to leave it.
 */
async function updateShipment(db: Database, tenantId: string, id: string, change: (stored: ShipmentDoc) => { fields: Partial<ShipmentDoc>; notices: ReplicatedDoc[] } | null): Promise<void> {
  await db.transaction((q) =>
    writeDocumentsIn(q, tenantId, async (tx) => {
      const stored = (await tx.readForUpdate('shipments', [id])).get(id);
      if (!stored || stored._deleted) return;
      const outcome = change(stored as unknown as ShipmentDoc);
      if (!outcome) return;
      await tx.write('shipments', [{ ...stored, ...outcome.fields, updatedAt: new Date().toISOString() }]);
      await tx.write('notices', outcome.notices);
    }),
  );
}

/**
 * Sends every shipment made offline that the provider does not hold yet as an inbound order (ASN).
 * The adapter finds an order with our reference before creating one, so a run that died after the
 * provider made it but before `providerRef` was stored makes no second ASN. A provider refusing the
 * shipment puts it in `exception` with its reason, for the merchant to act on.
 */
export async function sendInbounds(db: Database, tenantId: string, warehouses: readonly string[], provider: WarehouseProvider, skus: SkuMap): Promise<number> {
  let sent = 0;
  for (const shipment of await shipmentsOf(db, tenantId, provider.id, warehouses)) {
    if (shipment.providerRef || shipment.status !== 'submitted') continue;
    const request = {
      reference: shipment.reference,
      warehouse: shipment.warehouse,
      mode: shipment.mode,
      ...(shipment.eta && { eta: shipment.eta }),
      cartons: shipment.cartons.map((carton) => ({ ...carton, lines: carton.lines.map((line) => ({ ...line, sku: skus.toProvider(line.sku) })) })),
    };
    const at = new Date().toISOString();
    try {
      const { providerRef } = await provider.createInbound(request);
      await updateShipment(db, tenantId, shipment.id, (stored) =>
        stored.providerRef
          ? null
          : {
              fields: { providerRef, events: [...stored.events, { at, text: `Inbound order ${providerRef} created at ${provider.id}` }] },
              notices: [platformNotice('notice.warehouse.asnSent', 'info', { reference: stored.reference, providerRef, provider: provider.id })],
            },
      );
      sent++;
    } catch (error) {
      if (!isWarehouseError(error, 'bad_request')) throw error;
      await updateShipment(db, tenantId, shipment.id, (stored) => ({
        fields: { status: 'exception', events: [...stored.events, { at, text: error.message }] },
        notices: [platformNotice('notice.warehouse.asnRefused', 'error', { reference: stored.reference, provider: provider.id, detail: error.message })],
      }));
    }
  }
  return sent;
}

/**
 * Reads each open inbound order's status and applies it: the status never goes back
 * (`laterStatus`), new track events are added once, the receipt counts are taken as the warehouse
 * gives them, and at put-away the merchant is told of every unit short.
 */
export async function pollInbounds(db: Database, tenantId: string, warehouses: readonly string[], provider: WarehouseProvider, skus: SkuMap): Promise<number> {
  let applied = 0;
  for (const shipment of await shipmentsOf(db, tenantId, provider.id, warehouses)) {
    if (!shipment.providerRef || DONE.has(shipment.status)) continue;
    let state: InboundState;
    try {
      state = await provider.getInbound(shipment.providerRef);
    } catch (error) {
      // An order the provider does not know (made elsewhere, or removed there) holds up no other.
      if (isWarehouseError(error, 'not_found')) continue;
      throw error;
    }
    await updateShipment(db, tenantId, shipment.id, (stored) => {
      const fields = inboundChange(stored, state, skus);
      if (!fields) return null;
      applied++;
      return { fields, notices: fields.status === 'put_away' ? [putAwayNotice({ ...stored, ...fields })] : [] };
    });
  }
  return applied;
}

function inboundChange(stored: ShipmentDoc, state: InboundState, skus: SkuMap): Partial<ShipmentDoc> | null {
  const status = laterStatus(stored.status, state.status);
  const known = new Set(stored.events.map(eventKey));
  const events: TrackEvent[] = [...stored.events, ...state.events.filter((event) => !known.has(eventKey(event)))];
  const receipt = state.receipt?.map((count) => ({ ...count, sku: skus.fromProvider(count.sku) })) ?? stored.receipt;
  const fields: Partial<ShipmentDoc> = {
    ...(status !== stored.status && { status }),
    ...(status === state.status && state.providerStatus !== stored.providerStatus && { providerStatus: state.providerStatus }),
    ...(events.length !== stored.events.length && { events }),
    ...(receipt && JSON.stringify(receipt) !== JSON.stringify(stored.receipt) && { receipt }),
  };
  return Object.keys(fields).length > 0 ? fields : null;
}

const eventKey = (event: TrackEvent) => `${event.at}\u0000${event.text}\u0000${event.providerStatus ?? ''}`;

/** Amazon reports no received counts: its put-away notice says no more than that. */
function putAwayNotice(shipment: ShipmentDoc): ReplicatedDoc {
  if (!shipment.receipt) return platformNotice('notice.warehouse.putAway', 'info', { reference: shipment.reference });
  const { shortUnits, lines } = reconcileReceipt(shipment.cartons, shipment.receipt ?? []);
  if (shortUnits === 0) return platformNotice('notice.warehouse.putAway', 'info', { reference: shipment.reference });
  const skus = lines
    .filter((line) => line.short > 0)
    .map((line) => `${line.sku} −${line.short}`)
    .join(', ');
  return platformNotice('notice.warehouse.shortfall', 'warning', { reference: shipment.reference, short: String(shortUnits), skus });
}
