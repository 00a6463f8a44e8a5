/**
 * Every nginx rule on broken real-world configurations: the acceptance cases' workspaces
 * (realistic trees, includes, snippets), one of their nginx files damaged the way an editor
 * sees it mid-edit (a line deleted, doubled, moved or cut short; a stray brace, quote or
 * directive typed in). No rule may throw, no fix may throw or propose overlapping edits, and
 * every finding must point into the text it was found in. The linter turns a throwing rule into
 * a `harden/rule-failed` warning, which is what a user would see: this test reads the errors
 * themselves.
 *
 * Seeded (HARDEN_FUZZ_SEED to explore others; fast-check prints the failing seed and the
 * shrunk damage).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { ALL_RULES } from '../../../../rules/index.ts';
import { defaultConfig } from '../../../../server/src/engine/config-types.ts';
import { applyTextEdits } from '../../../../server/src/engine/fixes.ts';
import { detectFormat } from '../../../../server/src/engine/format-detection.ts';
import { LineIndex } from '../../../../server/src/engine/line-index.ts';
import { Linter } from '../../../../server/src/engine/linter.ts';
import type { Position } from '../../../../server/src/engine/types.ts';
import { FORMATS } from '../../../../server/src/formats/index.ts';
import { MemoryWorkspace } from '../../../helpers/memory-workspace.ts';

const CASES = new URL('../../../acceptance/nginx/cases/', import.meta.url).pathname;
const ROOT = '/ws';

/** What an administrator types or loses mid-edit, and the constructs rules read most. */
const TYPED = [
  '{',
  '}',
  ';',
  '"',
  "'",
  '#',
  '\\',
  '$',
  '${',
  '(',
  'location ~ (',
  'location ~* \\.php$ {',
  'location ^~ /uploads/ {',
  'location = {',
  'location @x {',
  'location / {',
  'location /x/ { alias /var/www/; }',
  'location ~ ^/(?<x>.+)$ {',
  'if ($request_uri ~ "^(.*)$") {',
  'include *.conf;',
  'include snippets/*.conf;',
  'alias /;',
  'root ;',
  'root /;',
  'listen [::]:443 ssl;',
  'listen 80 default_server;',
  'add_header X "a\nb";',
  'add_header Set-Cookie "a=b";',
  'add_header_inherit merge;',
  'more_set_headers "X: y";',
  'return 301 $1;',
  'return 200 "$uri";',
  'rewrite ^(.*)$ $1;',
  'proxy_pass http://$host$uri;',
  'map $a $b {',
  'try_files ;',
  'try_files $uri /index.php$is_args$args;',
  'fastcgi_pass ;',
  'fastcgi_split_path_info ^(.+\\.php)(/.*)$;',
  'error_page 404 =200 /index.php;',
  'set $a $1;',
  'server {',
  'http {',
  'deny all;',
  'allow 10.0.0.0/8;',
  'satisfy any;',
  'internal;',
  'autoindex on;',
  'server_name ~^(?<h>.+)$;',
  '\u0000',
  '\uFEFF',
  '\r',
  'é',
];

type Damage =
  | { kind: 'delete' | 'double' | 'cut'; line: number; at: number }
  | { kind: 'move'; line: number; to: number }
  | { kind: 'type' | 'insertLine' | 'replaceWord'; line: number; at: number; text: string };

const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('delete' as const, 'double' as const, 'cut' as const),
    line: fraction,
    at: fraction,
  }),
  fc.record({ kind: fc.constant('move' as const), line: fraction, to: fraction }),
  fc.record({
    kind: fc.constantFrom('type' as const, 'insertLine' as const, 'replaceWord' as const),
    line: fraction,
    at: fraction,
    text: fc.constantFrom(...TYPED),
  }),
);

function damaged(text: string, damages: readonly Damage[]): string {
  const lines = text.split('\n');
  for (const d of damages) {
    const i = Math.floor(d.line * lines.length);
    const line = lines[i] ?? '';
    switch (d.kind) {
      case 'delete':
        lines.splice(i, 1);
        break;
      case 'double':
        lines.splice(i, 0, line);
        break;
      case 'cut':
        lines[i] = line.slice(0, Math.floor(d.at * (line.length + 1)));
        break;
      case 'move': {
        lines.splice(i, 1);
        lines.splice(Math.floor(d.to * (lines.length + 1)), 0, line);
        break;
      }
      case 'type': {
        const at = Math.floor(d.at * (line.length + 1));
        lines[i] = line.slice(0, at) + d.text + line.slice(at);
        break;
      }
      case 'insertLine':
        lines.splice(i, 0, d.text);
        break;
      case 'replaceWord': {
        const words = line.split(/(\s+)/);
        words[Math.floor(d.at * words.length)] = d.text;
        lines[i] = words.join('');
        break;
      }
    }
  }
  return lines.join('\n');
}

/** A case's files, workspace-relative; binary-safe (latin1) since only nginx files are linted. */
function caseFiles(dir: string, base = dir, out: Record<string, string> = {}): Record<string, string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) caseFiles(path, base, out);
    else {
      try {
        out[relative(base, path)] = readFileSync(path, 'latin1');
      } catch {
        // A dangling symbolic link, as a workspace may hold.
      }
    }
  }
  return out;
}

function isInText(index: LineIndex, p: Position): boolean {
  const back = index.positionAt(index.offsetAt(p));
  return back.line === p.line && back.character === p.character;
}

const caseNames = readdirSync(CASES, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const linter = new Linter(ALL_RULES, FORMATS);
const config = defaultConfig();

test('no nginx rule or fix throws on a damaged real-world configuration', () => {
  assert.ok(caseNames.length > 1000, `only ${caseNames.length} acceptance cases found`);
  const seed = Number(process.env['HARDEN_FUZZ_SEED'] ?? 20261206);
  fc.assert(
    fc.property(
      fc.nat({ max: caseNames.length - 1 }),
      fraction,
      fc.array(damage, { minLength: 1, maxLength: 4 }),
      (caseIndex, which, damages) => {
        const name = caseNames[caseIndex]!;
        const files = caseFiles(join(CASES, name));
        const nginxFiles = Object.keys(files).filter(
          (f) => detectFormat(`${ROOT}/${f}`, () => files[f]) === 'nginx',
        );
        if (nginxFiles.length === 0) return;
        const target = nginxFiles[Math.floor(which * nginxFiles.length)]!;
        files[target] = damaged(files[target]!, damages);
        const workspace = new MemoryWorkspace(ROOT, files);
        for (const file of nginxFiles) {
          const text = files[file]!;
          const errors: string[] = [];
          const result = linter.lint(
            { path: `${ROOT}/${file}`, text, format: 'nginx' },
            {
              config,
              workspace,
              onRuleError: (ruleId, _path, error) =>
                errors.push(
                  `${ruleId}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
                ),
            },
          );
          const index = new LineIndex(text);
          for (const finding of result.findings) {
            assert.ok(
              isInText(index, finding.range.start) && isInText(index, finding.range.end),
              `${name}/${file}: ${finding.ruleId} points outside the text`,
            );
            const fix = finding.fix;
            for (const edit of fix?.edits ?? []) {
              if (edit.file !== `${ROOT}/${file}`) continue;
              // Throws on overlapping edits: a fix must not propose two changes of one place.
              applyTextEdits(text, edit.edits);
            }
          }
          assert.deepEqual(errors, [], `${name}/${file} (damaged: ${target})`);
        }
      },
    ),
    { numRuns: 300, seed },
  );
});
