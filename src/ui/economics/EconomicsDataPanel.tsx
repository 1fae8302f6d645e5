import { localised } from '../../schema/localisedText';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { economicsOf } from '../../engine/economics/defaultEconomics';
import { salaryBook } from '../../engine/economics/salaries';
import { standAloneCosts } from '../../engine/economics/standAloneCost';
import type { Language } from '../../i18n/createTranslator';
import { formatDatasetIssue } from '../../i18n/formatIssue';
import { readEconomicsCsv, type EconomicsCsvProblem } from '../../io/csv/economicsCsv';
import type { Dataset } from '../../schema/dataset';
import type { DatasetIssue } from '../../schema/datasetIssue';
import { validateDataset } from '../../schema/validateDataset';
import { parseNumberText } from '../editor/validateField';
import { formatNumber } from '../format';
import { formatSek } from './formatSek';

export interface EconomicsDataPanelProps {
  dataset: Dataset;
  language: Language;
  /** Replaces the dataset with the validated one (the store keeps the previous one for a restore). */
  onReplace: (dataset: Dataset, warnings: DatasetIssue[]) => Promise<void>;
}

type Draft = { staff: string; nonStaff: string; source?: string };

/**
 * HR's stand-alone cost figures and the unit-cost assumptions in the Data view: edited by hand
 * or read from a CSV (every problem with file, row and column), applied only when the whole
 * dataset validates. An empty cell keeps the estimate, shown beside it.
 */
