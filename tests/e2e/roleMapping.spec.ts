import { pdfText } from './pdfText';
import { expect, test, type Page } from '@playwright/test';
import { calculated, seriousViolations } from './pageChecks';

/** The row of a position in the unit tables, found by the position id shown beside its title. */
const positionRow = (page: Page, positionId: string) =>
  page.locator('.rm-main tr').filter({ has: page.locator('.rm-id', { hasText: new RegExp(`^${positionId}$`) }) });

test.describe('role mapping', () => {
  test('assign by hand with a reason, lock, re-optimise keeping the locks, print a person’s card', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/');
    await expect(calculated(page)).toBeVisible();
    await page.getByRole('tab', { name: 'Rollmappning' }).click();
    await expect(page.getByRole('heading', { name: /^Rollmappning: / })).toBeVisible();
    const opens = page.locator('.rm-main').getByRole('button', { name: /^Öppna / });
    await expect(opens.first()).toBeVisible({ timeout: 30_000 });

    // Assign: the best other allowed candidate of the first position that has one.
    // The first position staffed from within (the presets recruit the CEO externally).
    const staffedRows = page.locator('.rm-main tbody tr').filter({ hasNotText: 'Rekryteras externt' });
    const firstRow = staffedRows.first();
    const firstId = (await firstRow.locator('.rm-id').textContent())!;
    await firstRow.getByRole('button', { name: /^Öppna / }).click();
    const panel = page.getByRole('region', { name: /^Befattning: / });
    await expect(panel).toBeVisible();
    const holderBefore = (await positionRow(page, firstId).locator('td').first().textContent())!;
    const candidates = panel.getByRole('table', { name: /^Kandidater till / });
    const assign = candidates
      .getByRole('button', { name: /^Tilldela / })
      .and(page.locator(':enabled'))
      .filter({ hasNotText: `Tilldela ${holderBefore}` });
    const chosenButton = assign.first();
    const chosen = ((await chosenButton.textContent()) ?? '').replace(/^Tilldela /, '');
    expect(chosen).not.toBe(holderBefore);

    // Refused without a reason.
    await chosenButton.click();
    await expect(panel.getByRole('alert')).toContainText('Skriv en motivering först');
    await panel.getByLabel('Motivering (krävs)').fill('Starkast kompetens för uppdraget');
    await chosenButton.click();
    await expect(panel.getByRole('status').filter({ hasText: 'Sparat' })).toBeVisible();
    await expect(positionRow(page, firstId).locator('td').first()).toHaveText(chosen, { timeout: 30_000 });
    await expect(positionRow(page, firstId)).toContainText('🔒 låst');

    // Lock the holder of another position.
    const secondId = (await staffedRows.nth(1).locator('.rm-id').textContent())!;
    await staffedRows
      .nth(1)
      .getByRole('button', { name: /^Öppna / })
      .click();
    const second = page.getByRole('region', { name: /^Befattning: / });
    const secondHolder = (await positionRow(page, secondId).locator('td').first().textContent())!;
    await second.getByLabel('Motivering (krävs)').fill('Självklart val');
    await second.getByRole('button', { name: `Lås ${secondHolder}` }).click();
    await expect(positionRow(page, secondId)).toContainText('🔒 låst', { timeout: 30_000 });

    // Re-optimise: the locks are kept.
    const reoptimise = page.getByRole('region', { name: 'Optimera om' });
    await reoptimise.getByRole('button', { name: 'Optimera om' }).click();
    await expect(reoptimise.getByRole('status')).toHaveText(/flyttades|Inget ändrades/, { timeout: 30_000 });
    await expect(positionRow(page, firstId).locator('td').first()).toHaveText(chosen);
    await expect(positionRow(page, firstId)).toContainText('🔒 låst');
    await expect(positionRow(page, secondId).locator('td').first()).toHaveText(secondHolder);
    await expect(positionRow(page, secondId)).toContainText('🔒 låst');

    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/role-mapping.png', fullPage: true });
    await reoptimise.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/role-mapping-reoptimise.png' });
    await expect(page.getByRole('img', { name: /^Flöde av 62 personer från dagens förvaltning/ })).toBeVisible();
    await page.locator('.rm-flow').screenshot({ path: 'test-results/role-mapping-flow.png' });
    await page.getByRole('region', { name: /^Befattning: / }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/role-mapping-panel.png' });

    // The card of the person assigned by hand, printed alone.
    await positionRow(page, firstId)
      .getByRole('button', { name: /^Öppna / })
      .click();
    await page
      .getByRole('region', { name: /^Befattning: / })
      .getByRole('button', { name: `Vad ändras för ${chosen}` })
      .click();
    const card = page.getByRole('article', { name: `Vad ändras för ${chosen}` });
    await expect(card).toBeVisible();
    await expect(card).toContainText('Resekostnad per vecka à 2,50 kr/km');
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    await expect(card).toBeVisible();
    await expect(card.getByRole('heading', { name: `Vad ändras för ${chosen}` })).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Rollmappning: / })).toBeHidden();
    await expect(page.getByRole('tab', { name: 'Rollmappning' })).toBeHidden();
    await expect(page.locator('.rm-main')).toBeHidden();
    await expect(card.getByRole('button', { name: 'Skriv ut kortet' })).toBeHidden();
    // Nothing outside the card (and its ancestors) takes any room on the printed page.
    const strays = await page.evaluate(() => {
      const card = document.querySelector('.rm-card')!;
      return [...document.body.querySelectorAll('*')].filter(
        (el) =>
          !card.contains(el) &&
          !el.contains(card) &&
          el.getClientRects().length > 0 &&
          getComputedStyle(el).visibility !== 'hidden',
      ).length;
    });
    expect(strays).toBe(0);
    expect((await card.boundingBox())!.y).toBeLessThan(100);
    await page.screenshot({ path: 'test-results/role-mapping-card-print.png' });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(1000);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The printout says what the card says, and nothing of the view around it.
    const printed = await pdfText(pdf);
    expect(printed).toContain(`Vad ändras för ${chosen}`);
    expect(printed).toContain('2,50 kr/km');
    expect(printed).not.toContain('Rollmappning');
    expect(printed).not.toContain('Skriv ut kortet');
    await page.emulateMedia({ media: 'screen' });

    // The decision log has both decisions with their reasons.
    await page.getByRole('tab', { name: 'Beslutslogg' }).click();
    const log = page.getByRole('table', { name: 'Beslut, nyaste först' });
    await expect(log).toBeVisible();
    await expect(log.getByRole('row')).toHaveCount(3);
    await expect(log.getByRole('row').nth(1)).toContainText('Självklart val');
    await expect(log.getByRole('row').nth(2)).toContainText('Starkast kompetens för uppdraget');
    // What they change against the optimiser's own proposal: the hand-assigned person holds the
    // first position here, and someone else held it in the proposal.
    const changes = page
      .getByRole('region', { name: 'Vad besluten ändrar' })
      .getByRole('table', { name: /^Vem som byter befattning eller arbetsplats från ”Optimerarens förslag”/ });
    await expect(changes).toBeVisible({ timeout: 30_000 });
    await expect(changes.getByRole('row', { name: new RegExp(`^${chosen}\\b`) })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
