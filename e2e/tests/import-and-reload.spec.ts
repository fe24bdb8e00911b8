/** Import: a bad file says what is wrong and where; a good one loads and can be undone. Autosave. */
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import {
  artifact,
  canvasNode,
  EXAMPLE_PATH,
  openEmptyDesigner,
  typeInto,
} from '../support/designer.js';

test('a file with an error is refused with a message naming the place', async ({ page }) => {
  await openEmptyDesigner(page);
  const doc = JSON.parse(await readFile(EXAMPLE_PATH, 'utf8'));
  doc.nodes[2].offset = 'two';
  doc.nodes[4].kind = 'gatewy';
  await page.getByLabel('Import topology.json').setInputFiles({
    name: 'broken-topology.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(doc)),
  });
  const alert = page.getByRole('alert').filter({ hasText: 'broken-topology.json' });
  await expect(alert).toContainText('broken-topology.json is not a valid topology.');
  await expect(alert).toContainText('nodes[2].offset');
  await expect(alert).toContainText('nodes[4]');
  await expect(page.getByRole('group', { name: /^Key Manager/ })).toHaveCount(0);
  await page.screenshot({ path: artifact('08-import-error.png') });

  // Dropped on the canvas: text that is not JSON at all.
  const dataTransfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['{ "nodes": ['], 'half.json', { type: 'application/json' }));
    return dt;
  });
  await page.getByRole('region', { name: 'Canvas' }).dispatchEvent('drop', { dataTransfer });
  await expect(page.getByRole('alert')).toContainText('half.json is not JSON.');

  // A valid file loads; undo takes the import back.
  await page.getByLabel('Import topology.json').setInputFiles(EXAMPLE_PATH);
  await expect(canvasNode(page, 'Gateway', 'gw')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(canvasNode(page, 'Gateway', 'gw')).toHaveCount(0);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(canvasNode(page, 'Gateway', 'gw')).toBeVisible();
});

test('the work survives a reload', async ({ page }) => {
  await openEmptyDesigner(page);
  await page.getByRole('button', { name: 'Add Gateway' }).click();
  await page.getByRole('button', { name: 'Add Key Manager' }).click();
  await canvasNode(page, 'Gateway', 'gw').click();
  await typeInto(
    page,
    page.getByRole('textbox', { name: 'Host', exact: true }),
    'edge.example.org',
  );
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page.getByRole('group', { name: /^Connection / })).toHaveCount(1);

  await page.reload();
  await expect(canvasNode(page, 'Gateway', 'gw')).toBeVisible();
  await expect(canvasNode(page, 'Key Manager', 'km')).toBeVisible();
  await expect(page.getByRole('group', { name: /^Connection / })).toHaveCount(1);
  await canvasNode(page, 'Gateway', 'gw').click();
  await expect(page.getByRole('textbox', { name: 'Host', exact: true })).toHaveValue(
    'edge.example.org',
  );

  // Dark theme, for the record.
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await page.screenshot({ path: artifact('09-after-reload-dark.png') });
});
