import type { AnnouncementRequest, MerchantDirectoryEntry } from '@tradewind/contract';
import { ANNOUNCEMENT_ATTACHMENT_TYPES, ANNOUNCEMENT_LIMITS, MAX_ANNOUNCEMENT_ATTACHMENT_BYTES, type AnnouncementAttachment, type AnnouncementTarget } from '@tradewind/domain';
import { App, Button, Form, Input, Radio, Select, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLUSTERS, useClusterName } from '../../screens/clusters.ts';
import { uploadAttachment } from './attachment-upload.ts';
import { useConsoleAction, useConsolePost, useConsoleQuery, useConsoleTransport } from './console-transport.tsx';

interface Values {
  titleZh: string;
  titleEn: string;
  bodyZh: string;
  bodyEn: string;
  targetKind: AnnouncementTarget['kind'];
  cluster?: string;
  tenantIds?: string[];
}

const targetOf = (values: Values): AnnouncementTarget =>
  values.targetKind === 'cluster' ? { kind: 'cluster', cluster: values.cluster ?? '' } : values.targetKind === 'merchants' ? { kind: 'merchants', tenantIds: values.tenantIds ?? [] } : { kind: 'all' };

/** Writes a policy notice in both languages, picks who gets it, optionally attaches a picture or a PDF (at most 2 MB), and publishes. */
export function AnnouncementForm({ onPublished }: { onPublished: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const transport = useConsoleTransport();
  const post = useConsolePost();
  const clusterName = useClusterName();
  const [form] = Form.useForm<Values>();
  const targetKind = Form.useWatch('targetKind', form);
  const [file, setFile] = useState<File | null>(null);
  const merchants = useConsoleQuery<MerchantDirectoryEntry[]>(['directory', 'active'], '/api/park/merchants?status=active', { enabled: targetKind === 'merchants' });
  const publish = useConsoleAction({
    mutationFn: async (values: Values) => {
      const attachment: AnnouncementAttachment | undefined = file ? await uploadAttachment(transport, file) : undefined;
      const request: AnnouncementRequest = {
        titleZh: values.titleZh.trim(),
        titleEn: values.titleEn.trim(),
        bodyZh: values.bodyZh.trim(),
        bodyEn: values.bodyEn.trim(),
        target: targetOf(values),
        ...(attachment ? { attachment } : {}),
      };
      return post<{ id: string; delivered: number }>('/api/park/announcements', request);
    },
    said: ({ delivered }) => t('park.announcements.published', { count: delivered }),
    onSuccess: () => {
      form.resetFields();
      setFile(null);
      onPublished();
    },
  });
  const required = (field: string) => [{ required: true, whitespace: true, message: t('park.announcements.required', { field: t(`park.announcements.${field}`) }) }];
  return (
    <Form<Values> form={form} layout="vertical" initialValues={{ targetKind: 'all' }} onFinish={(values) => publish.mutate(values)} disabled={publish.isPending}>
      <Form.Item name="titleZh" label={t('park.announcements.titleZh')} rules={required('titleZh')}>
        <Input maxLength={ANNOUNCEMENT_LIMITS.title} data-testid="announcement-title-zh" />
      </Form.Item>
      <Form.Item name="titleEn" label={t('park.announcements.titleEn')} rules={required('titleEn')}>
        <Input maxLength={ANNOUNCEMENT_LIMITS.title} data-testid="announcement-title-en" />
      </Form.Item>
      <Form.Item name="bodyZh" label={t('park.announcements.bodyZh')} rules={required('bodyZh')}>
        <Input.TextArea rows={4} maxLength={ANNOUNCEMENT_LIMITS.body} showCount data-testid="announcement-body-zh" />
      </Form.Item>
      <Form.Item name="bodyEn" label={t('park.announcements.bodyEn')} rules={required('bodyEn')}>
        <Input.TextArea rows={4} maxLength={ANNOUNCEMENT_LIMITS.body} showCount data-testid="announcement-body-en" />
      </Form.Item>
      <Form.Item name="targetKind" label={t('park.announcements.target')}>
        <Radio.Group
          optionType="button"
          options={(['all', 'cluster', 'merchants'] as const).map((kind) => ({
            value: kind,
            label: <span data-testid={`announcement-target-${kind}`}>{t(`park.announcements.targets.${kind}`)}</span>,
          }))}
        />
      </Form.Item>
      {targetKind === 'cluster' && (
        <Form.Item name="cluster" label={t('park.announcements.cluster')} rules={[{ required: true, message: t('park.announcements.required', { field: t('park.announcements.cluster') }) }]}>
          <Select options={CLUSTERS.map((cluster) => ({ value: cluster, label: clusterName(cluster) }))} data-testid="announcement-cluster" />
        </Form.Item>
      )}
      {targetKind === 'merchants' && (
        <Form.Item name="tenantIds" label={t('park.announcements.merchants')} rules={[{ required: true, message: t('park.announcements.required', { field: t('park.announcements.merchants') }) }]}>
          <Select
            mode="multiple"
            loading={merchants.isLoading}
            optionFilterProp="label"
            options={(merchants.data ?? []).map((merchant) => ({ value: merchant.tenantId, label: merchant.name }))}
            data-testid="announcement-merchants"
          />
        </Form.Item>
      )}
      <Form.Item label={t('park.announcements.attachment')}>
        <Upload
          accept={ANNOUNCEMENT_ATTACHMENT_TYPES.join(',')}
          maxCount={1}
          fileList={file ? [{ uid: 'attachment', name: file.name, status: 'done' }] : []}
          beforeUpload={(chosen) => {
            if (chosen.size > MAX_ANNOUNCEMENT_ATTACHMENT_BYTES) void message.error(t('park.errors.too_large'));
            else setFile(chosen);
            return false;
          }}
          onRemove={() => setFile(null)}
        >
          <Button>{t('park.announcements.attach')}</Button>
        </Upload>
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={publish.isPending} data-testid="announcement-publish">
        {t('park.announcements.publish')}
      </Button>
    </Form>
  );
}
