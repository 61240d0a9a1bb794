/**
 * The web part: JavaScript each route ships (gzipped, as a compressing proxy would send it), found by
 * loading the route in Chromium and summing the scripts it fetched from web/dist; and Lighthouse scores
 * of pages served by the production server.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { ROOT_DIR } from '../../api/src/platform/config';

export const CHROMIUM = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface RouteJs {
  route: string;
  scripts: number;
  rawKb: number;
  gzipKb: number;
}

export interface LighthouseScores {
  route: string;
  /** Lighthouse's default mobile profile (slow 4G, 4× CPU slowdown) or its desktop preset. */
  profile?: 'mobile' | 'desktop';
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  /** Largest Contentful Paint and Total Blocking Time as Lighthouse measured them (simulated throttling). */
  lcpMs: number | null;
  tbtMs: number | null;
  /** Audits that failed, by id, for the report. */
  failing: string[];
  error?: string;
}

/** Runs a command, resolving with its exit code (output appended to `logFile`). */
export function run(
  cmd: string,
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv; logFile: string },
) {
  return new Promise<number>((resolve) => {
    const out = fs.openSync(opts.logFile, 'a');
    const child = spawn(cmd, args, {
      cwd: opts.cwd ?? ROOT_DIR,
      env: opts.env ?? process.env,
      stdio: ['ignore', out, out],
    });
    const kill = () => child.kill('SIGTERM');
    process.once('exit', kill);
    child.on('exit', (code) => {
      process.removeListener('exit', kill);
      fs.closeSync(out);
      resolve(code ?? 1);
    });
  });
}

export async function buildWeb(logFile: string): Promise<{ ok: boolean; ms: number }> {
  const started = performance.now();
  const code = await run('pnpm', ['--filter', '@techbridge/web', 'build'], { logFile });
  return { ok: code === 0, ms: performance.now() - started };
}

export async function javascriptPerRoute(baseUrl: string, routes: string[]): Promise<RouteJs[]> {
  const dist = path.join(ROOT_DIR, 'web', 'dist');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS.slice(1) });
  try {
    const results: RouteJs[] = [];
    for (const route of routes) {
      const page = await browser.newPage();
      const scripts = new Set<string>();
      page.on('request', (req) => {
        if (req.resourceType() === 'script') scripts.add(new URL(req.url()).pathname);
      });
      await page.goto(new URL(route, baseUrl).toString(), { waitUntil: 'networkidle' });
      // A server-rendered page runs the app's scripts only once it is used (web/public/take-over.js):
      // a key press starts it, and every script the route needs to become the app is counted.
      if ((await page.evaluate(() => document.documentElement.getAttribute('data-tb-app'))) === null) {
        await page.keyboard.press('Tab');
        await page.waitForSelector('html[data-tb-app="ready"]', { timeout: 30_000 });
        await page.waitForLoadState('networkidle');
      }
      let raw = 0;
      let gzip = 0;
      for (const p of scripts) {
        const file = path.join(dist, decodeURIComponent(p));
        if (!file.startsWith(dist) || !fs.existsSync(file)) continue;
        const bytes = fs.readFileSync(file);
        raw += bytes.length;
        gzip += zlib.gzipSync(bytes, { level: 6 }).length;
      }
      results.push({ route, scripts: scripts.size, rawKb: raw / 1024, gzipKb: gzip / 1024 });
      await page.close();
    }
    return results;
  } finally {
    await browser.close();
  }
}

