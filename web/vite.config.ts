import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { graphqlDocuments } from './build/graphqlDocuments.ts';

const srcDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'src');

// In development the API runs separately; everything it serves is proxied so the app and the
// session cookie share one origin (as in production, where the API serves web/dist itself).
const apiUrl = process.env.TECHBRIDGE_API_URL ?? 'http://127.0.0.1:3000';
const proxied = { target: apiUrl, changeOrigin: false, xfwd: true };

export default defineConfig(({ command, isSsrBuild }) => ({
  plugins: [graphqlDocuments({ srcDir }), react()],
  // Apollo Client's development checks and messages (`globalThis.__DEV__ !== false`) stay out of builds.
  define:
    command === 'build'
      ? {
          'globalThis.__DEV__': 'false',
          // The server's render uses React's production build whatever NODE_ENV the API runs with: less code
          // to hold in the API process, and no development checks on each render.
          ...(isSsrBuild ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {}),
        }
      : {},
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
  // The server's render of the public pages (src/entry-server.tsx, `vite build --ssr`) is one bundle with
  // its libraries in it, imported by the API from web/dist-ssr.
  ssr: { noExternal: true },
  build: isSsrBuild
    ? { outDir: 'dist-ssr', emptyOutDir: true, sourcemap: true, target: 'node20', minify: true }
    : {
        outDir: 'dist',
        emptyOutDir: true,
        sourcemap: true,
        // Which chunks and styles each page needs: the API sends them with a server-rendered page.
        manifest: true,
        rolldownOptions: {
          output: {
            // Pages are loaded on demand (src/platform/router/router.tsx) and rolldown shares the code two
            // chunks need. Only what every page needs anyway is grouped by hand: React and the router change
            // less often than the app, so their chunk stays cached across releases. (A group takes every
            // module it matches, whichever page uses it: a group for Mantine or "all of node_modules" would
            // send every page the date pickers, forms and validation of the few that use them.)
            codeSplitting: {
              // Shared modules under 8 kB are copied into each page's chunk rather than fetched as chunks of
              // their own: a page loads ~7 scripts instead of ~30 tiny ones, each a round trip on a phone.
              // (It makes rolldown keep module execution order, which costs a few kB.)
              experimentalInlineCommonChunks: { maxSize: 8 * 1024 },
              groups: [
                {
                  name: 'react',
                  test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/,
                  priority: 30,
                },
                // What the entry needs at start (layout, Apollo, i18n, the Mantine parts the layout uses) in one
                // chunk: left alone, rolldown cuts it into dozens of tiny chunks shared with some page.
                { name: 'app', tags: ['$initial'], priority: 20 },
              ],
            },
          },
        },
      },
}));
