import { ScenarioEditor } from '../editor/ScenarioEditor';
import { ScenarioList } from './ScenarioList';

/** The Scenarios view: the list and its management, then the editor of the active scenario. */
export function ScenariosView() {
  return (
    <>
      <ScenarioList />
      <ScenarioEditor />
    </>
  );
}
