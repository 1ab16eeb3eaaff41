import type { LogoutResponse } from '@tradewind/contract';
import { Button, Layout, Menu, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import type { ConsoleSession } from '../../session/session.ts';
import { AlertsScreen } from './AlertsScreen.tsx';
import { AnnouncementsScreen } from './AnnouncementsScreen.tsx';
import { ConsoleTransportProvider, useConsoleTransport } from './console-transport.tsx';
import { CreditScreen } from './CreditScreen.tsx';
import { DashboardScreen } from './DashboardScreen.tsx';
import { DirectoryScreen } from './DirectoryScreen.tsx';
import { RegistrationsScreen } from './RegistrationsScreen.tsx';

const SECTIONS = [
  { key: 'dashboard', element: <DashboardScreen /> },
  { key: 'alerts', element: <AlertsScreen /> },
  { key: 'credit', element: <CreditScreen /> },
  { key: 'announcements', element: <AnnouncementsScreen /> },
  { key: 'registrations', element: <RegistrationsScreen /> },
  { key: 'directory', element: <DirectoryScreen /> },
] as const;

/** The park administrator's console: statistics, alerts, credit, announcements, registrations, directory. Online only, nothing stored. */
export function ParkConsole({ session, onLogout }: { session: ConsoleSession; onLogout: () => void }) {
  return (
    <ConsoleTransportProvider session={session} onLogout={onLogout}>
      <BrowserRouter>
        <ConsoleLayout session={session} onLogout={onLogout} />
      </BrowserRouter>
    </ConsoleTransportProvider>
  );
}

function ConsoleLayout({ session, onLogout }: { session: ConsoleSession; onLogout: () => void }) {
  const { t } = useTranslation();
  const transport = useConsoleTransport();
  const navigate = useNavigate();
  const section = useLocation().pathname.split('/')[2] ?? 'dashboard';
  // Ends this device's session on the platform too (its refresh token stops working); leaving works offline regardless.
  const logout = () => {
    void transport.json<LogoutResponse>('/api/auth/logout', { method: 'POST' }).catch(() => {});
    onLogout();
  };
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 16 }}>
        <Typography.Title level={4} style={{ color: '#fff', margin: 0, whiteSpace: 'nowrap' }}>
          {t('console.title')}
        </Typography.Title>
        <Menu
          theme="dark"
          mode="horizontal"
          selectedKeys={[section]}
          style={{ flex: 1, minWidth: 0 }}
          items={SECTIONS.map(({ key }) => ({ key, label: <span data-testid={`park-nav-${key}`}>{t(`park.nav.${key}`)}</span> }))}
          onClick={({ key }) => void navigate(`/park/${key}`)}
        />
        <Space>
          <Typography.Text style={{ color: '#fff' }}>{session.user.displayName}</Typography.Text>
          <Button size="small" onClick={logout}>
            {t('console.logout')}
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 16 }}>
        <Routes>
          {SECTIONS.map(({ key, element }) => (
            <Route key={key} path={`/park/${key}`} element={element} />
          ))}
          <Route path="*" element={<Navigate to="/park/dashboard" replace />} />
        </Routes>
      </Layout.Content>
    </Layout>
  );
}
