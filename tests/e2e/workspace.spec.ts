import { expect, test } from '@playwright/test';
import { calculated, seriousViolations } from './pageChecks';

test.describe('scenario workspace', () => {
  test('create from a preset, edit the head office, see a figure change, undo, reload, switch language', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto('/');
    await expect(calculated(page)).toBeVisible();

    await page.getByRole('tab', { name: 'Scenarier' }).click();
    await page.getByLabel('Förlaga', { exact: true }).selectOption({ label: 'Centraliserad' });
    await page.getByLabel('Namn (valfritt)').fill('Mitt prov');
    await page.getByRole('button', { name: 'Skapa' }).click();
    await expect(page.getByRole('status').filter({ hasText: '”Mitt prov” skapades' })).toBeVisible();
    await expect(page.getByLabel('Aktivt scenario')).toHaveValue('centralised-2');
    await expect(page.getByRole('heading', { name: 'Redigera ”Mitt prov”' })).toBeVisible();
    await expect(calculated(page)).toBeVisible();

    const meanCommute = page.getByTestId('figure-meanCommute');
    const before = await meanCommute.textContent();
    const headOffice = page.getByLabel('Arbetsplats för Huvudkontor');
    await expect(headOffice).toHaveValue('varnamo-stadshus');

    // A member's site: a non-member's (Hylte's) sites are not offered (docs/membership.md).
    const started = Date.now();
    await headOffice.selectOption('gnosjo-kommunhus');
    await expect(meanCommute).not.toHaveText(before!);
    await expect(calculated(page)).toBeVisible();
    const roundTripMs = Date.now() - started;
    const engineMs = await calculated(page).getAttribute('data-elapsed-ms');
    console.log(
      `head office change → updated figures: ${roundTripMs} ms in the browser (engine worker round trip ${Math.round(Number(engineMs))} ms)`,
    );
    const after = await meanCommute.textContent();
    expect(after).not.toBe(before);

    await page.getByRole('button', { name: 'Ångra' }).click();
    await expect(headOffice).toHaveValue('varnamo-stadshus');
    await expect(meanCommute).toHaveText(before!);

    await page.getByRole('button', { name: 'Gör om' }).click();
    await expect(headOffice).toHaveValue('gnosjo-kommunhus');
    await page.keyboard.press('Control+z');
    await expect(headOffice).toHaveValue('varnamo-stadshus');

    // A second edit that stays, then a reload: the work is still there.
    await page.getByLabel('Arbetsplats för Säkerhet').selectOption('gnosjo-kommunhus');
    await expect(calculated(page)).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Aktivt scenario')).toHaveValue('centralised-2');
    await expect(page.getByRole('tab', { name: 'Scenarier' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('row', { name: /Mitt prov/ })).toBeVisible();
    await expect(page.getByLabel('Arbetsplats för Säkerhet')).toHaveValue('gnosjo-kommunhus');
    await expect(page.getByLabel('Arbetsplats för Huvudkontor')).toHaveValue('varnamo-stadshus');
    await expect(calculated(page)).toBeVisible();

    await page.getByLabel('Språk').selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('tab', { name: 'Scenarios' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Edit “Mitt prov”' })).toBeVisible();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('tab', { name: 'Overview' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('an invalid parameter is refused with its reason', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('tab', { name: 'Scenarier' }).click();
    const field = page.getByRole('textbox', { name: /Inställelsetid \(T\)/ });
    await field.fill('-5');
    await field.press('Enter');
    await expect(
      page.getByRole('alert').filter({ hasText: 'Inställelsetid (T): måste vara större än 0' }),
    ).toBeVisible();
    await field.fill('45');
    await field.press('Enter');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(field).toHaveValue('45');
  });

  test('the views of the workspace have no serious accessibility violations', async ({ page }) => {
    await page.goto('/');
    await expect(calculated(page)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    for (const tab of ['Scenarier', 'Data']) {
      await page.getByRole('tab', { name: tab }).click();
      await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
      await page.waitForLoadState('networkidle');
      await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 }).first()).toBeVisible();
      expect(await seriousViolations(page), tab).toEqual([]);
    }
  });

  test('the tabs are keyboard operable', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('tab', { name: 'Översikt' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Påverkan' })).toBeFocused();
    await expect(page.getByRole('tab', { name: 'Påverkan' })).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('End');
    await expect(page.getByRole('tab', { name: 'Data' })).toHaveAttribute('aria-selected', 'true');
  });
});
