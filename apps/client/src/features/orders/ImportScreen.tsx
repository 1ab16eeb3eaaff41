import { CURRENCIES, parseMarketplaceReport, UnknownReportError, type ParsedReport } from '@tradewind/domain';
import { Alert, Button, Card, Descriptions, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useWorkspace } from '../../workspace.tsx';
import { useProducts } from './data.ts';
import { importReport, type ImportResult } from '../../stores/order-store.ts';

/** Imports the order reports of Amazon, AliExpress and Shopee; the same file twice adds nothing twice. */
export function ImportScreen() {
  const { t } = useTranslation();
  const { store, profile } = useWorkspace();
  const products = useProducts();
  const [shopCurrency, setShopCurrency] = useState('BRL');
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  let report: ParsedReport | null = null;
  if (file) {
    try {
      report = parseMarketplaceReport(file.text, { fallbackCurrency: shopCurrency });
    } catch (problem) {
      if (!(problem instanceof UnknownReportError)) throw problem;
    }
  }
  const choose = async (chosen: File | undefined) => {
    setResult(null);
    setError(null);
    setFile(chosen ? { name: chosen.name, text: await chosen.text() } : null);
  };
  const run = async () => {
    if (!report) return;
    setBusy(true);
    try {
      setResult(await importReport(store, profile.numberPrefix, report, products ?? []));
    } catch (problem) {
      setError(String(problem));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 760 }} size="middle">
      <Link to="/orders">← {t('orderDesk.back')}</Link>
      <Typography.Title level={3}>{t('orderDesk.importTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('orderDesk.importExplain')}</Typography.Paragraph>
      <Card size="small">
        <Space orientation="vertical" style={{ width: '100%' }}>
          <input type="file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain" onChange={(e) => void choose(e.target.files?.[0])} data-testid="import-file" />
          <Space>
            <Typography.Text>{t('orderDesk.shopCurrency')}</Typography.Text>
            <Select value={shopCurrency} onChange={setShopCurrency} style={{ width: 100 }} options={CURRENCIES.map((c) => ({ value: c, label: c }))} />
          </Space>
          {file && !report && <Alert type="error" showIcon title={t('orderDesk.importUnknown', { name: file.name })} data-testid="import-unknown" />}
          {report && (
            <Descriptions size="small" bordered column={1} data-testid="import-preview">
              <Descriptions.Item label={t('orders.channel')}>{t(`orders.channels.${report.channel}`)}</Descriptions.Item>
              <Descriptions.Item label={t('orderDesk.importOrders')}>{report.orders.length}</Descriptions.Item>
              {report.skipped.length > 0 && (
                <Descriptions.Item label={t('orderDesk.importSkipped')}>{report.skipped.map((s) => `${s.row}: ${t(`orderDesk.skipReasons.${s.reason}`)}`).join('; ')}</Descriptions.Item>
              )}
            </Descriptions>
          )}
          <Button type="primary" disabled={!report || report.orders.length === 0 || !products} loading={busy} onClick={run} data-testid="import-run">
            {t('orderDesk.importRun')}
          </Button>
          {result && <Alert type="success" showIcon title={t('orderDesk.importDone', { ...result })} data-testid="import-result" />}
          {error && <Alert type="error" showIcon title={error} />}
        </Space>
      </Card>
    </Space>
  );
}
