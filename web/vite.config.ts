import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// In development the API runs separately; everything it serves is proxied so the app and the
// session cookie share one origin (as in production, where the API serves web/dist itself).
const apiUrl = process.env.TECHBRIDGE_API_URL ?? 'http://127.0.0.1:3000';
const proxied = { target: apiUrl, changeOrigin: false, xfwd: true };

export default defineConfig({
  plugins: [react()],
  server: {
    port: Number(process.env.WEB_PORT ?? 5173),
    strictPort: true,
    proxy: {
      '/graphql': proxied,
      '/healthz': proxied,
      '/uploads': proxied,
    },
  },
  preview: {
    port: Number(process.env.WEB_PORT ?? 5173),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/,
              priority: 30,
            },
            // Charts (recharts and its d3 parts) are only for the statistics pages, loaded on demand.
            {
              name: 'charts',
              test: /node_modules[\\/](@mantine[\\/]charts|recharts|recharts-scale|react-smooth|victory-vendor|d3-[^\\/]+|internmap|decimal\.js-light|lodash|eventemitter3|fast-equals)[\\/]/,
              priority: 15,
            },
            { name: 'mantine', test: /node_modules[\\/]@mantine[\\/](?!charts)/, priority: 20 },
            {
              name: 'apollo',
              test: /node_modules[\\/](@apollo|graphql|@wry|optimism|zen-observable|ts-invariant)/,
              priority: 20,
            },
            { name: 'icons', test: /node_modules[\\/]@tabler[\\/]/, priority: 20 },
            { name: 'vendor', test: /node_modules/, priority: 10 },
          ],
        },
      },
    },
  },
});
