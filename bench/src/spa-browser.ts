/**
 * Debian's Chromium, headless, driven with playwright-core, and the cold-load row: largest
 * contentful paint of the built SPA served by the real API server, under DevTools' "Slow 4G"
 * network preset and 4× CPU throttling, each load in a fresh context with the cache disabled.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { summarize } from './stats.js';
import { ms, num, verdict, type Row } from './table.js';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const VIEWPORT = { width: 1600, height: 1000 };

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/**
 * Chrome DevTools' "Slow 4G" preset (formerly "Fast 3G", in today's decimal units): 150 ms RTT × 3.75,
 * 1.6 Mbit/s × 0.9 down, 750 kbit/s × 0.9 up, as CDP `Network.emulateNetworkConditions` takes them
 * (ms, bytes/s).
 */
export const SLOW_4G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9, // 180,000 B/s
  uploadThroughput: ((750 * 1000) / 8) * 0.9, // 84,375 B/s
} as const;
export const CPU_SLOWDOWN = 4;
const LCP_BUDGET_MS = 2500;

/** Installed before the page's own scripts: keeps the latest LCP entry. */
const OBSERVE_LCP = `
  window.__lcp = { time: 0, element: '' };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__lcp = { time: e.startTime, element: e.element ? e.element.tagName.toLowerCase() + (e.element.className ? '.' + String(e.element.className).split(' ')[0] : '') : '' };
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
`;

interface Lcp {
  readonly time: number;
  readonly element: string;
}

function isLcp(v: unknown): v is Lcp {
  return typeof v === 'object' && v !== null && 'time' in v && typeof v.time === 'number';
}

async function throttle(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
}

async function coldLoad(browser: Browser, url: string): Promise<Lcp> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript(OBSERVE_LCP);
    await throttle(context, page);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    // The designer is up when its palette is; then a quiet moment for late paints.
    await page
      .getByRole('heading', { name: 'Components' })
      .waitFor({ state: 'visible', timeout: 60_000 });
    await page.waitForTimeout(1500);
    const lcp: unknown = await page.evaluate('window.__lcp');
    if (!isLcp(lcp) || lcp.time <= 0) throw new Error('no largest-contentful-paint entry');
    return lcp;
  } finally {
    await context.close();
  }
}

export async function lcpRow(browser: Browser, url: string, loads: number): Promise<Row> {
  const times: number[] = [];
  const elements = new Set<string>();
  for (let i = 0; i < loads; i++) {
    const lcp = await coldLoad(browser, url);
    times.push(lcp.time);
    elements.add(lcp.element);
  }
  const s = summarize(times);
  return {
    what:
      `SPA: cold load LCP, Slow 4G (${SLOW_4G.latency} ms, 1.44/0.675 Mbit/s), ` +
      `${CPU_SLOWDOWN}× CPU, ${loads} loads (LCP: ${[...elements].join(', ')})`,
    median: ms(s.median),
    p95: ms(s.p95),
    budget: `median ≤ ${num(LCP_BUDGET_MS / 1000, 1)} s`,
    measured: `${num(s.median / 1000, 2)} s`,
    verdict: verdict(s.median <= LCP_BUDGET_MS),
  };
}
