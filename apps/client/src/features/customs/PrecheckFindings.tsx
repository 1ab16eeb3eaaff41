import { renderIssue, type FilingPrecheck, type PrecheckIssue } from '@tradewind/customs';
import type { OrderDoc, ProductDoc } from '@tradewind/domain';
import { Alert, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useProducts } from '../orders/data.ts';
import { customsLanguage } from './customs-language.ts';
import { HsCodeFix } from './HsCodeFix.tsx';

const SEVERITY_COLOURS: Record<PrecheckIssue['severity'], string> = { error: 'error', warning: 'warning', info: 'default' };
const HS_ISSUES = new Set(['hsMissing', 'hsFormat', 'hsChapter']);

const productOfLine = (order: OrderDoc, found: PrecheckIssue, products: ProductDoc[]) => {
  const line = order.lines.find((candidate) => candidate.id === found.line?.id);
  return line && products.find((product) => product.id === line.productId);
};

/** What the pre-check found, order by order, in the merchant's language, each with its fix in place or a link to it. */
export function PrecheckFindings({ precheck }: { precheck: FilingPrecheck | null }) {
  const { t, i18n } = useTranslation();
  const products = useProducts() ?? [];
  if (!precheck) return null;
  if ('missingRate' in precheck) return <Alert type="error" showIcon title={t('customsDesk.precheck.noRate', { currency: precheck.missingRate })} data-testid="precheck-no-rate" />;
  const language = customsLanguage(i18n.language);
  const findings = precheck.orders.flatMap(({ order, issues }) => issues.filter((found) => found.severity !== 'info').map((found) => ({ order, found })));
  const errors = findings.filter(({ found }) => found.severity === 'error').length;
  const aboveLimit = precheck.orders.filter((entry) => entry.route === 'customs_declaration');
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Alert
        type={precheck.ok ? 'success' : 'error'}
        showIcon
        title={precheck.ok ? t('customsDesk.precheck.passed') : t('customsDesk.precheck.failed', { count: errors })}
        data-testid="precheck-summary"
      />
      {aboveLimit.map(({ order }) => (
        <Alert key={order.id} type="info" showIcon title={t('customsDesk.precheck.route.customs_declaration', { orderNo: order.number })} />
      ))}
      {findings.length > 0 && (
        <List
          size="small"
          bordered
          dataSource={findings}
          renderItem={({ order, found }) => {
            const text = renderIssue(found, language);
            const product = productOfLine(order, found, products);
            return (
              <List.Item data-testid={`finding-${order.number}-${found.code}`}>
                <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                  <Space wrap>
                    <Tag color={SEVERITY_COLOURS[found.severity]}>{t(`customsDesk.precheck.${found.severity}`)}</Tag>
                    <Typography.Text strong>{order.number}</Typography.Text>
                    <Typography.Text>{text.problem}</Typography.Text>
                  </Space>
                  <Typography.Text type="secondary">{text.fix}</Typography.Text>
                  {product && HS_ISSUES.has(found.code) && <HsCodeFix product={product} />}
                  {product && !HS_ISSUES.has(found.code) && <Link to={`/products/${product.id}`}>{t('customsDesk.hsFix.open')}</Link>}
                </Space>
              </List.Item>
            );
          }}
        />
      )}
    </Space>
  );
}
