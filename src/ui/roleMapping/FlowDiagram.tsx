import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/createTranslator';
import { formatNumber } from '../format';
import type { DatasetLabels } from './datasetLabels';
import { flowLayout, type FlowNode, type TransitionFlows } from './flowLayout';

export interface FlowDiagramProps {
  flows: TransitionFlows;
  from: 'department' | 'title';
  labels: DatasetLabels;
  language: Language;
  onFromChange: (from: 'department' | 'title') => void;
}

const WIDTH = 900;
const ROW_HEIGHT = 22;
/** Room for the labels left of the first column and right of the last. */
const LEFT_ROOM = 170;
const RIGHT_ROOM = 260;

/** Okabe–Ito colours by what a node stands for. */
const colourOf: Record<FlowNode['kind'], string> = {
  department: '#0072b2',
  title: '#0072b2',
  unit: '#009e73',
  bench: '#e69f00',
  declined: '#d55e00',
  leaving: '#cc79a7',
  site: '#56b4e9',
};

/** Sankey of people from today's departments (or titles) to the new units and sites; a hidden table says the same. */
export function FlowDiagram({ flows, from, labels, language, onFromChange }: FlowDiagramProps) {
  const { t } = useTranslation();
  const selectId = useId();
  const label = (node: FlowNode): string => {
    switch (node.kind) {
      case 'department':
        return t('roleMapping.flow.department', { name: labels.municipality(node.refId) });
      case 'title':
        return node.refId;
      case 'unit':
        return labels.unit(node.refId);
      case 'site':
        return labels.site(node.refId);
      default:
        return t(`roleMapping.flow.${node.kind}`);
    }
  };
  const perColumn = [0, 1, 2].map((c) => flows.nodes.filter((n) => n.column === c).length);
  const height = Math.max(260, Math.max(...perColumn) * ROW_HEIGHT);
  const layout = useMemo(() => flowLayout(flows, WIDTH - LEFT_ROOM - RIGHT_ROOM, height), [flows, height]);
  const nodeById = new Map(flows.nodes.map((n) => [n.id, n]));
  const people = flows.links.filter((l) => nodeById.get(l.source)?.column === 0).reduce((sum, l) => sum + l.value, 0);
  const fromText = t(from === 'department' ? 'roleMapping.flow.fromDepartment' : 'roleMapping.flow.fromTitle');
  return (
    <section className="rm-flow" aria-labelledby="rm-flow-heading">
      <h3 id="rm-flow-heading">{t('roleMapping.flow.heading')}</h3>
      <span className="rm-inline">
        <label htmlFor={selectId}>{t('roleMapping.flow.from')}</label>
        <select id={selectId} value={from} onChange={(e) => onFromChange(e.target.value as 'department' | 'title')}>
          <option value="department">{t('roleMapping.flow.fromDepartment')}</option>
          <option value="title">{t('roleMapping.flow.fromTitle')}</option>
        </select>
      </span>
      <svg
        role="img"
        aria-label={t('roleMapping.flow.label', { people, from: fromText })}
        viewBox={`0 0 ${WIDTH} ${height + 16}`}
        className="rm-flow-svg"
      >
        <g transform={`translate(${LEFT_ROOM},8)`}>
          {layout.links.map((l) => (
            <path key={`${l.source}>${l.target}`} d={l.path} className="rm-flow-link" strokeWidth={l.width} />
          ))}
          {layout.nodes.map((n) => (
            <g key={n.id}>
              <rect x={n.x0} y={n.y0} width={n.x1 - n.x0} height={Math.max(1, n.y1 - n.y0)} fill={colourOf[n.kind]} />
              <text
                x={n.column === 0 ? n.x0 - 6 : n.x1 + 6}
                y={(n.y0 + n.y1) / 2}
                dy="0.35em"
                textAnchor={n.column === 0 ? 'end' : 'start'}
                className="rm-flow-label"
              >
                {`${label(n)} (${formatNumber(n.value, language)})`}
              </text>
            </g>
          ))}
        </g>
      </svg>
      {/* Hidden in a box: a table ignores height: 1px and lengthened the page by its full height. */}
      <div className="visually-hidden">
        <table>
          <caption>{t('roleMapping.flow.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('roleMapping.flow.source')}</th>
              <th scope="col">{t('roleMapping.flow.target')}</th>
              <th scope="col">{t('roleMapping.flow.people')}</th>
            </tr>
          </thead>
          <tbody>
            {flows.links.map((l) => (
              <tr key={`${l.source}>${l.target}`}>
                <td>{label(nodeById.get(l.source)!)}</td>
                <td>{label(nodeById.get(l.target)!)}</td>
                <td>{formatNumber(l.value, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
