import type { FilingDoc, OrderDoc } from '@tradewind/domain';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { DeclarationFactsForm } from './DeclarationFactsForm.tsx';
import { DeclaredOrders } from './DeclaredOrders.tsx';
import { PrecheckFindings } from './PrecheckFindings.tsx';
import type { EditedDeclaration } from './use-edited-declaration.ts';

/** The orders with editable waybills, the facts and the pre-check of a declaration being corrected. */
export function EditDeclaration({ filing, orders, edited }: { filing: FilingDoc; orders: OrderDoc[]; edited: EditedDeclaration }) {
  const { t } = useTranslation();
  return (
    <>
      <DeclaredOrders filing={filing} orders={orders} waybills={edited.waybills} onWaybill={edited.setWaybill} />
      <Card size="small" title={t('customsDesk.facts.title')}>
        <DeclarationFactsForm value={edited.declaration} onChange={edited.setFacts} />
      </Card>
      <PrecheckFindings precheck={edited.precheck} />
    </>
  );
}
