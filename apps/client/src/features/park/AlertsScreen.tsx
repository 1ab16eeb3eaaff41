import { useQueryClient } from '@tanstack/react-query';
import type { AlertEvaluation, AlertStep, AlertTransitionRequest, ParkAlert } from '@tradewind/contract';
import { ALERT_STATES, type AlertState, type ParkParams } from '@tradewind/domain';
import { Button, Card, Form, Input, Modal, Segmented, Space, Tag, Timeline } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConsoleAction, useConsolePost, useConsoleQuery } from './console-transport.tsx';
import { ConsoleTable } from './ConsoleTable.tsx';
import { useMoney } from './figure-labels.ts';

const SEVERITY_COLOURS = { low: 'blue', medium: 'orange', high: 'red' } as const;
const STATE_COLOURS = { open: 'red', assessed: 'orange', handled: 'blue', reviewed: 'green' } as const;

/** The workflow's next state, or null once reviewed. */
const nextState = (state: AlertState): AlertState | null => ALERT_STATES[ALERT_STATES.indexOf(state) + 1] ?? null;

/** Monitoring alerts with their evidence; each moves open → assessed → handled → reviewed with a note, and keeps who did what when. */
export function AlertsScreen() {
  const { t, i18n } = useTranslation();
  const post = useConsolePost();
  const queryClient = useQueryClient();
  const money = useMoney();
  const [state, setState] = useState<AlertState | 'all'>('all');
  const [moving, setMoving] = useState<{ alert: ParkAlert; to: AlertState } | null>(null);
  const alerts = useConsoleQuery<ParkAlert[]>(['park', 'alerts', state], `/api/park/alerts${state === 'all' ? '' : `?state=${state}`}`);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['park', 'alerts'] });
  const evaluate = useConsoleAction({
    mutationFn: () => post<AlertEvaluation>('/api/park/alerts/evaluate', {}),
    said: (evaluation) => t('park.alerts.evaluated', { count: evaluation.raised.length }),
    onSuccess: refresh,
  });
  const transition = useConsoleAction({
    mutationFn: ({ id, request }: { id: string; request: AlertTransitionRequest }) => post<ParkAlert>(`/api/park/alerts/${encodeURIComponent(id)}/transition`, request),
    said: (alert) => t('park.alerts.moved', { state: t(`park.alerts.states.${alert.state}`) }),
    onSuccess: () => {
      setMoving(null);
      refresh();
    },
  });
  // Money in the evidence is US cents: shown as the user's locale writes dollars.
  const evidenceText = (alert: ParkAlert) => {
    const params: ParkParams = Object.fromEntries(Object.entries(alert.evidence).map(([key, value]) => [key, key.endsWith('Usd') && typeof value === 'number' ? money(value, 'USD') : value]));
    return t(`park.alerts.evidenceText.${alert.kind}`, params);
  };
  const stepText = (step: AlertStep) => t('park.alerts.step', { at: new Date(step.at).toLocaleString(i18n.language), by: step.by, state: t(`park.alerts.states.${step.state}`), note: step.note });
  return (
    <Card
      title={t('park.alerts.title')}
      size="small"
      extra={
        <Button onClick={() => evaluate.mutate()} loading={evaluate.isPending} data-testid="alerts-evaluate">
          {t('park.alerts.evaluate')}
        </Button>
      }
    >
      <Segmented<AlertState | 'all'>
        value={state}
        onChange={setState}
        style={{ marginBottom: 12 }}
        options={[
          { value: 'all', label: t('park.alerts.all') },
          ...ALERT_STATES.map((value) => ({ value, label: <span data-testid={`alerts-state-${value}`}>{t(`park.alerts.states.${value}`)}</span> })),
        ]}
      />
      <ConsoleTable<ParkAlert>
        rowKey="id"
        query={alerts}
        empty={t('park.alerts.empty')}
        testIdOf={(row) => `alert-${row.kind}-${row.tenantId}`}
        expandable={{ expandedRowRender: (alert) => <Timeline items={alert.history.map((step, index) => ({ key: index, content: stepText(step) }))} /> }}
        columns={[
          { title: t('park.alerts.kind'), dataIndex: 'kind', render: (kind: ParkAlert['kind']) => t(`park.alerts.kinds.${kind}`) },
          {
            title: t('park.alerts.severity'),
            dataIndex: 'severity',
            render: (severity: ParkAlert['severity']) => <Tag color={SEVERITY_COLOURS[severity]}>{t(`park.alerts.severities.${severity}`)}</Tag>,
          },
          { title: t('park.alerts.merchant'), dataIndex: 'merchantName' },
          { title: t('park.alerts.evidence'), key: 'evidence', render: (_, alert) => evidenceText(alert) },
          { title: t('park.alerts.raisedAt'), dataIndex: 'raisedAt', render: (at: string) => new Date(at).toLocaleString(i18n.language) },
          {
            title: t('park.alerts.state'),
            dataIndex: 'state',
            render: (value: AlertState) => (
              <Tag color={STATE_COLOURS[value]} data-testid="alert-state">
                {t(`park.alerts.states.${value}`)}
              </Tag>
            ),
          },
          {
            title: '',
            key: 'advance',
            render: (_, alert) => {
              const to = nextState(alert.state);
              return (
                to && (
                  <Button size="small" onClick={() => setMoving({ alert, to })} data-testid="alert-advance">
                    {t('park.alerts.advance', { state: t(`park.alerts.states.${to}`) })}
                  </Button>
                )
              );
            },
          },
        ]}
      />
      <Modal open={moving !== null} title={moving ? t('park.alerts.advance', { state: t(`park.alerts.states.${moving.to}`) }) : ''} footer={null} onCancel={() => setMoving(null)} destroyOnHidden>
        <Form<{ note: string }>
          layout="vertical"
          onFinish={({ note }) => moving && transition.mutate({ id: moving.alert.id, request: { to: moving.to, note: note.trim() } })}
          disabled={transition.isPending}
        >
          <Form.Item name="note" label={t('park.alerts.note')} rules={[{ required: true, whitespace: true, message: t('park.alerts.noteRequired') }]}>
            <Input.TextArea rows={3} maxLength={2000} data-testid="alert-note" />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={transition.isPending} data-testid="alert-confirm">
              {t('park.alerts.advance', { state: moving ? t(`park.alerts.states.${moving.to}`) : '' })}
            </Button>
          </Space>
        </Form>
      </Modal>
    </Card>
  );
}
