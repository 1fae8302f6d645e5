import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { calculated, seriousViolations } from './pageChecks';
import { privateFieldPaths } from '../../src/io/privateFieldScan';
import type { Dataset } from '../../src/schema/dataset';
import { scanForPrivateValues } from '../engine/managerPackage/privateValueScan';

const defaultPeople = () =>
  ({ people: JSON.parse(readFileSync(new URL('../../data/people.json', import.meta.url), 'utf8')).people }) as Dataset;

/** Reads a download and checks it for private fields (by name) and HR's private values. */
async function privateDataOf(
  download: import('@playwright/test').Download,
): Promise<{ text: string; found: string[] }> {
  const text = readFileSync((await download.path())!, 'utf8');
  let fields: string[];
  try {
    fields = privateFieldPaths(JSON.parse(text));
  } catch {
    fields = []; // CSV: checked by value below
  }
  return { text, found: [...fields, ...scanForPrivateValues(text, defaultPeople())] };
}

const figures = (page: Page) => page.locator('.status-bar .status-figures');
const positionRow = (page: Page, positionId: string) =>
  page.locator('.rm-main tr').filter({ has: page.locator('.rm-id', { hasText: new RegExp(`^${positionId}$`) }) });

test.describe('the manager package', () => {
  test('HR exports it; a manager opens it, sees the same figures, locks and re-optimises; the decisions go back to HR', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/');
    await expect(calculated(page)).toBeVisible({ timeout: 30_000 });
    const hrFigures = await figures(page).innerText();

    // HR: Data → the manager package (the full dataset stays HR's).
    await page.getByRole('tab', { name: 'Data' }).click();
    await expect(page.getByRole('heading', { name: 'Chefspaket' })).toBeVisible();
    const packageDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exportera chefspaketet' }).click();
    const pkg = await packageDownload;
    const packed = await privateDataOf(pkg);
    expect(packed.found).toEqual([]);

    // The manager: open the package on the start screen; the app restarts in manager mode.
    await page.getByRole('tab', { name: 'Översikt' }).click();
    await page
      .getByLabel('Välj en paketfil')
      .setInputFiles({ name: 'chefspaket.json', mimeType: 'application/json', buffer: Buffer.from(packed.text) });
    await expect(page.getByRole('region', { name: 'Chefspaket' })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByLabel('Roll')).toHaveCount(0);
    await expect(page.getByRole('tab', { name: /Rapport/ })).toHaveCount(0);
    await expect(calculated(page)).toBeVisible({ timeout: 30_000 });
    expect(await figures(page).innerText()).toBe(hrFigures);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/manager-package.png', fullPage: true });

    // Lock the holder of a position with a reason, then re-optimise keeping it.
    await page.getByRole('tab', { name: 'Rollmappning' }).click();
    const opens = page.locator('.rm-main').getByRole('button', { name: /^Öppna / });
    await expect(opens.first()).toBeVisible({ timeout: 30_000 });
    // The first position staffed from within (the presets recruit the CEO externally).
    const staffedRow = page.locator('.rm-main tbody tr').filter({ hasNotText: 'Rekryteras externt' }).first();
    const positionId = (await staffedRow.locator('.rm-id').textContent())!;
    await staffedRow.getByRole('button', { name: /^Öppna / }).click();
    const panel = page.getByRole('region', { name: /^Befattning: / });
    const holder = (await positionRow(page, positionId).locator('td').first().textContent())!;
    await panel.getByLabel('Motivering (krävs)').fill('Känner kunderna');
    await panel.getByRole('button', { name: `Lås ${holder}` }).click();
    await expect(positionRow(page, positionId)).toContainText('🔒 låst', { timeout: 30_000 });
    const reoptimise = page.getByRole('region', { name: 'Optimera om' });
    await reoptimise.getByRole('button', { name: 'Optimera om' }).click();
    await expect(reoptimise.getByRole('status')).toHaveText(/flyttades|Inget ändrades/, { timeout: 30_000 });
    await expect(positionRow(page, positionId)).toContainText('🔒 låst');

    // Every export made here is free of private data; the decisions go to HR as a file.
    await page.getByRole('tab', { name: 'Data' }).click();
    await expect(page.getByLabel('Filer att importera')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Datamängden (JSON)' })).toHaveCount(0);
    for (const name of ['Alla scenarier (JSON)', 'Beslutsloggen (CSV)', 'Påverkan per person (CSV)']) {
      const button = page.getByRole('button', { name });
      if ((await button.count()) === 0) continue;
      const download = page.waitForEvent('download');
      await button.click();
      expect((await privateDataOf(await download)).found).toEqual([]);
    }
    await page.getByLabel('Ditt namn (visas för HR som förslagsställare)').fill('Anna Chef');
    const decisionsDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exportera besluten' }).click();
    const decisions = await privateDataOf(await decisionsDownload);
    expect(decisions.found).toEqual([]);

    // Close the package: back to HR's app, whose saved work was never touched.
    await page.getByRole('button', { name: 'Stäng paketet' }).click();
    await page.getByRole('region', { name: 'Chefspaket' }).getByRole('button', { name: 'Stäng paketet' }).click();
    await expect(page.getByLabel('Roll')).toBeVisible({ timeout: 30_000 });
    await page.getByRole('tab', { name: 'Data' }).click();
    await page.getByLabel('Importera en beslutsfil').setInputFiles({
      name: 'chefens-beslut.json',
      mimeType: 'application/json',
      buffer: Buffer.from(decisions.text),
    });
    await expect(page.getByRole('status').filter({ hasText: 'Importerade chefens beslut' })).toBeVisible();
    await page.getByRole('tab', { name: 'Beslutslogg' }).click();
    const log = page.getByRole('table', { name: 'Beslut, nyaste först' });
    await expect(log.getByRole('row').filter({ hasText: 'Känner kunderna' })).toContainText('chef (Anna Chef)');
    expect(errors).toEqual([]);
  });
});
