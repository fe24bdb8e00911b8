/**
 * Deploy targets in the designer (issue 16): the target beside Download decides the bundle, the
 * preview lists its files and opens them, and what the target cannot express is a diagnostic.
 */
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseTopology, render } from '@apim-designer/topology';
import {
  artifact,
  canvasNode,
  openEmptyDesigner,
  openFiveNodeTemplate,
  readZip,
  root,
} from '../support/designer.js';

const FOUR_FOUR = join(root, 'examples/distributed-4.4.0.json');

test('Docker Compose: the preview lists compose.yaml and opens it; the zip holds what the core renders', async ({
  page,
}) => {
  await openFiveNodeTemplate(page);
  const target = page.getByRole('combobox', { name: 'Deploy target' });
  await expect(target).toHaveValue('vm');
  await target.selectOption({ label: 'Docker Compose' });

  const files = page.getByRole('list', { name: 'Bundle files' });
  await files.getByRole('button', { name: 'compose.yaml', exact: true }).click();
  await expect(page.getByLabel('compose.yaml', { exact: true })).toContainText(
    'image: wso2/wso2am:3.2.0',
  );
  await page.screenshot({ path: artifact('targets-compose-preview.png') });
  // A node's own file is still its deployment.toml, the one the container mounts.
  await canvasNode(page, 'Gateway', 'gw').click();
  await expect(page.getByLabel('deployment.toml of gw')).toContainText('offset = 4');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download bundle' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/-compose\.zip$/);
  const zipPath = artifact('compose-bundle.zip');
  await download.saveAs(zipPath);
  const zip = await readZip(zipPath);
  const parsed = parseTopology(JSON.parse(zip.get('topology.json') ?? '{}'));
  if (!parsed.ok) throw new Error('the bundle’s topology.json does not parse');
  const expected = render(parsed.topology, { target: 'compose' });
  if (!expected.ok) throw new Error('does not render for compose');
  expect([...zip.keys()].sort()).toEqual(expected.files.map((f) => f.path).sort());
  expect(zip.get('compose.yaml')).toBe(
    expected.files.find((f) => f.path === 'compose.yaml')?.contents,
  );
});

test('Helm: a 3.2 design is refused with the reason; a 4.4 one previews each node’s chart values', async ({
  page,
}) => {
  await openFiveNodeTemplate(page);
  await page
    .getByRole('combobox', { name: 'Deploy target' })
    .selectOption({ label: 'Helm (Kubernetes)' });
  await expect(page.getByText(/helm-apim has a 3\.2\.x branch/).first()).toBeVisible();
  await expect(page.getByText(/The bundle is refused until the 1 error is fixed/)).toBeVisible();

  await openEmptyDesigner(page);
  await page.getByLabel('Import topology.json').setInputFiles(FOUR_FOUR);
  await expect(canvasNode(page, 'Gateway', 'gw')).toBeVisible();
  await page
    .getByRole('combobox', { name: 'Deploy target' })
    .selectOption({ label: 'Helm (Kubernetes)' });
  await canvasNode(page, 'Gateway', 'gw').click();
  const values = page.getByLabel('gw.yaml of gw');
  await expect(values).toContainText('serviceUrl: cp-wso2am-cp-service');
  await expect(values).toContainText('sync_runtime_artifacts:');
  const files = page.getByRole('list', { name: 'Bundle files' });
  await files.getByRole('button', { name: 'install.sh', exact: true }).click();
  await expect(page.getByLabel('install.sh', { exact: true })).toContainText(
    'helm upgrade --install cp wso2/wso2am-cp --version 4.4.0-4',
  );
  const example = JSON.parse(await readFile(FOUR_FOUR, 'utf8')) as { name: string };
  expect(example.name).toContain('4.4');
});
