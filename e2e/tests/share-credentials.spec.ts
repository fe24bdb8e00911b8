/** Share (issue 6): credentials stay out of a link unless the user explicitly includes them. */
import { expect, test } from '@playwright/test';
import { artifact, canvasNode, openFiveNodeTemplate } from '../support/designer.js';

// The template's store passwords are placeholders already ($secret{…}): only the literal ones go.
const STRIPPED = ['settings.superAdmin.password', 'nodes[5].password'];

test('a share leaves the credentials out and lists them; including them is a choice', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openFiveNodeTemplate(page);
  await expect(canvasNode(page, 'Gateway', 'gw')).toBeVisible();

  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this topology' });
  await expect(dialog).toContainText('Credentials are left out by default');
  const include = dialog.getByRole('checkbox', { name: 'Include credentials' });
  await expect(include).not.toBeChecked();
  await dialog.getByRole('button', { name: 'Create share link' }).click();

  const left = dialog.getByRole('list', { name: 'Credentials left out' });
  await expect(left.getByRole('listitem')).toHaveCount(STRIPPED.length);
  for (const path of STRIPPED) await expect(left).toContainText(path);
  await expect(left).toContainText('Super admin password');
  await expect(left).toContainText('db: database password');
  await page.screenshot({ path: artifact('14-share-without-credentials.png') });

  const id = new URL(
    await dialog.getByRole('textbox', { name: 'View link' }).inputValue(),
  ).searchParams.get('share');
  const stored = await (await page.request.get(`/api/v1/topologies/${id}`)).json();
  expect(stored.topology.settings.superAdmin.password).toBe('$env{APIM_ADMIN_PASSWORD}');
  expect(stored.strippedCredentials).toHaveLength(STRIPPED.length);

  // Explicitly included: the link stores them as they are.
  await dialog.getByRole('button', { name: 'Create another link' }).click();
  await include.check();
  await dialog.getByRole('button', { name: 'Create share link' }).click();
  await expect(dialog).toContainText('Credentials are included in this link as they are.');
  const id2 = new URL(
    await dialog.getByRole('textbox', { name: 'View link' }).inputValue(),
  ).searchParams.get('share');
  const stored2 = await (await page.request.get(`/api/v1/topologies/${id2}`)).json();
  expect(stored2.topology.settings.superAdmin.password).toBe('admin');
  expect(stored2.strippedCredentials).toEqual([]);
});

test('an edit link leaves credentials out of a save unless they are included, and says so', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openFiveNodeTemplate(page);
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await page.getByRole('button', { name: 'Create share link' }).click();
  const editUrl = await page.getByRole('textbox', { name: 'Edit link' }).inputValue();
  const id = new URL(editUrl).searchParams.get('share');
  const stored = async () =>
    (await (await page.request.get(`/api/v1/topologies/${id}`)).json()) as {
      topology: { settings: { superAdmin: { password: string } } };
      strippedCredentials: unknown[];
    };

  const editor = await context.newPage();
  await editor.goto(editUrl);
  const bar = editor.getByRole('region', { name: 'Shared topology' });
  const include = bar.getByRole('checkbox', { name: 'Include credentials' });
  // The link was made without credentials: saves leave them out too, unless ticked.
  await expect(include).not.toBeChecked();
  await editor.getByRole('button', { name: 'Settings', exact: true }).click();
  await editor.getByLabel('Admin password').fill('S3cret-admin');
  await editor.getByRole('button', { name: 'Close' }).click();

  await bar.getByRole('button', { name: 'Save to link' }).click();
  await expect(editor.getByText(/Saved to the shared link without 1 credential/)).toBeVisible();
  await expect(
    editor.getByText('Super admin password (settings.superAdmin.password)'),
  ).toBeVisible();
  expect((await stored()).topology.settings.superAdmin.password).toBe('$env{APIM_ADMIN_PASSWORD}');

  await include.check();
  await bar.getByRole('button', { name: 'Save to link' }).click();
  await expect(editor.getByText('Saved to the shared link.', { exact: true })).toBeVisible();
  const kept = await stored();
  expect(kept.topology.settings.superAdmin.password).toBe('S3cret-admin');
  expect(kept.strippedCredentials).toEqual([]);
  await editor.screenshot({ path: artifact('15-edit-link-credentials.png') });

  // Opened again, the link holds credentials as they are: the box starts ticked.
  const again = await context.newPage();
  await again.goto(editUrl);
  await expect(
    again.getByRole('region', { name: 'Shared topology' }).getByRole('checkbox', {
      name: 'Include credentials',
    }),
  ).toBeChecked();
});
