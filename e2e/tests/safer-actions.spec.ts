/**
 * Actions that could lose work or leak rights ask or explain first: a template asks before it
 * replaces a canvas, Download with errors is off with the reason beside it, focus goes somewhere
 * sensible after Delete, paste lands in free space, Ctrl+A selects all, a skip link reaches the
 * canvas, and messages sit on the canvas, never over the panels.
 */
import { expect, test } from '@playwright/test';
import {
  canvas,
  canvasNode,
  openEmptyDesigner,
  openFiveNodeTemplate,
  pickTemplate,
} from '../support/designer.js';

test('a template asks before replacing a canvas with nodes on it', async ({ page }) => {
  await openFiveNodeTemplate(page);
  await pickTemplate(page, 'All-in-one');
  const ask = page.getByRole('dialog', { name: 'Replace the canvas with “All-in-one”?' });
  await expect(ask).toContainText('6 nodes and 15 connections');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(canvasNode(page, 'Gateway', 'gw')).toBeVisible();
  await pickTemplate(page, 'All-in-one', true);
  await expect(canvasNode(page, 'All-in-one', 'apim')).toBeVisible();
  await expect(canvasNode(page, 'Gateway', 'gw')).toHaveCount(0);
  // An empty canvas is not asked about.
  await openEmptyDesigner(page);
  await pickTemplate(page, 'All-in-one');
  await expect(canvasNode(page, 'All-in-one', 'apim')).toBeVisible();
});

test('Download with errors is off, with the reason beside it', async ({ page }) => {
  await openFiveNodeTemplate(page);
  const download = page.getByRole('button', { name: 'Download bundle' });
  await expect(download).toBeEnabled();
  await canvasNode(page, 'Key Manager', 'km').click();
  await page.keyboard.press('Delete');
  await expect(download).toBeDisabled();
  const reason = page.getByRole('button', { name: /^Fix \d+ errors? first$/ });
  await expect(reason).toBeVisible();
  await expect(download).toHaveAccessibleDescription(/^Fix \d+ errors? first$/);
  await reason.click();
  await expect(page.getByRole('list', { name: 'Errors' })).toBeVisible();
});

test('after Delete the focus stays on the canvas; paste lands in free space; Ctrl+A selects all', async ({
  page,
}) => {
  await openFiveNodeTemplate(page);
  await canvasNode(page, 'Gateway', 'gw').click();
  await page.keyboard.press('Delete');
  await expect(canvasNode(page, 'Gateway', 'gw')).toHaveCount(0);
  // A node that was wired to it has the focus (and the selection), not the page.
  const focused = page.locator('.react-flow__node:focus');
  await expect(focused).toHaveCount(1);
  await expect(page.getByRole('region', { name: /^Inspector: / })).toBeVisible();

  await canvasNode(page, 'Key Manager', 'km').click();
  await page.keyboard.press('ControlOrMeta+c');
  await page.keyboard.press('ControlOrMeta+v');
  const copy = canvasNode(page, 'Key Manager', 'km-2');
  await expect(copy).toBeVisible();
  const box = await copy.boundingBox();
  for (const other of await page.locator('.react-flow__node').all()) {
    if ((await other.getAttribute('data-id')) === 'km-2') continue;
    const b = await other.boundingBox();
    if (!box || !b) continue;
    const overlap =
      box.x < b.x + b.width &&
      b.x < box.x + box.width &&
      box.y < b.y + b.height &&
      b.y < box.y + box.height;
    expect(overlap, 'the pasted copy covers another node').toBe(false);
  }

  await canvas(page).click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('ControlOrMeta+a');
  await expect(page.getByRole('region', { name: 'Inspector' })).toContainText('6 nodes selected');
});

test('a skip link reaches the canvas; messages stay on the canvas and go by themselves', async ({
  page,
}) => {
  await openFiveNodeTemplate(page);
  // From the top of the page, as after loading it.
  await page.waitForTimeout(400); // the draft is saved
  await page.reload();
  await expect(canvasNode(page, 'Gateway', 'gw')).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to canvas' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.closest('#canvas') !== null)).toBe(true);

  await canvasNode(page, 'Gateway', 'gw').click();
  await page.keyboard.press('Delete');
  const toast = page.getByRole('status').locator('.toast').filter({ hasText: 'Deleted gw' });
  await expect(toast).toBeVisible();
  const t = await toast.boundingBox();
  const c = await canvas(page).boundingBox();
  if (!t || !c) throw new Error('not visible');
  expect(t.x).toBeGreaterThanOrEqual(c.x);
  expect(t.x + t.width).toBeLessThanOrEqual(c.x + c.width);
  expect(t.y + t.height).toBeLessThanOrEqual(c.y + c.height);
  await expect(toast).toHaveCount(0, { timeout: 10_000 });
});
