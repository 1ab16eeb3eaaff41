import type { FilingDoc, MerchantDoc, OrderDoc, ProductDoc, RateTable } from '@tradewind/domain';
import type { PrecheckIssue } from '../precheck/issue.ts';
import { precheckDeclaration, type PrecheckResult } from '../precheck/precheck.ts';
import { declarationInputs } from './filing-inputs.ts';

export interface OrderFindings {
  order: OrderDoc;
  issues: PrecheckIssue[];
  route: PrecheckResult['route'];
}

export type FilingPrecheck = { ok: boolean; orders: OrderFindings[] } | { missingRate: string };

/** The pre-check of every order of a filing as the platform will build it; ok when no order has an error. */
export function precheckFiling(
  filing: { declaration: NonNullable<FilingDoc['declaration']> },
  orders: OrderDoc[],
  products: ProductDoc[],
  merchant: MerchantDoc,
  rates: RateTable | null,
): FilingPrecheck {
  const declared = declarationInputs(filing, orders, products, merchant, rates);
  if ('missingRate' in declared) return declared;
  const found = declared.map(({ order, input }) => {
    const result = precheckDeclaration(input);
    return { order, issues: result.issues, route: result.route, ok: result.ok };
  });
  return { ok: found.every((entry) => entry.ok), orders: found.map(({ ok: _ok, ...entry }) => entry) };
}
