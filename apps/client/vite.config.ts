import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { extensionsFor } from './platform-extensions.ts';

// The app shell is cached by a service worker so the merchant app opens with no network; the
// desktop shell serves the app from disk and needs none.
const pwa = () =>
  VitePWA({
    registerType: 'autoUpdate',
    injectRegister: false,
    includeAssets: ['icon.svg'],
    manifest: {
      name: '信风 Tradewind',
      short_name: '信风',
      description: '产业带出口商家的离线优先工作台 · Offline-first workspace for cluster exporters',
      lang: 'zh-CN',
      theme_color: '#0b6e4f',
      background_color: '#ffffff',
      display: 'standalone',
      icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,woff2}'],
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/^\/api\//],
    },
  });

/** `vite build` makes the browser/PWA app (dist); `vite build --mode electron` the desktop shell's (dist-electron). */
export default defineConfig(({ mode }) => {
  const electron = mode === 'electron';
  return {
    resolve: { extensions: extensionsFor(electron ? 'electron' : 'web') },
    plugins: [react(), ...(electron ? [] : [pwa()])],
    server: { proxy: { '/api': 'http://127.0.0.1:8787' } },
    build: { chunkSizeWarningLimit: 4000, outDir: electron ? 'dist-electron' : 'dist' },
  };
});
