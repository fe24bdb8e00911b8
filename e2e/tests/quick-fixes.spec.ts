/**
 * Diagnostics that share a cause are one group, and each obvious fix is one button and one undo
 * step: connecting every node that needs a database, adding the missing database, a placeholder
 * for a plain-text password, and Settings opened at the field for the topology's own settings.
 */
import { expect, test, type Page } from '@playwright/test';
import { canvas, canvasEdge, canvasNode, openFiveNodeTemplate } from '../support/designer.js';

const diagnostics = (page: Page) => page.getByRole('region', { name: /Diagnostics \(/ });

async function deleteNode(page: Page, kind: string, name: string) {
  await canvasNode(page, kind, name).click();
  await page.keyboard.press('Delete');
  await expect(canvasNode(page, kind, name)).toHaveCount(0);
}

test('a missing database is one group; its fix adds one and connects every node, one undo step', async ({
  page,
}) => {
  await openFiveNodeTemplate(page);
  await deleteNode(page, 'Database', 'db');
  const group = diagnostics(page)
    .getByRole('listitem')
    .filter({ hasText: '5 nodes use no shared database' });
  await expect(group).toHaveCount(1);
  // Four errors and five warnings of the nodes are in it, not listed on their own.
  await expect(group.getByText('9 related problems')).toBeVisible();
  await group
    .getByRole('button', { name: 'Add a database and connect every node that needs one' })
    .click();
  await expect(canvasNode(page, 'Database', 'db')).toBeVisible();
  for (const n of ['km', 'pub', 'store', 'tm', 'gw'])
    await expect(canvasEdge(page, n, 'db')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: /Diagnostics \(0 errors/ })).toBeVisible();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(canvasNode(page, 'Database', 'db')).toHaveCount(0);
  await expect(group).toHaveCount(1);
});

test('connect every node that needs a database to db, in one step', async ({ page }) => {
  await openFiveNodeTemplate(page);
  await deleteNode(page, 'Database', 'db');
  await page
    .getByRole('button', { name: 'Add Database' })
    .dragTo(canvas(page), { targetPosition: { x: 300, y: 60 } });
  await expect(canvasNode(page, 'Database', 'db')).toBeVisible();
  await diagnostics(page)
    .getByRole('button', { name: 'Connect every node that needs a database to db' })
    .click();
  for (const n of ['km', 'pub', 'store', 'tm', 'gw'])
    await expect(canvasEdge(page, n, 'db')).toHaveCount(1);
  await expect(diagnostics(page).getByText('use no shared database')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  for (const n of ['km', 'pub', 'store', 'tm', 'gw'])
    await expect(canvasEdge(page, n, 'db')).toHaveCount(0);
});

test('a plain-text password is replaced by a placeholder; settings problems open Settings at the field', async ({
  page,
}) => {
  await openFiveNodeTemplate(page);
  const password = diagnostics(page)
    .getByRole('listitem')
    .filter({ hasText: 'password of database db' });
  await password.getByRole('button', { name: 'Replace with a placeholder' }).click();
  await expect(password).toHaveCount(0);
  await canvasNode(page, 'Database', 'db').click();
  await expect(page.getByLabel('Database password')).toHaveValue('$env{DB_DB_PASSWORD}');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(password).toHaveCount(1);

  // A global diagnostic does something when clicked: Settings, at its field.
  await diagnostics(page)
    .getByRole('button', { name: /The super admin is admin \/ admin/ })
    .click();
  const settings = page.getByRole('dialog', { name: 'Topology settings' });
  await expect(settings).toBeVisible();
  await expect(settings.getByRole('textbox', { name: 'Admin password' })).toBeFocused();
  await page.getByRole('button', { name: 'Close' }).click();
  // Its quick action does the same.
  const admin = diagnostics(page)
    .getByRole('listitem')
    .filter({ hasText: 'super admin is admin / admin' });
  await admin.getByRole('button', { name: 'Open Settings' }).click();
  await expect(settings.getByRole('textbox', { name: 'Admin password' })).toBeFocused();
});

test('node badges count errors and warnings', async ({ page }) => {
  await openFiveNodeTemplate(page);
  // The database has a warning (its password) and no error: its badge says so.
  await expect(canvasNode(page, 'Database', 'db')).toHaveAccessibleName(/^Database db, 1 warning$/);
  await expect(
    canvasNode(page, 'Database', 'db').locator('.node-badge[data-severity="warning"]'),
  ).toHaveText('1');
  await deleteNode(page, 'Key Manager', 'km');
  await expect(canvasNode(page, 'Gateway', 'gw')).toHaveAccessibleName(/^Gateway gw, 1 error/);
  await expect(
    canvasNode(page, 'Gateway', 'gw').locator('.node-badge[data-severity="error"]'),
  ).toHaveText('1');
});
