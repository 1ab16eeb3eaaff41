import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerSW } from 'virtual:pwa-register';
import { App } from './App.tsx';
import './i18n/index.ts';
import { platform } from './platform/index.ts';

// The desktop shell serves the app from disk; only the browser/PWA build needs the offline cache.
if (platform.kind === 'web') registerSW({ immediate: true });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
