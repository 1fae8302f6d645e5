import { checkAnonymisedReport, type ReportProblem } from '../engine/report';
import type { AnonymisedReport } from '../schema/anonymisedReport';
import { publicAreas } from './publicGeography';

export type ReportFileResult =
  | { readonly ok: true; readonly report: AnonymisedReport }
  | { readonly ok: false; readonly problems: readonly ReportProblem[] };

/**
 * A report file's text through the schema and the full check (no personal field, nothing
 * below k, nothing recoverable). The union view shows a report only when this passes.
 */
export function readReportText(text: string): ReportFileResult {
  const result = checkAnonymisedReport(text.replace(/^\uFEFF/, ''), { areas: publicAreas });
  if (!result.ok || result.report === null) return { ok: false, problems: result.problems };
  return { ok: true, report: result.report };
}
