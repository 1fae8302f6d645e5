import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { seriousViolations } from './pageChecks';
import { exportCollectionCsv } from '../../src/io/csv/exportCollectionCsv';

const readJson = (file: string) => JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8'));

/** The default people as HR's Swedish spreadsheet would export them, with two more people (rows 64 and 65). */
function peopleCsv(first: Record<string, unknown>, second: Record<string, unknown>): Buffer {
  const { people } = readJson('people.json') as { people: Record<string, unknown>[] };
  const { competences } = readJson('competences.json');
  const added = [
    { ...structuredClone(people[0]!), id: 'p900', name: 'Testa Testsson', ...first },
    { ...structuredClone(people[1]!), id: 'p901', name: 'Prova Provsson', ...second },
  ];
  return Buffer.from(exportCollectionCsv('people', [...people, ...added], competences, 'sv'), 'utf8');
}

test.describe('bring your own data', () => {
  test('import a people CSV with errors, see them with row numbers, fix, confirm, see the new person, reload and keep it', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/');
    await page.getByRole('tab', { name: 'Data' }).click();
    await expect(page.getByRole('heading', { level: 2, name: '62 personer → 51 befattningar' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    const input = page.getByLabel('Filer att importera');
    // The file holds every person of the data (72: the members' 62 and Hylte's possible ten) and two more.
    // Row 74 is the 73rd data row (row 1 is the header): a year that is no number; row 75 an unknown employer.
    await input.setInputFiles({
      name: 'personer.csv',
      mimeType: 'text/csv',
      buffer: peopleCsv({ birthYear: 'abc' }, { municipalityId: 'okand' }),
    });
    const problems = page.getByRole('list', { name: /Importen har \d+ fel/ });
    await expect(problems).toBeVisible();
    await expect(
      problems.getByRole('listitem').filter({ hasText: /personer\.csv, rad 74, kolumn ”födelseår”/ }),
    ).toBeVisible();
    await expect(
      problems.getByRole('listitem').filter({ hasText: /personer\.csv, rad 75, kolumn ”arbetsgivare”.*okand/ }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Ersätt datamängden' })).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2, name: '62 personer → 51 befattningar' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await input.setInputFiles({ name: 'personer.csv', mimeType: 'text/csv', buffer: peopleCsv({}, {}) });
    const counts = page.getByRole('table', { name: 'Antal nu och efter importen' });
    await expect(counts).toBeVisible();
    await expect(counts.getByRole('row', { name: /Personer/ })).toHaveText(/Personer\s*72\s*74/);
    // Nothing replaced before the confirmation.
    await expect(page.getByRole('heading', { level: 2, name: '62 personer → 51 befattningar' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ersätt datamängden' }).click();

    await expect(page.getByRole('heading', { level: 2, name: '64 personer → 51 befattningar' })).toBeVisible();
    await expect(
      page.getByTestId('people-table').getByRole('rowheader', { name: 'Testa Testsson', exact: true }),
    ).toBeVisible();
    await expect(page.locator('.status-bar [data-testid="result-status"].done')).toBeVisible();

    await page.reload();
    await page.getByRole('tab', { name: 'Data' }).click();
    await expect(page.getByRole('heading', { level: 2, name: '64 personer → 51 befattningar' })).toBeVisible();
    await expect(
      page.getByTestId('people-table').getByRole('rowheader', { name: 'Testa Testsson', exact: true }),
    ).toBeVisible();
    await expect(page.getByText('Aktuell data: en importerad datamängd.', { exact: true })).toBeVisible();

    // And back to the default data.
    await page.getByRole('button', { name: 'Återställ standarddata' }).click();
    await expect(page.getByRole('heading', { level: 2, name: '62 personer → 51 befattningar' })).toBeVisible();
    await page.screenshot({ path: 'test-results/data-import.png', fullPage: false });
    expect(errors).toEqual([]);
  });

  test('10 000 people are checked in the import worker, with a busy indicator, and summarised', async ({ page }) => {
    const { people } = readJson('people.json') as { people: Record<string, unknown>[] };
    const { competences } = readJson('competences.json');
    const many = Array.from({ length: 10_000 }, (_, i) => ({ ...people[i % people.length]!, id: `q${i}` }));
    const buffer = Buffer.from(exportCollectionCsv('people', many, competences, 'sv'), 'utf8');
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto('/');
    await page.getByRole('tab', { name: 'Data' }).click();
    await page.getByLabel('Filer att importera').setInputFiles({ name: 'personer.csv', mimeType: 'text/csv', buffer });
    await expect(page.getByRole('status').filter({ hasText: 'Läser och kontrollerar 1 fil(er)' })).toBeVisible();
    const counts = page.getByRole('table', { name: 'Antal nu och efter importen' });
    await expect(counts.getByRole('row', { name: /Personer/ })).toHaveText(/Personer\s*72\s*10\s000/, {
      timeout: 30_000,
    });
    expect(workers.some((url) => /importWorker/.test(url))).toBe(true);
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await expect(page.getByRole('heading', { level: 2, name: '62 personer → 51 befattningar' })).toBeVisible();
  });

  test('a file over 20 MB is refused at once, and nothing is replaced', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('tab', { name: 'Data' }).click();
    await page
      .getByLabel('Filer att importera')
      .setInputFiles({ name: 'personer.csv', mimeType: 'text/csv', buffer: Buffer.alloc(21 * 1024 * 1024, 0x61) });
    await expect(page.getByRole('list', { name: /Importen har 1 fel/ })).toContainText('personer.csv');
    await expect(page.getByRole('list', { name: /Importen har 1 fel/ })).toContainText('20 MB');
    await expect(page.getByRole('heading', { level: 2, name: '62 personer → 51 befattningar' })).toBeVisible();
  });
});
