import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { calculated, seriousViolations } from './pageChecks';

/** Screenshots to look at by eye (git-ignored folder). */
const ARTIFACTS = 'tests/e2e/artifacts';

/** A 1440 × 900 screenshot with the map at the top of the window. */
async function shoot(page: Page, file: string) {
  await page
    .locator('.map-layout')
    .first()
    .evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: `${ARTIFACTS}/${file}` });
}

async function watchErrors(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

test.describe('a map people recognise', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('town names and road numbers in the map, the head office clickable, every layer toggles, no serious axe violations', async ({
    page,
  }) => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const errors = await watchErrors(page);
    await page.goto('/');
    await expect(calculated(page)).toBeVisible();
    await page.getByRole('tab', { name: 'Karta' }).click();
    await expect(page.getByRole('heading', { level: 2, name: /^Karta: / })).toBeVisible();

    const picture = page.locator('svg.map-picture[role="img"]');
    for (const town of ['Gislaved', 'Gnosjö', 'Värnamo', 'Vaggeryd', 'Skillingaryd']) {
      await expect(picture.locator('text.map-town-label', { hasText: new RegExp(`^${town}$`) })).toHaveCount(1);
    }
    await expect(picture.locator('[data-road-number="E4"] text').first()).toHaveText('E4');
    await expect(picture.locator('path.map-boundary').first()).toHaveAttribute('d', /^M/);
    await expect(page.getByText(/Kommungräns \(Valmyndigheten/)).toBeVisible();
    await expect(page.getByText(/Nås inom \d+ min från en bemannad servicepunkt/)).toBeVisible({ timeout: 30_000 });
    await shoot(page, 'map-sv.png');

    // The head office in Värnamo is its own target: a real mouse click at its symbol opens its menu.
    const sites = page.getByRole('group', { name: 'Arbetsplatser (knappar: ändra roll)' });
    const headOffice = sites.getByRole('button', { name: /^Värnamo stadshus: huvudkontor/ });
    const box = (await headOffice.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page.getByRole('dialog', { name: 'Roll för Värnamo stadshus' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    // Every other Värnamo site opens its own menu too.
    for (const name of [
      'IT-avdelningen Värnamo',
      'Serverrum 1, stadshuset Värnamo',
      'Serverrum 2, gymnasieskola Värnamo',
      'Serverrum 3, driftdepå Värnamo',
    ]) {
      const site = sites.getByRole('button', { name: new RegExp(`^${name}`) }).first();
      const at = (await site.boundingBox())!;
      await page.mouse.click(at.x + at.width / 2, at.y + at.height / 2);
      await expect(page.getByRole('dialog', { name: new RegExp(`^Roll för ${name}`) })).toBeVisible();
      await page.keyboard.press('Escape');
    }

    // Each layer switches off and on again; the legend lists only what is on.
    const toggles = page.getByRole('group', { name: 'Kartlager' });
    const legend = page.getByRole('region', { name: 'Teckenförklaring' });
    const layers: { name: RegExp; drawn: string; legendLayer: string }[] = [
      { name: /^Kommungränser$/, drawn: 'path.map-boundary', legendLayer: 'boundaries' },
      { name: /^Vägar med vägnummer$/, drawn: 'line.map-road', legendLayer: 'roads' },
      { name: /^Nås inom \d+ min$/, drawn: 'path.map-coverage', legendLayer: 'reach' },
      { name: /^Personalens bostadsområden/, drawn: 'path.map-home-area', legendLayer: 'homeAreas' },
    ];
    for (const layer of layers) {
      const box = toggles.getByRole('checkbox', { name: layer.name });
      await expect(box).toBeChecked();
      await expect(picture.locator(layer.drawn).first()).toBeAttached();
      await box.uncheck();
      await expect(picture.locator(layer.drawn)).toHaveCount(0);
      await expect(legend.locator(`[data-layer="${layer.legendLayer}"]`)).toHaveCount(0);
      await box.check();
      await expect(picture.locator(layer.drawn).first()).toBeAttached();
      await expect(legend.locator(`[data-layer="${layer.legendLayer}"]`)).toHaveCount(1);
    }
    // Road numbers go with the roads.
    await toggles.getByRole('checkbox', { name: /^Vägar/ }).uncheck();
    await expect(picture.locator('[data-road-number]')).toHaveCount(0);
    await toggles.getByRole('checkbox', { name: /^Vägar/ }).check();

    // The choropleth takes the fill; the reach area becomes an outline (one filled layer).
    const service = toggles.getByRole('checkbox', { name: 'Lokal service per tätort' });
    await expect(service).not.toBeChecked();
    await expect(picture.locator('.map-choropleth-cell')).toHaveCount(0);
    await service.check();
    await expect(picture.locator('.map-choropleth-fill .map-choropleth-cell').first()).toBeAttached();
    await expect(picture.locator('path.map-coverage.map-coverage-outline')).toHaveCount(1);
    await expect(toggles).toContainText('ett lager i taget är fyllt: Lokal service per tätort');
    await shoot(page, 'map-sv-local-service.png');
    expect(await seriousViolations(page)).toEqual([]);
    await service.uncheck();
    await expect(picture.locator('path.map-coverage:not(.map-coverage-outline)')).toHaveCount(1);

    // English.
    await page.getByLabel('Språk').selectOption('en');
    await expect(page.getByRole('heading', { level: 2, name: /^Map: / })).toBeVisible();
    await expect(page.getByText(/Municipal boundary \(Valmyndigheten/)).toBeVisible();
    await expect(picture.locator('text.map-town-label', { hasText: /^Värnamo$/ })).toHaveCount(1);
    await shoot(page, 'map-en.png');
    expect(await seriousViolations(page)).toEqual([]);
    // On paper: the controls go, the map and its legend stay.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('group', { name: 'Map layers' })).toBeHidden();
    await expect(page.getByLabel('Role', { exact: true })).toBeHidden();
    await expect(page.getByRole('tablist')).toBeHidden();
    await expect(page.getByLabel(/Show a person/)).toBeHidden();
    await expect(picture).toBeVisible();
    await expect(page.getByRole('region', { name: 'Legend' })).toBeVisible();
    await page.screenshot({ path: `${ARTIFACTS}/map-en-print.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
  });

  test('the hub-suggestion preview draws the same map: boundaries, roads, town names, its sites', async ({ page }) => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const errors = await watchErrors(page);
    await page.goto('/');
    await expect(calculated(page)).toBeVisible();
    await page.getByRole('tab', { name: 'Scenarier' }).click();
    const section = page.getByRole('region', { name: 'Föreslå platser' });
    await section.getByRole('button', { name: 'Föreslå platser' }).click();
    const panel = section.getByRole('region', { name: 'Föreslå hubbar' });
    await panel.getByLabel('Mål').selectOption('median');
    await panel.getByLabel('Antal platser (p)').fill('2');
    await panel.getByRole('button', { name: 'Föreslå', exact: true }).click();
    const best = panel
      .getByRole('table', { name: 'Föreslagen placering och alternativ' })
      .getByRole('row', { name: /^Förslag/ });
    await expect(best).toBeVisible({ timeout: 30_000 });
    await best.getByRole('button', { name: 'Visa på kartan: Förslag' }).click();
    const preview = panel.getByRole('figure', { name: /^Förslag på kartan/ });
    await expect(preview).toBeVisible();
    const picture = preview.locator('svg.map-picture');
    for (const town of ['Gislaved', 'Gnosjö', 'Värnamo', 'Vaggeryd', 'Skillingaryd']) {
      await expect(picture.locator('text.map-town-label', { hasText: new RegExp(`^${town}$`) })).toHaveCount(1);
    }
    await expect(picture.locator('[data-road-number="E4"]').first()).toBeAttached();
    await expect(picture.locator('path.map-boundary').first()).toBeAttached();
    await expect(preview.getByText(/^Nås inom \d+ min från en bemannad servicepunkt/)).toBeVisible({ timeout: 30_000 });
    const toggles = preview.getByRole('group', { name: 'Kartlager' });
    await expect(toggles.getByRole('checkbox')).toHaveCount(3);
    await toggles.getByRole('checkbox', { name: 'Kommungränser' }).uncheck();
    await expect(picture.locator('path.map-boundary')).toHaveCount(0);
    await toggles.getByRole('checkbox', { name: 'Kommungränser' }).check();
    await preview.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${ARTIFACTS}/suggestion-sv.png` });
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Språk').selectOption('en');
    const previewEn = page.getByRole('figure', { name: /on the map/ });
    await expect(previewEn).toBeVisible();
    await expect(previewEn.getByText(/Municipal boundary/)).toBeVisible();
    const pictureEn = previewEn.locator('svg.map-picture');
    for (const town of ['Gislaved', 'Gnosjö', 'Värnamo', 'Vaggeryd', 'Skillingaryd']) {
      await expect(pictureEn.locator('text.map-town-label', { hasText: new RegExp(`^${town}$`) })).toHaveCount(1);
    }
    await expect(pictureEn.locator('[data-road-number="E4"]').first()).toBeAttached();
    await expect(pictureEn.locator('line.map-road').first()).toBeAttached();
    await previewEn.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${ARTIFACTS}/suggestion-en.png` });
    expect(await seriousViolations(page)).toEqual([]);
    // On paper: the preview's map and key stay, its layer switches and zoom buttons go.
    await page.emulateMedia({ media: 'print' });
    await expect(previewEn.getByRole('group', { name: 'Map layers' })).toBeHidden();
    await expect(previewEn.locator('.map-zoom')).toBeHidden();
    await expect(pictureEn).toBeVisible();
    await expect(previewEn.getByText(/Municipal boundary/)).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
  });
});
