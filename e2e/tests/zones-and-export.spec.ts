/**
 * Zones: drawn around nodes on the canvas, named, moved with their nodes, kept in the document
 * (exported topology.json, share links); the PNG / SVG export carries the zones, the edge labels
 * and the arrows, at a resolution fit for a slide.
 */
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { canvas, canvasNode, menuCommand, openFiveNodeTemplate } from '../support/designer.js';

test('draw a zone, name it, move it with its node, export and share it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openFiveNodeTemplate(page);
  const gw = canvasNode(page, 'Gateway', 'gw');
  const box = await gw.boundingBox();
  if (!box) throw new Error('gw not visible');
  await page.getByRole('button', { name: 'Draw a zone' }).click();
  await page.mouse.move(box.x - 20, box.y - 20);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width + 20, box.y + box.height + 20, { steps: 10 });
  await page.mouse.up();
  const inspector = page.getByRole('region', { name: /^Inspector: zone/ });
  await expect(inspector).toBeVisible();
  await inspector.getByRole('textbox', { name: 'Zone name' }).fill('Public DMZ');
  await inspector.getByRole('combobox', { name: 'Zone kind' }).selectOption({ label: 'DMZ' });
  const zone = page.getByRole('group', { name: 'DMZ Public DMZ, zone of 1 node' });
  await expect(zone).toBeVisible();
  await expect(inspector.getByRole('listitem')).toHaveText(['gwRemove']);

  // Moving the zone (by its title) moves its node.
  const title = zone.locator('.zone-title');
  const t = await title.boundingBox();
  if (!t) throw new Error('no title');
  const before = await gw.boundingBox();
  await page.mouse.move(t.x + 10, t.y + 5);
  await page.mouse.down();
  await page.mouse.move(t.x + 90, t.y + 45, { steps: 10 });
  await page.mouse.up();
  const after = await gw.boundingBox();
  expect(Math.round((after?.x ?? 0) - (before?.x ?? 0))).toBeGreaterThan(40);
  expect(Math.round((after?.y ?? 0) - (before?.y ?? 0))).toBeGreaterThan(20);

  // The zone is in the document.
  const json = page.waitForEvent('download');
  await menuCommand(page, 'Export', 'Export topology.json');
  const doc = JSON.parse(await readFile(await (await json).path(), 'utf8'));
  expect(doc.zones).toEqual([{ id: 'zone-1', name: 'Public DMZ', type: 'dmz', nodes: ['gw'] }]);

  // The SVG export draws it, with the labels (whatever the zoom) and the arrows.
  await page.getByRole('button', { name: 'Zoom Out' }).click();
  await page.getByRole('button', { name: 'Zoom Out' }).click();
  const svgFile = page.waitForEvent('download');
  await menuCommand(page, 'Export', 'Export diagram as SVG');
  const svg = await readFile(await (await svgFile).path(), 'utf8');
  expect(svg).toContain('Public DMZ');
  expect(svg).toContain('JDBC 3306');
  expect(svg).toContain('binary 9614');
  // One arrow per call direction: 13 edges call one way, km–tm both ways; a portal's links to the
  // gateway and from the publisher are not calls.
  expect([...svg.matchAll(/class="edge-arrow"/g)]).toHaveLength(14);

  // The PNG is big enough for a slide.
  const pngFile = page.waitForEvent('download');
  await menuCommand(page, 'Export', 'Export diagram as PNG');
  const png = await readFile(await (await pngFile).path());
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(2400);

  // A share link carries it.
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await page.getByRole('button', { name: 'Create share link' }).click();
  const viewUrl = await page.getByRole('textbox', { name: 'View link' }).inputValue();
  const viewer = await context.newPage();
  await viewer.goto(viewUrl);
  await expect(viewer.getByRole('group', { name: 'DMZ Public DMZ, zone of 1 node' })).toBeVisible();
  await expect(canvas(viewer)).toBeVisible();
});

test('a zone from the keyboard: select nodes, group them, remove one', async ({ page }) => {
  await openFiveNodeTemplate(page);
  await canvasNode(page, 'Key Manager', 'km').click();
  await canvasNode(page, 'Traffic Manager', 'tm').click({ modifiers: ['ControlOrMeta'] });
  await page.getByRole('button', { name: 'Group into a zone' }).click();
  const inspector = page.getByRole('region', { name: /^Inspector: zone/ });
  await expect(inspector.getByRole('listitem')).toHaveCount(2);
  await inspector.getByRole('button', { name: 'Remove tm from the zone' }).click();
  await expect(inspector.getByRole('listitem')).toHaveCount(1);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(inspector.getByRole('listitem')).toHaveCount(2);
});
