import { useEffect, useId, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { SiteRoleChoice } from '../../engine/map/applySiteRole';

export interface SiteRoleMenuProps {
  siteName: string;
  /** The site's own municipality: the default for a service point. */
  municipalityId: string;
  municipalities: readonly { id: string; name: string }[];
  /** Functions placed at one site (the head office excluded: it has its own choice). */
  functions: readonly { id: string; name: string }[];
  /** Where to show the menu, as fractions (0–1) of the map's width and height. */
  anchor: { x: number; y: number };
  onApply: (choice: SiteRoleChoice, reason: string) => void;
  onClose: () => void;
}

type Kind = SiteRoleChoice['kind'];

/** The small menu of a site's roles; Escape or Cancel closes it, Apply changes the scenario. */
export function SiteRoleMenu({
  siteName,
  municipalityId,
  municipalities,
  functions,
  anchor,
  onApply,
  onClose,
}: SiteRoleMenuProps) {
  const { t } = useTranslation();
  const id = useId();
  const [kind, setKind] = useState<Kind>('service-point');
  const [functionId, setFunctionId] = useState(functions[0]?.id ?? '');
  const [servedId, setServedId] = useState(municipalityId);
  const [reason, setReason] = useState('');
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const choice = (): SiteRoleChoice => {
    switch (kind) {
      case 'head-office':
        return { kind };
      case 'function':
        return { kind, functionId };
      case 'service-point':
        return { kind, municipalityId: servedId };
      case 'unused':
        return { kind };
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };
  const radio = (value: Kind, label: string, ref?: Ref<HTMLInputElement>) => (
    <label className="map-menu-option">
      <input
        ref={ref}
        type="radio"
        name={`${id}-kind`}
        value={value}
        checked={kind === value}
        onChange={() => setKind(value)}
      />{' '}
      {label}
    </label>
  );
  const left = anchor.x > 0.6 ? undefined : `${anchor.x * 100}%`;
  const right = anchor.x > 0.6 ? `${(1 - anchor.x) * 100}%` : undefined;
  return (
    <div
      role="dialog"
      aria-label={t('map.menu.label', { name: siteName })}
      className="map-menu"
      style={{ left, right, top: `${Math.min(anchor.y, 0.55) * 100}%` }}
      onKeyDown={onKeyDown}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onApply(choice(), reason);
        }}
      >
        <fieldset>
          <legend>{t('map.menu.label', { name: siteName })}</legend>
          {radio('head-office', t('map.menu.headOffice'), first)}
          {functions.length > 0 && (
            <div className="map-menu-row">
              {radio('function', t('map.menu.function'))}
              <select
                aria-label={t('map.menu.functionSelect')}
                value={functionId}
                onChange={(e) => {
                  setFunctionId(e.target.value);
                  setKind('function');
                }}
              >
                {functions.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="map-menu-row">
            {radio('service-point', t('map.menu.servicePoint'))}
            <select
              aria-label={t('map.menu.servicePointSelect')}
              value={servedId}
              onChange={(e) => {
                setServedId(e.target.value);
                setKind('service-point');
              }}
            >
              {municipalities.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </div>
          {radio('unused', t('map.menu.unused'))}
        </fieldset>
        <label className="map-menu-reason">
          {t('map.menu.reason')}
          <input type="text" value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
        <div className="map-menu-actions">
          <button type="submit">{t('map.menu.apply')}</button>
          <button type="button" onClick={onClose}>
            {t('map.menu.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
