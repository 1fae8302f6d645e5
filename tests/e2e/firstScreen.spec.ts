import { expect, test } from '@playwright/test';

test.describe('first screen', () => {
  test('the built app opens in Swedish, and its Data view shows 62 people and 51 positions', async ({ page }) => {
    const offOrigin: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(`http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`)) offOrigin.push(request.url());
    });
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await page.getByRole('tab', { name: 'Data' }).click();
    await expect(page.getByRole('heading', { level: 2, name: '62 personer → 51 befattningar' })).toBeVisible();
    // The headline counts the default membership; the tables list every person and position,
    // Hylte's possible ten people and eight positions too (docs/membership.md).
    await expect(page.getByTestId('people-table').locator('tbody tr')).toHaveCount(72);
    await expect(page.locator('[data-testid^="positions-"] tbody tr')).toHaveCount(59);
    await expect(page.getByRole('row', { name: /Värnamo/ }).first()).toContainText('25');
    expect(offOrigin).toEqual([]);
  });

  test('switches to English', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('tab', { name: 'Data' }).click();
    await page.getByLabel('Språk').selectOption('en');
    await expect(page.getByRole('heading', { level: 2, name: '62 people → 51 positions' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
