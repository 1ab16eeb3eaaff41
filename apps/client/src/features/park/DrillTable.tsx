import type { ParkDrillDown, ParkDrillRow, ParkStatisticsQuery } from '@tradewind/contract';
import { Button, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useClusterName } from '../../screens/clusters.ts';
import { useConsoleQuery } from './console-transport.tsx';
import { useMoney, type ChartDimension } from './figure-labels.ts';
import { DataTable } from '../../components/DataTable.tsx';

export const statisticsSearch = (query: ParkStatisticsQuery, extra: Record<string, string> = {}) =>
  new URLSearchParams({ ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}), excludeSandboxes: String(query.excludeSandboxes ?? false), ...extra }).toString();

/** The merchants behind one bar: their orders, export value and declarations in the same period. */
export function DrillTable({ query, dimension, pickedKey, label, onClose }: { query: ParkStatisticsQuery; dimension: ChartDimension; pickedKey: string; label: string; onClose: () => void }) {
  const { t } = useTranslation();
  const money = useMoney();
  const clusterName = useClusterName();
  const drill = useConsoleQuery<ParkDrillDown>(
    ['park', 'drill', query, dimension, pickedKey],
    `/api/park/statistics/merchants?${statisticsSearch(query, { figure: 'exports', dimension, key: pickedKey })}`,
  );
  return (
    <Card
      size="small"
      title={t('park.dashboard.drillTitle', { figure: label })}
      extra={
        <Button size="small" onClick={onClose}>
          {t('park.dashboard.drillClose')}
        </Button>
      }
      data-testid="drill-down"
    >
      <DataTable<ParkDrillRow>
        rowKey="tenantId"
        scroll={{ x: true }}
        loading={drill.isLoading}
        dataSource={drill.data?.rows ?? []}
        testIdOf={(row) => `drill-row-${row.tenantId}`}
        columns={[
          { title: t('register.companyName'), dataIndex: 'name' },
          { title: t('register.cluster'), dataIndex: 'cluster', render: clusterName },
          { title: t('park.dashboard.orders'), dataIndex: 'orders', align: 'right' },
          { title: t('park.dashboard.exportValue'), dataIndex: 'valueUsd', align: 'right', render: (usd: number | null) => money(usd, 'USD') },
          { title: t('park.dashboard.declarations'), dataIndex: 'declarations', align: 'right' },
          { title: t('park.dashboard.rejected'), dataIndex: 'rejected', align: 'right' },
        ]}
      />
    </Card>
  );
}
