/**
 * The five-node topology with the keyboard alone: Tab to a palette item and press Enter, type in
 * the inspector, wire with its "Connect to" list, read the diagnostics, download the bundle.
 */
import { expect, test } from '@playwright/test';
import {
  artifact,
  canvasEdge,
  canvasNode,
  diagnostic,
  errorList,
  FIVE_NODES,
  openEmptyDesigner,
  readZip,
  tabTo,
  typeInto,
} from '../support/designer.js';

test('build the five-node topology with the keyboard only, then download', async ({ page }) => {
  // Hundreds of Tab presses, each checked: slower than the default allows.
  test.setTimeout(180_000);
  await openEmptyDesigner(page);
  for (const spec of FIVE_NODES) {
    await tabTo(page, page.getByRole('button', { name: `Add ${spec.kind}` }));
    await page.keyboard.press('Enter');
    await expect(canvasNode(page, spec.kind, spec.created)).toBeVisible();
    // The new node is selected: its form is in the inspector.
    await typeInto(page, page.getByRole('textbox', { name: 'Host', exact: true }), spec.host);
    if (spec.offset !== undefined)
      await typeInto(page, page.getByRole('textbox', { name: 'Port offset' }), String(spec.offset));
    await typeInto(page, page.getByRole('textbox', { name: 'Name', exact: true }), spec.name);
  }
  await expect(diagnostic(page, /Gateway gw reaches no Traffic Manager/)).toBeVisible();

  // Select each node from the canvas (Tab to it, Enter) and connect it to every node it may
  // still join: km to 5, tm to 4, pub to 3, store to 2, gw to 1 — the example's 15 edges.
  const order = [
    ['Key Manager', 'km', 5],
    ['Traffic Manager', 'tm', 4],
    ['Publisher', 'pub', 3],
    ['Developer Portal', 'store', 2],
    ['Gateway', 'gw', 1],
  ] as const;
  for (const [kind, name, count] of order) {
    await tabTo(page, canvasNode(page, kind, name));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: `Inspector: ${name}` })).toBeVisible();
    const connect = page.getByRole('button', { name: 'Connect', exact: true });
    await tabTo(page, connect);
    for (let i = 0; i < count; i++) await page.keyboard.press('Enter');
    await expect(connect).toBeDisabled();
  }
  await expect(canvasEdge(page, 'km', 'gw')).toHaveCount(1);
  await expect(canvasEdge(page, 'gw', 'db')).toHaveCount(1);
  await expect(errorList(page)).toHaveCount(0);
  await expect(diagnostic(page, /reaches no/)).toHaveCount(0);

  // A connection reached with Tab says what it carries, as it does when hovered.
  await tabTo(page, canvasEdge(page, 'km', 'gw'));
  await expect(page.getByRole('tooltip')).toContainText(
    'key validation → https://km.wso2.com:9443/services/',
  );

  // A diagnostic, activated from the keyboard, selects its node; the tooltip went with the focus.
  await tabTo(page, diagnostic(page, /password of database db/));
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Inspector: db' })).toBeVisible();
  await page.screenshot({ path: artifact('04-built-with-keyboard.png') });

  const downloading = page.waitForEvent('download');
  await tabTo(page, page.getByRole('button', { name: 'Download bundle' }));
  await page.keyboard.press('Enter');
  const zipPath = artifact('keyboard-bundle.zip');
  await (await downloading).saveAs(zipPath);
  const files = await readZip(zipPath);
  for (const name of ['km', 'pub', 'store', 'tm', 'gw'])
    expect(files.has(`${name}/repository/conf/deployment.toml`)).toBe(true);
  const store = files.get('store/repository/conf/deployment.toml') ?? '';
  expect(store).toContain('https://km.wso2.com:9443/services/');
  expect(store).toContain('offset = 2');
});
