/** Helpers that drive the designer the way a user does, found by role and accessible name. */
import { expect, type Locator, type Page } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const artifact = (name: string) => join(root, 'e2e/artifacts', name);

export async function openEmptyDesigner(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole('button', { name: 'Add Key Manager' })).toBeVisible();
}

/** A fresh designer with the five-node distributed template loaded (document 002's topology). */
export async function openFiveNodeTemplate(page: Page): Promise<void> {
  await openEmptyDesigner(page);
  await pickTemplate(page, 'Five-node distributed');
  await expect(page.getByRole('group', { name: /^Gateway gw(,|$)/ })).toBeVisible();
}

/** A toolbar command: its button when the row has room for it, else the item in "More". */
export async function toolbarCommand(page: Page, name: string): Promise<void> {
  const button = page
    .getByRole('toolbar', { name: 'Designer' })
    .getByRole('button', { name, exact: true });
  if (await button.isVisible()) await button.click();
  else {
    await page.getByRole('button', { name: 'More commands' }).click();
    await page.getByRole('menuitem', { name, exact: true }).click();
  }
}

/** A menu's item (Templates, Import, Export), through "More" when the menu is not in the row. */
export async function menuCommand(page: Page, menu: string, item: string): Promise<void> {
  const button = page
    .getByRole('toolbar', { name: 'Designer' })
    .getByRole('button', { name: menu, exact: true });
  if (await button.isVisible()) await button.click();
  else await page.getByRole('button', { name: 'More commands' }).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}

/** Load a template (confirming the replacement when the canvas has nodes). */
export async function pickTemplate(page: Page, label: string, confirm = false): Promise<void> {
  await menuCommand(page, 'Templates', label);
  if (confirm)
    await page
      .getByRole('dialog', { name: /^Replace the canvas with/ })
      .getByRole('button', { name: 'Replace' })
      .click();
}

export const canvas = (page: Page) => page.getByRole('region', { name: 'Canvas' });

/** A node on the canvas, by its kind label and name (its accessible name starts with both). */
export const canvasNode = (page: Page, kind: string, name: string) =>
  page.getByRole('group', { name: new RegExp(`^${kind} ${name}(,|$)`) });

export const errorList = (page: Page) => page.getByRole('list', { name: 'Errors' });

export const diagnostic = (page: Page, text: string | RegExp) =>
  page.getByRole('button', { name: text }).and(page.locator('.diagnostic'));

/** React Flow's connection handles have no accessible name; they are found by their side. */
function handle(node: Locator, side: 'top' | 'bottom'): Locator {
  return node.locator(`.react-flow__handle-${side}`);
}

/** Draw a connection with the mouse from one node's handle to another's. */
export async function drawConnection(page: Page, from: Locator, to: Locator): Promise<void> {
  const fromBox = await from.boundingBox();
  const toBox = await to.boundingBox();
  if (!fromBox || !toBox) throw new Error('node not visible');
  const below = toBox.y > fromBox.y + 10;
  const start = await handle(from, below || toBox.y === fromBox.y ? 'bottom' : 'top').boundingBox();
  const end = await handle(to, below || toBox.y === fromBox.y ? 'top' : 'bottom').boundingBox();
  if (!start || !end) throw new Error('handle not visible');
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 12 });
  await page.mouse.up();
}

/** Press Tab until the locator has focus: the keyboard-only way to reach a control. */
export async function tabTo(page: Page, target: Locator, max = 250): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target.toString()} with Tab`);
}

/** Replace a text field's value with typed keys. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
  await expect(field).toHaveValue(text);
}

export async function readZip(path: string): Promise<Map<string, string>> {
  const files = unzipSync(new Uint8Array(await readFile(path)));
  return new Map(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

export interface NodeSpec {
  readonly kind: string;
  readonly created: string;
  readonly name: string;
  readonly host: string;
  readonly offset?: number;
}

/** The five-node setup of documents 002/004 as examples/distributed-3.2.0.json has it. */
export const FIVE_NODES: readonly NodeSpec[] = [
  { kind: 'Key Manager', created: 'km', name: 'km', host: 'km.wso2.com', offset: 0 },
  { kind: 'Publisher', created: 'pub', name: 'pub', host: 'pub.wso2.com', offset: 1 },
  {
    kind: 'Developer Portal',
    created: 'devportal',
    name: 'store',
    host: 'store.wso2.com',
    offset: 2,
  },
  { kind: 'Traffic Manager', created: 'tm', name: 'tm', host: 'tm.wso2.com', offset: 3 },
  { kind: 'Gateway', created: 'gw', name: 'gw', host: 'gw.wso2.com', offset: 4 },
  { kind: 'Database', created: 'db', name: 'db', host: 'db.wso2.com' },
];

/** The example's edges, by node name, in its order. */
export const FIVE_NODE_EDGES: readonly (readonly [string, string])[] = [
  ['km', 'tm'],
  ['km', 'pub'],
  ['km', 'store'],
  ['km', 'gw'],
  ['tm', 'pub'],
  ['tm', 'store'],
  ['tm', 'gw'],
  ['pub', 'gw'],
  ['store', 'gw'],
  ['pub', 'store'],
  ['db', 'km'],
  ['db', 'tm'],
  ['db', 'pub'],
  ['db', 'store'],
  ['db', 'gw'],
];

export const EXAMPLE_PATH = join(root, 'examples/distributed-3.2.0.json');

/** An edge on the canvas between two named nodes, in either direction. */
export const canvasEdge = (page: Page, a: string, b: string) =>
  page.getByRole('group', { name: new RegExp(`^Connection (${a} – ${b}|${b} – ${a})(,|$)`) });

/** The five WSO2 sample deployment.toml files of document 002. */
export const DOC_002_FILES = ['gw', 'km', 'pub', 'store', 'tm'].map((n) =>
  join(root, `packages/topology/test/fixtures/doc-002/${n}.toml`),
);

/** Pick another API-M version in the settings dialog; the comparison dialog opens instead. */
export async function pickVersion(page: Page, version: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page
    .getByRole('combobox', { name: 'API Manager version' })
    .selectOption({ label: `WSO2 API Manager ${version}` });
  const dialog = page.getByRole('dialog', { name: `Switch to WSO2 API Manager ${version}?` });
  await expect(dialog).toBeVisible();
  return dialog;
}
