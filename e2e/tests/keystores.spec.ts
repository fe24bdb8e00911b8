/**
 * Certificates in the designer (issue 17): the settings hold a TLS keystore per node and one primary
 * keystore; going back to WSO2's one shared store on several hosts is an error with a one-step fix;
 * the bundle's certs/make-certs.sh and certs/plan.md open in the preview.
 */
import { expect, test, type Page } from '@playwright/test';
import { artifact, openFiveNodeTemplate } from '../support/designer.js';

const diagnostics = (page: Page) => page.getByRole('region', { name: /Diagnostics \(/ });

test('a primary keystore of its own: unset is an error on several hosts, one fix sets it back', async ({
  page,
}) => {
  await openFiveNodeTemplate(page);
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const settings = page.getByRole('dialog', { name: 'Topology settings' });
  const own = settings.getByRole('checkbox', { name: 'A primary keystore of its own' });
  await expect(own).toBeChecked();
  await expect(settings.getByRole('textbox', { name: 'Primary keystore file' })).toHaveValue(
    'primary.jks',
  );
  await expect(settings.getByRole('textbox', { name: 'Keystore file', exact: true })).toHaveValue(
    'tls.jks',
  );
  await own.scrollIntoViewIfNeeded();
  await page.screenshot({ path: artifact('17-settings-keystores.png') });

  // WSO2's pack default: the TLS keystore is also the primary one. Five hosts cannot share it.
  await own.uncheck();
  await expect(settings.getByRole('textbox', { name: 'Primary keystore file' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Close' }).click();
  const error = diagnostics(page)
    .getByRole('listitem')
    .filter({ hasText: 'is also the primary keystore' });
  await expect(error).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Download bundle' })).toBeDisabled();
  await page.screenshot({ path: artifact('17-shared-keystore-error.png') });

  await error
    .getByRole('button', { name: 'Use a TLS keystore per node and one primary keystore' })
    .click();
  await expect(error).toHaveCount(0);
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(own).toBeChecked();
  await page.getByRole('button', { name: 'Close' }).click();
});

test('the bundle’s certificate script and plan open in the preview', async ({ page }) => {
  await openFiveNodeTemplate(page);
  const files = page.getByRole('list', { name: 'Bundle files' });
  await files.getByRole('button', { name: 'certs/plan.md', exact: true }).click();
  const plan = page.getByLabel('plan.md', { exact: true });
  // Each node's certificate names its host (document 002's gw.wso2.com …).
  await expect(plan).toContainText('gw.wso2.com');
  await expect(plan).toContainText('primary.jks');
  await files.getByRole('button', { name: 'certs/make-certs.sh', exact: true }).click();
  const script = page.getByLabel('make-certs.sh', { exact: true });
  await expect(script).toContainText('keytool');
  await expect(script).toContainText('DNS:gw.wso2.com');
  await page.screenshot({ path: artifact('17-make-certs-preview.png') });
});
