/**
 * The designer on four screens, as a user holds them: no sideways scrolling, one toolbar row, the
 * canvas at least half the window where editing is offered (a phone gets a read-only view), and
 * every panel reachable by its role and name. The minimap can be hidden, and Fit View keeps every
 * node clear of it. Screenshots in artifacts/.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  artifact,
  canvas,
  canvasNode,
  openFiveNodeTemplate,
  toolbarCommand,
} from '../support/designer.js';

const SIZES = [
  { width: 1440, height: 900, editing: true },
  { width: 1024, height: 768, editing: true },
  { width: 768, height: 1024, editing: true },
  { width: 390, height: 844, editing: false },
] as const;

async function noSidewaysScroll(page: Page) {
  const [scroll, inner] = await page.evaluate(() => [
    Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
    window.innerWidth,
  ]);
  expect(scroll).toBeLessThanOrEqual(inner);
}

/** Shows a panel: it is on screen, or behind its tab. */
async function reach(page: Page, name: 'Inspector' | 'Preview' | 'Diagnostics') {
  const tab = page.getByRole('tab', { name: new RegExp(`^${name}`) });
  if (await tab.isVisible()) await tab.click();
  const region = page.getByRole('region', { name: new RegExp(`^${name}`) }).first();
  await expect(region).toBeVisible();
  // A folded panel opens from its title.
  const fold = region.getByRole('button', { name: new RegExp(`^${name}`), expanded: false });
  if ((await fold.count()) > 0) await fold.click();
  return region;
}

for (const size of SIZES) {
  test(`${size.width}×${size.height}: fits the screen, every panel reachable`, async ({ page }) => {
    // The document is made on a wide screen (templates need editing), then opened on this one.
    await page.setViewportSize({ width: 1440, height: 900 });
    await openFiveNodeTemplate(page);
    await page.waitForTimeout(400); // the draft is saved
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.reload();
    await expect(canvasNode(page, 'Gateway', 'gw')).toBeVisible();
    await noSidewaysScroll(page);

    // One toolbar row: every visible control on the same line, within the window.
    const tools = page.getByRole('toolbar', { name: 'Designer' }).getByRole('button');
    const boxes = [];
    for (const b of await tools.all()) if (await b.isVisible()) boxes.push(await b.boundingBox());
    const tops = new Set(boxes.map((b) => Math.round((b?.y ?? 0) + (b?.height ?? 0) / 2)));
    expect(tops.size).toBe(1);
    for (const b of boxes) expect((b?.x ?? 0) + (b?.width ?? 0)).toBeLessThanOrEqual(size.width);

    const area = await canvas(page).boundingBox();
    if (!area) throw new Error('no canvas');
    if (size.editing) {
      expect(area.width * area.height).toBeGreaterThanOrEqual(0.5 * size.width * size.height);
      await expect(page.getByRole('button', { name: 'Add Gateway' })).toBeEnabled();
    } else {
      await expect(page.getByRole('note')).toContainText('read-only view');
      await expect(page.getByRole('button', { name: 'Add Gateway' })).toHaveCount(0);
      expect(area.width).toBeGreaterThan(size.width * 0.9);
    }

    // Every panel, by role and name.
    await canvasNode(page, 'Gateway', 'gw').click();
    await expect(
      (await reach(page, 'Inspector')).getByRole('textbox', { name: 'Host', exact: true }),
    ).toHaveValue('gw.wso2.com');
    await expect((await reach(page, 'Preview')).getByLabel('deployment.toml of gw')).toContainText(
      'gw.wso2.com',
    );
    await expect(await reach(page, 'Diagnostics')).toContainText('Warnings');
    await noSidewaysScroll(page);
    // The commands that did not fit are in "More".
    await toolbarCommand(page, 'Settings');
    await expect(page.getByRole('dialog', { name: 'Topology settings' })).toBeVisible();
    await page.getByRole('button', { name: 'Close' }).click();
    await page.screenshot({ path: artifact(`responsive-${size.width}x${size.height}.png`) });
  });
}

test('the minimap can be hidden, and Fit View keeps every node clear of it', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openFiveNodeTemplate(page);
  const show = page.getByRole('button', { name: 'Show minimap' });
  if (await show.isVisible()) await show.click();
  const minimap = page.getByRole('img', { name: 'Minimap' });
  await expect(minimap).toBeVisible();
  await page.getByRole('button', { name: 'Fit view' }).click();
  await page.waitForTimeout(500);
  const map = await minimap.boundingBox();
  if (!map) throw new Error('no minimap');
  for (const node of await page
    .getByRole('group', {
      name: /^(Key Manager|Publisher|Developer Portal|Traffic Manager|Gateway|Database) /,
    })
    .all()) {
    const b = await node.boundingBox();
    if (!b) continue;
    const overlaps =
      b.x < map.x + map.width &&
      map.x < b.x + b.width &&
      b.y < map.y + map.height &&
      map.y < b.y + b.height;
    expect(overlaps, 'a node under the minimap').toBe(false);
  }
  await page.getByRole('button', { name: 'Hide minimap' }).click();
  await expect(minimap).toHaveCount(0);
  // The choice is kept.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Show minimap' })).toBeVisible();
});

test('the panels resize and fold from the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openFiveNodeTemplate(page);
  const splitter = page.getByRole('separator', { name: 'Resize details panel' });
  const before = Number(await splitter.getAttribute('aria-valuenow'));
  await splitter.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(splitter).toHaveAttribute('aria-valuenow', String(before + 16));
  const details = page.getByRole('complementary', { name: 'Details' });
  await page.getByRole('button', { name: 'Hide details panel' }).click();
  await expect(details.getByRole('region', { name: /^Inspector/ })).toHaveCount(0);
  const wider = await canvas(page).boundingBox();
  expect(wider?.width ?? 0).toBeGreaterThan(1440 - 300);
  await page.getByRole('button', { name: 'Show details panel' }).click();
  await expect(details.getByRole('region', { name: /^Inspector/ })).toBeVisible();
  const fold = page.getByRole('button', { name: /Diagnostics \(/ });
  await fold.click();
  await expect(fold).toHaveAttribute('aria-expanded', 'false');
  await fold.click();
  await expect(fold).toHaveAttribute('aria-expanded', 'true');
});
