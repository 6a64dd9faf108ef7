import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Vendor groups kept apart so no single chunk is huge; feature pages are split by lazy routes. */
const vendorGroups = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/ },
  { name: 'antd-icons', test: /node_modules[\\/]@ant-design[\\/]icons/ },
  { name: 'antd-base', test: /node_modules[\\/](@ant-design|@rc-component|@babel|clsx)[\\/]/ },
  { name: 'antd', test: /node_modules[\\/]antd[\\/]/ },
  { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next|dayjs)[\\/]/ },
  { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
];

/** The staff console: built to `dist/`, served by the Fastify server; `/api` is proxied in dev. */
export default defineConfig({
  base: '/',
  plugins: [react()],
  server: { proxy: { '/api': 'http://localhost:3000', '/ready': 'http://localhost:3000' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 700,
    rolldownOptions: { output: { codeSplitting: { groups: vendorGroups } } },
  },
});
