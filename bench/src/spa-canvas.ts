/**
 * The canvas rows, in Chromium without throttling: frame times while a node is dragged with the
 * mouse (requestAnimationFrame intervals), and the time from a keystroke in the inspector to the
 * preview showing it. Topologies come from `topologies.ts`, laid out on a square grid and handed to
 * the SPA through its autosave key in localStorage, as a reload would find them.
 */
import type { Browser, Page } from 'playwright-core';
import { VIEWPORT } from './spa-browser.js';
import { summarize } from './stats.js';
import { ms, num, verdict, type Row } from './table.js';
import { topologyInput } from './topologies.js';

const AUTOSAVE_KEY = 'apim-designer:work';

declare global {
  interface Window {
    /** rAF timestamps while a drag is measured (set and read by this module's page scripts). */
    benchFrames?: number[] | undefined;
  }
}

/**
 * `size` nodes on a grid; `edgesPerNode` keeps the first edges (1.6 gives issue 7's 400 at 250; the
 * dropped ones leave diagnostics, so nodes carry problem badges as in a design in progress).
 */
export function canvasDocument(size: number, edgesPerNode?: number): string {
  const input = topologyInput(size);
  const cols = Math.ceil(Math.sqrt(size));
  const nodes = input.nodes.map((n, i) => ({
    ...n,
    position: { x: (i % cols) * 260, y: Math.floor(i / cols) * 160 },
  }));
  const edges =
    edgesPerNode === undefined
      ? input.edges
      : input.edges.slice(0, Math.round(size * edgesPerNode));
  return JSON.stringify({ topology: { ...input, nodes, edges }, etag: null });
}

export async function openWith(browser: Browser, url: string, draft: string) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('bench-seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('bench-seeded', '1');
      }
    },
    [AUTOSAVE_KEY, draft] as const,
  );
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('.react-flow__node').first().waitFor({ timeout: 60_000 });
  return { context, page };
}

/** The node whose centre is nearest the canvas centre, and that centre. */
async function centralNode(page: Page): Promise<{ id: string; x: number; y: number }> {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
    if (!pane) throw new Error('no canvas');
    const cx = pane.left + pane.width / 2;
    const cy = pane.top + pane.height / 2;
    let best = { id: '', x: 0, y: 0, d: Infinity };
    for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const d = Math.hypot(x - cx, y - cy);
      if (d < best.d) best = { id: el.dataset.id ?? '', x, y, d };
    }
    return { id: best.id, x: best.x, y: best.y };
  });
}

/**
 * Waits until the first diagnostics are in and the view has stopped moving (fitView runs once the
 * nodes are measured, which takes a while at 2,000 nodes), at most 30 s.
 */
export async function settle(page: Page): Promise<void> {
  await page
    .getByRole('heading', { name: /^Diagnostics/ })
    .filter({ hasNotText: 'checking' })
    .waitFor({ timeout: 30_000 });
  const transform = () =>
    page.evaluate(
      () => document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform,
    );
  let last = await transform();
  for (let stable = 0, tries = 0; stable < 3 && tries < 100; tries++) {
    await page.waitForTimeout(300);
    const now = await transform();
    stable = now === last ? stable + 1 : 0;
    last = now;
  }
}

