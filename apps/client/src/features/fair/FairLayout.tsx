import { CloseOutlined, ExpandOutlined } from '@ant-design/icons';
import { Badge, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { useSyncSummary } from '../../hooks/useSyncSummary.ts';
import { useRateTable } from '../../hooks/useRateTable.ts';

/** Fair mode: the whole screen for the work, one slim bar, big touch targets; it works a whole day offline. */
export function FairLayout() {
  const { t } = useTranslation();
  const { online, pending, conflicts: conflictCount } = useSyncSummary();
  // Refresh the cached exchange rates whenever fair mode opens with a network.
  useRateTable();
  return (
    <div style={{ minHeight: '100vh', background: '#f3f6f4', fontSize: 16 }} data-testid="fair-mode">
      <div className="no-print" style={{ display: 'flex', alignItems: 'center', gap: 8, padding: '8px 12px', background: '#0b6e4f', color: '#fff', position: 'sticky', top: 0, zIndex: 10 }}>
        <Link to="/fair" style={{ color: '#fff', marginInlineEnd: 'auto', whiteSpace: 'nowrap' }}>
          <Typography.Text strong style={{ color: '#fff', fontSize: 18 }}>
            {t('fair.title')}
          </Typography.Text>
        </Link>
        {/* Status words wrap between items, never inside one. */}
        <div style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'flex-end', columnGap: 8, minWidth: 0, whiteSpace: 'nowrap' }}>
          <Badge
            status={online ? 'success' : 'warning'}
            text={
              <span style={{ color: '#fff' }} data-testid="fair-online">
                {online ? t('sync.online') : t('sync.offline')}
              </span>
            }
          />
          {pending > 0 && <Typography.Text style={{ color: '#fff' }}>{t('fair.waiting', { count: pending })}</Typography.Text>}
          {conflictCount > 0 && (
            <Link to="/conflicts" style={{ color: '#ffccc7' }}>
              {t('sync.conflicts', { count: conflictCount })}
            </Link>
          )}
        </div>
        {document.fullscreenEnabled && (
          <Button
            size="large"
            type="text"
            style={{ color: '#fff', flexShrink: 0 }}
            icon={<ExpandOutlined />}
            aria-label={t('fair.fullScreen')}
            onClick={() => void document.documentElement.requestFullscreen().catch(() => {})}
          />
        )}
        <Link to="/orders" style={{ flexShrink: 0 }} onClick={() => document.fullscreenElement && void document.exitFullscreen()}>
          <Button size="large" icon={<CloseOutlined />} data-testid="fair-exit">
            {t('fair.exit')}
          </Button>
        </Link>
      </div>
      <div style={{ padding: 12, maxWidth: 1000, margin: '0 auto', minWidth: 0 }}>
        <Outlet />
      </div>
    </div>
  );
}
