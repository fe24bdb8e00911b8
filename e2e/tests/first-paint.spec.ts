/**
 * index.html carries the designer prerendered at build time (issue 7: it paints before the
 * JavaScript arrives); the browser hydrates it without a mismatch, in either theme, and a stored
 * draft or a share link still replaces it.
 */
import { expect, test, type Page } from '@playwright/test';
import { artifact, canvasNode } from '../support/designer.js';

/** Console errors and uncaught exceptions (React reports a hydration mismatch as an error). */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

test('the page as served is the designer, before any script runs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Components' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download bundle' })).toBeVisible();
  await expect(page.getByText('Drag a component here from the palette')).toBeVisible();
  const warnings = page.getByRole('list', { name: 'Warnings' });
  // New designs start with a TLS keystore per node and one primary keystore, their passwords
  // placeholders: the admin's default password is the one warning.
  await expect(warnings.getByRole('listitem')).toHaveCount(1);
  await expect(warnings).toContainText('The super admin is admin / admin');
  await page.screenshot({ path: artifact('00-prerendered.png') });
  await context.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`it hydrates without a mismatch (${colorScheme} theme) and works`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    const other = colorScheme === 'dark' ? 'light' : 'dark';
    await expect(page.getByRole('button', { name: `Switch to ${other} theme` })).toBeVisible();
    await page.getByRole('button', { name: 'Add Gateway' }).click();
    await expect(canvasNode(page, 'Gateway', 'gw')).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Diagnostics/ })).toContainText('error');
    await page.getByRole('button', { name: `Switch to ${other} theme` }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', other);
    expect(errors).toEqual([]);
    await context.close();
  });
}

test('a stored draft replaces the prerendered designer, without a mismatch', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Add Key Manager' }).click();
  await expect(canvasNode(page, 'Key Manager', 'km')).toBeVisible();
  await page.waitForTimeout(400); // autosave
  await page.reload();
  await expect(canvasNode(page, 'Key Manager', 'km')).toBeVisible();
  await expect(page.getByText('Drag a component here from the palette')).toHaveCount(0);
  await expect(page.locator('html')).not.toHaveAttribute('data-boot', /.*/);
  expect(errors).toEqual([]);
  await context.close();
});
