import { expect, test } from '@playwright/test';
import { calculated, seriousViolations } from './pageChecks';

test.describe('retained municipal positions', () => {
  test('the retained preset keeps an ordering function in each member, filled by its own people, and benches fewer', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/');
    await expect(calculated(page)).toBeVisible();
    await page.getByLabel('Aktivt scenario').selectOption('decentralised-retained');
    await expect(calculated(page)).toBeVisible({ timeout: 60_000 });

    await page.getByRole('tab', { name: 'Översikt' }).click();
    await expect(page.getByText('4 av 4 behållna tjänster; de stannar i kommunen')).toBeVisible({ timeout: 60_000 });
    for (const member of ['Gislaved', 'Gnosjö', 'Vaggeryd', 'Värnamo'])
      await expect(page.getByText(`${member}: 1 av 1 (0 som avböjt övergången)`)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/retained-overview.png', fullPage: true });

    await page.getByRole('tab', { name: 'Jämför' }).click();
    const picker = page.getByRole('group', { name: /Scenarier att jämföra/ });
    for (const name of ['Decentraliserad', 'Decentraliserad med beställarfunktion']) {
      const box = picker.getByRole('checkbox', { name, exact: true });
      await expect(box).toBeEnabled({ timeout: 60_000 });
      await box.check();
    }
    for (const name of ['Idag', 'Centraliserad']) {
      const box = picker.getByRole('checkbox', { name, exact: true });
      if (await box.isChecked()) await box.uncheck();
    }
    const figures = page.getByRole('table', { name: /^Nyckeltal; det bästa värdet/ });
    await expect(figures).toBeVisible({ timeout: 30_000 });
    const values = async (figure: string) =>
      (await figures.locator(`tr[data-figure="${figure}"] .figure-cell-value`).allInnerTexts()).map((v) =>
        Number(v.replace(/[^\d]/g, '')),
      );
    // Columns in the scenario list's order: Decentraliserad, then the retained preset.
    expect(await values('retainedPlaced')).toEqual([0, 4]);
    const [benchDecentralised, benchRetained] = await values('bench');
    expect(benchRetained!).toBeLessThan(benchDecentralised!);
    await page.screenshot({ path: 'test-results/retained-compare.png', fullPage: true });

    await page.getByRole('tab', { name: 'Scenarier' }).click();
    const gnosjo = page.getByTestId('retained-gnosjo');
    await expect(gnosjo.getByText(/IT-beställare \(beställarfunktion\)/)).toBeVisible();
    await gnosjo.getByRole('checkbox', { name: 'Säkerhetskänslig drift stannar i kommunen' }).check();
    await page.getByRole('tab', { name: 'Översikt' }).click();
    await expect(page.getByText('5 av 5 behållna tjänster; de stannar i kommunen')).toBeVisible({ timeout: 60_000 });
    expect(errors).toEqual([]);
  });
});
