import type { ParkFigure, ParkStatistics, ParkStatisticsQuery } from '@tradewind/contract';
import { Button, Card, Col, Empty, Input, Row, Segmented, Space, Statistic, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConsoleAction, useConsoleQuery, useConsoleTransport } from './console-transport.tsx';
import { DrillTable, statisticsSearch } from './DrillTable.tsx';
import { downloadStatisticsWorkbook } from './excel-export.ts';
import { ExportChart } from './ExportChart.tsx';
import { CHART_DIMENSIONS, useFigureLabel, useMoney, type ChartDimension } from './figure-labels.ts';
import { DataTable } from '../../components/DataTable.tsx';

/** The month's exports by cluster, customs mode or market, drillable to the merchants, exportable to Excel. */
export function DashboardScreen() {
  const { t, i18n } = useTranslation();
  const transport = useConsoleTransport();
  const labelOf = useFigureLabel();
  const money = useMoney();
  const [month, setMonth] = useState(() => new Date().toISOString().slice(0, 7));
  const [excludeSandboxes, setExcludeSandboxes] = useState(false);
  const [dimension, setDimension] = useState<ChartDimension>('cluster');
  const [picked, setPicked] = useState<string | null>(null);
  const query: ParkStatisticsQuery = { from: month, to: month, excludeSandboxes };
  const statistics = useConsoleQuery<ParkStatistics>(['park', 'statistics', query], `/api/park/statistics?${statisticsSearch(query)}`);
  const excel = useConsoleAction({
    mutationFn: () => downloadStatisticsWorkbook(transport, query, i18n.language),
    said: (file) => t('park.dashboard.exported', { file }),
  });
  const figures = statistics.data?.exports[dimension] ?? [];
  const declarations = statistics.data?.declarations;
  const pick = (key: string) => setPicked(key);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="dashboard-title">
          {t('park.dashboard.title', { month })}
        </Typography.Title>
        <Input
          type="month"
          value={month}
          onChange={(event) => /^\d{4}-\d{2}$/.test(event.target.value) && (setMonth(event.target.value), setPicked(null))}
          aria-label={t('park.dashboard.month')}
          style={{ width: 160 }}
          data-testid="dashboard-month"
        />
        <Segmented<ChartDimension>
          value={dimension}
          onChange={(value) => (setDimension(value), setPicked(null))}
          options={CHART_DIMENSIONS.map((value) => ({ value, label: <span data-testid={`dimension-${value}`}>{t(`park.dimensions.${value}`)}</span> }))}
        />
        <Space>
          <Switch checked={excludeSandboxes} onChange={setExcludeSandboxes} size="small" data-testid="exclude-sandboxes" />
          {t('park.dashboard.excludeSandboxes')}
        </Space>
        <Button onClick={() => excel.mutate()} loading={excel.isPending} data-testid="dashboard-excel">
          {t('park.dashboard.excel')}
        </Button>
      </Space>
      <Row gutter={[12, 12]}>
        <Col xs={12} md={4}>
          <Statistic title={t('park.dashboard.exportValue')} value={money(statistics.data?.exports.total.valueUsd ?? null, 'USD')} data-testid="stat-total" />
        </Col>
        <Col xs={12} md={4}>
          <Statistic title={t('park.dashboard.orders')} value={statistics.data?.exports.total.orders ?? 0} />
        </Col>
        <Col xs={12} md={4}>
          <Statistic title={t('park.dashboard.activeMerchants')} value={statistics.data?.merchants.active ?? 0} />
        </Col>
        <Col xs={12} md={4}>
          <Statistic title={t('park.dashboard.newRegistrations')} value={statistics.data?.merchants.newRegistrations ?? 0} />
        </Col>
        <Col xs={12} md={4}>
          <Statistic title={t('park.dashboard.rejectionRate')} value={declarations?.rejectionRate == null ? t('park.dashboard.none') : `${(declarations.rejectionRate * 100).toFixed(1)} %`} />
        </Col>
        <Col xs={12} md={4}>
          <Statistic
            title={t('park.dashboard.medianClearance')}
            value={declarations?.medianClearanceHours == null ? t('park.dashboard.none') : t('park.dashboard.hours', { hours: declarations.medianClearanceHours.toFixed(1) })}
          />
        </Col>
      </Row>
      <Card size="small" loading={statistics.isLoading} extra={statistics.data?.ratesDate ? t('park.dashboard.ratesDate', { date: statistics.data.ratesDate }) : t('park.dashboard.noRates')}>
        {figures.length === 0 ? (
          <Empty description={t('park.dashboard.empty')} />
        ) : (
          <>
            <Typography.Text type="secondary">{t('park.dashboard.drillHint')}</Typography.Text>
            <ExportChart figures={figures} labelOf={(key) => labelOf(dimension, key)} onPick={pick} />
            <DataTable<ParkFigure>
              rowKey="key"
              dataSource={figures}
              onRow={(row) => ({ onClick: () => pick(row.key), style: { cursor: 'pointer' }, 'data-testid': `figure-${row.key}` }) as never}
              columns={[
                { title: t(`park.dimensions.${dimension}`), dataIndex: 'key', render: (key: string) => labelOf(dimension, key) },
                { title: t('park.dashboard.orders'), dataIndex: 'orders', align: 'right' },
                { title: t('park.dashboard.merchants'), dataIndex: 'merchants', align: 'right' },
                { title: t('park.dashboard.exportValue'), dataIndex: 'valueUsd', align: 'right', render: (usd: number | null) => money(usd, 'USD') },
              ]}
            />
          </>
        )}
      </Card>
      {picked !== null && <DrillTable query={query} dimension={dimension} pickedKey={picked} label={labelOf(dimension, picked)} onClose={() => setPicked(null)} />}
    </Space>
  );
}
