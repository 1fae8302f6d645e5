import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './pageChecks';
import { pdfText } from './pdfText';

/** Screenshots to look at by eye (git-ignored folder). */
const ARTIFACTS = 'tests/e2e/artifacts';
const TOWNS = ['Gislaved', 'Gnosjö', 'Värnamo', 'Vaggeryd', 'Skillingaryd'];
const reportFile = join('test-results', 'union-map-e2e-report.json');

test.beforeAll(() => {
  mkdirSync('test-results', { recursive: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  rmSync(join('test-results', 'anonymised-report-register.json'), { force: true });
  execFileSync('npx', ['tsx', 'src/cli/main.ts', 'report', '--scenarios', 'today,decentralised', '--out', reportFile], {
    stdio: 'pipe',
  });
});

/** The map's picture has the base layers: boundaries, roads with E4, the five town names. */
async function expectBaseLayers(page: Page, name: RegExp) {
  const picture = page.getByRole('img', { name });
  await expect(picture).toBeVisible();
  await expect(picture.locator('path.map-boundary')).toHaveCount(6);
  await expect(picture.locator('line.map-road').first()).toBeAttached();
  await expect(picture.locator('[data-road-number="E4"] text').first()).toHaveText('E4');
  for (const town of TOWNS)
    await expect(picture.locator('text.map-town-label', { hasText: new RegExp(`^${town}$`) })).toHaveCount(1);
  return picture;
}

test.describe('the union page’s map', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('home areas on the fixed geography with roads and town names, in Swedish and English, on screen and on paper', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/union/union.html');
    await page.getByLabel('Öppna en rapportfil (JSON)').setInputFiles(reportFile);

    const picture = await expectBaseLayers(page, /^Karta över personalens hemkommuner/);
    // Each home area filled by its count or hatched, its count in a badge; no site, no person.
    await expect(picture.locator('.map-land path[data-municipality="0683"]')).toHaveAttribute('fill', /^rgb|^#/);
    // One badge per member municipality: everyone living outside them is one row of the table.
    await expect(picture.locator('[data-badge]')).toHaveCount(4);
    await expect(page.locator('[data-site], .map-person, .map-home-area')).toHaveCount(0);
    await expect(page.getByRole('list', { name: 'Teckenförklaring' })).toContainText('Huvudvägar');
    await expect(page.getByRole('list', { name: 'Teckenförklaring' })).toContainText('Tätort');
    // The town names are not covered by one another (placement) nor cut by the frame.
    const frame = (await picture.boundingBox())!;
    const boxes = await Promise.all(TOWNS.map((town) => picture.getByText(town, { exact: true }).boundingBox()));
    for (const box of boxes) {
      expect(box!.x).toBeGreaterThanOrEqual(frame.x);
      expect(box!.x + box!.width).toBeLessThanOrEqual(frame.x + frame.width + 1);
    }
    await page.locator('.home-map').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${ARTIFACTS}/union-map-sv.png` });
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Språk').selectOption('en');
    const english = await expectBaseLayers(page, /^Map of the staff’s home municipalities/);
    await expect(page.getByRole('list', { name: 'Legend' })).toContainText('Main roads');
    await english.evaluate((element) => element.closest('.home-map')!.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${ARTIFACTS}/union-map-en.png` });
    expect(await seriousViolations(page)).toEqual([]);

    // On paper: the zoom buttons go, the map keeps its names and road numbers in the PDF's text.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.home-map .map-zoom')).toBeHidden();
    await expect(english).toBeVisible();
    const printed = (await english.boundingBox())!;
    expect(printed.width).toBeGreaterThan(300);
    await page.screenshot({ path: `${ARTIFACTS}/union-map-en-print.png`, fullPage: true });
    const pdf = await page.pdf({ format: 'A4', path: `${ARTIFACTS}/union-map-en.pdf` });
    const text = await pdfText(pdf);
    for (const town of TOWNS) expect(text).toContain(town);
    expect(text).toContain('E4');
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
  });
});