export function EconomicsDataPanel({ dataset, language, onReplace }: EconomicsDataPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const { economics } = economicsOf(dataset);
  const estimates = useMemo(
    () => standAloneCosts(dataset, { ...economics, members: [] }, salaryBook(dataset, null)),
    [dataset, economics],
  );
  const text = (v: number | undefined) => (v === undefined ? '' : formatNumber(v, language, 2));
  const initial = () =>
    Object.fromEntries(
      estimates.map((e) => {
        const given = economics.members.find((m) => m.municipalityId === e.municipalityId);
        return [
          e.municipalityId,
          { staff: text(given?.staffCostSek), nonStaff: text(given?.nonStaffCostSek), source: given?.source },
        ];
      }),
    ) as Record<string, Draft>;
  const [drafts, setDrafts] = useState<Record<string, Draft>>(initial);
  const [onCost, setOnCost] = useState(text(economics.onCostRate));
  const [units, setUnits] = useState({
    perPcSek: text(economics.unitCosts.perPcSek),
    perServerSek: text(economics.unitCosts.perServerSek),
    perNetworkDeviceSek: text(economics.unitCosts.perNetworkDeviceSek),
  });
  const [phases, setPhases] = useState(() =>
    economics.phases.map((p) => ({ start: p.start, end: p.end, hours: text(p.hours) })),
  );
  const [horizon, setHorizon] = useState({
    startYear: String(economics.horizon.startYear),
    endYear: String(economics.horizon.endYear),
  });
  const [messages, setMessages] = useState<{ kind: 'ok' | 'error' | 'info'; lines: string[] } | null>(null);
  const name = (municipalityId: string) =>
    dataset.municipalities.find((m) => m.id === municipalityId)?.name ?? municipalityId;
  const amount = (s: string): number | undefined => (s.trim() === '' ? undefined : parseNumberText(s));

  const apply = async () => {
    const next = {
      ...economics,
      onCostRate: amount(onCost),
      unitCosts: {
        perPcSek: amount(units.perPcSek),
        perServerSek: amount(units.perServerSek),
        perNetworkDeviceSek: amount(units.perNetworkDeviceSek),
      },
      horizon: { startYear: amount(horizon.startYear), endYear: amount(horizon.endYear) },
      phases: economics.phases.map((p, k) => ({
        ...p,
        start: phases[k]!.start,
        end: phases[k]!.end,
        hours: amount(phases[k]!.hours),
      })),
      members: estimates.map((e) => {
        const d = drafts[e.municipalityId]!;
        return {
          municipalityId: e.municipalityId,
          staffCostSek: amount(d.staff),
          nonStaffCostSek: amount(d.nonStaff),
          ...(d.source ? { source: d.source } : {}),
        };
      }),
    };
    const validation = validateDataset({ ...dataset, economics: next });
    if (!validation.ok) {
      setMessages({
        kind: 'error',
        lines: validation.errors.map((e) => t('economics.data.invalid', { line: formatDatasetIssue(e, t) })),
      });
      return;
    }
    await onReplace(validation.dataset, validation.warnings);
    setMessages({ kind: 'ok', lines: [t('economics.data.applied')] });
  };

  const importFile = async (file: File) => {
    const result = readEconomicsCsv(
      file.name,
      await file.text(),
      estimates.map((e) => e.municipalityId),
    );
    if (!result.ok) {
      setMessages({
        kind: 'error',
        lines: result.problems.map((p: EconomicsCsvProblem) =>
          t('economics.csv.problem', {
            file: p.file,
            row: p.row,
            column: p.column || '—',
            reason: t(`economics.csv.${p.code}`, { value: p.value }),
          }),
        ),
      });
      return;
    }
    setDrafts((current) => {
      const next = { ...current };
      for (const m of result.members)
        next[m.municipalityId] = { staff: text(m.staffCostSek), nonStaff: text(m.nonStaffCostSek), source: m.source };
      return next;
    });
    setMessages({
      kind: 'info',
      lines: [t('economics.data.importReady', { count: result.members.length, file: file.name })],
    });
  };

  const field = (label: string, value: string, set: (v: string) => void, placeholder?: string) => (
    <input
      type="text"
      inputMode="decimal"
      aria-label={label}
      value={value}
      placeholder={placeholder}
      onChange={(e) => set(e.target.value)}
    />
  );
  return (
    <section aria-labelledby={`${id}-heading`} className="economics-data">
      <h2 id={`${id}-heading`}>{t('economics.data.heading')}</h2>
      <p className="note">{t('economics.data.intro', { year: economics.horizon.startYear })}</p>
      {/* Focusable, so a keyboard can scroll a wide table. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('economics.data.heading')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('economics.data.member')}</th>
              <th scope="col">{t('economics.data.staff')}</th>
              <th scope="col">{t('economics.data.nonStaff')}</th>
            </tr>
          </thead>
          <tbody>
            {estimates.map((e) => {
              const d = drafts[e.municipalityId]!;
              const set = (patch: Partial<Draft>) => setDrafts({ ...drafts, [e.municipalityId]: { ...d, ...patch } });
              return (
                <tr key={e.municipalityId}>
                  <th scope="row">{name(e.municipalityId)}</th>
                  <td>
                    {field(
                      `${t('economics.data.staff')}, ${name(e.municipalityId)}`,
                      d.staff,
                      (v) => set({ staff: v }),
                      t('economics.data.estimate', { amount: formatSek(e.staffSek, language) }),
                    )}
                  </td>
                  <td>
                    {field(
                      `${t('economics.data.nonStaff')}, ${name(e.municipalityId)}`,
                      d.nonStaff,
                      (v) => set({ nonStaff: v }),
                      t('economics.data.estimate', { amount: formatSek(e.nonStaffSek, language) }),
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="economics-units">
        <label>
          {t('economics.data.onCostRate')} {field(t('economics.data.onCostRate'), onCost, setOnCost)}
        </label>
        <p className="help">{t('economics.data.onCostHelp')}</p>
        <label>
          {t('economics.data.perPc')}{' '}
          {field(t('economics.data.perPc'), units.perPcSek, (v) => setUnits({ ...units, perPcSek: v }))}
        </label>
        <label>
          {t('economics.data.perServer')}{' '}
          {field(t('economics.data.perServer'), units.perServerSek, (v) => setUnits({ ...units, perServerSek: v }))}
        </label>
        <label>
          {t('economics.data.perDevice')}{' '}
          {field(t('economics.data.perDevice'), units.perNetworkDeviceSek, (v) =>
            setUnits({ ...units, perNetworkDeviceSek: v }),
          )}
        </label>
        <p className="help">{t('economics.data.unitHelp')}</p>
      </div>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('economics.data.phases')}>
        <table>
          <caption>{t('economics.data.phases')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('economics.data.phase')}</th>
              <th scope="col">{t('economics.data.start')}</th>
              <th scope="col">{t('economics.data.end')}</th>
              <th scope="col">{t('economics.data.hours')}</th>
            </tr>
          </thead>
          <tbody>
            {economics.phases.map((p, k) => {
              const label = localised(p.name, language);
              const set = (patch: Partial<(typeof phases)[number]>) =>
                setPhases(phases.map((x, j) => (j === k ? { ...x, ...patch } : x)));
              return (
                <tr key={p.id}>
                  <th scope="row">{label}</th>
                  <td>
                    {field(
                      `${t('economics.data.start')}, ${label}`,
                      phases[k]!.start,
                      (v) => set({ start: v }),
                      'YYYY-MM',
                    )}
                  </td>
                  <td>
                    {field(`${t('economics.data.end')}, ${label}`, phases[k]!.end, (v) => set({ end: v }), 'YYYY-MM')}
                  </td>
                  <td>{field(`${t('economics.data.hours')}, ${label}`, phases[k]!.hours, (v) => set({ hours: v }))}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="help">{t('economics.data.phasesHelp')}</p>
      <div className="economics-units">
        <label>
          {t('economics.data.horizonStart')}{' '}
          {field(t('economics.data.horizonStart'), horizon.startYear, (v) => setHorizon({ ...horizon, startYear: v }))}
        </label>
        <label>
          {t('economics.data.horizonEnd')}{' '}
          {field(t('economics.data.horizonEnd'), horizon.endYear, (v) => setHorizon({ ...horizon, endYear: v }))}
        </label>
      </div>
      <label>
        {t('economics.data.import')}{' '}
        <input
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={(e) => e.target.files?.[0] && void importFile(e.target.files[0])}
        />
      </label>
      <p>
        <button type="button" onClick={() => void apply()}>
          {t('economics.data.apply')}
        </button>
      </p>
      {messages && (
        <div role={messages.kind === 'error' ? 'alert' : 'status'}>
          {messages.lines.map((line, k) => (
            <p key={k}>{line}</p>
          ))}
        </div>
      )}
    </section>
  );
}
