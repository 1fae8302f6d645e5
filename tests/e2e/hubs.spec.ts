import { expect, test } from '@playwright/test';
import { calculated, seriousViolations } from './pageChecks';

test('suggest hubs from the active scenario, keep the suggestion, see it active with its figures', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('/');
  await expect(calculated(page)).toBeVisible();
  const scenariosBefore = await page.getByLabel('Aktivt scenario').locator('option').count();

  await page.getByRole('tab', { name: 'Scenarier' }).click();
  const section = page.getByRole('region', { name: 'Föreslå platser' });
  await section.getByRole('button', { name: 'Föreslå platser' }).click();
  const panel = section.getByRole('region', { name: 'Föreslå hubbar' });
  await expect(panel).toBeVisible();
  await panel.getByLabel('Mål').selectOption('median');
  await panel.getByLabel('Antal platser (p)').fill('2');
  await panel.getByRole('button', { name: 'Föreslå', exact: true }).click();

  const table = panel.getByRole('table', { name: 'Föreslagen placering och alternativ' });
  await expect(table).toBeVisible({ timeout: 30_000 });
  const best = table.getByRole('row', { name: /^Förslag/ });
  await expect(best).toBeVisible();
  // Its figures: the sites, the functions placed there, the objective, commute and coverage.
  const cells = best.getByRole('cell');
  await expect(cells.nth(0)).not.toBeEmpty();
  const suggestedSites = (await cells.nth(0).textContent())!;
  await expect(cells.nth(1)).toContainText(':');
  await expect(cells.nth(3)).toHaveText(/^\d[\d\s ]*$/);
  await expect(cells.nth(4)).toHaveText(/%$/);
  // Drawn on a map before it is kept: every suggested site is on it, with its role.
  await best.getByRole('button', { name: 'Visa på kartan: Förslag' }).click();
  const preview = panel.getByRole('figure', { name: /^Förslag på kartan/ });
  await expect(preview).toBeVisible();
  for (const site of suggestedSites.split(', '))
    await expect(preview.getByRole('rowheader', { name: site, exact: true })).toBeVisible();
  await expect(preview.locator('[data-site][role="img"]').first()).toBeVisible();
  await expect(preview.getByText(/^Nås inom \d+ min från en bemannad servicepunkt/)).toBeVisible({ timeout: 30_000 });
  await expect(preview.locator('path.map-coverage')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/hubs-suggestion.png', fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);

  await best.getByRole('button', { name: /^Behåll som nytt scenario/ }).click();
  const kept = panel.getByRole('status').filter({ hasText: 'Sparat som' });
  await expect(kept).toBeVisible();
  const keptName = ((await kept.textContent()) ?? '').replace(/^.*Sparat som "(.*)".*$/, '$1');
  expect(keptName.length).toBeGreaterThan(0);

  // Active in the header selector, one more scenario in the list.
  const selector = page.getByLabel('Aktivt scenario');
  await expect(selector.locator('option')).toHaveCount(scenariosBefore + 1);
  await expect(selector.locator('option:checked')).toHaveText(keptName);
  await expect(calculated(page)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('region', { name: 'Nyckeltal för det aktiva scenariot' })).toContainText(keptName);

  await page.getByRole('tab', { name: 'Översikt' }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Nyckeltal: ${keptName}` })).toBeVisible();
  await expect(page.getByTestId('figure-meanCommute')).toContainText('min');

  // On the map: the kept scenario's head office stands at one of the suggested sites.
  await page.getByRole('tab', { name: 'Karta' }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Karta: ${keptName}` })).toBeVisible();
  const roles = page.getByRole('table', { name: 'Arbetsplatser och deras roller i scenariot' });
  const headOffice = roles.getByRole('row').filter({ hasText: 'huvudkontor' });
  await expect(headOffice).toHaveCount(1);
  const headOfficeSite = (await headOffice.getByRole('rowheader').textContent())!.trim();
  expect(suggestedSites).toContain(headOfficeSite);
  expect(errors).toEqual([]);
});
