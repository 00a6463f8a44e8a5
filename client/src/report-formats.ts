import type { ExportFormat } from '../../server/src/shared/protocol.ts';

export interface ReportFormat {
  format: ExportFormat;
  label: string;
  description: string;
  /** Save dialog filter: name and extensions without dots, the first one being the default. */
  filterName: string;
  extensions: readonly [string, ...string[]];
}

export const REPORT_FORMATS: readonly ReportFormat[] = [
  {
    format: 'sarif',
    label: 'SARIF',
    description: 'for GitHub code scanning and SARIF viewers',
    filterName: 'SARIF',
    extensions: ['sarif', 'json'],
  },
  {
    format: 'markdown',
    label: 'Markdown',
    description: 'for pull requests, issues and wikis',
    filterName: 'Markdown',
    extensions: ['md'],
  },
  {
    format: 'html',
    label: 'HTML',
    description: 'a standalone page to share',
    filterName: 'HTML',
    extensions: ['html', 'htm'],
  },
  {
    format: 'json',
    label: 'JSON',
    description: 'the findings as data',
    filterName: 'JSON',
    extensions: ['json'],
  },
];

export function reportFormat(format: unknown): ReportFormat | undefined {
  return REPORT_FORMATS.find((f) => f.format === format);
}

/**
 * The file name offered in the save dialog: the server's suggestion reduced to a plain name
 * (it is joined to a workspace folder), or `harden-report.<ext>`.
 */
export function reportFileName(suggested: string | undefined, format: ReportFormat): string {
  const name = (suggested ?? '').split(/[\\/]/).pop()?.trim() ?? '';
  return name === '' || name === '.' || name === '..' ? `harden-report.${format.extensions[0]}` : name;
}
