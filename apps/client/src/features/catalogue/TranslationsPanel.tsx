import { CONTENT_LANGUAGES, translationStatus, type ContentLanguage, type ProductDoc } from '@tradewind/domain';
import { App, Button, Card, Form, Input, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RxDocument } from 'rxdb';
import { saveTranslation } from '../../stores/product-store.ts';
import { useWorkspace } from '../../workspace.tsx';

const STATUS_COLOURS = { missing: 'default', stale: 'orange', current: 'green' } as const;

/** Name and description per market language, marked stale once the Chinese source changes. */
export function TranslationsPanel({ doc }: { doc: RxDocument<ProductDoc> }) {
  const { t } = useTranslation();
  const { store } = useWorkspace();
  const { message } = App.useApp();
  const product = doc.toJSON() as ProductDoc;
  const save = async (language: ContentLanguage, values: { name: string; description?: string }) => {
    await saveTranslation(store, doc.id, language, values);
    void message.success(t('products.saved'));
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {CONTENT_LANGUAGES.map((language) => {
        const existing = product.translations?.[language];
        const status = translationStatus(product, existing);
        return (
          <Card
            key={language}
            size="small"
            title={t(`catalogue.languages.${language}`)}
            extra={
              <Tag color={STATUS_COLOURS[status]} data-testid={`translation-status-${language}`}>
                {t(`catalogue.translations.${status}`)}
              </Tag>
            }
          >
            <Form
              layout="vertical"
              initialValues={{ name: existing?.name ?? (language === 'en' ? product.nameEn : ''), description: existing?.description ?? '' }}
              onFinish={(values) => save(language, values)}
            >
              <Form.Item name="name" label={t('catalogue.translations.name')} rules={[{ required: true, message: t('products.validation.required') }]}>
                <Input maxLength={200} dir={language === 'ar' ? 'rtl' : undefined} data-testid={`translation-name-${language}`} />
              </Form.Item>
              <Form.Item name="description" label={t('products.description')}>
                <Input.TextArea rows={3} maxLength={5000} dir={language === 'ar' ? 'rtl' : undefined} />
              </Form.Item>
              <Button htmlType="submit" data-testid={`translation-save-${language}`}>
                {status === 'stale' ? t('catalogue.translations.confirm') : t('products.save')}
              </Button>
            </Form>
          </Card>
        );
      })}
    </Space>
  );
}
