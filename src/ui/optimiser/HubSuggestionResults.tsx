import { localised } from '../../schema/localisedText';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  HubCandidate,
  HubObjectiveUnit,
  HubPlacementResult,
  HubSuggestion,
} from '../../engine/optimiser/hubPlacementTypes';
import type { Language } from '../../i18n/createTranslator';
import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import { formatNumber } from '../format';
import type { IsochroneEngine } from '../map/useIsochrones';
import { keptHubScenario } from './keptHubScenario';
import { SuggestionMap } from './SuggestionMap';

export interface HubSuggestionResultsProps {
  dataset: Dataset;
  baseScenario: Scenario;
  language: Language;
  /** The answer of the last run, or null before one (and while one runs). */
  result: HubPlacementResult | null;
  /** The engine's failure, worded, or null. */
  failure: string | null;
  /** The p the shown result was asked for. */
  askedHubs: number | null;
  onKeep: (scenario: Scenario) => void;
  isochroneEngine?: IsochroneEngine | null;
}

/** What a run of the hub placement came to: a failure, the settings refused, or the suggestions. */
export function HubSuggestionResults({ dataset, result, failure, ...props }: HubSuggestionResultsProps) {
  const { t } = useTranslation();
  const siteName = (siteId: string) => dataset.sites.find((s) => s.id === siteId)?.name ?? siteId;
  return (
    <>
      {failure !== null && <p role="alert">{t('hubs.panel.error', { message: failure })}</p>}
      {result !== null && !result.ok && (
        <p role="alert">
          {t('hubs.panel.inputError', {
            message: t(`hubs.error.${result.error.code}`, {
              ...result.error.params,
              ...(typeof result.error.params.siteId === 'string'
                ? { siteId: siteName(result.error.params.siteId) }
                : {}),
            }),
          })}
        </p>
      )}
      {result !== null && result.ok && <HubSuggestionTable dataset={dataset} result={result} {...props} />}
    </>
  );
}

interface TableProps extends Omit<HubSuggestionResultsProps, 'result' | 'failure'> {
  result: HubSuggestion;
}

