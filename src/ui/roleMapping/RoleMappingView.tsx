import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changesReport } from '../../engine/compare/changesReport';
import type { ScenarioEvaluation } from '../../engine/evaluateScenario';
import { scenarioDataset } from '../../engine/scenario/scenarioDataset';
import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import { activeScenario } from '../../state/selectors';
import { useScenarioResult } from '../shell/useScenarioResult';
import { useAppStore, useAppStoreApi } from '../StoreContext';
import { datasetLabels } from './datasetLabels';
import { FlowDiagram } from './FlowDiagram';
import { transitionFlows } from './flowLayout';
import { PeopleOutside } from './PeopleOutside';
import { PersonCard } from './PersonCard';
import { PersonPanel } from './PersonPanel';
import { PositionPanel } from './PositionPanel';
import { filterRows, noFilters, positionRows, type PositionFilters } from './positionRows';
import { PositionsTables } from './PositionsTables';
import { ReoptimisePanel } from './ReoptimisePanel';
import { RoleMappingFilters } from './RoleMappingFilters';
import { notSelectedPeople, roleMappingLookups } from './roleMappingLookups';
import { SelectionOrderPanel } from '../selectionOrder/SelectionOrderPanel';
import { useUnconstrainedConflicts } from '../selectionOrder/useUnconstrainedConflicts';
import { selectionGroupLabel } from '../selectionOrder/selectionGroupLabel';
import type { DecideFn } from './useDecisionForm';
import { usePositionExplanation } from './usePositionExplanation';
import './roleMapping.css';

/** Brings the focus back to the control that opened a panel, once the panel is gone. */
const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/** `YYYY-MM-DD` in the user's time zone. */
const localIsoDate = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

type Selection = { kind: 'position'; id: string } | { kind: 'person'; id: string } | null;

interface History {
  scenarioId: string | null;
  last: ScenarioEvaluation | null;
  previous: ScenarioEvaluation | null;
}

/**
 * Role mapping of the active scenario (container): positions and holders, candidates and manual
 * decisions (each with a reason, into the scenario's decisions and log, undoable), the bench,
 * re-optimise with what changed, the flow from today's departments, and each person's card.
 */
export function RoleMappingView({ dataset }: { dataset: Dataset }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const scenario = useAppStore(activeScenario);
  const result = useScenarioResult(scenario?.id ?? null);
  const evaluation = result.current ?? result.latest;

  // The evaluation before the latest recalculation, to say what it changed.
  const [history, setHistory] = useState<History>({ scenarioId: null, last: null, previous: null });
  if (result.current && result.current !== history.last) {
    setHistory({
      scenarioId: result.current.scenarioId,
      last: result.current,
      previous: result.current.scenarioId === history.scenarioId ? history.last : null,
    });
  }

  const decide: DecideFn = (decision, reason) => store.getState().decideRole(decision, reason);

  // The positions the scenario's members retain join its positions (docs/retained-positions.md).
  const scoped = useMemo(() => (scenario ? scenarioDataset(dataset, scenario) : dataset), [dataset, scenario]);
  if (!scenario) return <p>{t('roleMapping.log.noScenario')}</p>;
  return (
    <section className="role-mapping" aria-labelledby="rm-heading">
      <h2 id="rm-heading">{t('roleMapping.heading', { name: scenario.name })}</h2>
      <p className="note">{t('roleMapping.intro')}</p>
      {!result.current && <p className="note">{t('roleMapping.reoptimise.waiting')}</p>}
      {evaluation && evaluation.scenarioId === scenario.id ? (
        evaluation.assignment ? (
          <RoleMappingContent
            key={scenario.id}
            dataset={scoped}
            scenario={scenario}
            evaluation={evaluation}
            stale={!result.current}
            history={history}
            onDecide={decide}
            onReoptimise={() => store.getState().evaluate([scenario.id])}
          />
        ) : (
          <p>{t('roleMapping.baselineNote')}</p>
        )
      ) : null}
    </section>
  );
}

