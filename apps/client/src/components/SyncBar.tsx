import { CloudOutlined, CloudSyncOutlined, DisconnectOutlined, WarningOutlined } from '@ant-design/icons';
import { Button, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSyncSummary } from '../hooks/useSyncSummary.ts';
import { useWorkspace } from '../workspace.tsx';

/** Always visible: connection, changes waiting, last sync, errors and conflicts to review. */
export function SyncBar() {
  const { t, i18n } = useTranslation();
  const { sync } = useWorkspace();
  const status = useSyncSummary();
  const { online, pending } = status;
  const errorText = status.error && (t(`sync.error.${status.error}`, { defaultValue: '' }) || t('sync.error.other', { code: status.error }));
  const lastSync = status.lastSyncAt ? t('sync.lastSync', { time: new Date(status.lastSyncAt).toLocaleTimeString(i18n.language) }) : t('sync.never');

  return (
    <Space wrap size="middle" data-testid="sync-bar" style={{ padding: '6px 16px', background: online ? '#f0faf5' : '#fff7e6', width: '100%' }}>
      <Tag data-testid="sync-online" color={online ? 'green' : 'orange'} icon={online ? <CloudOutlined /> : <DisconnectOutlined />}>
        {online ? t('sync.online') : status.networkUp ? t('sync.connecting') : t('sync.offline')}
      </Tag>
      <Typography.Text data-testid="sync-pending">{pending > 0 ? t('sync.pending', { count: pending }) : online && status.syncing ? t('sync.syncing') : t('sync.allSynced')}</Typography.Text>
      <Typography.Text type="secondary" data-testid="sync-last">
        {lastSync}
      </Typography.Text>
      {errorText && !online && (
        <Typography.Text type="warning" data-testid="sync-error">
          {errorText}
        </Typography.Text>
      )}
      {status.conflicts > 0 && (
        <Link to="/conflicts" data-testid="sync-conflicts">
          <Tag color="red" icon={<WarningOutlined />}>
            {t('sync.conflicts', { count: status.conflicts })}
          </Tag>
        </Link>
      )}
      <Button size="small" icon={<CloudSyncOutlined />} onClick={() => sync.syncNow()}>
        {t('sync.syncNow')}
      </Button>
    </Space>
  );
}
