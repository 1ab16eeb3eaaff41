import { FIBRES, type AttributeDefinition, type CategoryTemplate } from '@tradewind/domain';
import { Button, Checkbox, Form, Input, InputNumber, Radio, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocalize } from './useLocalize.ts';

/** A composition as the form edits it: one row per fibre. */
function CompositionField({ definition }: { definition: AttributeDefinition }) {
  const { t } = useTranslation();
  const localize = useLocalize();
  return (
    <Form.Item label={localize(definition.label)} required={definition.required} extra={localize(definition.hint)}>
      <Form.List name={['attributes', definition.key]}>
        {(fields, { add, remove }) => (
          <Space orientation="vertical" data-testid={`attr-${definition.key}`}>
            {fields.map((field, index) => (
              <Space key={field.key}>
                <Form.Item name={[field.name, 'fibre']} noStyle rules={[{ required: true, message: t('products.validation.required') }]}>
                  <Select
                    style={{ width: 220 }}
                    showSearch={{ optionFilterProp: 'label' }}
                    options={FIBRES.map((fibre) => ({ value: fibre.value, label: localize(fibre.label) }))}
                    data-testid={`attr-${definition.key}-fibre-${index}`}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'percent']} noStyle rules={[{ required: true, message: t('products.validation.required') }]}>
                  <InputNumber min={0.1} max={100} addonAfter="%" style={{ width: 120 }} data-testid={`attr-${definition.key}-percent-${index}`} />
                </Form.Item>
                <Button onClick={() => remove(field.name)}>{t('catalogue.remove')}</Button>
              </Space>
            ))}
            <Button onClick={() => add({})} data-testid={`attr-${definition.key}-add`}>
              {t('catalogue.product.addFibre')}
            </Button>
          </Space>
        )}
      </Form.List>
    </Form.Item>
  );
}

function AttributeField({ definition }: { definition: AttributeDefinition }) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const label = localize(definition.label) + (definition.unit ? ` (${definition.unit})` : '');
  const common = { name: ['attributes', definition.key], label, extra: localize(definition.hint) };
  const options = definition.options?.map((option) => ({ value: option.value, label: localize(option.label) })) ?? [];
  const testId = `attr-${definition.key}`;
  switch (definition.type) {
    case 'composition':
      return <CompositionField definition={definition} />;
    case 'boolean':
      return (
        <Form.Item {...common} label={undefined} extra={undefined} valuePropName="checked">
          <Checkbox data-testid={testId}>{label}</Checkbox>
        </Form.Item>
      );
    case 'number':
      return (
        <Form.Item {...common} rules={[{ type: 'number', min: definition.min, max: definition.max, message: t('catalogue.product.range', { min: definition.min ?? '', max: definition.max ?? '' }) }]}>
          <InputNumber precision={definition.integer ? 0 : undefined} style={{ width: 160 }} data-testid={testId} />
        </Form.Item>
      );
    case 'enum':
      return (
        <Form.Item {...common}>
          {options.length <= 6 ? <Radio.Group optionType="button" options={options} data-testid={testId} /> : <Select allowClear style={{ width: 260 }} options={options} data-testid={testId} />}
        </Form.Item>
      );
    case 'multi':
      return (
        <Form.Item {...common}>
          <Checkbox.Group options={options} data-testid={testId} />
        </Form.Item>
      );
    case 'list':
      return (
        <Form.Item {...common}>
          <Select mode="tags" style={{ minWidth: 260 }} tokenSeparators={[',', '，', ';']} data-testid={testId} />
        </Form.Item>
      );
    case 'text':
      return (
        <Form.Item {...common}>
          <Input maxLength={definition.maxLength ?? 500} style={{ width: 260 }} data-testid={testId} />
        </Form.Item>
      );
  }
}

/** The template's attributes as form fields, under `attributes.<key>`. */
export function AttributeFields({ template }: { template: CategoryTemplate | undefined }) {
  const { t } = useTranslation();
  if (!template) return <Typography.Text type="secondary">{t('catalogue.product.pickCategory')}</Typography.Text>;
  return (
    <>
      {template.attributes.map((definition) => (
        <AttributeField key={definition.key} definition={definition} />
      ))}
    </>
  );
}
