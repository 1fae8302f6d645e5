import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/** People of the default data: what must never reach the union page. */
const people = (JSON.parse(readFileSync('data/people.json', 'utf8')) as { people: { id: string; name?: string }[] })
  .people;
const personal = people.flatMap((p) => [p.id, ...(p.name ? [p.name] : [])]);
const personIdPattern = new RegExp(`"(${people.map((p) => p.id).join('|')})"`);

const reportFile = join('test-results', 'union-e2e-report.json');

test.beforeAll(() => {
  mkdirSync('test-results', { recursive: true });
  // The report as HR makes it from the command line.
  rmSync(join('test-results', 'anonymised-report-register.json'), { force: true });
  execFileSync(
    'npx',
    ['tsx', 'src/cli/main.ts', 'report', '--scenarios', 'today,centralised,decentralised', '--out', reportFile],
    {
      stdio: 'pipe',
    },
  );
});

test.describe('union view', () => {
  test('opens the report file, shows its tables, keeps nothing personal and loads no data', async ({ page }) => {
    const requests: string[] = [];
    const scripts: { url: string; body: string }[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('response', async (response) => {
      if (response.url().endsWith('.js')) scripts.push({ url: response.url(), body: await response.text() });
    });

    await page.goto('/union/union.html');
    await expect(page.getByRole('heading', { level: 1, name: 'Anonymiserad konsekvensrapport' })).toBeVisible();
    await page.getByLabel('Öppna en rapportfil (JSON)').setInputFiles(reportFile);

    const commute = page.getByRole('table', { name: 'Förändrad enkel restid per kommun man arbetar i' });
    await expect(commute).toHaveCount(2);
    await expect(commute.first().getByRole('rowheader', { name: 'Gislaved' })).toBeVisible();
    await expect(commute.first().getByText('< 5').first()).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Scenario: Decentraliserad' })).toBeVisible();
    await expect(page.getByText('Så läser du rapporten')).toBeVisible();
    // The overall figures, side by side.
    const overall = page.getByRole('table', { name: 'Övergripande tal per scenario' });
    await expect(overall.getByRole('rowheader', { name: 'Får en befattning i det nya bolaget' })).toBeVisible();
    await expect(
      overall
        .getByRole('row', { name: /Får en befattning/ })
        .getByRole('cell')
        .first(),
    ).toHaveText('50'); // 51 positions, the CEO recruited externally
    // The real municipal boundaries: one path per member municipality (everyone living outside
    // them is one row of the homes table).
    const map = page.getByRole('img', { name: /Karta över personalens hemkommuner: 4 kommuner/ });
    await expect(map).toBeVisible();
    // The base map draws every municipality of the region; only the members carry counts.
    await expect(map.locator('.map-land path[data-municipality]')).toHaveCount(6);
    await expect(map.locator('.map-land path[data-municipality="0683"]')).toHaveAttribute('fill', /^rgb|^#/);
    await expect(map.locator('.map-land path[data-municipality="1315"]')).not.toHaveAttribute('fill', /^url\(/);
    const box = await map.locator('.map-land path[data-municipality="0683"]').boundingBox();
    expect(box!.width).toBeGreaterThan(50);
    await page.screenshot({ path: join('test-results', 'union-view.png'), fullPage: true });

    const stored = await page.evaluate(async () => {
      const dump: string[] = [];
      for (const storage of [localStorage, sessionStorage]) {
        for (let i = 0; i < storage.length; i++) {
          const key = storage.key(i)!;
          dump.push(key, storage.getItem(key) ?? '');
        }
      }
      const databases = await indexedDB.databases();
      for (const info of databases) {
        if (!info.name) continue;
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open(info.name!);
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        for (const storeName of Array.from(db.objectStoreNames)) {
          const all = await new Promise<unknown[]>((resolve, reject) => {
            const read = db.transaction(storeName, 'readonly').objectStore(storeName).getAll();
            read.onsuccess = () => resolve(read.result as unknown[]);
            read.onerror = () => reject(read.error);
          });
          dump.push(info.name, storeName, JSON.stringify(all));
        }
        db.close();
      }
      return dump.join('\n');
    });
    for (const token of personal) expect(stored.includes(token), `storage holds ${token}`).toBe(false);

    expect(requests.filter((url) => url.includes('/data/'))).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(`http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`))).toEqual([]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts)
      expect(personIdPattern.test(script.body), `${script.url} holds person ids`).toBe(false);

    // The printed form: the same React tables, without the file picker and the buttons.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByLabel('Öppna en rapportfil (JSON)')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
    await expect(commute.first()).toBeVisible();
    await page.emulateMedia({ media: 'screen' });

    const axe = await new AxeBuilder({ page }).analyze();
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('refuses a tampered file and says where and why', async ({ page }) => {
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { tables: { cells: (number | null)[][] }[] };
    const r = report.tables[0]!.cells.findIndex((row) => row.includes(null));
    report.tables[0]!.cells[r]![report.tables[0]!.cells[r]!.indexOf(null)] = 2;
    await page.goto('/union/union.html');
    await page.getByLabel('Språk').selectOption('en');
    await page.getByLabel('Open a report file (JSON)').setInputFiles({
      name: 'tampered.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(report)),
    });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('table centralised.statusByMunicipality publishes 2, fewer than k = 5.');
    await expect(page.getByRole('table')).toHaveCount(0);
  });
});
