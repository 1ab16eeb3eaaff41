import { isoDate, newId, planCatalogueImport, type ImportPlan, type ImportProblem, type ListingDoc, type ProductDoc } from '@tradewind/domain';
import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Progress, Result, Space, Statistic, Tag, Typography, Upload } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useWorkspace } from '../../workspace.tsx';
import type { WorkerMessage, WorkerRequest } from './spreadsheets/import-worker-protocol.ts';
import { platform } from '../../platform';
import { writeImportPlan } from '../../stores/catalogue-import-store.ts';
import { DataTable } from '../../components/DataTable.tsx';

type Parsed = Extract<WorkerMessage, { type: 'parsed' }>;
type Stage =
  | { kind: 'idle' }
  | { kind: 'reading'; percent: number; phase: string }
  | { kind: 'failed'; code: string; detail: string }
  | { kind: 'preview'; parsed: Parsed; file: string }
  | { kind: 'writing'; percent: number }
  | { kind: 'done'; written: number };

function problemRows(problems: readonly ImportProblem[]): { key: string; sheet: string; row: number; problems: ImportProblem[]; severity: ImportProblem['severity'] }[] {
  const byRow = new Map<string, ImportProblem[]>();
  for (const problem of problems) byRow.set(`${problem.sheet}:${problem.row}`, [...(byRow.get(`${problem.sheet}:${problem.row}`) ?? []), problem]);
  return [...byRow.entries()].map(([key, list]) => ({ key, sheet: list[0]!.sheet, row: list[0]!.row, problems: list, severity: list.some((p) => p.severity === 'error') ? 'error' : 'warning' }));
}

/** Import of products, variants and listings from .xlsx or .csv: checked in a worker, previewed, written only when accepted. */
export function ImportScreen() {
  const { t } = useTranslation();
  const { db, store } = useWorkspace();
  const { message } = App.useApp();
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const worker = useRef<Worker | null>(null);

  const read = (file: File) => {
    worker.current?.terminate();
    const next = new Worker(new URL('./spreadsheets/import.worker.ts', import.meta.url), { type: 'module' });
    worker.current = next;
    setStage({ kind: 'reading', percent: 0, phase: 'reading' });
    next.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
      if (data.type === 'progress') setStage({ kind: 'reading', percent: data.total ? Math.round((data.done / data.total) * 100) : 0, phase: data.phase });
      else if (data.type === 'failed') setStage({ kind: 'failed', code: data.code, detail: data.detail });
      else setStage({ kind: 'preview', parsed: data, file: file.name });
      if (data.type !== 'progress') next.terminate();
    };
    next.onerror = (event) => {
      setStage({ kind: 'failed', code: 'unreadable', detail: event.message || 'worker failed' });
      next.terminate();
    };
    next.postMessage({ file } satisfies WorkerRequest);
    return false;
  };

  const plan = useCallback(
    async (parsed: Parsed, includeWarnings: boolean): Promise<ImportPlan> => {
      const products = (await db.products.find().exec()).map((doc) => doc.toJSON() as ProductDoc);
      const listings = (await db.listings.find().exec()).map((doc) => doc.toJSON() as ListingDoc);
      return planCatalogueImport(parsed, { products, listings }, { includeWarnings, now: platform.now().toISOString(), asOf: isoDate(platform.now()), newId });
    },
    [db],
  );

  const accept = async (parsed: Parsed, includeWarnings: boolean) => {
    const result = await plan(parsed, includeWarnings);
    setStage({ kind: 'writing', percent: 0 });
    try {
      const written = await writeImportPlan(store, result, (done, total) => setStage({ kind: 'writing', percent: total ? Math.round((done / total) * 100) : 100 }));
      setStage({ kind: 'done', written });
      if (result.problems.length > 0) void message.warning(t('catalogue.import.listingsSkipped', { count: result.problems.length }));
    } catch (error) {
      setStage({ kind: 'failed', code: 'unreadable', detail: (error as Error).message });
    }
  };

  const describe = (problem: ImportProblem) => t(`catalogue.import.problem.${problem.code}`, { ...problem.params, column: problem.column ?? '', defaultValue: problem.code });

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Link to="/products">← {t('products.back')}</Link>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('catalogue.import.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('catalogue.import.explain')}</Typography.Paragraph>
      {(stage.kind === 'idle' || stage.kind === 'failed' || stage.kind === 'done') && (
        <Upload.Dragger accept=".xlsx,.csv" showUploadList={false} beforeUpload={read} data-testid="import-drop">
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p>{t('catalogue.import.drop')}</p>
        </Upload.Dragger>
      )}
      {stage.kind === 'failed' && <Alert type="error" showIcon title={t(`catalogue.import.failed.${stage.code}`, { detail: stage.detail })} data-testid="import-failed" />}
      {stage.kind === 'reading' && <Progress percent={stage.percent} status="active" format={(percent) => `${t(`catalogue.import.phase.${stage.phase}`)} ${percent}%`} data-testid="import-progress" />}
      {stage.kind === 'writing' && <Progress percent={stage.percent} status="active" format={(percent) => `${t('catalogue.import.phase.writing')} ${percent}%`} data-testid="import-progress" />}
      {stage.kind === 'done' && (
        <Result status="success" title={t('catalogue.import.done', { count: stage.written })} data-testid="import-done" extra={<Link to="/products">{t('products.back')}</Link>} />
      )}
      {stage.kind === 'preview' && <Preview parsed={stage.parsed} file={stage.file} describe={describe} plan={plan} onAccept={accept} onCancel={() => setStage({ kind: 'idle' })} />}
    </Space>
  );
}

