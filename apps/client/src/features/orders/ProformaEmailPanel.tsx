import { isValidProformaEmailField, type DocumentLanguage, type ProformaEmailDoc, type ProformaEmailField } from '@tradewind/domain';
import { Alert, Button, Form, Input, List, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSyncSummary } from '../../hooks/useSyncSummary.ts';
import { requestProformaEmail } from '../../stores/proforma-email-store.ts';
import { useWorkspace } from '../../workspace.tsx';
import { useProformaEmails } from './data.ts';

interface EmailForm {
  recipient: string;
  note?: string;
}

/** Where one request is, in words: queued until it syncs, then the platform's status. */
function EmailState({ request, online }: { request: ProformaEmailDoc; online: boolean }) {
  const { t, i18n } = useTranslation();
  if (request.status === 'sent') {
    const time = new Date(request.sentAt ?? request.updatedAt).toLocaleString(i18n.language);
    return <Tag color="green">{t('orderDesk.email.status.sent', { time })}</Tag>;
  }
  if (request.status === 'failed') {
    return <Tag color="red">{t('orderDesk.email.status.failed', { reason: t(`orderDesk.email.failure.${request.failure?.reason ?? 'outcome_unknown'}`) })}</Tag>;
  }
  if (request.status === 'queued' && !online) return <Tag color="orange">{t('orderDesk.email.status.queuedOffline')}</Tag>;
  return <Tag color="blue">{t('orderDesk.email.status.sending')}</Tag>;
}

/**
 * "E-mail to buyer" on the proforma: a request made on the device (offline too) that the platform
 * sends as a PDF in `language`; below it, what became of each request, with resend.
 */
export function ProformaEmailPanel({ orderId, language, buyerEmail }: { orderId: string; language: DocumentLanguage; buyerEmail: string }) {
  const { t } = useTranslation();
  const { store } = useWorkspace();
  const { online } = useSyncSummary();
  const requests = useProformaEmails(orderId);
  const [form] = Form.useForm<EmailForm>();
  const [open, setOpen] = useState(false);

  const openForm = (recipient = buyerEmail, note?: string) => {
    form.setFieldsValue({ recipient, note });
    setOpen(true);
  };
  // The domain's rule, so the form refuses exactly what the request would.
  const validField = (field: ProformaEmailField) => ({
    validator: (_: unknown, typed: string | undefined) => (isValidProformaEmailField(field, typed) ? Promise.resolve() : Promise.reject(new Error(t(`orderDesk.email.invalid.${field}`)))),
  });
  const send = async ({ recipient, note }: EmailForm) => {
    await requestProformaEmail(store, { orderId, recipient, language, note });
    setOpen(false);
  };

  return (
    <>
      <Button onClick={() => openForm()} data-testid="proforma-email">
        {t('orderDesk.email.open')}
      </Button>
      <Modal
        open={open}
        title={t('orderDesk.email.title')}
        okText={t('orderDesk.email.send')}
        cancelText={t('orderDesk.email.cancel')}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        okButtonProps={{ 'data-testid': 'proforma-email-send' }}
        forceRender
      >
        {!online && <Alert type="info" showIcon title={t('orderDesk.email.offlineHint')} style={{ marginBottom: 12 }} data-testid="proforma-email-offline" />}
        <Form form={form} layout="vertical" onFinish={send}>
          <Form.Item name="recipient" label={t('orderDesk.email.recipient')} rules={[validField('recipient')]}>
            <Input type="email" autoComplete="email" data-testid="proforma-email-recipient" />
          </Form.Item>
          <Form.Item label={t('orderDesk.email.language')}>
            <Typography.Text data-testid="proforma-email-language">{language.toUpperCase()}</Typography.Text>
          </Form.Item>
          <Form.Item name="note" label={t('orderDesk.email.note')} rules={[validField('note')]}>
            <Input.TextArea rows={3} data-testid="proforma-email-note" />
          </Form.Item>
        </Form>
      </Modal>
      {requests.length > 0 && (
        <List
          size="small"
          header={t('orderDesk.email.history')}
          dataSource={requests}
          style={{ width: '100%' }}
          data-testid="proforma-email-history"
          renderItem={(request) => (
            <List.Item data-testid="proforma-email-request" data-status={request.status}>
              <Space wrap>
                <bdi>{request.recipient}</bdi>
                <span>{request.language.toUpperCase()}</span>
                <EmailState request={request} online={online} />
                {request.status === 'failed' && (
                  <Button size="small" onClick={() => openForm(request.recipient, request.note)} data-testid="proforma-email-resend">
                    {t('orderDesk.email.resend')}
                  </Button>
                )}
              </Space>
            </List.Item>
          )}
        />
      )}
    </>
  );
}
