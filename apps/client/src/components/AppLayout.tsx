import { Button, Layout, Menu, Segmented, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { setLanguage, type Language } from '../i18n/index.ts';
import { useWorkspace } from '../workspace.tsx';
import { SyncBar } from './SyncBar.tsx';

export function AppLayout({ onLock }: { onLock: () => void }) {
  const { t, i18n } = useTranslation();
  const { profile } = useWorkspace();
  const navigate = useNavigate();
  const section = '/' + (useLocation().pathname.split('/')[1] ?? '');
  const items = [
    { key: '/products', label: t('nav.products') },
    { key: '/listings', label: t('catalogue.nav.listings') },
    { key: '/orders', label: t('nav.orders') },
    { key: '/fair', label: t('fair.nav') },
    { key: '/filings', label: t('nav.filings') },
    { key: '/notices', label: t('nav.notices') },
    { key: '/profile', label: t('nav.profile') },
    { key: '/settings', label: t('nav.settings') },
  ];
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, paddingInline: 16, flexWrap: 'wrap', height: 'auto' }}>
        <Typography.Title level={4} style={{ color: '#fff', margin: 0 }}>
          {t('app.name')}
        </Typography.Title>
        <Menu theme="dark" mode="horizontal" selectedKeys={[section]} items={items} onClick={({ key }) => navigate(key)} style={{ flex: 1, minWidth: 200 }} />
        <Space>
          <Typography.Text style={{ color: '#fff' }} data-testid="tenant-name">
            {profile.tenant.name} · {profile.user.displayName}
          </Typography.Text>
          <Segmented
            size="small"
            value={i18n.language}
            options={[
              { label: t('language.zh'), value: 'zh-CN' },
              { label: t('language.en'), value: 'en' },
            ]}
            onChange={(value) => setLanguage(value as Language)}
          />
          <Button size="small" onClick={onLock} data-testid="lock">
            {t('nav.lock')}
          </Button>
        </Space>
      </Layout.Header>
      <SyncBar />
      <Layout.Content style={{ padding: 16 }}>
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
