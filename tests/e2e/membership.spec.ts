import { expect, test } from '@playwright/test';
import { calculated, seriousViolations } from './pageChecks';

// Members per scenario (docs/membership.md): the four-member and the five-member preset side by side.
test('compares decentralised with and without Hylte, naming each one’s members, and greys Hylte on the map when it is out', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await expect(calculated(page)).toBeVisible();

  await page.getByRole('tab', { name: 'Jämför' }).click();
  const choice = page.getByRole('group', { name: /scenari/i }).first();
  for (const name of ['Idag', 'Centraliserad'])
    if (await choice.getByRole('checkbox', { name, exact: true }).isChecked())
      await choice.getByRole('checkbox', { name, exact: true }).uncheck();
  for (const name of ['Decentraliserad', 'Decentraliserad med Hylte'])
    await choice.getByRole('checkbox', { name, exact: true }).check();

  const members = page.getByRole('table', { name: 'Medlemmar i varje scenario' });
  await expect(members).toBeVisible({ timeout: 30_000 });
  await expect(
    members.getByRole('row', { name: /^Decentraliserad Gislaved, Gnosjö, Värnamo, Vaggeryd$/ }),
  ).toBeVisible();
  await expect(
    members.getByRole('row', { name: /^Decentraliserad med Hylte Gislaved, Gnosjö, Värnamo, Vaggeryd, Hylte$/ }),
  ).toBeVisible();
  await expect(page.getByText('Scenarierna har olika medlemmar')).toBeVisible();

  // Everyone of the scenario is placed or on the bench: 62 people of four members, 72 with Hylte.
  const figures = page.getByRole('table', { name: /^Nyckeltal; det bästa värdet/ });
  await expect(figures).toBeVisible({ timeout: 30_000 });
  const numbers = async (label: RegExp) =>
    (await figures.getByRole('row', { name: label }).getByRole('cell').allTextContents()).map((text) =>
      Number(/\d+/.exec(text)?.[0] ?? NaN),
    );
  const placed = await numbers(/^Placerade på en befattning/);
  expect(placed).toHaveLength(2);
  expect(placed[1]!).toBeGreaterThan(placed[0]!);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/membership-compare.png', fullPage: true });

  // The map greys Hylte while it is not a member of the active scenario, not once it is.
  // Hylte's outline (the land beneath it is drawn apart).
  const hylte = page.locator('path.map-boundary[data-municipality="hylte"]');
  await page.getByLabel('Aktivt scenario').selectOption({ label: 'Decentraliserad' });
  await page.getByRole('tab', { name: 'Karta' }).click();
  await expect(hylte).toHaveClass(/map-boundary-other/, { timeout: 30_000 });
  await page.getByLabel('Aktivt scenario').selectOption({ label: 'Decentraliserad med Hylte' });
  await expect(hylte).not.toHaveClass(/map-boundary-other/, { timeout: 30_000 });
  expect(errors).toEqual([]);
});
