import { renderText, statisticsFlagKeys, TRANSPORT_MODES, WRAP_TYPES } from '@tradewind/customs';
import type { FilingDeclaration } from '@tradewind/domain';
import { Col, Form, Input, InputNumber, Radio, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { customsLanguage } from './customs-language.ts';

type Logistics = FilingDeclaration['logistics'];

/** The facts of a declaration the orders do not hold: customs office, port, date, carrier, packaging, A/B. */
export function DeclarationFactsForm({ value, onChange }: { value: FilingDeclaration; onChange: (next: FilingDeclaration) => void }) {
  const { t, i18n } = useTranslation();
  const language = customsLanguage(i18n.language);
  const set = (change: Partial<FilingDeclaration>) => onChange({ ...value, ...change });
  const setLogistics = (change: Partial<Logistics>) => onChange({ ...value, logistics: { ...value.logistics, ...change } });
  const label = (key: string) => t(`customsDesk.facts.${key}`);
  const codeOptions = (entries: readonly { code: string; zh: string; en: string }[]) => entries.map((entry) => ({ value: entry.code, label: language === 'en' ? entry.en : entry.zh }));
  return (
    <Form layout="vertical" size="small" data-testid="declaration-facts">
      <Row gutter={12}>
        <Col xs={12} md={6}>
          <Form.Item label={label('customsCode')}>
            <Input value={value.customsCode} maxLength={4} onChange={(event) => set({ customsCode: event.target.value.trim() })} data-testid="facts-customs-code" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label={label('portCode')}>
            <Input value={value.portCode} maxLength={4} onChange={(event) => set({ portCode: event.target.value.trim() })} data-testid="facts-port-code" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label={label('exportDate')}>
            <Input type="date" value={value.exportDate} onChange={(event) => set({ exportDate: event.target.value })} data-testid="facts-export-date" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label={label('packages')}>
            <InputNumber min={1} precision={0} value={value.logistics.packages} onChange={(packages) => setLogistics({ packages: packages ?? 1 })} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label={label('carrierCode')}>
            <Input value={value.logistics.carrierCode} maxLength={18} onChange={(event) => setLogistics({ carrierCode: event.target.value.trim() })} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label={label('carrierName')}>
            <Input value={value.logistics.carrierName} maxLength={100} onChange={(event) => setLogistics({ carrierName: event.target.value })} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label={label('trafMode')}>
            <Select value={value.logistics.trafMode} options={codeOptions(TRANSPORT_MODES.entries)} onChange={(trafMode) => setLogistics({ trafMode })} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label={label('wrapType')}>
            <Select value={value.logistics.wrapType} options={codeOptions(WRAP_TYPES.entries)} onChange={(wrapType) => setLogistics({ wrapType })} />
          </Form.Item>
        </Col>
        {value.platform && (
          <Col xs={24} md={12}>
            <Form.Item label={label('platform')}>
              <Input value={value.platform.name} maxLength={100} onChange={(event) => set({ platform: { ...value.platform!, name: event.target.value } })} />
            </Form.Item>
          </Col>
        )}
        <Col xs={24}>
          <Form.Item label={label('statisticsFlag')}>
            <Radio.Group value={value.statisticsFlag} onChange={(event) => set({ statisticsFlag: event.target.value as FilingDeclaration['statisticsFlag'] })}>
              {(['A', 'B'] as const).map((flag) => (
                <Radio key={flag} value={flag} data-testid={`facts-flag-${flag}`}>
                  {renderText(language, statisticsFlagKeys(flag).title)}
                </Radio>
              ))}
            </Radio.Group>
            <Typography.Paragraph type="secondary" style={{ marginTop: 4, marginBottom: 0 }}>
              {renderText(language, statisticsFlagKeys(value.statisticsFlag).explain)}
            </Typography.Paragraph>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
