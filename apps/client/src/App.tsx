import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { AppLayout } from './components/AppLayout.tsx';
import { eraseMerchantDatabase, erasePendingDatabase } from './db/database.ts';
import { catalogueRoutes } from './features/catalogue/routes.tsx';
import { customsRoutes } from './features/customs/routes.tsx';
import { fairRoutes } from './features/fair/routes.tsx';
import { orderDeskRoutes, orderPrintRoutes } from './features/orders/routes.tsx';
import { ParkConsole } from './features/park/ParkConsole.tsx';
import { ProfileScreen } from './features/profile/ProfileScreen.tsx';
import { warehousePrintRoutes, warehouseRoutes } from './features/warehouse/routes.tsx';
import { ConflictsScreen } from './screens/ConflictsScreen.tsx';
import { LockScreen } from './screens/LockScreen.tsx';
import { LoginScreen } from './screens/LoginScreen.tsx';
import { NoticesScreen } from './screens/NoticesScreen.tsx';
import { RevokedScreen } from './screens/RevokedScreen.tsx';
import { SettingsScreen } from './screens/SettingsScreen.tsx';
import type { ConsoleSession, LoginResult } from './session/session.ts';
import { vault, type Unlocked } from './session/vault.ts';
import { WorkspaceProvider } from './workspace.tsx';

const queryClient = new QueryClient();

/** Where the app stands before any screen: nothing open, locked, needs a login, revoked, or open. */
type Gate =
  | { kind: 'starting' }
  | { kind: 'login'; why?: 'expired' | 'offlineTooLong' }
  | { kind: 'locked' }
  | { kind: 'revoked' }
  | { kind: 'console'; session: ConsoleSession }
  | { kind: 'open'; unlocked: Unlocked };

async function initialGate(): Promise<Gate> {
  if (await erasePendingDatabase()) return { kind: 'revoked' };
  const resumed = await vault.resumeTab();
  if (resumed) return { kind: 'open', unlocked: resumed };
  if (!vault.peek()) return { kind: 'login' };
  return vault.offlineTooLong() ? { kind: 'login', why: 'offlineTooLong' } : { kind: 'locked' };
}

export function App() {
  const { i18n } = useTranslation();
  const [gate, setGate] = useState<Gate>({ kind: 'starting' });
  useEffect(() => void initialGate().then(setGate), []);
  const lock = useCallback(() => {
    vault.lock();
    setGate({ kind: 'locked' });
  }, []);
  const sessionExpired = useCallback(() => setGate({ kind: 'login', why: 'expired' }), []);
  const loggedIn = useCallback(async (result: LoginResult) => {
    if (result.kind === 'console') return setGate({ kind: 'console', session: result.session });
    if (result.eraseTenant) await eraseMerchantDatabase(result.eraseTenant);
    setGate({ kind: 'open', unlocked: result.unlocked });
  }, []);

  let screen;
  if (gate.kind === 'starting') screen = <Spin fullscreen />;
  else if (gate.kind === 'login') screen = <LoginScreen why={gate.why} onLogin={loggedIn} />;
  else if (gate.kind === 'locked') screen = <LockScreen onUnlock={(unlocked) => setGate({ kind: 'open', unlocked })} onOtherAccount={() => setGate({ kind: 'login' })} />;
  else if (gate.kind === 'revoked') screen = <RevokedScreen onLogin={() => setGate({ kind: 'login' })} />;
  else if (gate.kind === 'console') screen = <ParkConsole session={gate.session} onLogout={() => setGate({ kind: 'login' })} />;
  else
    screen = (
      <WorkspaceProvider unlocked={gate.unlocked} onSessionExpired={sessionExpired} fallback={<Spin fullscreen />}>
        <BrowserRouter>
          <Routes>
            <Route element={<AppLayout onLock={lock} />}>
              {catalogueRoutes}
              {orderDeskRoutes}
              {warehouseRoutes}
              {customsRoutes}
              <Route path="/notices" element={<NoticesScreen />} />
              <Route path="/conflicts" element={<ConflictsScreen />} />
              <Route path="/profile" element={<ProfileScreen />} />
              <Route path="/settings" element={<SettingsScreen />} />
              <Route path="*" element={<Navigate to="/products" replace />} />
            </Route>
            {fairRoutes}
            {orderPrintRoutes}
            {warehousePrintRoutes}
          </Routes>
        </BrowserRouter>
      </WorkspaceProvider>
    );

  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={{ token: { colorPrimary: '#0b6e4f' } }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>{screen}</QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
