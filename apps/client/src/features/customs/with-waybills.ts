import type { FilingDeclaration } from '@tradewind/domain';

/** The declaration with the waybill of each chosen order (only those: a waybill typed for an order no longer chosen is not declared). */
export function withWaybills(declaration: FilingDeclaration, orderIds: readonly string[], waybills: Record<string, string>): FilingDeclaration {
  const waybillNos = Object.fromEntries(orderIds.filter((id) => waybills[id]).map((id) => [id, waybills[id]!]));
  return { ...declaration, logistics: { ...declaration.logistics, waybillNos } };
}
