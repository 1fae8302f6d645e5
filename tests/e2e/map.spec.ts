import { expect, test } from '@playwright/test';
import { calculated, seriousViolations } from './pageChecks';

test.describe('map', () => {
  test('make a site a service point on the map and see coverage change; undo restores it', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto('/');
    await expect(calculated(page)).toBeVisible();

    // A short response time, so that coverage is below 100 % and a new service point shows.
    await page.getByRole('tab', { name: 'Scenarier' }).click();
    const field = page.getByRole('textbox', { name: /Inställelsetid \(T\)/ });
    await field.fill('10');
    await field.press('Enter');
    await expect(calculated(page)).toBeVisible();

    await page.getByRole('tab', { name: 'Karta' }).click();
    await expect(page.getByRole('heading', { level: 2, name: /^Karta: / })).toBeVisible();
    const coverage = page.getByTestId('map-coverage');
    await expect(coverage).toContainText('inom 10 min');
    await expect(page.getByText('Nås inom 10 min från en bemannad servicepunkt (reseberäkning)')).toBeVisible();
    await expect(page.locator('svg[role="img"] path.map-coverage')).toHaveAttribute('d', /^M/);
    const before = await coverage.textContent();

    const sites = page.getByRole('group', { name: 'Arbetsplatser (knappar: ändra roll)' });
    const site = sites.getByRole('button', { name: /^Gnosjö kommunhus/ });
    const menu = page.getByRole('dialog', { name: 'Roll för Gnosjö kommunhus' });
    // Take Gnosjö's service point away: its technicians have nowhere to work from, coverage drops…
    await site.click();
    await menu.getByRole('radio', { name: /^Oanvänd/ }).check();
    await menu.getByRole('button', { name: 'Verkställ' }).click();
    await expect(sites.getByRole('button', { name: /^Gnosjö kommunhus: används inte/ })).toBeVisible();
    await expect(calculated(page)).toBeVisible();
    await expect(coverage).not.toHaveText(before!);
    const without = await coverage.textContent();
    // …then click the site to make it a service point again: coverage comes back.
    await site.click();
    await menu.getByRole('radio', { name: 'Servicepunkt för' }).check();
    await menu.getByRole('button', { name: 'Verkställ' }).click();
    await expect(sites.getByRole('button', { name: /^Gnosjö kommunhus: servicepunkt för Gnosjö/ })).toBeVisible();
    await expect(calculated(page)).toBeVisible();
    await expect(coverage).toHaveText(before!);
    await expect(coverage).not.toHaveText(without!);
    await expect(page.locator('svg[role="img"] path.map-coverage')).toHaveAttribute('d', /^M/);
    await page.screenshot({ path: 'test-results/map-service-point.png', fullPage: true });

    expect(await seriousViolations(page)).toEqual([]);

    // Keyboard: a site is focusable and Enter opens its menu; Escape closes it.
    await site.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);

    // Zoom: the mouse wheel over the map and the buttons shorten the scale bar; reset restores it.
    const scaleBar = page.locator('.map-scale-bar text');
    const fullView = await scaleBar.textContent();
    const box = (await page.locator('svg.map-sites').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -200);
    await expect(scaleBar).not.toHaveText(fullView!);
    // Drag to pan: the site moves on screen.
    const siteBefore = (await site.boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 20);
    await page.mouse.down();
    await page.mouse.move(box.x + 80, box.y + 60, { steps: 5 });
    await page.mouse.up();
    const siteAfter = (await site.boundingBox())!;
    expect(Math.abs(siteAfter.x - siteBefore.x) + Math.abs(siteAfter.y - siteBefore.y)).toBeGreaterThan(20);
    await page.getByRole('button', { name: 'Återställ vyn' }).click();
    await expect(scaleBar).toHaveText(fullView!);
    const beforeButton = (await site.boundingBox())!;
    await page.getByRole('button', { name: 'Zooma in' }).click();
    await expect.poll(async () => (await site.boundingBox())!.x).not.toBeCloseTo(beforeButton.x, 0);
    await page.getByRole('button', { name: 'Återställ vyn' }).click();

    await page.getByRole('button', { name: 'Ångra' }).click();
    await expect(calculated(page)).toBeVisible();
    await expect(coverage).toHaveText(without!);
    expect(errors).toEqual([]);
  });
});
