import { batchProblem, declarationModeOf, defaultDeclaration, draftHolding, FILING_KIND_OF_MODE, liveDeclarationOf } from '@tradewind/customs';
import type { FilingDeclaration, Role } from '@tradewind/domain';
import { Alert, App, Button, Card, Segmented, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { saveDeclarationDraft, submitDeclaration } from '../../stores/filing-store.ts';
import { useWorkspace } from '../../workspace.tsx';
import { useOrders } from '../orders/data.ts';
import { useDeclarations, useSummaries } from './data.ts';
import { DeclarationFactsForm } from './DeclarationFactsForm.tsx';
import { DeclarationsTable } from './DeclarationsTable.tsx';
import { OrderPicker } from './OrderPicker.tsx';
import { PrecheckFindings } from './PrecheckFindings.tsx';
import { precheckPassed, SendButton } from './SendButton.tsx';
import { SummariesTable } from './SummariesTable.tsx';
import { usePrecheck } from './use-precheck.ts';
import { withWaybills } from './with-waybills.ts';

type PickMode = '9610' | '9710';

/** The merchant's customs room: choose orders, see what the pre-check finds and fix it in place, submit (offline too), follow each declaration. */
export function CustomsScreen() {
  const { t } = useTranslation();
  const { store, profile } = useWorkspace();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const orders = useOrders();
  const declarations = useDeclarations();
  const summaries = useSummaries();
  const [mode, setMode] = useState<PickMode>('9610');
  const [selected, setSelected] = useState<string[]>([]);
  const [facts, setFacts] = useState<FilingDeclaration | undefined>();
  const [waybills, setWaybills] = useState<Record<string, string>>({});

  const waiting = useMemo(
    () =>
      (orders ?? []).filter(
        (order) => order.status !== 'cancelled' && declarationModeOf(order.channel) === mode && !liveDeclarationOf(declarations, order.id) && !draftHolding(declarations, order.id),
      ),
    [orders, declarations, mode],
  );
  const chosen = useMemo(() => waiting.filter((order) => selected.includes(order.id)), [waiting, selected]);
  const problem = batchProblem(chosen);
  const declaration = useMemo(() => facts && withWaybills(facts, selected, waybills), [facts, selected, waybills]);
  const precheck = usePrecheck(problem ? undefined : declaration, chosen);

  const choose = (ids: string[]) => {
    setSelected(ids);
    const picked = waiting.filter((order) => ids.includes(order.id));
    if (!facts || picked.length === 0) setFacts(defaultDeclaration(picked, declarations, store.now().toISOString().slice(0, 10)));
  };
  const switchMode = (next: PickMode) => {
    setMode(next);
    setSelected([]);
    setFacts(undefined);
  };
  const keep = async (write: typeof submitDeclaration, done: string) => {
    const first = chosen[0]!;
    const title = t('customsDesk.titleOf', { mode, date: declaration!.exportDate, channel: t(`orders.channels.${first.channel}`), count: chosen.length });
    const filing = await write(store, profile.user.role as Role, { kind: FILING_KIND_OF_MODE[mode], title, orderIds: chosen.map((order) => order.id), declaration: declaration! });
    void message.success(t(done, { title }));
    setSelected([]);
    setFacts(undefined);
    setWaybills({});
    void navigate(`/customs/${filing.id}`);
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('customsDesk.title')}
      </Typography.Title>
      <Card size="small" title={t('customsDesk.newDeclaration')}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Segmented<PickMode>
            value={mode}
            onChange={switchMode}
            options={(['9610', '9710'] as const).map((value) => ({ value, label: <span data-testid={`declare-mode-${value}`}>{t(`customsDesk.modes.${value}`)}</span> }))}
          />
          <OrderPicker orders={waiting} selected={selected} onSelect={choose} waybills={waybills} onWaybill={(id, waybill) => setWaybills((current) => ({ ...current, [id]: waybill }))} />
          {chosen.length > 0 && <Typography.Text data-testid="declare-selected">{t('customsDesk.selected', { count: chosen.length })}</Typography.Text>}
          {problem && chosen.length > 0 && <Alert type="warning" showIcon title={t(`customsDesk.batch.${problem}`)} data-testid="declare-batch-problem" />}
          {declaration && !problem && (
            <>
              {declarations.length === 0 && <Alert type="info" showIcon title={t('customsDesk.facts.firstTime')} />}
              <Typography.Title level={5}>{t('customsDesk.facts.title')}</Typography.Title>
              <DeclarationFactsForm value={declaration} onChange={setFacts} />
              <Typography.Title level={5}>{t('customsDesk.precheck.title')}</Typography.Title>
              <PrecheckFindings precheck={precheck} />
              <Space wrap>
                <SendButton ready={precheckPassed(precheck)} label={t('customsDesk.submit')} testId="declaration-submit" onSend={() => keep(submitDeclaration, 'customsDesk.submitted')} />
                <Button onClick={() => void keep(saveDeclarationDraft, 'customsDesk.draft.saved')} data-testid="declaration-save-draft">
                  {t('customsDesk.draft.save')}
                </Button>
              </Space>
            </>
          )}
        </Space>
      </Card>
      <Card size="small" title={t('customsDesk.declarations')}>
        <DeclarationsTable declarations={declarations} />
      </Card>
      {summaries.length > 0 && (
        <Card size="small" title={t('customsDesk.summaries.title')}>
          <SummariesTable summaries={summaries} />
        </Card>
      )}
    </Space>
  );
}
