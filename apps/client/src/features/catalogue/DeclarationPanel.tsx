import { DECLARATION_NOTE, declarationElementsFor, declarationLine, formatHsCode, suggestDeclaration, templateById, type ProductDoc } from '@tradewind/domain';
import { Alert, App, Button, Form, Input, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RxDocument } from 'rxdb';
import { saveDeclaration } from '../../stores/product-store.ts';
import { useWorkspace } from '../../workspace.tsx';
import { useLocalize } from './useLocalize.ts';

/** The 申报要素 of the product's HS heading, suggested from its data and kept on the product. */
export function DeclarationPanel({ doc }: { doc: RxDocument<ProductDoc> }) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const { store } = useWorkspace();
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, string>>();
  const product = doc.toJSON() as ProductDoc;
  const { elements, known } = declarationElementsFor(product.hsCode);
  const suggestions = suggestDeclaration(product.hsCode, product, templateById(product.category));
  const values = Form.useWatch([], form) ?? {};
  const save = async (next: Record<string, string>) => {
    await saveDeclaration(store, doc.id, next);
    void message.success(t('products.saved'));
  };
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 760 }}>
      <Typography.Text>{t('catalogue.declaration.heading', { code: formatHsCode(product.hsCode) })}</Typography.Text>
      {!known && <Alert type="info" showIcon title={t('catalogue.declaration.generic')} />}
      <Form form={form} layout="horizontal" labelCol={{ span: 8 }} initialValues={{ ...suggestions, ...product.declaration }} onFinish={save}>
        {elements.map((element) => (
          <Form.Item key={element.key} name={element.key} label={localize(element.name)}>
            {element.options ? (
              <Select allowClear options={element.options.map((option) => ({ value: option.value, label: `${option.value} ${localize(option.label)}` }))} />
            ) : (
              <Input maxLength={200} data-testid={`declaration-${element.key}`} />
            )}
          </Form.Item>
        ))}
        <Space>
          <Button htmlType="submit" type="primary" data-testid="declaration-save">
            {t('products.save')}
          </Button>
          <Button onClick={() => form.setFieldsValue(suggestions)}>{t('catalogue.declaration.suggest')}</Button>
        </Space>
      </Form>
      <Typography.Paragraph copyable code data-testid="declaration-line">
        {declarationLine(product.hsCode, values)}
      </Typography.Paragraph>
      <Typography.Text type="secondary">{localize(DECLARATION_NOTE)}</Typography.Text>
    </Space>
  );
}
