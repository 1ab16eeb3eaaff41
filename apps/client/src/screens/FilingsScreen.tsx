import { can, FILING_KINDS, nextFilingStatuses, type FilingDoc, type Role } from '@tradewind/domain';
import { App, Button, Empty, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useObservable } from '../hooks/useObservable.ts';
import { FilingKind } from './FilingKind.tsx';
import { createFiling, setFilingStatus } from '../stores/filing-store.ts';
import { useWorkspace } from '../workspace.tsx';
import { rowTestId } from '../components/row-test-id.ts';

/** The button for each step: what it says, whether it is the main action, its test id. */
const STEP_BUTTONS: Record<FilingDoc['status'], { label: string; primary: boolean; testId?: string }> = {
  submitted: { label: 'filings.submit', primary: true, testId: 'filing-submit' },
  withdrawn: { label: 'filings.withdraw', primary: false },
  draft: { label: 'filings.toDraft', primary: false, testId: 'filing-to-draft' },
};

/** Compliance filings: drafts are prepared on the device; only the owner sends them to customs. */
export function FilingsScreen() {
  const { t, i18n } = useTranslation();
  const { db, profile, store } = useWorkspace();
  const { message } = App.useApp();
  const [creating, setCreating] = useState(false);
  const filings$ = useMemo(() => db.filings.find().$, [db]);
  const docs = useObservable(filings$, []);
  const mayDo = can(profile.user.role as Role, 'submitFilings');

  const create = async ({ kind, title }: { kind: FilingDoc['kind']; title: string }) => {
    await createFiling(store, kind, title);
    setCreating(false);
  };
  const setStatus = async (id: string, status: FilingDoc['status']) => {
    await setFilingStatus(store, id, status);
    void message.success(t(`filings.statusChanged.${status}`));
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('filings.title')}
        </Typography.Title>
        <Button type="primary" onClick={() => setCreating(true)} data-testid="filing-new">
          {t('filings.new')}
        </Button>
      </Space>
      {!mayDo && <Typography.Text type="secondary">{t('filings.staffNote')}</Typography.Text>}
      <Table<FilingDoc>
        rowKey="id"
        dataSource={docs.map((doc) => doc.toJSON() as FilingDoc).sort((a, b) => b.createdAt.localeCompare(a.createdAt))}
        locale={{ emptyText: <Empty description={t('filings.empty')} /> }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        onRow={rowTestId((filing) => `filing-row-${filing.title}`)}
        columns={[
          { title: t('filings.titleField'), dataIndex: 'title' },
          { title: t('filings.kind'), dataIndex: 'kind', render: (kind: FilingDoc['kind']) => <FilingKind kind={kind} /> },
          { title: t('filings.status'), dataIndex: 'status', render: (status: string) => <Tag data-testid="filing-status">{t(`filings.statuses.${status}`)}</Tag> },
          { title: t('filings.customsStatus'), dataIndex: 'customsStatus', render: (status: string) => t(`filings.customsStatuses.${status}`) },
          { title: t('filings.createdAt'), dataIndex: 'createdAt', render: (at: string) => new Date(at).toLocaleString(i18n.language) },
          {
            title: '',
            key: 'actions',
            render: (_, filing) =>
              mayDo && (
                <Space>
                  {nextFilingStatuses(filing.status).map((to) => (
                    <Button key={to} size="small" type={STEP_BUTTONS[to].primary ? 'primary' : 'default'} onClick={() => setStatus(filing.id, to)} data-testid={STEP_BUTTONS[to].testId}>
                      {t(STEP_BUTTONS[to].label)}
                    </Button>
                  ))}
                </Space>
              ),
          },
        ]}
      />
      <Modal open={creating} title={t('filings.new')} footer={null} onCancel={() => setCreating(false)} destroyOnHidden>
        <Form layout="vertical" onFinish={create} initialValues={{ kind: 'export-9710' }}>
          <Form.Item name="kind" label={t('filings.kind')}>
            <Select options={FILING_KINDS.map((kind) => ({ value: kind, label: <FilingKind kind={kind} /> }))} />
          </Form.Item>
          <Form.Item name="title" label={t('filings.titleField')} rules={[{ required: true, message: t('products.validation.required') }]}>
            <Input maxLength={200} data-testid="filing-title" />
          </Form.Item>
          <Button type="primary" htmlType="submit" data-testid="filing-save">
            {t('filings.saveDraft')}
          </Button>
        </Form>
      </Modal>
    </Space>
  );
}
