import { scenarioSchema, type Scenario } from '../schema/scenario';
import { undoHistoryOf, type AppSlice } from './sliceTypes';
import { attachPresetTexts, scenarioInLanguage, withoutLocalised } from './scenarioTexts';

export interface ScenariosSlice {
  /** The user's scenarios (made from the dataset's presets at first start). Undoable. */
  scenarios: Scenario[];
  activeScenarioId: string | null;
  /** True once the list was made from the presets: it is never remade, even when emptied. */
  scenariosSeeded: boolean;
  /** First start: the user's list becomes a copy of the dataset's presets (not an undo step). */
  seedScenarios: () => void;
  /** A new scenario from a preset of the dataset; returns its id, or null for an unknown preset. */
  createScenarioFromPreset: (presetId: string, name?: string) => string | null;
  duplicateScenario: (scenarioId: string, name?: string) => string | null;
  /**
   * Adds a scenario made elsewhere (e.g. a hub suggestion) under a fresh id and name and makes it
   * active (one undo step); returns its id, or null (nothing added) when it fails the scenario schema.
   */
  addScenario: (scenario: Scenario) => string | null;
  renameScenario: (scenarioId: string, name: string) => void;
  describeScenario: (scenarioId: string, description: string) => void;
  deleteScenario: (scenarioId: string) => void;
  setActiveScenario: (scenarioId: string) => void;
  /**
   * Replaces a scenario by `recipe(scenario)` when the result passes the scenario schema;
   * returns false (and changes nothing) when it does not.
   */
  updateScenario: (scenarioId: string, recipe: (scenario: Scenario) => Scenario) => boolean;
}

/** `base`, or `base-2`, `base-3` … : the first id not taken. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** `base`, or `base (2)`, `base (3)` … : the first name not taken. */
export function uniqueName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base} (${n})`)) return `${base} (${n})`;
}

export const createScenariosSlice: AppSlice<ScenariosSlice> = (set, get, api) => {
  const presets = (): Scenario[] => {
    const status = get().datasetStatus;
    return status.kind === 'ready' ? status.dataset.scenarios : [];
  };
  /** Adds a copy of `source` under a fresh id and name, and makes it active. */
  const addCopy = (source: Scenario, name: string): string => {
    const { scenarios } = get();
    const id = uniqueId(source.id, new Set(scenarios.map((s) => s.id)));
    const inLanguage = scenarioInLanguage(structuredClone(source), get().language);
    const unique = uniqueName(name, new Set(scenarios.map((s) => s.name)));
    // A name of the user's own (or made unique) is theirs in both languages.
    const named = unique === inLanguage.name ? inLanguage : withoutLocalised(inLanguage, 'name');
    const copy: Scenario = { ...named, id, name: unique };
    set({ scenarios: [...scenarios, copy], activeScenarioId: id });
    return id;
  };
  const patch = (scenarioId: string, field: 'name' | 'description', text: string) =>
    set((state) => ({
      scenarios: state.scenarios.map((s) =>
        s.id === scenarioId ? { ...withoutLocalised(s, field), [field]: text } : s,
      ),
    }));

  return {
    scenarios: [],
    activeScenarioId: null,
    scenariosSeeded: false,
    seedScenarios: () => {
      const temporal = undoHistoryOf(api).getState();
      const language = get().language;
      if (get().scenariosSeeded) {
        // Saved before presets had both languages: give them their texts (not an undo step).
        const repaired = attachPresetTexts(get().scenarios, presets()).map((s) => scenarioInLanguage(s, language));
        if (repaired.some((s, i) => s !== get().scenarios[i])) {
          temporal.pause();
          set({ scenarios: repaired });
          temporal.resume();
        }
        return;
      }
      const list = presets().map((p) => scenarioInLanguage(structuredClone(p), language));
      temporal.pause();
      set({
        scenarios: list,
        activeScenarioId: list.find((s) => s.kind === 'target')?.id ?? list[0]?.id ?? null,
        scenariosSeeded: true,
      });
      temporal.resume();
    },
    createScenarioFromPreset: (presetId, name) => {
      const preset = presets().find((p) => p.id === presetId);
      return preset ? addCopy(preset, name?.trim() || scenarioInLanguage(preset, get().language).name) : null;
    },
    duplicateScenario: (scenarioId, name) => {
      const source = get().scenarios.find((s) => s.id === scenarioId);
      return source ? addCopy(source, name?.trim() || source.name) : null;
    },
    addScenario: (scenario) => {
      const parsed = scenarioSchema.safeParse(scenario);
      return parsed.success ? addCopy(parsed.data, parsed.data.name) : null;
    },
    renameScenario: (scenarioId, name) => {
      if (name.trim()) patch(scenarioId, 'name', name.trim());
    },
    describeScenario: (scenarioId, description) => patch(scenarioId, 'description', description),
    deleteScenario: (scenarioId) =>
      set((state) => {
        const index = state.scenarios.findIndex((s) => s.id === scenarioId);
        if (index < 0) return {};
        const scenarios = state.scenarios.filter((s) => s.id !== scenarioId);
        const activeScenarioId =
          state.activeScenarioId === scenarioId
            ? (scenarios[Math.min(index, scenarios.length - 1)]?.id ?? null)
            : state.activeScenarioId;
        return { scenarios, activeScenarioId };
      }),
    setActiveScenario: (scenarioId) => {
      if (get().scenarios.some((s) => s.id === scenarioId)) set({ activeScenarioId: scenarioId });
    },
    updateScenario: (scenarioId, recipe) => {
      const current = get().scenarios.find((s) => s.id === scenarioId);
      if (!current) return false;
      const parsed = scenarioSchema.safeParse(recipe(current));
      if (!parsed.success || parsed.data.id !== scenarioId) return false;
      set((state) => ({ scenarios: state.scenarios.map((s) => (s.id === scenarioId ? parsed.data : s)) }));
      return true;
    },
  };
};
