/**
 * Delete and copy act on the canvas only when focus is there (or nowhere), a deletion says what went,
 * and the SVG export draws the diagram at 1:1.
 */
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { canvasNode, menuCommand, openFiveNodeTemplate } from '../support/designer.js';

test('Backspace on a toolbar button deletes nothing; Delete on a node says what went', async ({
  page,
}) => {
  await openFiveNodeTemplate(page);
  const gw = canvasNode(page, 'Gateway', 'gw');
  await gw.click();
  await page.getByRole('button', { name: 'Settings', exact: true }).focus();
  await page.keyboard.press('Backspace');
  await expect(gw).toBeVisible();

  await gw.click();
  await page.keyboard.press('Delete');
  await expect(gw).toHaveCount(0);
  await expect(
    page.getByText('Deleted gw and 5 connections. Ctrl+Z brings it back.'),
  ).toBeVisible();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(gw).toBeVisible();
});

test('Ctrl+C with preview text selected copies the text, not the node', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openFiveNodeTemplate(page);
  await canvasNode(page, 'Gateway', 'gw').click();
  const line = page.locator('.preview').getByText('hostname = "gw.wso2.com"').first();
  await line.selectText();
  await page.keyboard.press('ControlOrMeta+c');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
    'hostname = "gw.wso2.com"',
  );
});

test('the SVG export draws the diagram at 1:1', async ({ page }) => {
  await openFiveNodeTemplate(page);
  const downloading = page.waitForEvent('download');
  await menuCommand(page, 'Export', 'Export diagram as SVG');
  const svg = await readFile(await (await downloading).path(), 'utf8');
  expect(svg).toMatch(/scale\(1\)/);
  expect(svg).not.toMatch(/scale\(0\.1\)/);
  // Every connection is drawn: its path carries a stroke of its own.
  const edges = [...svg.matchAll(/<path[^>]*react-flow__edge-path[^>]*>/g)].map((m) => m[0]);
  expect(edges).toHaveLength(15);
  for (const edge of edges) expect(edge).toMatch(/stroke:/);
});

test('leaving a field with an invalid value puts the used value back, and says so', async ({
  page,
}) => {
  await openFiveNodeTemplate(page);
  await canvasNode(page, 'Gateway', 'gw').click();
  const offset = page.getByRole('textbox', { name: 'Port offset' });
  await expect(offset).toHaveValue('4');
  await offset.fill('7x');
  await expect(offset).toHaveValue('7x');
  await offset.blur();
  await expect(offset).toHaveValue('4');
  await expect(page.getByText('"7x" was not applied')).toBeVisible();
  await expect(canvasNode(page, 'Gateway', 'gw')).toContainText('offset 4');
});
