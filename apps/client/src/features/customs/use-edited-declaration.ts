import type { FilingPrecheck } from '@tradewind/customs';
import type { FilingDeclaration, FilingDoc, OrderDoc } from '@tradewind/domain';
import { useMemo, useState } from 'react';
import { usePrecheck } from './use-precheck.ts';
import { withWaybills } from './with-waybills.ts';

export interface EditedDeclaration {
  declaration: FilingDeclaration;
  setFacts(facts: FilingDeclaration): void;
  waybills: Record<string, string>;
  setWaybill(orderId: string, waybill: string): void;
  precheck: FilingPrecheck | null;
}

/** A stored declaration being corrected on the screen (a draft, or a rejected one): its facts and waybills as edited, pre-checked live. */
export function useEditedDeclaration(filing: FilingDoc & { declaration: FilingDeclaration }, orders: OrderDoc[]): EditedDeclaration {
  const [facts, setFacts] = useState(filing.declaration);
  const [waybills, setWaybills] = useState(filing.declaration.logistics.waybillNos);
  const declaration = useMemo(() => withWaybills(facts, filing.orderIds, waybills), [facts, filing.orderIds, waybills]);
  const precheck = usePrecheck(declaration, orders);
  const setWaybill = (orderId: string, waybill: string) => setWaybills((current) => ({ ...current, [orderId]: waybill }));
  return { declaration, setFacts, waybills, setWaybill, precheck };
}
