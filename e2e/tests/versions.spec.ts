/** Between versions (issue 8): a version change shows what changes first, and is one undo step. */
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import {
  artifact,
  canvasNode,
  EXAMPLE_PATH,
  openEmptyDesigner,
  pickVersion,
  openFiveNodeTemplate,
} from '../support/designer.js';

async function openDistributed(page: Page): Promise<void> {
  await openFiveNodeTemplate(page);
  await expect(canvasNode(page, 'Key Manager', 'km')).toBeVisible();
}

const versionButton = (page: Page, v: string) =>
  page.getByRole('button', { name: new RegExp(`^Topology settings: .*API Manager ${v}$`) });

test('3.2.0 → 3.1.0: the diff shows the Key Manager losing its [[event_listener]]', async ({
  page,
}) => {
  await openDistributed(page);
  await canvasNode(page, 'Key Manager', 'km').click();
  const preview = page.getByLabel('deployment.toml of km');
  await expect(preview).toContainText('[[event_listener]]');

  const dialog = await pickVersion(page, '3.1.0');
  const km = dialog.getByRole('region', { name: 'km', exact: true });
  await km.getByText('km/repository/conf/deployment.toml').click();
  const diff = km.getByLabel('Diff of km/repository/conf/deployment.toml');
  await expect(diff).toContainText('-[[event_listener]]');
  await expect(dialog.getByRole('region', { name: 'Does not carry over' })).toHaveCount(0);
  await page.screenshot({ path: artifact('12-version-diff.png') });

  // Nothing is applied before the user says so.
  await expect(versionButton(page, '3.2.0')).toBeVisible();
  await dialog.getByRole('button', { name: 'Switch to API-M 3.1.0' }).click();
  await expect(dialog).toBeHidden();
  await expect(versionButton(page, '3.1.0')).toBeVisible();
  await expect(preview).not.toContainText('[[event_listener]]');
  await expect(preview).toContainText('WSO2 API Manager 3.1.0');

  // One undo step goes back to 3.2.0.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(versionButton(page, '3.2.0')).toBeVisible();
  await expect(preview).toContainText('[[event_listener]]');
});

test('3.2.0 → 4.2.0: the roles 4.x does not have are listed; Cancel keeps 3.2.0', async ({
  page,
}) => {
  await openDistributed(page);
  const dialog = await pickVersion(page, '4.2.0');
  const lost = dialog.getByRole('region', { name: 'Does not carry over' });
  await expect(lost).toBeVisible();
  for (const role of ['Key Manager', 'Publisher', 'Developer Portal'])
    await expect(
      lost.getByRole('listitem').filter({ hasText: `API-M 4.2.0 has no separate ${role} node` }),
    ).toHaveCount(1);
  await expect(dialog).toContainText('the bundle is refused until');
  await page.screenshot({ path: artifact('13-version-not-carried-over.png') });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(versionButton(page, '3.2.0')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add Key Manager' })).toBeVisible();
});

test('the palette offers the kinds of the release family', async ({ page }) => {
  await openEmptyDesigner(page);
  for (const [version, has, hasNot] of [
    ['2.6.0', 'Add Key Manager', 'Add Control Plane'],
    // 4.x keeps a Key Manager of its own (a separated Key Manager, WSO2's 4.x distributed guide).
    ['4.4.0', 'Add Control Plane', 'Add Publisher'],
  ] as const) {
    const dialog = await pickVersion(page, version);
    await dialog.getByRole('button', { name: `Switch to API-M ${version}` }).click();
    await expect(page.getByRole('button', { name: has })).toBeVisible();
    await expect(page.getByRole('button', { name: hasNot })).toHaveCount(0);
  }
  // 4.x: a Gateway has gateway labels; a Control Plane has name, host and offset.
  await page.getByRole('button', { name: 'Add Control Plane' }).click();
  await expect(page.getByRole('textbox', { name: 'Port offset' })).toBeVisible();
  await page.getByRole('button', { name: 'Add Gateway' }).click();
  const labels = page.getByRole('textbox', { name: 'Gateway labels' });
  await labels.fill('Default, us-east,');
  await expect(labels).toHaveValue('Default, us-east,');
  // Leave the field: the value is applied.
  await page.getByRole('button', { name: 'Settings', exact: true }).focus();
  const gwPreview = page.getByLabel(/^deployment\.toml of gw/);
  // The preview follows the edit although the topology has errors (nothing is wired yet).
  await expect(
    page.getByText(/The bundle is refused until the \d+ errors are fixed/),
  ).toBeVisible();
  await expect(gwPreview).toContainText('gateway_labels = [ "Default", "us-east" ]');
});

test('Compare with file… diffs the canvas against a topology.json', async ({ page }) => {
  await openDistributed(page);
  const doc = JSON.parse(await readFile(EXAMPLE_PATH, 'utf8'));
  doc.nodes.find((n: { name: string }) => n.name === 'gw').host = 'edge.example.org';
  await page.getByLabel('Compare with topology.json').setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(doc)),
  });
  const dialog = page.getByRole('dialog', { name: 'Compare with other.json' });
  const gw = dialog.getByRole('region', { name: 'gw', exact: true });
  await gw.getByText('gw/repository/conf/deployment.toml').click();
  await expect(gw.getByLabel('Diff of gw/repository/conf/deployment.toml')).toContainText(
    '+hostname = "edge.example.org"',
  );
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await expect(dialog).toBeHidden();
});
