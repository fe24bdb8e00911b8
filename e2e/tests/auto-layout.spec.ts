/**
 * Auto-layout of a 480-node document: tiered, no two nodes on top of each other, and the view
 * fitted to the result (every node on screen), with the page answering while it is computed.
 */
import { expect, test } from '@playwright/test';
import { artifact, toolbarCommand } from '../support/designer.js';
import { largeDocument, openWithDraft } from '../support/large-topology.js';

test('480 nodes: laid out without overlaps, the view fitted', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openWithDraft(page, largeDocument(480));
  // A CPU six times slower, as on a busy machine: the commit of the laid-out document then reaches
  // React Flow frames after Auto-layout returns, and a fit that ran before it framed the old places
  // (48 of 480 cards in view: the failure this guards against).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  await expect(page.getByRole('heading', { name: /^Diagnostics \(\d+ errors?,/ })).toBeVisible({
    timeout: 30_000,
  });
  await toolbarCommand(page, 'Auto-layout');
  await expect(page.getByText('Laid out in tiers. Ctrl+Z goes back.')).toBeAttached({
    timeout: 30_000,
  });
  // The stored draft (saved a moment after the change): no two cards on top of each other.
  const overlaps = async () => {
    const draft = await page.evaluate(() => localStorage.getItem('apim-designer:work'));
    const stored = JSON.parse(draft ?? '{}') as {
      topology?: { nodes: { id: string; position: { x: number; y: number } }[] };
    };
    const boxes = (stored.topology?.nodes ?? []).map((n) => ({
      id: n.id,
      ...n.position,
      w: 200,
      h: 72,
    }));
    const found: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        if (a && b && a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h)
          found.push(`${a.id} × ${b.id}`);
      }
    return boxes.length === 480 ? found : ['the draft does not hold 480 nodes'];
  };
  await expect.poll(overlaps, { timeout: 10_000 }).toEqual([]);
  // Fitted: every node's card within the canvas.
  const pane = await page.getByRole('region', { name: 'Canvas' }).boundingBox();
  if (!pane) throw new Error('no canvas');
  const cards = page.locator('.react-flow__node:not(.react-flow__node-zone)');
  // React Flow renders the cards in view: all 480 once the fit (animated) has run. Polled, not timed:
  // a loaded machine takes longer to get there.
  await expect(cards).toHaveCount(480, { timeout: 20_000 });
  const outside = () =>
    cards.evaluateAll(
      (els, p) =>
        els.filter((el) => {
          const r = el.getBoundingClientRect();
          return (
            r.left < p.x - 1 ||
            r.top < p.y - 1 ||
            r.right > p.x + p.width + 1 ||
            r.bottom > p.y + p.height + 1
          );
        }).length,
      pane,
    );
  await expect.poll(outside, { timeout: 10_000 }).toBe(0);
  await page.screenshot({ path: artifact('auto-layout-480.png') });
});
