import { LockOutlined } from '@ant-design/icons';
import { Badge, Button, Grid, Layout, Menu, Segmented, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useUnreadNotices } from '../hooks/useUnreadNotices.ts';
import { setLanguage, type Language } from '../i18n/index.ts';
import { useWorkspace } from '../workspace.tsx';
import { SyncBar } from './SyncBar.tsx';

export function AppLayout({ onLock }: { onLock: () => void }) {
  const { t, i18n } = useTranslation();
  const { profile } = useWorkspace();
  // On a phone the header keeps one row: the menu folds into "…", the account name goes.
  const wide = Grid.useBreakpoint().md ?? true;
  const unread = useUnreadNotices();
  const navigate = useNavigate();
  const section = '/' + (useLocation().pathname.split('/')[1] ?? '');
  const items = [
    { key: '/products', label: t('nav.products') },
    { key: '/listings', label: t('catalogue.nav.listings') },
    { key: '/orders', label: t('nav.orders') },
    { key: '/fair', label: t('fair.nav') },
    { key: '/stock', label: t('warehouse.nav.stock') },
    { key: '/shipments', label: t('warehouse.nav.shipments') },
    { key: '/replenishment', label: t('warehouse.nav.replenishment') },
    { key: '/warehouse-accounts', label: t('warehouse.nav.accounts') },
    { key: '/customs', label: t('customsDesk.nav') },
    {
      key: '/notices',
      label: (
        <span aria-label={t('nav.noticesUnread', { count: unread })}>
          {t('nav.notices')} <Badge count={unread} size="small" offset={[2, -2]} data-testid="notices-unread" />
        </span>
      ),
    },
    { key: '/profile', label: t('nav.profile') },
    { key: '/settings', label: t('nav.settings') },
  ];
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: wide ? 16 : 8, paddingInline: wide ? 16 : 8, height: 48, lineHeight: '48px' }}>
        <Typography.Title level={wide ? 4 : 5} style={{ color: '#fff', margin: 0, whiteSpace: 'nowrap' }}>
          {t('app.name')}
        </Typography.Title>
        <Menu theme="dark" mode="horizontal" selectedKeys={[section]} items={items} onClick={({ key }) => navigate(key)} style={{ flex: 1, minWidth: 0 }} />
        <Space size={wide ? 'middle' : 4}>
          {wide && (
            <Typography.Text style={{ color: '#fff', whiteSpace: 'nowrap' }} data-testid="tenant-name">
              {profile.tenant.name} · {profile.user.displayName}
            </Typography.Text>
          )}
          <Segmented
            size="small"
            value={i18n.language}
            options={[
              { label: wide ? t('language.zh') : '中', value: 'zh-CN' },
              { label: wide ? t('language.en') : 'EN', value: 'en' },
            ]}
            onChange={(value) => setLanguage(value as Language)}
          />
          <Button size="small" onClick={onLock} icon={wide ? undefined : <LockOutlined />} aria-label={t('nav.lock')} data-testid="lock">
            {wide && t('nav.lock')}
          </Button>
        </Space>
      </Layout.Header>
      <SyncBar />
      <Layout.Content style={{ padding: wide ? 16 : 8, minWidth: 0 }}>
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
