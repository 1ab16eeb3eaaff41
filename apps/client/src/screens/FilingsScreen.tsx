import { can, FILING_KINDS, newId, type FilingDoc, type Role } from '@tradewind/domain';
import { App, Button, Empty, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useObservable } from '../hooks/useObservable.ts';
import { useWorkspace } from '../workspace.tsx';

/** Compliance filings: drafts are prepared on the device; only the owner sends them to customs. */
export function FilingsScreen() {
  const { t, i18n } = useTranslation();
  const { db, profile } = useWorkspace();
  const { message } = App.useApp();
  const [creating, setCreating] = useState(false);
  const filings$ = useMemo(() => db.filings.find().$, [db]);
  const docs = useObservable(filings$, []);
  const mayDo = can(profile.user.role as Role, 'submitFilings');

  const create = async ({ kind, title }: { kind: FilingDoc['kind']; title: string }) => {
    const now = new Date().toISOString();
    await db.filings.insert({ id: newId(), updatedAt: now, createdAt: now, kind, title: title.trim(), status: 'draft', orderIds: [], payload: {}, revision: 1, customsStatus: 'none', receipts: [], messages: [] });
    setCreating(false);
  };
  const setStatus = async (id: string, status: FilingDoc['status']) => {
    const doc = docs.find((d) => d.id === id);
    await doc?.incrementalPatch({ status, updatedAt: new Date().toISOString() });
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
        onRow={(filing) => ({ 'data-testid': `filing-row-${filing.title}` }) as never}
        columns={[
          { title: t('filings.titleField'), dataIndex: 'title' },
          { title: t('filings.kind'), dataIndex: 'kind', render: (kind: string) => t(`filings.kinds.${kind}`) },
          { title: t('filings.status'), dataIndex: 'status', render: (status: string) => <Tag data-testid="filing-status">{t(`filings.statuses.${status}`)}</Tag> },
          { title: t('filings.customsStatus'), dataIndex: 'customsStatus', render: (status: string) => t(`filings.customsStatuses.${status}`) },
          { title: t('filings.createdAt'), dataIndex: 'createdAt', render: (at: string) => new Date(at).toLocaleString(i18n.language) },
          {
            title: '',
            key: 'actions',
            render: (_, filing) =>
              mayDo && (
                <Space>
                  {filing.status === 'draft' && (
                    <Button size="small" type="primary" onClick={() => setStatus(filing.id, 'submitted')} data-testid="filing-submit">
                      {t('filings.submit')}
                    </Button>
                  )}
                  {filing.status === 'submitted' && (
                    <Button size="small" onClick={() => setStatus(filing.id, 'withdrawn')}>
                      {t('filings.withdraw')}
                    </Button>
                  )}
                </Space>
              ),
          },
        ]}
      />
      <Modal open={creating} title={t('filings.new')} footer={null} onCancel={() => setCreating(false)} destroyOnHidden>
        <Form layout="vertical" onFinish={create} initialValues={{ kind: 'export-9710' }}>
          <Form.Item name="kind" label={t('filings.kind')}>
            <Select options={FILING_KINDS.map((kind) => ({ value: kind, label: t(`filings.kinds.${kind}`) }))} />
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
