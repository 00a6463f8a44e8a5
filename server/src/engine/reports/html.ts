import { ruleDocsUrl } from '../rule.ts';
import type { Severity } from '../types.ts';
import { filesInOrder, problemsLine, relativePath, summarize, type AuditReport } from './audit-report.ts';

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

const STYLE = `
body{font:14px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1f2328}
h1{font-size:1.6rem}h2{font-size:1.1rem;margin-top:2rem;font-family:ui-monospace,monospace}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .6rem;border-bottom:1px solid #d0d7de;vertical-align:top}
.badge{display:inline-block;border-radius:1rem;padding:0 .6rem;font-size:.8rem;font-weight:600;color:#fff}
.error{background:#cf222e}.warning{background:#9a6700}.info{background:#0969da}.hint{background:#6e7781}
.where{font-family:ui-monospace,monospace;white-space:nowrap}.muted{color:#656d76}
@media (prefers-color-scheme:dark){body{background:#0d1117;color:#e6edf3}th,td{border-color:#30363d}a{color:#4493f8}}
`;

function badge(severity: Severity): string {
  return `<span class="badge ${severity}">${severity}</span>`;
}

/** One self-contained page: inline CSS, no script, no external resource; everything escaped. */
export function formatHtml(report: AuditReport): string {
  const summary = summarize(report);
  const body: string[] = [
    '<h1>Harden audit</h1>',
    `<p>${summary.findings > 0 ? `<strong>${escapeHtml(problemsLine(summary))}</strong>, ` : 'No problems found, '}${summary.filesChecked} files checked${summary.skipped > 0 ? `, ${summary.skipped} skipped` : ''}.</p>`,
    '<table><tr>' +
      (['error', 'warning', 'info', 'hint'] as const)
        .map((s) => `<td>${badge(s)} ${summary.bySeverity[s]}</td>`)
        .join('') +
      '</tr></table>',
  ];
  for (const file of filesInOrder(report)) {
    if (file.findings.length === 0) continue;
    const path = escapeHtml(relativePath(report.root, file.file));
    body.push(
      `<h2>${path}</h2>`,
      '<table><tr><th>line</th><th>severity</th><th>message</th><th>rule</th></tr>',
    );
    for (const f of file.findings) {
      body.push(
        `<tr><td class="where">${f.range.start.line + 1}:${f.range.start.character + 1}</td><td>${badge(f.severity)}</td>` +
          `<td>${escapeHtml(f.message)}</td><td><a href="${escapeHtml(ruleDocsUrl(f.ruleId))}">${escapeHtml(f.ruleId)}</a></td></tr>`,
      );
    }
    body.push('</table>');
  }
  if (report.skipped.length > 0) {
    body.push('<h2>Not analysed</h2><ul>');
    for (const s of report.skipped)
      body.push(
        `<li>${escapeHtml(relativePath(report.root, s.path))}: <span class="muted">${escapeHtml(s.reason)}</span></li>`,
      );
    body.push('</ul>');
  }
  body.push(`<p class="muted">Harden ${escapeHtml(report.tool.version)}</p>`);
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<title>Harden audit</title>',
    `<style>${STYLE}</style></head><body>`,
    ...body,
    '</body></html>',
    '',
  ].join('\n');
}
