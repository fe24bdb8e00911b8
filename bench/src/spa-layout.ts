/**
 * The auto-layout row: a 480-node document (laid out on a square grid, as the drag rows open it),
 * Auto-layout clicked, timed until the view is fitted to the tiered layout (the transform settles
 * after the "Laid out" message), with the longest main-thread task in between (the layout itself
 * runs in a Web Worker).
 */
import type { Browser } from 'playwright-core';
import { canvasDocument, openWith, settle } from './spa-canvas.js';
import { ms, verdict, type Row } from './table.js';

declare global {
  interface Window {
    benchLongest?: number;
  }
}

export const LAYOUT_NODES = 480;
const BUDGET_MS = 5000;
const TASK_BUDGET_MS = 250;

export async function layoutRow(browser: Browser, url: string): Promise<Row> {
  const { context, page } = await openWith(browser, url, canvasDocument(LAYOUT_NODES, 1.6));
  try {
    await settle(page);
    await page.evaluate(() => {
      window.benchLongest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          window.benchLongest = Math.max(window.benchLongest ?? 0, e.duration);
      }).observe({ type: 'longtask' });
    });
    const button = page.getByRole('button', { name: 'Auto-layout', exact: true });
    const t0 = Date.now();
    if (await button.isVisible()) await button.click();
    else {
      await page.getByRole('button', { name: 'More commands' }).click();
      await page.getByRole('menuitem', { name: 'Auto-layout', exact: true }).click();
    }
    await page.getByText('Laid out in tiers.').waitFor({ state: 'attached', timeout: 60_000 });
    const transform = () =>
      page.evaluate(
        () => document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform,
      );
    // The fit's animation: until the view stops moving.
    let last = await transform();
    let stableSince = Date.now();
    for (let tries = 0; tries < 200 && Date.now() - stableSince < 300; tries++) {
      await page.waitForTimeout(25);
      const now = await transform();
      if (now !== last) {
        last = now;
        stableSince = Date.now();
      }
    }
    const elapsed = stableSince - t0;
    const longest = await page.evaluate(() => window.benchLongest ?? 0);
    return {
      what: `canvas: auto-layout, ${LAYOUT_NODES} nodes / ${Math.round(LAYOUT_NODES * 1.6)} edges, click → view fitted (longest main-thread task ${ms(longest)})`,
      median: ms(elapsed),
      p95: ms(elapsed),
      budget: `≤ ${BUDGET_MS / 1000} s, no task > ${TASK_BUDGET_MS} ms`,
      measured: `${ms(elapsed)}, longest task ${ms(longest)}`,
      verdict: verdict(elapsed <= BUDGET_MS && longest <= TASK_BUDGET_MS),
    };
  } finally {
    await context.close();
  }
}
