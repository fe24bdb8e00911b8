/** Import existing configuration (issue 8): WSO2's own deployment.toml files become a topology. */
import { expect, test } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  artifact,
  canvas,
  canvasNode,
  DOC_002_FILES,
  openEmptyDesigner,
} from '../support/designer.js';

const NODES = [
  ['Key Manager', 'km'],
  ['Publisher', 'pub'],
  ['Developer Portal', 'store'],
  ['Traffic Manager', 'tm'],
  ['Gateway', 'gw'],
  ['Database', 'db'],
] as const;

test('the five sample files of document 002 open as the five-node topology', async ({ page }) => {
  await openEmptyDesigner(page);
  await page.getByLabel('Import deployment.toml files or a zip').setInputFiles(DOC_002_FILES);

  const dialog = page.getByRole('dialog', { name: 'Import configuration' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('6 nodes and 15 connections recovered from 5 files');
  await expect(dialog.getByRole('cell', { name: 'km.toml' })).toBeVisible();
  await expect(dialog.getByRole('cell', { name: 'server_role: api-key-manager' })).toBeVisible();
  const kept = dialog.getByRole('list', { name: 'Kept verbatim' });
  await expect(kept.getByRole('listitem').filter({ hasText: 'km: user_store.type' })).toHaveCount(
    1,
  );
  await expect(dialog.getByRole('list', { name: 'Notes' })).toContainText('API-M 3.2.0 is assumed');
  // Nothing has changed yet.
  await expect(canvasNode(page, 'Gateway', 'gw')).toHaveCount(0);
  await page.screenshot({ path: artifact('10-import-report.png') });

  await dialog.getByRole('button', { name: 'Open as topology' }).click();
  await expect(dialog).toBeHidden();
  for (const [kind, name] of NODES) await expect(canvasNode(page, kind, name)).toBeVisible();
  await expect(canvas(page).getByRole('group', { name: /^Connection / })).toHaveCount(15);
  await expect(
    page.getByRole('button', { name: /^Topology settings: .*API Manager 3\.2\.0$/ }),
  ).toBeVisible();

  // Laid out: no two cards on top of each other.
  const boxes = await Promise.all(NODES.map(([k, n]) => canvasNode(page, k, n).boundingBox()));
  const spots = new Set(boxes.map((b) => `${Math.round(b?.x ?? 0)},${Math.round(b?.y ?? 0)}`));
  expect(spots.size).toBe(NODES.length);

  // The keys the model does not cover are shown read-only with the node.
  await canvasNode(page, 'Key Manager', 'km').click();
  const side = page.getByRole('complementary', { name: 'Details' });
  await expect(
    side.getByRole('heading', { name: 'Kept from the imported file (1)' }),
  ).toBeVisible();
  await side.getByText('Show the kept keys').click();
  await expect(side.getByLabel('Kept configuration of km')).toContainText('[user_store]');
  await expect(side.getByLabel('deployment.toml of km')).toContainText(
    'type = "database_unique_id"',
  );
  await page.screenshot({ path: artifact('11-imported-topology.png') });

  // One undo step takes the whole import back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(canvasNode(page, 'Gateway', 'gw')).toHaveCount(0);
  await expect(canvasNode(page, 'Key Manager', 'km')).toHaveCount(0);
});

test('a zip of the files imports the same; a broken file is reported with its place', async ({
  page,
}) => {
  await openEmptyDesigner(page);
  const entries = Object.fromEntries(
    await Promise.all(
      DOC_002_FILES.map(async (f) => [`conf/${basename(f)}`, strToU8(await readFile(f, 'utf8'))]),
    ),
  );
  await page.getByLabel('Import deployment.toml files or a zip').setInputFiles({
    name: 'doc-002.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from(zipSync(entries)),
  });
  const dialog = page.getByRole('dialog', { name: 'Import configuration' });
  await expect(dialog).toContainText('6 nodes and 15 connections');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(canvasNode(page, 'Gateway', 'gw')).toHaveCount(0);

  await page.getByLabel('Import deployment.toml files or a zip').setInputFiles({
    name: 'broken.toml',
    mimeType: 'application/toml',
    buffer: Buffer.from('[server]\nhostname = "gw.example.org"\noffset = \n'),
  });
  const errors = dialog.getByRole('list', { name: 'Import errors' });
  await expect(errors).toContainText(/broken\.toml:3:\d+/);
  await expect(dialog.getByRole('button', { name: 'Open as topology' })).toBeDisabled();
});
