import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml, formatHtml, htmlInline } from '../../../server/src/engine/reports/html.ts';
import { at, auditReport, cleanEnv, finding, lintResult, nginxSite, prodEnv } from './report-fixtures.ts';

const DOCS = 'https://github.com/harden-dev/harden/blob/main/rules/';

describe('html report', () => {
  test('one self-contained document: inline CSS, no script, nothing loaded from elsewhere, a CSP that forbids it', () => {
    const html = formatHtml(auditReport([prodEnv, nginxSite, cleanEnv]));
    assert.match(html, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.ok(html.endsWith('</html>\n'));
    assert.match(
      html,
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';/,
    );
    assert.doesNotMatch(html, /<script|<link|<img|<iframe|<object|<embed|\bsrc=|@import|url\(/i);
    // The only URLs are plain links to the documentation and the project.
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    assert.ok(hrefs.length > 0);
    for (const href of hrefs)
      assert.match(
        href,
        /^(#file-\d+|https:\/\/github\.com\/harden-dev\/harden(\/blob\/main\/rules\/.+\.md)?)$/,
      );
  });

  test('summary, severity badges, a section per file with findings, rule links', () => {
    const html = formatHtml(
      auditReport([prodEnv, nginxSite, cleanEnv], {
        startedAt: new Date('2026-03-01T10:00:00Z'),
        durationMs: 1500,
      }),
    );
    assert.ok(
      html.includes(
        '<p class="summary">6 problems in 2 files (1 error, 4 warnings, 1 info) · 3 files checked</p>',
      ),
    );
    assert.ok(html.includes('2026-03-01T10:00:00.000Z in 1.5 s'));
    assert.ok(html.includes('<li><span class="badge error">Error</span> 1</li>'));
    assert.ok(html.includes('<li><span class="badge warning">Warning</span> 4</li>'));
    assert.ok(!html.includes('badge hint'), 'no hint badge without hints');
    assert.deepEqual(
      [...html.matchAll(/<h2 class="path">([^<]*)<\/h2>/g)].map((m) => m[1]),
      ['app/.env.prod', 'nginx/sites-enabled/site.conf'],
    );
    assert.ok(
      html.includes(
        `<tr><td class="where">3:1</td><td><span class="badge error">Error</span></td><td><a href="${DOCS}dotenv/weak-secret.md"><code>dotenv/weak-secret</code></a></td><td class="message">APP_SECRET is a placeholder<ul class="details"><li>Fix: Generate a random APP_SECRET</li></ul></td></tr>`,
      ),
    );
    assert.ok(
      html.includes(
        '<li><span class="path">nginx/snippets/headers.conf:1:1</span> add_header here is dropped by the location</li>',
      ),
    );
    assert.ok(
      html.includes(
        '<li><a href="#file-1" class="path">app/.env.prod</a> <span class="muted">4 problems</span></li>',
      ),
    );
    assert.ok(html.includes('<section id="file-1">'));
  });

  test('every text from a config or a path is escaped', () => {
    const file = '/ws/"><img src=x onerror=alert(1)>.env';
    const message = 'Header value <script>alert("x")</script> & \'quoted\'';
    const html = formatHtml(
      auditReport([lintResult(file, [finding(file, 'dotenv/x', 'error', at(0, 0), message)])], {
        skipped: [{ path: '/ws/<b>bold</b>.sh', reason: 'not <i>checked</i>' }],
      }),
    );
    assert.ok(
      html.includes('Header value &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;'),
    );
    assert.ok(html.includes('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;.env'));
    assert.ok(html.includes('&lt;b&gt;bold&lt;/b&gt;.sh'));
    assert.ok(html.includes('not &lt;i&gt;checked&lt;/i&gt;'));
    assert.doesNotMatch(html, /<script|<img|<b>|<i>/);
  });

  test('code spans of messages become <code>, their content escaped too', () => {
    assert.equal(
      htmlInline('Add `add_header X "<v>" always;` here'),
      'Add <code>add_header X &quot;&lt;v&gt;&quot; always;</code> here',
    );
    assert.equal(htmlInline('odd ` backtick'), 'odd ` backtick');
    assert.equal(escapeHtml('a\u001b[31m\nb'), 'a[31m b');
  });

  test('files not fully understood and skipped paths are listed; a clean audit says so', () => {
    const partial = lintResult('/ws/big.env', [], {
      fullyUnderstood: false,
      skipped: 'Not analysed: too large',
    });
    const html = formatHtml(
      auditReport([partial], {
        skipped: [{ path: '/ws/deploy.sh', reason: 'Shell script files are not checked yet' }],
      }),
    );
    assert.ok(
      html.includes('<li class="path">big.env <span class="muted">Not analysed: too large</span></li>'),
    );
    assert.ok(
      html.includes(
        '<li><span class="path">deploy.sh</span>: <span class="muted">Shell script files are not checked yet</span></li>',
      ),
    );
    assert.ok(
      formatHtml(auditReport([cleanEnv])).includes('<p class="summary">No problems found in 1 file.</p>'),
    );
  });
});