interface ContentProps {
  dataset: Dataset;
  scenario: Scenario;
  evaluation: ScenarioEvaluation;
  stale: boolean;
  history: History;
  onDecide: DecideFn;
  onReoptimise: () => void;
}

function RoleMappingContent({ dataset, scenario, evaluation, stale, history, onDecide, onReoptimise }: ContentProps) {
  const language = useAppStore((s) => s.language);
  const { t } = useTranslation();
  const assignment = evaluation.assignment!;
  const labels = useMemo(() => datasetLabels(dataset, language), [dataset, language]);
  const groups = assignment.selectionOrder.groups;
  const groupLabel = useMemo(() => {
    const names = new Map(groups.map((g) => [g.id, selectionGroupLabel(t, g, labels.site)]));
    return (groupId: string) => names.get(groupId) ?? groupId;
  }, [groups, labels, t]);
  const [filters, setFilters] = useState<PositionFilters>(noFilters);
  const [selection, setSelection] = useState<Selection>(null);
  const [cardPersonId, setCardPersonId] = useState<string | null>(null);
  const [changesShown, setChangesShown] = useState(false);
  const [flowFrom, setFlowFrom] = useState<'department' | 'title'>('department');

  const rows = useMemo(() => positionRows(dataset, scenario, evaluation), [dataset, scenario, evaluation]);
  const shownRows = useMemo(() => filterRows(rows, filters, dataset), [rows, filters, dataset]);
  const flows = useMemo(() => transitionFlows(dataset, evaluation, flowFrom), [dataset, evaluation, flowFrom]);
  const changes = useMemo(
    () => (history.previous && history.last ? changesReport(history.previous, history.last) : null),
    [history.previous, history.last],
  );
  const lookups = useMemo(() => roleMappingLookups(dataset, evaluation), [dataset, evaluation]);
  const filterOptions = useMemo(() => {
    const usedFunctions = new Set(dataset.positions.map((p) => p.functionId));
    return {
      units: dataset.units.map((u) => ({ id: u.id, label: labels.unit(u.id) })),
      functions: dataset.functions
        .filter((f) => usedFunctions.has(f.id))
        .map((f) => ({ id: f.id, label: labels.workFunction(f.id) })),
      municipalities: dataset.municipalities.filter((m) => m.member).map((m) => ({ id: m.id, label: m.name })),
      unitIds: dataset.units.map((u) => u.id),
    };
  }, [dataset, labels]);
  const bench = useMemo(() => {
    const notSelected = notSelectedPeople(scenario);
    return assignment.bench.map(({ personId }) => ({ personId, notSelected: notSelected.has(personId) }));
  }, [assignment.bench, scenario]);

  const selectedRow = selection?.kind === 'position' ? rows.find((r) => r.positionId === selection.id) : undefined;
  const explanation = usePositionExplanation(scenario, evaluation, !stale, selectedRow?.positionId ?? null);
  const unconstrainedConflicts = useUnconstrainedConflicts(scenario, evaluation, !stale);
  const selectedPerson = selection?.kind === 'person' ? selection.id : null;
  // The card states the day it was printed: the UI's clock, passed in (the engine has none).
  const [cardPrintDate, setCardPrintDate] = useState('');
  const openCard = (personId: string) => {
    setCardPrintDate(localIsoDate(new Date()));
    setCardPersonId(personId);
  };

  const card = cardPersonId ? personCard(cardPersonId) : null;
  function personCard(personId: string) {
    const status = lookups.status(personId);
    const placement = lookups.placement.get(personId);
    const position = placement ? lookups.position.get(placement.positionId) : undefined;
    const site = lookups.site.get(personId) ?? null;
    const person = lookups.person.get(personId);
    return (
      <PersonCard
        personLabel={labels.person(personId)}
        scenarioName={scenario.name}
        status={status}
        positionTitle={position ? labels.position(position.id) : null}
        vettingMonths={placement?.vetting?.leadMonths ?? null}
        unitName={position ? labels.unit(position.unitId) : null}
        siteName={status === 'placed' || status === 'bench' ? (site ? labels.site(site) : null) : null}
        commute={lookups.commute.get(personId) ?? null}
        mileageSekPerKm={scenario.parameters.commute.mileageSekPerKm}
        language={language}
        printDate={cardPrintDate}
        todayTitle={person?.title ?? ''}
        todaySite={person ? labels.site(person.siteId) : ''}
        entitlement={lookups.bench.get(personId) ?? null}
        positionLabel={labels.position}
        municipalityName={person ? (lookups.municipalityName.get(person.municipalityId) ?? null) : null}
        onClose={() => setCardPersonId(null)}
      />
    );
  }
  const personPanel = selectedPerson ? personPanelFacts(selectedPerson) : null;
  function personPanelFacts(personId: string) {
    const status = lookups.status(personId);
    const placement = lookups.placement.get(personId);
    return {
      statusText:
        status === 'placed' && placement
          ? t('roleMapping.person.status.placed', { position: labels.position(placement.positionId) })
          : t(`roleMapping.person.status.${status}`),
      positionId: placement?.positionId ?? null,
      locked: placement?.locked ?? false,
      excludedEverywhere: scenario.decisions.exclusions.some(
        (e) => e.personId === personId && e.positionId === undefined,
      ),
    };
  }

  return (
    // While a newer version is computed the figures stay usable (focus and typed reasons are kept):
    // dimmed and busy; a decision always applies to the scenario as it is now.
    <div className={stale ? 'rm-content rm-stale' : 'rm-content'} aria-busy={stale}>
      <RoleMappingFilters
        filters={filters}
        units={filterOptions.units}
        functions={filterOptions.functions}
        municipalities={filterOptions.municipalities}
        shown={shownRows.length}
        total={rows.length}
        onChange={setFilters}
      />
      <ReoptimisePanel
        changes={changes}
        shown={changesShown}
        busy={stale}
        labels={labels}
        onReoptimise={() => {
          onReoptimise();
          setChangesShown(true);
        }}
      />
      {card}
      <SelectionOrderPanel
        dataset={dataset}
        scenario={scenario}
        assignment={assignment}
        unconstrainedConflicts={unconstrainedConflicts}
        labels={labels}
        groupLabel={groupLabel}
        language={language}
        onDecide={onDecide}
      />
      <div className="rm-layout">
        {selectedRow && (
          <PositionPanel
            key={selectedRow.positionId}
            row={selectedRow}
            explanation={explanation}
            placements={assignment.placements}
            selectionOrder={assignment.selectionOrder}
            decisions={scenario.decisions}
            labels={labels}
            groupLabel={groupLabel}
            language={language}
            onDecide={onDecide}
            onClose={() => {
              setSelection(null);
              focusLater(`rm-open-${selectedRow.positionId}`);
            }}
            onCard={openCard}
          />
        )}
        {selectedPerson && personPanel && (
          <PersonPanel
            key={selectedPerson}
            personId={selectedPerson}
            personLabel={labels.person(selectedPerson)}
            statusText={personPanel.statusText}
            positionId={personPanel.positionId}
            locked={personPanel.locked}
            stage={scenario.stages[selectedPerson] ?? 'proposed'}
            lasExempted={scenario.decisions.lasExemptions.includes(selectedPerson)}
            excludedEverywhere={personPanel.excludedEverywhere}
            onDecide={onDecide}
            onClose={() => {
              setSelection(null);
              focusLater(`rm-person-${selectedPerson}`);
            }}
            onCard={openCard}
          />
        )}
        <div className="rm-main">
          <PositionsTables
            rows={shownRows}
            unitIds={filterOptions.unitIds}
            labels={labels}
            groupLabel={groupLabel}
            language={language}
            selectedPositionId={selectedRow?.positionId ?? null}
            onOpen={(id) => setSelection({ kind: 'position', id })}
          />
        </div>
      </div>
      <PeopleOutside
        bench={bench}
        declined={assignment.declined}
        leaving={assignment.leaving}
        personLabel={labels.person}
        onSelect={(id) => setSelection({ kind: 'person', id })}
      />
      <FlowDiagram flows={flows} from={flowFrom} labels={labels} language={language} onFromChange={setFlowFrom} />
    </div>
  );
}
