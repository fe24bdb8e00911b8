/**
 * Share links: the view link opens the same topology read-only; edit links save back with
 * If-Match, and a save based on a stale revision is refused and shown.
 */
import { expect, test } from '@playwright/test';
import { artifact, canvasNode, openFiveNodeTemplate } from '../support/designer.js';

test('a view link shows the same topology read-only', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openFiveNodeTemplate(page);
  await expect(canvasNode(page, 'Gateway', 'gw')).toBeVisible();

  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await page.getByRole('button', { name: 'Create share link' }).click();
  const viewField = page.getByRole('textbox', { name: 'View link' });
  await expect(viewField).toHaveValue(/\/\?share=/);
  const viewUrl = await viewField.inputValue();
  const editUrl = await page.getByRole('textbox', { name: 'Edit link' }).inputValue();
  expect(editUrl).toMatch(/\/\?share=[^#]+#edit=/);
  // One link at a time, the view link first: pasting "the link" never hands out edit rights.
  await expect(page.getByText('The view link is on the clipboard.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(viewUrl);
  await page.getByRole('button', { name: 'Copy edit link' }).click();
  await expect(page.getByRole('button', { name: 'Copy edit link' })).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(editUrl);
  await page.screenshot({ path: artifact('05-share-dialog.png') });

  const viewer = await context.newPage();
  await viewer.goto(viewUrl);
  await expect(viewer.getByText('Read-only')).toBeVisible();
  for (const [kind, name] of [
    ['Key Manager', 'km'],
    ['Publisher', 'pub'],
    ['Developer Portal', 'store'],
    ['Traffic Manager', 'tm'],
    ['Gateway', 'gw'],
    ['Database', 'db'],
  ] as const)
    await expect(canvasNode(viewer, kind, name)).toBeVisible();
  await expect(viewer.getByRole('group', { name: /^Connection / })).toHaveCount(15);
  await expect(viewer.getByRole('button', { name: 'Add Gateway' })).toBeDisabled();
  await canvasNode(viewer, 'Gateway', 'gw').click();
  await expect(viewer.getByRole('textbox', { name: 'Host', exact: true })).toHaveValue(
    'gw.wso2.com',
  );
  await expect(viewer.getByRole('textbox', { name: 'Host', exact: true })).not.toBeEditable();
  await expect(viewer.getByRole('button', { name: 'Connect', exact: true })).toHaveCount(0);
  await viewer.screenshot({ path: artifact('06-view-link-read-only.png') });

  // Two editors open the edit link; the first saves, the second's save is refused and shown.
  const first = await context.newPage();
  const second = await context.newPage();
  for (const p of [first, second]) {
    await p.goto(editUrl);
    await expect(canvasNode(p, 'Gateway', 'gw')).toBeVisible();
  }
  await canvasNode(first, 'Gateway', 'gw').click();
  await first.getByRole('textbox', { name: 'Host', exact: true }).fill('gw1.wso2.com');
  await first.getByRole('button', { name: 'Save to link' }).click();
  await expect(first.getByText('Saved to the shared link.')).toBeVisible();

  await canvasNode(second, 'Traffic Manager', 'tm').click();
  await second.getByRole('textbox', { name: 'Host', exact: true }).fill('tm9.wso2.com');
  await second.getByRole('button', { name: 'Save to link' }).click();
  await expect(
    second.getByRole('alert').filter({ hasText: 'Someone saved this topology' }),
  ).toBeVisible();
  await second.screenshot({ path: artifact('07-edit-conflict.png') });

  const id = new URL(viewUrl).searchParams.get('share') ?? '';
  const stored = await (await page.request.get(`/api/v1/topologies/${id}`)).json();
  const hosts = Object.fromEntries(
    (stored.topology.nodes as { name: string; host: string }[]).map((n) => [n.name, n.host]),
  );
  expect(hosts).toMatchObject({ gw: 'gw1.wso2.com', tm: 'tm.wso2.com' });

  // Loading their version replaces the conflicting edit.
  await second.getByRole('button', { name: 'Load their version' }).click();
  await canvasNode(second, 'Gateway', 'gw').click();
  await expect(second.getByRole('textbox', { name: 'Host', exact: true })).toHaveValue(
    'gw1.wso2.com',
  );
});