/** Drags the central node along a loop with a drift for `durationMs`; returns rAF intervals (ms). */
async function dragIntervals(page: Page, durationMs: number): Promise<number[]> {
  await settle(page);
  const start = await centralNode(page);
  await page.mouse.move(start.x, start.y);
  await page.evaluate(() => {
    const frames: number[] = [];
    window.benchFrames = frames;
    const tick = (t: number) => {
      if (window.benchFrames !== frames) return;
      frames.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.mouse.down();
  const t0 = Date.now();
  for (let t = 0; t < durationMs; t = Date.now() - t0) {
    const a = (2 * Math.PI * t) / 1000;
    await page.mouse.move(start.x + 80 * Math.sin(a) + t / 20, start.y + 60 * (1 - Math.cos(a)));
  }
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    const out = window.benchFrames ?? [];
    window.benchFrames = undefined;
    return out;
  });
  const moved = await page.locator(`.react-flow__node[data-id="${start.id}"]`).boundingBox();
  if (!moved || Math.abs(moved.x + moved.width / 2 - start.x) < 30) {
    throw new Error(`node ${start.id} did not follow the mouse`);
  }
  const intervals: number[] = [];
  for (let i = 2; i < frames.length; i++) intervals.push((frames[i] ?? 0) - (frames[i - 1] ?? 0));
  return intervals;
}

export interface DragCase {
  readonly nodes: number;
  /** p95 frame interval allowed (ms). */
  readonly p95Ms: number;
  readonly budget: string;
}

export async function dragRow(
  browser: Browser,
  url: string,
  c: DragCase,
  durationMs: number,
): Promise<Row> {
  const { context, page } = await openWith(browser, url, canvasDocument(c.nodes, 1.6));
  try {
    const rendered = await page.locator('.react-flow__node').count();
    const s = summarize(await dragIntervals(page, durationMs));
    return {
      what:
        `canvas: drag a node, ${num(c.nodes)} nodes / ${num(Math.round(c.nodes * 1.6))} edges ` +
        `(${num(rendered)} in the DOM), ${s.n} frames`,
      median: `${ms(s.median)} (${num(1000 / s.median)} fps)`,
      p95: `${ms(s.p95)} (${num(1000 / s.p95)} fps)`,
      budget: c.budget,
      measured: `p95 ${num(1000 / s.p95, 1)} fps`,
      verdict: verdict(s.p95 <= c.p95Ms),
    };
  } finally {
    await context.close();
  }
}

/**
 * Keystrokes in the Host field of a selected gateway on a 100-node topology: from the keydown
 * event's timestamp to the animation frame that paints the preview with the new host (the
 * diagnostics come from the same render), so any debounce, validation, preview generation and
 * React's commit count; work deferred past that frame (the bundle's file list) does not. The
 * topology is the full generated one (it renders without errors, so the bundle's file list shows).
 */
export async function editRow(browser: Browser, url: string, keystrokes: number): Promise<Row> {
  const { context, page } = await openWith(browser, url, canvasDocument(100));
  try {
    await page.locator('.react-flow__node[data-id="gw-1-1"]').click();
    const host = page.getByRole('textbox', { name: 'Host', exact: true });
    await host.click();
    await host.press('End');
    let value = await host.inputValue();
    await page.getByRole('region', { name: 'Preview' }).getByText(value).first().waitFor();
    const samples: number[] = [];
    for (let i = 0; i < keystrokes; i++) {
      value += 'x';
      const done = page.evaluate(
        (expected) =>
          new Promise<number>((resolve, reject) => {
            let t0 = Number.NaN;
            document.addEventListener('keydown', (e) => (t0 = e.timeStamp), {
              capture: true,
              once: true,
            });
            const preview = document.querySelector('section.preview');
            if (!preview) return reject(new Error('no preview'));
            const seen = () => {
              // The file's header names the host: "… on <host>."
              if (!preview.textContent.includes(`on ${expected}.`)) return;
              observer.disconnect();
              // The frame that paints the change (its style, layout and paint, a few ms, follow).
              requestAnimationFrame(() => resolve(performance.now() - t0));
            };
            const observer = new MutationObserver(seen);
            setTimeout(() => {
              observer.disconnect();
              reject(new Error(`the preview did not show ${expected} within 10 s`));
            }, 10_000);
            observer.observe(preview, { subtree: true, childList: true, characterData: true });
          }),
        value,
      );
      await page.waitForTimeout(50); // the listener is in place
      await page.keyboard.press('x');
      samples.push(await done);
      await page.waitForTimeout(250); // autosave and the previous pass settle, as between keystrokes
    }
    const s = summarize(samples);
    return {
      what: `canvas: keystroke → preview and diagnostics, 100 nodes, ${keystrokes} keystrokes`,
      median: ms(s.median),
      p95: ms(s.p95),
      budget: 'p95 ≤ 50 ms',
      measured: `p95 ${ms(s.p95)}`,
      verdict: verdict(s.p95 <= 50),
    };
  } finally {
    await context.close();
  }
}
