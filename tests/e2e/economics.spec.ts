import { expect, test } from '@playwright/test';
import { calculated, seriousViolations } from './pageChecks';

test.describe('Ekonomi view', () => {
  test('shows the paths, the payments and the timeline, and the payback year moves with the saving', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/');
    await expect(calculated(page)).toBeVisible();
    await page.getByRole('tab', { name: 'Ekonomi' }).click();
    await expect(page.getByRole('heading', { name: 'Ekonomi och genomförandeplan' })).toBeVisible();
    await expect(page.getByRole('img', { name: /^Linjediagram över årlig kostnad 2027–2031/ })).toBeVisible();
    await expect(page.getByRole('img', { name: /^Tidslinje från 2026/ })).toBeVisible();
    await expect(page.getByRole('table', { name: /^Betalning per medlem och år/ })).toBeVisible();
    const payback = page.getByTestId('payback');
    const before = (await payback.textContent()) ?? '';
    expect(before).toMatch(/^(Återbetalt 20\d\d|Inte återbetalt inom 2027–2031)$/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/economics.png', fullPage: true });

    // No consolidation saving at all: the company pays back later, or not within the horizon.
    const saving = page.getByRole('textbox', { name: /^Konsolideringsbesparing/ });
    await saving.fill('0');
    await saving.press('Enter');
    await expect(payback).not.toHaveText(before);
    const after = (await payback.textContent()) ?? '';
    const year = (text: string) => Number(text.match(/20\d\d$/)?.[0] ?? Infinity);
    expect(year(after)).toBeGreaterThan(year(before));

    // The assumption is saved with the scenario: it survives a reload.
    await page.reload();
    await expect(page.getByTestId('payback')).toHaveText(after);
    expect(errors).toEqual([]);
  });
});
