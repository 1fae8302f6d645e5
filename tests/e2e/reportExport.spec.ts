import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { checkAnonymisedReport, personalTokens } from '../../src/engine/report';
import { defaultDataset } from '../helpers/defaultData';

test('HR builds the anonymised report of two scenarios in the Rapport tab and downloads a file that passes the check', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('tab', { name: 'Rapport' }).click();
  const panel = page.getByRole('region', { name: 'Anonymiserad rapport för fackliga företrädare' });
  await expect(panel).toBeVisible({ timeout: 30_000 });

  // Two scenarios: Idag and Centraliserad (every scenario is chosen at first).
  const choices = panel.getByRole('group', { name: 'Scenarier i rapporten' });
  await expect(choices.getByRole('checkbox')).toHaveCount(5);
  await choices.getByRole('checkbox', { name: 'Decentraliserad', exact: true }).uncheck();
  await choices.getByRole('checkbox', { name: 'Decentraliserad med beställarfunktion', exact: true }).uncheck();
  await choices.getByRole('checkbox', { name: 'Decentraliserad med Hylte', exact: true }).uncheck();
  await expect(choices.getByRole('checkbox', { checked: true })).toHaveCount(2);

  await panel.getByRole('button', { name: 'Bygg och kontrollera rapporten' }).click();
  const link = panel.getByRole('link', { name: 'Ladda ner rapporten (JSON)' });
  await expect(link).toBeVisible({ timeout: 30_000 });
  const violations = (await new AxeBuilder({ page }).analyze()).violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(violations.map((v) => v.id)).toEqual([]);

  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = await download.path();
  const text = readFileSync(path, 'utf8');
  const dataset = await defaultDataset();
  const check = checkAnonymisedReport(text, { k: 5, personalTokens: personalTokens(dataset) });
  expect(check.problems).toEqual([]);
  expect(check.ok).toBe(true);
  const report = JSON.parse(text) as { parameters: { scenarios: { id: string }[] } };
  expect(report.parameters.scenarios.map((s) => s.id)).toEqual(['today', 'centralised']);
});

test('a manager sees that HR exports the report', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Roll').selectOption('manager');
  await page.getByRole('tab', { name: 'Rapport' }).click();
  await expect(page.getByText('HR tar fram den anonymiserade rapporten')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Bygg och kontrollera rapporten' })).toHaveCount(0);
});
