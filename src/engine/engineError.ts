/**
 * The one error type of the engine: a domain, a code and parameters, never text. The UI and
 * the CLI word it through i18n (`engineErrorMessage` in `src/i18n/engineErrors.ts`). Thrown as
 * an `EngineError`; across the worker boundary it travels as plain `EngineErrorData`, since a
 * structured clone keeps an Error's message but drops its own fields.
 */
export type EngineErrorDomain = 'assignment' | 'retention' | 'anonymisation' | 'unexpected';

export interface EngineErrorData {
  readonly domain: EngineErrorDomain;
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export class EngineError extends Error {
  readonly domain: EngineErrorDomain;
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;

  constructor(domain: EngineErrorDomain, code: string, params: Readonly<Record<string, string | number>> = {}) {
    // The message is for stack traces only; users read the worded code.
    super(`${domain}/${code} ${JSON.stringify(params)}`);
    this.name = 'EngineError';
    this.domain = domain;
    this.code = code;
    this.params = params;
  }
}

const domains: ReadonlySet<string> = new Set<EngineErrorDomain>([
  'assignment',
  'retention',
  'anonymisation',
  'unexpected',
]);

export function isEngineErrorData(value: unknown): value is EngineErrorData {
  if (typeof value !== 'object' || value === null) return false;
  const { domain, code, params } = value as Record<string, unknown>;
  return (
    typeof domain === 'string' &&
    domains.has(domain) &&
    typeof code === 'string' &&
    typeof params === 'object' &&
    params !== null
  );
}

/** Plain data for any thrown value: an engine error keeps its code; anything else is `unexpected`. */
export function engineErrorData(error: unknown): EngineErrorData {
  if (error instanceof EngineError) return { domain: error.domain, code: error.code, params: { ...error.params } };
  if (isEngineErrorData(error)) return { domain: error.domain, code: error.code, params: { ...error.params } };
  const detail = error instanceof Error ? error.message : String(error);
  return { domain: 'unexpected', code: 'unexpected', params: { detail } };
}
