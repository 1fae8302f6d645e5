import { expect, test } from '@playwright/test';
import { calculated, seriousViolations } from './pageChecks';

/** "91,2 %" → 0.912 */
const share = (text: string) => Number(text.replace(/\s/g, '').replace('%', '').replace(',', '.')) / 100;

test.describe('local service and retained competence', () => {
  test('the compare view shows centralised and decentralised differ on local service kept', async ({ page }) => {
    await page.goto('/');
    await expect(calculated(page)).toBeVisible();
    await page.getByRole('tab', { name: 'Jämför' }).click();
    const figures = page.getByRole('table', { name: /^Nyckeltal; det bästa värdet/ });
    await expect(figures).toBeVisible({ timeout: 30_000 });
    // Evaluations arrive one by one: the table may first hold two of the three default columns.
    for (const name of ['Idag', 'Centraliserad', 'Decentraliserad']) {
      await expect(figures.getByRole('columnheader', { name, exact: true })).toBeVisible({ timeout: 30_000 });
    }
    const headers = await figures.getByRole('columnheader').allTextContents();
    const column = (name: string) => headers.indexOf(name) - 1; // the first column is the figure's name
    const row = figures.getByRole('row', { name: /^Behållen närservice \(datorer\)/ });
    await expect(row).toBeVisible();
    const values = await row.getByRole('cell').locator('.figure-cell-value').allTextContents();
    const central = share(values[column('Centraliserad')]!);
    const spread = share(values[column('Decentraliserad')]!);
    expect(share(values[column('Idag')]!)).toBe(1);
    expect(central).toBeLessThan(spread);
    expect(spread).toBeLessThanOrEqual(1);
    await expect(figures.getByRole('row', { name: /^Förväntat antal som stannar/ })).toBeVisible();
    await expect(figures.getByRole('row', { name: /^Befattningar att rekrytera externt/ })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('role mapping shows the CEO to be recruited and a placement that waits for a security vetting', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(calculated(page)).toBeVisible();
    await page.getByRole('tab', { name: 'Rollmappning' }).click();
    await expect(page.getByText('Rekryteras externt').first()).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText(/Säkerhetsprövning krävs \(3 månader\)/).first()).toBeVisible();
  });
});
