import type { LintResult } from '../linter.ts';
import { ruleDocsUrl } from '../rule.ts';
import type { Finding, Severity } from '../types.ts';
import {
  filesInOrder,
  HARDEN_HOMEPAGE,
  isoTime,
  oneLine,
  plural,
  relativePath,
  SEVERITIES_BY_RANK,
  summarize,
  summaryLine,
  type AuditReport,
} from './audit-report.ts';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return oneLine(text).replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/** Escaped text in which the message's own `code` spans become `<code>` elements. */
export function htmlInline(text: string): string {
  return oneLine(text)
    .split(/`([^`]+)`/)
    .map((part, index) => (index % 2 === 1 ? `<code>${escapeHtml(part)}</code>` : escapeHtml(part)))
    .join('');
}

/** Only http(s) links get an href: a `javascript:` URL must never become clickable. */
function safeHref(url: string): string {
  return /^https?:\/\//i.test(url) ? escapeHtml(url) : '#';
}

const LABELS: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info', hint: 'Hint' };

// Colours meet WCAG AA contrast with white text; the dark scheme only swaps the page colours.
const STYLE = `
:root{color-scheme:light dark;--fg:#1f2328;--bg:#fff;--muted:#59636e;--line:#d1d9e0;--panel:#f6f8fa;--link:#0969da}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--bg:#0d1117;--muted:#9198a1;--line:#3d444d;--panel:#151b23;--link:#4493f8}}
*{box-sizing:border-box}
body{font:14px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg);margin:0 auto;max-width:76rem;padding:1.5rem}
h1{font-size:1.6rem;margin:0 0 .5rem}h2{font-size:1.15rem;margin:2rem 0 .5rem}
a{color:var(--link)}code,.path,.where{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.muted{color:var(--muted)}.summary{font-size:1.05rem}
.counts{display:flex;flex-wrap:wrap;gap:.5rem;margin:1rem 0;padding:0;list-style:none}
.counts li{background:var(--panel);border:1px solid var(--line);border-radius:.5rem;padding:.4rem .8rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
th,td{text-align:left;padding:.35rem .6rem;border-bottom:1px solid var(--line);vertical-align:top}
th{background:var(--panel);font-weight:600}
.where{white-space:nowrap}td.message{overflow-wrap:anywhere}
.badge{display:inline-block;min-width:4.5rem;text-align:center;border-radius:1rem;padding:0 .6rem;font-size:.8rem;font-weight:600;color:#fff}
.badge.error{background:#cf222e}.badge.warning{background:#9a6700}.badge.info{background:#0969da}.badge.hint{background:#59636e}
ul.details{margin:.3rem 0 0;padding-left:1.2rem;color:var(--muted)}
nav ul{columns:2 20rem;padding-left:1.2rem}
footer{margin-top:2rem;border-top:1px solid var(--line);padding-top:.5rem}
`;

/**
 * One self-contained page: inline CSS, no script, nothing loaded from anywhere (the CSP forbids it
 * as well), so it opens offline and is safe to attach to a ticket. Every text is escaped.
 */
export function formatHtml(report: AuditReport): string {
  const summary = summarize(report);
  const rel = (file: string) => relativePath(report.root, file);
  const withFindings = filesInOrder(report).filter((file) => file.findings.length > 0);
  const partial = filesInOrder(report).filter((file) => !file.fullyUnderstood);

  const body: string[] = [
    '<header>',
    '<h1>Harden audit report</h1>',
    `<p class="summary">${escapeHtml(summaryLine(summary))}</p>`,
    `<p class="muted">Root: <span class="path">${escapeHtml(report.root)}</span>${when(report)}</p>`,
    '<ul class="counts">',
    ...SEVERITIES_BY_RANK.filter((s) => s !== 'hint' || summary.bySeverity.hint > 0).map(
      (s) => `<li>${badge(s)} ${summary.bySeverity[s]}</li>`,
    ),
    '</ul>',
    '</header>',
  ];

  if (withFindings.length > 1) {
    body.push('<nav><h2>Files</h2><ul>');
    withFindings.forEach((file, index) => {
      const count = plural(file.findings.length, 'problem');
      body.push(
        `<li><a href="#file-${index + 1}" class="path">${escapeHtml(rel(file.file))}</a> <span class="muted">${count}</span></li>`,
      );
    });
    body.push('</ul></nav>');
  }

  withFindings.forEach((file, index) => body.push(...fileSection(file, index + 1, rel)));

  if (partial.length > 0) {
    body.push(
      '<section><h2>Not fully understood</h2>',
      '<p>Harden could not analyse all of these files, so they are not known to be clean.</p><ul>',
      ...partial.map(
        (file) =>
          `<li class="path">${escapeHtml(rel(file.file))}${file.skipped ? ` <span class="muted">${escapeHtml(file.skipped)}</span>` : ''}</li>`,
      ),
      '</ul></section>',
    );
  }

  if (report.skipped.length > 0) {
    body.push(
      '<section><h2>Skipped</h2><ul>',
      ...report.skipped.map(
        (s) =>
          `<li><span class="path">${escapeHtml(rel(s.path))}</span>: <span class="muted">${escapeHtml(s.reason)}</span></li>`,
      ),
      '</ul></section>',
    );
  }

  body.push(
    `<footer class="muted">Generated by <a href="${safeHref(HARDEN_HOMEPAGE)}">Harden</a> ${escapeHtml(report.tool.version)}.</footer>`,
  );

  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">`,
    '<meta name="referrer" content="no-referrer">',
    '<title>Harden audit report</title>',
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function fileSection(file: LintResult, index: number, rel: (file: string) => string): string[] {
  return [
    `<section id="file-${index}">`,
    `<h2 class="path">${escapeHtml(rel(file.file))}</h2>`,
    '<table>',
    '<thead><tr><th>Line</th><th>Severity</th><th>Rule</th><th>Message</th></tr></thead>',
    '<tbody>',
    ...file.findings.map((finding) => findingRow(finding, rel)),
    '</tbody>',
    '</table>',
    '</section>',
  ];
}

function findingRow(finding: Finding, rel: (file: string) => string): string {
  const { line, character } = finding.range.start;
  const details: string[] = [];
  for (const related of finding.related ?? []) {
    const where = `${rel(related.file)}:${related.range.start.line + 1}:${related.range.start.character + 1}`;
    details.push(`<li><span class="path">${escapeHtml(where)}</span> ${htmlInline(related.message)}</li>`);
  }
  if (finding.fix) details.push(`<li>Fix: ${htmlInline(finding.fix.title)}</li>`);
  const rule = `<a href="${safeHref(ruleDocsUrl(finding.ruleId))}"><code>${escapeHtml(finding.ruleId)}</code></a>`;
  return (
    `<tr><td class="where">${line + 1}:${character + 1}</td><td>${badge(finding.severity)}</td><td>${rule}</td>` +
    `<td class="message">${htmlInline(finding.message)}${details.length > 0 ? `<ul class="details">${details.join('')}</ul>` : ''}</td></tr>`
  );
}

function badge(severity: Severity): string {
  return `<span class="badge ${severity}">${LABELS[severity]}</span>`;
}

function when(report: AuditReport): string {
  const started = isoTime(report.startedAt);
  if (started === undefined) return '';
  const duration = report.durationMs !== undefined ? ` in ${(report.durationMs / 1000).toFixed(1)} s` : '';
  return ` · ${escapeHtml(started)}${duration}`;
}
