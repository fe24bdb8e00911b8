/**
 * From an empty canvas, the five-node topology of documents 002/004 built with the mouse: drag
 * from the palette, draw the connections, edit in the inspector; the missing-connection errors
 * go away as edges are drawn; the downloaded zip holds what the core generates for the example.
 */
import { parseTopology, render } from '@apim-designer/topology';
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import {
  artifact,
  canvas,
  canvasEdge,
  canvasNode,
  diagnostic,
  drawConnection,
  EXAMPLE_PATH,
  errorList,
  FIVE_NODE_EDGES,
  FIVE_NODES,
  openEmptyDesigner,
  readZip,
} from '../support/designer.js';

const SLOTS = [
  [200, 90],
  [500, 90],
  [800, 90],
  [200, 320],
  [500, 320],
  [500, 550],
] as const;

test('build the five-node topology by drag and drop, then download the bundle', async ({
  page,
}) => {
  await openEmptyDesigner(page);
  await page.screenshot({ path: artifact('01-empty-canvas.png') });

  // Drag each component from the palette onto the canvas.
  for (const [i, spec] of FIVE_NODES.entries()) {
    const [x, y] = SLOTS[i] ?? [0, 0];
    await page
      .getByRole('button', { name: `Add ${spec.kind}` })
      .dragTo(canvas(page), { targetPosition: { x, y } });
    await expect(canvasNode(page, spec.kind, spec.created)).toBeVisible();
  }

  // Name, host and offset as in the example, typed into the inspector.
  for (const spec of FIVE_NODES) {
    await canvasNode(page, spec.kind, spec.created).click();
    const inspector = page.getByRole('region', { name: `Inspector: ${spec.created}` });
    await inspector.getByRole('textbox', { name: 'Host', exact: true }).fill(spec.host);
    if (spec.offset !== undefined)
      await inspector.getByRole('textbox', { name: 'Port offset' }).fill(String(spec.offset));
    // Last: the inspector is named after the node.
    await inspector.getByRole('textbox', { name: 'Name', exact: true }).fill(spec.name);
  }
  await canvasNode(page, 'Database', 'db').click();
  await page.getByRole('textbox', { name: 'Database user' }).fill('root');
  await page.getByLabel('Database password').fill('root');

  const example = JSON.parse(await readFile(EXAMPLE_PATH, 'utf8')) as { name: string };
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByRole('textbox', { name: 'Topology name' }).fill(example.name);
  await page.getByRole('button', { name: 'Close' }).click();

  // Every API-M node misses its Key Manager / Traffic Manager / Gateway.
  const gwNoKm = diagnostic(page, /Gateway gw reaches no Key Manager/);
  await expect(gwNoKm).toBeVisible();
  await expect(diagnostic(page, /Publisher pub reaches no Traffic Manager/)).toBeVisible();
  await page.screenshot({ path: artifact('02-nodes-placed-with-diagnostics.png') });

  const kindOf = new Map(FIVE_NODES.map((s) => [s.name, s.kind]));
  const node = (name: string) => canvasNode(page, kindOf.get(name) ?? '', name);
  for (const [a, b] of FIVE_NODE_EDGES) {
    await drawConnection(page, node(a), node(b));
    await expect(canvasEdge(page, a, b)).toHaveCount(1);
    if (a === 'km' && b === 'gw') await expect(gwNoKm).toHaveCount(0);
  }
  await expect(errorList(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /Diagnostics \(0 errors/ })).toBeVisible();

  // A refused connection says why.
  await drawConnection(page, node('gw'), node('gw'));
  await drawConnection(page, node('km'), node('db'));
  await expect(page.getByRole('alert')).toContainText('already connected');

  // The preview shows the selected node's deployment.toml.
  await node('gw').click();
  const code = page.getByLabel('deployment.toml of gw');
  await expect(code).toContainText('https://km.wso2.com:9443/services/');
  await page.screenshot({ path: artifact('03-connected-with-preview.png') });

  // Hovering an edge says what it carries.
  await page.getByRole('button', { name: 'Dismiss: Connection refused.' }).first().click();
  await node('tm').click();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download bundle' }).click();
  const download = await downloading;
  const zipPath = artifact('mouse-bundle.zip');
  await download.saveAs(zipPath);
  const files = await readZip(zipPath);

  // The zip holds exactly what the core renders for the example document.
  const parsed = parseTopology(JSON.parse(await readFile(EXAMPLE_PATH, 'utf8')));
  if (!parsed.ok) throw new Error('example does not parse');
  const expected = render(parsed.topology);
  if (!expected.ok) throw new Error('example does not render');
  expect([...files.keys()].sort()).toEqual(expected.files.map((f) => f.path).sort());
  for (const f of expected.files.filter((x) => x.path.endsWith('deployment.toml')))
    expect(files.get(f.path), f.path).toBe(f.contents);
  const gw = files.get('gw/repository/conf/deployment.toml') ?? '';
  expect(gw).toContain('hostname = "gw.wso2.com"');
  expect(gw).toContain('offset = 4');
  expect(files.get('hosts')).toContain('km.wso2.com');
});
