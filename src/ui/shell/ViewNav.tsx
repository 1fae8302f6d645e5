import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { viewIds as allViewIds, type ViewId } from '../../schema/savedState';

export const tabId = (view: ViewId) => `view-tab-${view}`;
export const VIEW_PANEL_ID = 'view-panel';

/** The views as tabs: arrow keys, Home and End move between them (roving tab stop). */
export function ViewNav({
  view,
  onChange,
  hidden = [],
}: {
  view: ViewId;
  onChange: (view: ViewId) => void;
  hidden?: readonly ViewId[];
}) {
  const { t } = useTranslation();
  // Views absent in this mode (a manager's package has no report view).
  const viewIds = allViewIds.filter((v) => !hidden.includes(v));
  const refs = useRef(new Map<ViewId, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent) => {
    const index = viewIds.indexOf(view);
    const target =
      event.key === 'ArrowRight'
        ? viewIds[(index + 1) % viewIds.length]
        : event.key === 'ArrowLeft'
          ? viewIds[(index - 1 + viewIds.length) % viewIds.length]
          : event.key === 'Home'
            ? viewIds[0]
            : event.key === 'End'
              ? viewIds[viewIds.length - 1]
              : undefined;
    if (!target) return;
    event.preventDefault();
    onChange(target);
    refs.current.get(target)?.focus();
  };
  return (
    <nav className="view-nav" aria-label={t('workspace.nav.label')}>
      <div role="tablist" aria-label={t('workspace.nav.label')} onKeyDown={onKeyDown}>
        {viewIds.map((v) => (
          <button
            key={v}
            ref={(el) => {
              if (el) refs.current.set(v, el);
              else refs.current.delete(v);
            }}
            type="button"
            role="tab"
            id={tabId(v)}
            aria-selected={v === view}
            aria-controls={VIEW_PANEL_ID}
            tabIndex={v === view ? 0 : -1}
            onClick={() => onChange(v)}
          >
            {v === 'map'
              ? t('map.nav')
              : v === 'economics'
                ? t('economics.nav')
                : v === 'roles' || v === 'log'
                  ? t(`roleMapping.nav.${v}`)
                  : t(`workspace.nav.${v}`)}
          </button>
        ))}
      </div>
    </nav>
  );
}