export async function lighthouse(
  baseUrl: string,
  route: string,
  logFile: string,
  profile: 'mobile' | 'desktop' = 'mobile',
): Promise<LighthouseScores> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'techbridge-bench-lh-'));
  const out = path.join(dir, 'report.json');
  const bin = path.join(ROOT_DIR, 'node_modules', '.bin', 'lighthouse');
  const empty: LighthouseScores = {
    route,
    profile,
    performance: null,
    accessibility: null,
    bestPractices: null,
    seo: null,
    lcpMs: null,
    tbtMs: null,
    failing: [],
  };
  try {
    const code = await run(
      bin,
      [
        new URL(route, baseUrl).toString(),
        '--output=json',
        `--output-path=${out}`,
        '--only-categories=performance,accessibility,best-practices,seo',
        ...(profile === 'desktop' ? ['--preset=desktop'] : []),
        `--chrome-flags=${[...CHROME_FLAGS, `--user-data-dir=${path.join(dir, 'profile')}`].join(' ')}`,
        '--quiet',
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, logFile },
    );
    if (code !== 0 || !fs.existsSync(out)) return { ...empty, error: `lighthouse exited with ${code}` };
    const report = JSON.parse(fs.readFileSync(out, 'utf8')) as {
      categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
      audits: Record<string, { score: number | null; numericValue?: number; scoreDisplayMode: string }>;
    };
    const score = (id: string) => {
      const s = report.categories[id]?.score;
      return s == null ? null : Math.round(s * 100);
    };
    const failing = Object.values(report.categories)
      .flatMap((c) => c.auditRefs)
      .filter((ref) => {
        const a = report.audits[ref.id];
        return (
          a && a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && ref.weight > 0
        );
      })
      .map((ref) => ref.id);
    return {
      route,
      profile,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: report.audits['largest-contentful-paint']?.numericValue ?? null,
      tbtMs: report.audits['total-blocking-time']?.numericValue ?? null,
      failing: [...new Set(failing)],
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export interface FirstTap {
  route: string;
  /** What was tapped, and what showed that it took effect. */
  control: string;
  /** From the tap to its effect on a page the app has not taken over yet (its scripts in the cache). */
  firstMs: number | null;
  /** The same tap once the app runs the page (the baseline). */
  thenMs: number | null;
  error?: string;
}

/**
 * The price of taking a server-rendered page over when it is first used: on a phone-sized page with the
 * CPU slowed 4× (Lighthouse's mobile profile), the time from a tap on a control to its effect, first
 * while the app is not running yet (the tap starts it and is done again once it has hydrated the page)
 * and then the same tap on the running app.
 */
export async function firstTaps(baseUrl: string, routes: string[]): Promise<FirstTap[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS.slice(1) });
  const results: FirstTap[] = [];
  const timed = async (tap: () => Promise<void>, effect: () => Promise<unknown>) => {
    const started = performance.now();
    await tap();
    await effect();
    return performance.now() - started;
  };
  try {
    for (const route of routes) {
      for (const control of ['menu', ...(route.startsWith('/tim-kiem') ? ['chip'] : [])] as const) {
        const context = await browser.newContext({
          viewport: { width: 390, height: 844 },
          isMobile: true,
          hasTouch: true,
        });
        const page = await context.newPage();
        const result: FirstTap = {
          route,
          control: control === 'menu' ? 'menu button → menu open' : 'kind chip → filtered results',
          firstMs: null,
          thenMs: null,
        };
        try {
          await page.goto(new URL(route, baseUrl).toString(), { waitUntil: 'networkidle' });
          const cdp = await context.newCDPSession(page);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
          if (control === 'menu') {
            const open = page.getByRole('button', { name: 'Mở menu điều hướng' });
            const close = page.getByRole('button', { name: 'Đóng menu điều hướng' });
            const opened = () => close.waitFor({ timeout: 30_000 });
            result.firstMs = await timed(() => open.tap(), opened);
            await close.tap();
            await open.waitFor();
            result.thenMs = await timed(() => open.tap(), opened);
          } else {
            const chip = (label: string) => page.locator('label', { hasText: label }).first();
            result.firstMs = await timed(
              () => chip('Chào bán').tap(),
              () => page.waitForURL(/kind=OFFER/, { timeout: 30_000 }),
            );
            await page.waitForLoadState('networkidle');
            result.thenMs = await timed(
              () => chip('Nhu cầu').tap(),
              () => page.waitForURL(/kind=REQUEST/, { timeout: 30_000 }),
            );
          }
        } catch (error) {
          result.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
        } finally {
          await context.close();
        }
        results.push(result);
      }
    }
    return results;
  } finally {
    await browser.close();
  }
}
