/**
 * Check a deployment (issue 19): the live files of a deployment, changed the way operators change
 * them, are compared with the design in the browser; the nodes and connections are coloured by the
 * result and the inspector says what differs and what it breaks.
 */
import { expect, test } from '@playwright/test';
import { parseTopology, render } from '@apim-designer/topology';
import { strToU8, zipSync } from 'fflate';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  artifact,
  canvasEdge,
  canvasNode,
  menuCommand,
  openEmptyDesigner,
  root,
} from '../support/designer.js';

const EXAMPLE = join(root, 'examples/distributed-3.2.0.json');

/** The example's bundle as a live deployment: one URL changed, one file missing, one key added. */
async function liveZip(): Promise<Buffer> {
  const parsed = parseTopology(JSON.parse(await readFile(EXAMPLE, 'utf8')));
  if (!parsed.ok) throw new Error('the example does not parse');
  const rendered = render(parsed.topology);
  if (!rendered.ok) throw new Error('the example does not render');
  const entries: Record<string, Uint8Array> = {};
  for (const f of rendered.files) {
    if (!f.path.endsWith('.toml') || f.path.startsWith('km/')) continue;
    let text = f.contents;
    if (f.path.startsWith('gw/')) {
      expect(text).toContain('tcp://tm.wso2.com:9614');
      text = text.replace('tcp://tm.wso2.com:9614', 'tcp://tm.wso2.com:9999');
    }
    if (f.path.startsWith('pub/'))
      text = text.replace('[server]\n', '[server]\nenable_log_masking = true\n');
    entries[`live/${f.path}`] = strToU8(text);
  }
  return Buffer.from(zipSync(entries));
}

test('a changed file is found, shown on the canvas and explained in the inspector', async ({
  page,
}) => {
  await openEmptyDesigner(page);
  await page.getByLabel('Import topology.json').setInputFiles(EXAMPLE);
  await expect(canvasNode(page, 'Gateway', 'gw')).toBeVisible();

  await menuCommand(page, 'Import', 'Check a deployment…');
  const dialog = page.getByRole('dialog', { name: 'Check a deployment' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Live configuration files, a zip or a verify report').setInputFiles({
    name: 'live.zip',
    mimeType: 'application/zip',
    buffer: await liveZip(),
  });
  await expect(dialog.getByRole('status')).toContainText(
    '5 nodes checked against WSO2 API Manager 3.2.0; 1 drifts; 3 as designed; 1 without a file',
  );
  const gwRow = dialog
    .getByRole('row')
    .filter({ hasText: 'live/gw/repository/conf/deployment.toml' });
  await expect(gwRow).toContainText('1 error');
  await expect(dialog.getByRole('row').filter({ hasText: /^km/ })).toContainText('no live file');
  const differences = dialog.getByRole('list', { name: 'Differences of gw' });
  await expect(differences).toContainText(
    'apim.throttling.url_group[0].traffic_manager_urls changed',
  );
  await expect(differences).toContainText(
    'breaks: misses tcp://tm.wso2.com:9614 (Traffic Manager tm)',
  );
  await page.screenshot({ path: artifact('19-check-report.png') });

  await dialog.getByRole('button', { name: 'Show on canvas' }).click();
  await expect(dialog).toBeHidden();
  const gw = canvasNode(page, 'Gateway', 'gw');
  await expect(gw.getByLabel('Deployment check: drifts from the design, 1 error')).toBeVisible();
  await expect(
    canvasNode(page, 'Key Manager', 'km').getByLabel(/^Deployment check: no live file/),
  ).toBeVisible();
  await expect(
    canvasNode(page, 'Traffic Manager', 'tm').getByLabel(/^Deployment check: as designed/),
  ).toBeVisible();
  await expect(
    canvasNode(page, 'Publisher', 'pub').getByLabel(
      'Deployment check: as designed, as designed (1 key(s) not in the design)',
    ),
  ).toBeVisible();

  await gw.click();
  const side = page.getByRole('complementary', { name: 'Details' });
  const found = side.getByRole('region', { name: 'Deployment check' });
  await expect(found).toContainText('Deployment check: 1 error');
  await expect(found.getByRole('list', { name: 'What the check found' })).toContainText(
    'live: ["tcp://tm.wso2.com:9999"]',
  );
  // The connection whose key changed says so when it has the focus, and in the inspector.
  const tmEdge = canvasEdge(page, 'tm', 'gw');
  await tmEdge.focus();
  await expect(page.getByRole('tooltip')).toContainText(
    'Deployment check: gw: apim.throttling.url_group[0].traffic_manager_urls changed',
  );
  await page.keyboard.press('Enter');
  await expect(side.getByRole('region', { name: 'Deployment check' })).toContainText(
    'breaks: misses tcp://tm.wso2.com:9614 (Traffic Manager tm)',
  );
  await gw.click();
  await page.screenshot({ path: artifact('19-check-canvas.png') });

  await side.getByRole('button', { name: 'Clear the check from the canvas' }).click();
  await expect(gw.getByLabel(/^Deployment check/)).toHaveCount(0);
});
