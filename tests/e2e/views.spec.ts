import { expect, test } from '@playwright/test';
import { calculated, seriousViolations } from './pageChecks';

test.describe('overview, impact and compare views', () => {
  test('the overview shows the key figures against today and links to their detail in the impact view', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/');
    await expect(calculated(page)).toBeVisible();
    await page.getByRole('tab', { name: 'Översikt' }).click();
    await expect(page.getByRole('heading', { name: /^Nyckeltal: / })).toBeVisible();
    await expect(page.getByText(/Gränser som gäller: X = 20 tillkommande minuter/)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/views-overview.png', fullPage: true });

    await page.getByRole('button', { name: 'Restiden ökar med mer än 20 min' }).click();
    await expect(page.getByRole('tab', { name: 'Påverkan' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('#impact-people')).toBeInViewport();
    expect(errors).toEqual([]);
  });

  test('the impact view hides salaries and home coordinates from managers', async ({ page }) => {
    await page.goto('/');
    await expect(calculated(page)).toBeVisible();
    await page.getByRole('tab', { name: 'Påverkan' }).click();
    const table = page.getByRole('table', { name: 'Restid per person, i dag och i scenariot' });
    await expect(table).toBeVisible();
    await page.getByLabel('Roll').selectOption({ label: 'HR' });
    await expect(table.getByRole('columnheader', { name: /Månadslön/ })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/views-impact.png', fullPage: true });

    await page.getByLabel('Roll').selectOption({ label: 'Förhandsvisa som chef' });
    await expect(table.getByRole('columnheader', { name: /Månadslön/ })).toHaveCount(0);
    await expect(table.getByRole('columnheader', { name: /Hem \(lat, lon\)/ })).toHaveCount(0);
    await table.getByRole('button', { name: 'Minuter i scenariot' }).click();
    await expect(table.getByRole('columnheader', { name: /Minuter i scenariot/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await expect(page.getByRole('img', { name: /Histogram över förändringen av enkel restid/ })).toBeVisible();
  });

  test('the compare view puts the presets side by side with a changes report and the assumptions', async ({ page }) => {
    await page.goto('/');
    await expect(calculated(page)).toBeVisible();
    await page.getByRole('tab', { name: 'Jämför' }).click();
    const figures = page.getByRole('table', { name: /^Nyckeltal; det bästa värdet/ });
    await expect(figures).toBeVisible({ timeout: 30_000 });
    await expect(figures.getByText('★ bäst').first()).toBeVisible();
    await expect(page.getByRole('table', { name: 'Parametrar som gäller' })).toBeVisible();
    await expect(page.getByRole('table', { name: /^Vem som byter befattning eller arbetsplats/ })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/views-compare.png', fullPage: true });
  });
});
