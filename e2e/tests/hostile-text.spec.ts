/**
 * Hostile text (issue 6): markup typed into names and descriptions is shown as text on the canvas,
 * in the inspector, the diagnostics and the preview; nothing runs.
 */
import { expect, test } from '@playwright/test';
import { artifact, canvas, errorList, openEmptyDesigner } from '../support/designer.js';

const NAME = '<img src=x onerror=window.__xss=1>';
const DESCRIPTION = '<script>window.__xss=2</script>';

test('markup in a name and a description is text, and no script runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await openEmptyDesigner(page);
  await page.getByRole('button', { name: 'Add All-in-one' }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(NAME);
  await page.getByRole('textbox', { name: 'Environment description' }).fill(DESCRIPTION);

  // Canvas: the card and its accessible name carry the text as typed.
  await expect(canvas(page).getByText(NAME, { exact: true })).toBeVisible();
  await expect(
    canvas(page).getByRole('group', { name: `All-in-one ${NAME}`, exact: false }),
  ).toBeVisible();
  // Inspector: the heading is the name.
  await expect(page.getByRole('heading', { name: NAME, exact: true })).toBeVisible();
  // Preview: the header comment names the node; the environment's description is in its file.
  const preview = page.getByLabel(`deployment.toml of ${NAME}`);
  await expect(preview).toContainText(`# deployment.toml of ${NAME}`);
  await expect(preview).toContainText(DESCRIPTION);
  await preview.screenshot({ path: artifact('15b-hostile-text-preview.png') });

  // Diagnostics: a second node with the same name is an error that quotes it.
  await page.getByRole('button', { name: 'Add Gateway' }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(NAME);
  await expect(errorList(page).getByRole('button').filter({ hasText: NAME }).first()).toBeVisible();

  await page.screenshot({ path: artifact('15-hostile-text.png') });
  // Nothing was parsed as markup, and nothing ran. (CSS here on purpose: the element must not exist.)
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('script', { hasText: '__xss' })).toHaveCount(0);
  expect(await page.evaluate(() => 'xss' in window || '__xss' in window)).toBe(false);
  expect(dialogs).toEqual([]);
});
