import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { AppLayout } from './components/AppLayout.tsx';
import { ConflictsScreen } from './screens/ConflictsScreen.tsx';
import { LoginScreen } from './screens/LoginScreen.tsx';
import { NewOrderScreen } from './screens/NewOrderScreen.tsx';
import { NoticesScreen } from './screens/NoticesScreen.tsx';
import { NewProductScreen, ProductDetailScreen } from './screens/ProductDetailScreen.tsx';
import { OrdersScreen } from './screens/OrdersScreen.tsx';
import { ProductsScreen } from './screens/ProductsScreen.tsx';
import { clearSession, loadSession, type Session } from './session/session.ts';
import { WorkspaceProvider } from './workspace.tsx';

const queryClient = new QueryClient();

export function App() {
  const { i18n } = useTranslation();
  const [session, setSession] = useState<Session | null>(loadSession);
  const logout = useCallback(() => {
    clearSession();
    setSession(null);
  }, []);
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={{ token: { colorPrimary: '#0b6e4f' } }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          {session ? (
            <WorkspaceProvider session={session} onExpired={logout} fallback={<Spin fullscreen />}>
              <BrowserRouter>
                <Routes>
                  <Route element={<AppLayout onLogout={logout} />}>
                    <Route path="/products" element={<ProductsScreen />} />
                    <Route path="/products/new" element={<NewProductScreen />} />
                    <Route path="/products/:id" element={<ProductDetailScreen />} />
                    <Route path="/orders" element={<OrdersScreen />} />
                    <Route path="/orders/new" element={<NewOrderScreen />} />
                    <Route path="/notices" element={<NoticesScreen />} />
                    <Route path="/conflicts" element={<ConflictsScreen />} />
                    <Route path="*" element={<Navigate to="/products" replace />} />
                  </Route>
                </Routes>
              </BrowserRouter>
            </WorkspaceProvider>
          ) : (
            <LoginScreen onLogin={setSession} />
          )}
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
