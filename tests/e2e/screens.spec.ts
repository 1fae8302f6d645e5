import { expect, test, type Page } from '@playwright/test';
import { calculated } from './pageChecks';

/**
 * Every view at 1440×900 in both languages: the page must not scroll sideways and no SVG text may
 * stick out of its drawing (a clipped label). Full-page screenshots land in
 * test-results/screens/ (git-ignored) for a look by eye.
 */
const views = [
  { id: 'overview', sv: 'Översikt', en: 'Overview' },
  { id: 'impact', sv: 'Påverkan', en: 'Impact' },
  { id: 'map', sv: 'Karta', en: 'Map' },
  { id: 'roles', sv: 'Rollmappning', en: 'Role mapping' },
  { id: 'compare', sv: 'Jämför', en: 'Compare' },
  { id: 'scenarios', sv: 'Scenarier', en: 'Scenarios' },
  { id: 'report', sv: 'Rapport', en: 'Report' },
  { id: 'log', sv: 'Beslutslogg', en: 'Decision log' },
  { id: 'data', sv: 'Data', en: 'Data' },
  { id: 'glossary', sv: 'Begrepp', en: 'Glossary' },
] as const;

test.use({ viewport: { width: 1440, height: 900 } });

/** How far the page scrolls sideways, in pixels (0 when it fits). */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * SVG text elements whose box sticks out of their SVG's box by more than a pixel, as
 * "text (side)". Drawings marked data-pannable (the zoomable map) are skipped: panning
 * legitimately moves labels out of sight.
 */
const clippedSvgTexts = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    for (const svg of Array.from(document.querySelectorAll('svg'))) {
      if (svg.closest('[data-pannable]') || svg.closest('[hidden]')) continue;
      const outer = svg.getBoundingClientRect();
      if (outer.width === 0) continue;
      for (const text of Array.from(svg.querySelectorAll('text'))) {
        const box = text.getBoundingClientRect();
        if (box.width === 0) continue;
        const sides = [
          box.left < outer.left - 1 && 'left',
          box.right > outer.right + 1 && 'right',
          box.top < outer.top - 1 && 'top',
          box.bottom > outer.bottom + 1 && 'bottom',
        ].filter(Boolean);
        if (sides.length > 0) found.push(`${text.textContent ?? ''} (${sides.join(', ')})`);
      }
    }
    return found;
  });

/** The whole page as 1440×1000 pieces, top to bottom (readable one at a time). */
async function screenshots(page: Page, name: string) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, part = 1; y < height; y += 1000, part++) {
    const clip = { x: 0, y, width: 1440, height: Math.min(1000, height - y) };
    await page.screenshot({
      path: `test-results/screens/${name}-${String(part).padStart(2, '0')}.png`,
      fullPage: true,
      clip,
    });
  }
}

for (const view of views) {
  test(`${view.id}: no sideways scroll and no clipped chart text at 1440 px, in Swedish and English`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto('/');
    await expect(calculated(page)).toBeVisible();
    for (const language of ['sv', 'en'] as const) {
      if (language === 'en') {
        await page.getByLabel('Språk').selectOption('en');
        await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      }
      if (view.id === 'glossary') {
        const open = page.getByRole('button', { name: view[language], exact: true });
        if ((await open.getAttribute('aria-expanded')) === 'false') await open.click();
        await expect(page.locator('#glossary-panel')).toBeVisible();
      } else {
        await page.getByRole('tab', { name: view[language], exact: true }).click();
      }
      if (view.id === 'scenarios') {
        const open = page
          .getByRole('button', { name: language === 'sv' ? 'Föreslå platser' : 'Suggest sites' })
          .first();
        if ((await open.getAttribute('aria-expanded')) === 'false') await open.click();
      }
      // Let the view's figures and charts settle.
      await expect(calculated(page)).toBeVisible({ timeout: 30_000 });
      await page.waitForTimeout(1500);
      await screenshots(page, `${view.id}-${language}`);
      expect(await sidewaysOverflow(page), `${view.id} (${language}) scrolls sideways`).toBeLessThanOrEqual(0);
      expect(await clippedSvgTexts(page), `${view.id} (${language}) clips chart text`).toEqual([]);
    }
    expect(errors).toEqual([]);
  });
}
