import { expect, test } from '@playwright/test';
import { calculated, seriousViolations } from './pageChecks';

test.describe('order of selection', () => {
  test('HR records a deviation with a reason and finds it in the negotiation list and the decision log', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/');
    await expect(calculated(page)).toBeVisible();
    await page.getByRole('tab', { name: 'Rollmappning' }).click();
    // The presets recruit the CEO externally: staff the post from within, so that its holder is
    // outside LAS (1 §).
    const ceoRow = page.locator('.rm-main tbody tr').filter({ hasText: 'Rekryteras externt' }).first();
    await expect(ceoRow).toBeVisible({ timeout: 30_000 });
    await ceoRow.getByRole('button', { name: /^Öppna / }).click();
    const panel = page.getByRole('region', { name: /^Befattning: / });
    await panel.getByLabel('Motivering (krävs)').fill('VD ur den egna personalen');
    await panel.getByRole('button', { name: 'Bemanna inifrån i stället' }).click();
    await expect(calculated(page)).toBeVisible({ timeout: 30_000 });
    const las = page.getByRole('region', { name: 'Turordning (LAS)' });
    await expect(las).toBeVisible({ timeout: 30_000 });
    // The lawful proposal: the CEO is outside LAS, the optimum's conflicts are there to negotiate.
    await expect(las).toContainText('företagsledande befattning, undantagen från LAS (1 §)');
    await expect(las.getByText('Ingen avvikelse införd.')).toBeVisible();
    const record = las.getByRole('button', { name: /^För in avvikelse: / }).first();
    await expect(record).toBeVisible();
    const label = ((await record.textContent()) ?? '').replace(/^För in avvikelse: /, '');
    const [bench, placed] = label.split(' före ');

    // Refused without a reason, then recorded with one.
    await record.click();
    await expect(las.getByRole('alert')).toContainText('Skriv en motivering först');
    await las.getByLabel('Motivering (krävs)').fill('Nyckelperson i migreringen av e-posten');
    await record.click();
    await expect(las.getByRole('status').filter({ hasText: 'Sparat' })).toBeVisible();

    const list = las.getByRole('table', { name: 'Avvikelser från turordningen som HR föreslår att avtala' });
    await expect(list).toContainText('Nyckelperson i migreringen av e-posten');
    await expect(list).toContainText(`${placed} behåller`);
    await expect(list).toContainText(`före ${bench}`);
    await expect(las).toContainText('Mot det lagenliga förslaget ändrar avvikelserna totalpoängen', {
      timeout: 30_000,
    });
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('tab', { name: 'Beslutslogg' }).click();
    const row = page.getByRole('row').filter({ hasText: 'avvikelse från turordningen (avtalsturlista)' });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Nyckelperson i migreringen av e-posten');
    await expect(row).toContainText(`avtalad: ${placed} behåller befattningen`);
    expect(errors).toEqual([]);
  });
});