function Preview({
  parsed,
  file,
  describe,
  plan,
  onAccept,
  onCancel,
}: {
  parsed: Parsed;
  file: string;
  describe: (p: ImportProblem) => string;
  plan: (parsed: Parsed, includeWarnings: boolean) => Promise<ImportPlan>;
  onAccept: (parsed: Parsed, includeWarnings: boolean) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const rows = problemRows(parsed.problems);
  const failed = rows.filter((row) => row.severity === 'error');
  const warned = rows.filter((row) => row.severity === 'warning');
  const [summary, setSummary] = useState<ImportPlan | null>(null);
  useEffect(() => void plan(parsed, true).then(setSummary), [parsed, plan]);
  return (
    <Card title={file} data-testid="import-preview">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space wrap size="large" data-testid="import-summary">
          <Statistic title={t('catalogue.import.rows')} value={parsed.rowCount} />
          <Statistic title={t('catalogue.import.errorRows')} value={failed.length} valueStyle={{ color: failed.length ? '#cf1322' : undefined }} data-testid="import-error-count" />
          <Statistic title={t('catalogue.import.warningRows')} value={warned.length} data-testid="import-warning-count" />
          {summary && <Statistic title={t('catalogue.import.new')} value={summary.creates.length + summary.listingCreates.length} data-testid="import-new-count" />}
          {summary && <Statistic title={t('catalogue.import.changed')} value={summary.updates.length + summary.listingUpdates.length} data-testid="import-changed-count" />}
          {summary && <Statistic title={t('catalogue.import.unchanged')} value={summary.unchanged} data-testid="import-unchanged-count" />}
        </Space>
        {rows.length > 0 && (
          <DataTable
            rowKey="key"
            dataSource={rows}
            pageSize={20}
            onRow={(row) => ({ 'data-testid': `import-problem-row-${row.sheet}-${row.row}`, 'data-severity': row.severity }) as never}
            columns={[
              { title: t('catalogue.import.sheet'), dataIndex: 'sheet', render: (sheet: string) => t(`catalogue.import.sheets.${sheet}`) },
              { title: t('catalogue.import.row'), dataIndex: 'row' },
              { title: '', dataIndex: 'severity', render: (severity: string) => <Tag color={severity === 'error' ? 'red' : 'orange'}>{t(`catalogue.import.severity.${severity}`)}</Tag> },
              {
                title: t('catalogue.import.problems'),
                dataIndex: 'problems',
                render: (problems: ImportProblem[]) =>
                  problems.map((problem, i) => (
                    <div key={i}>
                      {problem.column && <Typography.Text code>{problem.column}</Typography.Text>} {describe(problem)}
                    </div>
                  )),
              },
            ]}
          />
        )}
        <Alert type="info" showIcon title={t('catalogue.import.nothingYet')} />
        <Space wrap>
          <Button type="primary" onClick={() => onAccept(parsed, false)} data-testid="import-accept-valid">
            {t('catalogue.import.acceptValid', { count: parsed.products.length + parsed.listings.length - warned.length })}
          </Button>
          {warned.length > 0 && (
            <Button onClick={() => onAccept(parsed, true)} data-testid="import-accept-all">
              {t('catalogue.import.acceptAll', { count: parsed.products.length + parsed.listings.length })}
            </Button>
          )}
          <Button onClick={onCancel} data-testid="import-cancel">
            {t('products.cancel')}
          </Button>
        </Space>
      </Space>
    </Card>
  );
}