/** The suggestion and its alternatives with their figures, each drawn on a map or kept on demand. */
function HubSuggestionTable({
  dataset,
  baseScenario,
  language,
  result,
  askedHubs,
  onKeep,
  isochroneEngine,
}: TableProps) {
  const { t } = useTranslation();
  const [kept, setKept] = useState<string | null>(null);
  /** The row whose placement is drawn on the map below the table, if any. */
  const [mapShown, setMapShown] = useState<number | null>(null);

  const siteName = (siteId: string) => dataset.sites.find((s) => s.id === siteId)?.name ?? siteId;
  const functionName = (functionId: string) => {
    const fn = dataset.functions.find((f) => f.id === functionId);
    return fn ? localised(fn.name, language) : functionId;
  };
  const formatObjective = (value: number, unit: HubObjectiveUnit) =>
    unit === 'minutes'
      ? formatNumber(value, language, 0)
      : unit === 'share'
        ? `${formatNumber(value * 100, language, 1)} %`
        : formatNumber(value, language, 3);
  const keep = (candidate: HubCandidate, alternative: number) => {
    const scenario = keptHubScenario(t, baseScenario.name, candidate, alternative, result.objectiveKind);
    onKeep(scenario);
    setKept(scenario.name);
  };

  return (
    <div className="suggest-hubs-result">
      <p className="note">
        {result.objectiveKind === 'median'
          ? t('screens.hubs.objectiveIsCommute')
          : t('screens.hubs.objectiveNote', { unit: t(`hubs.unit.${result.unit}`) })}{' '}
        {t('hubs.panel.method', {
          method: t(`hubs.method.${result.method}`),
          rounds: result.rounds,
          count: result.evaluatedCandidates,
        })}
      </p>
      {askedHubs !== null && result.sites.length < askedHubs && (
        <p className="note" role="note">
          {t('screens.hubs.fewerSites', { asked: askedHubs, used: result.sites.length })}
        </p>
      )}
      {result.warnings.length > 0 && (
        <ul className="warnings">
          {result.warnings.map((w, k) => (
            <li key={k}>
              {t(`hubs.warning.${w.code}`, {
                ...w.params,
                municipalityId: municipalityName(dataset, w.params.municipalityId),
              })}
            </li>
          ))}
        </ul>
      )}
      <div className="table-scroll">
        <table className="suggest-hubs-table">
          <caption>{t('hubs.panel.resultsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('hubs.panel.colRank')}</th>
              <th scope="col">{t('hubs.panel.colSites')}</th>
              <th scope="col">{t('hubs.panel.colFunctions')}</th>
              <th scope="col">{t('hubs.panel.colServicePoints')}</th>
              {/* For the median objective the objective is the commute: one column, not two equal ones. */}
              {result.objectiveKind !== 'median' && (
                <th scope="col" className="num">
                  {t('hubs.panel.colObjective')}
                </th>
              )}
              <th scope="col" className="num">
                {t(result.objectiveKind === 'median' ? 'screens.hubs.colCommuteObjective' : 'hubs.panel.colCommute')}
              </th>
              <th scope="col" className="num">
                {t('hubs.panel.colCoverage')}
              </th>
              <th scope="col">{t('hubs.panel.colMap')}</th>
              <th scope="col">{t('hubs.panel.colKeep')}</th>
            </tr>
          </thead>
          <tbody>
            {[result as HubCandidate, ...result.alternatives].map((candidate, k) => {
              const label = k === 0 ? t('hubs.panel.suggestion') : t('hubs.panel.alternative', { n: k });
              return (
                <tr key={candidate.scenario.id} className={k === 0 ? 'best' : undefined}>
                  <th scope="row">{label}</th>
                  <td>{candidate.sites.map(siteName).join(', ')}</td>
                  <td>
                    <ul className="plain">
                      {Object.entries(candidate.functions).map(([functionId, siteId]) => (
                        <li key={functionId}>
                          {functionName(functionId)}: {siteName(siteId)}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>{candidate.servicePoints.map(siteName).join(', ')}</td>
                  {result.objectiveKind !== 'median' && (
                    <td className="num">{formatObjective(candidate.objective, result.unit)}</td>
                  )}
                  <td className="num">{formatNumber(candidate.commuteMinutes, language, 0)}</td>
                  <td className="num">{`${formatNumber(candidate.coverageShare * 100, language, 1)} %`}</td>
                  <td>
                    <button
                      type="button"
                      aria-pressed={mapShown === k}
                      onClick={() => setMapShown(mapShown === k ? null : k)}
                      aria-label={`${t('hubs.panel.showMap')}: ${label}`}
                    >
                      {mapShown === k ? t('hubs.panel.hideMap') : t('hubs.panel.showMap')}
                    </button>
                  </td>
                  <td>
                    <button
                      type="button"
                      aria-label={`${t('hubs.panel.keep')}: ${label}`}
                      onClick={() => keep(candidate, k)}
                    >
                      {t('hubs.panel.keep')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {kept !== null && <p role="status">{t('hubs.panel.kept', { name: kept })}</p>}
      {mapShown !== null && (
        <SuggestionMap
          dataset={dataset}
          scenario={(mapShown === 0 ? result : result.alternatives[mapShown - 1]!).scenario}
          label={mapShown === 0 ? t('hubs.panel.suggestion') : t('hubs.panel.alternative', { n: mapShown })}
          language={language}
          engine={isochroneEngine}
        />
      )}
    </div>
  );
}

function municipalityName(dataset: Dataset, id: string | number | undefined): string {
  return dataset.municipalities.find((m) => m.id === id)?.name ?? String(id ?? '');
}
