import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useClusterName } from '../../screens/clusters.ts';

/** The columns that say which company a row is: its registered name, USCC and cluster. */
export function useCompanyColumns<Row extends { name: string; uscc: string | null; cluster: string }>(): TableColumnsType<Row> {
  const { t } = useTranslation();
  const clusterName = useClusterName();
  return [
    { title: t('register.companyName'), dataIndex: 'name' },
    { title: t('register.uscc'), dataIndex: 'uscc' },
    { title: t('register.cluster'), dataIndex: 'cluster', render: clusterName },
  ];
}
