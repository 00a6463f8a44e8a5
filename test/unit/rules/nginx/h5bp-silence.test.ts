/**
 * H5BP's server-configs-nginx is a hardened reference: every nginx rule runs on every file of it
 * (the main nginx.conf with its includes resolved in a workspace rooted at the corpus folder,
 * each snippet and template read the way a user's workspace would hold them). No finding may be
 * an error, and every warning must be one of the real findings listed below, each with the reason
 * it is real. Any other warning fails the test: it is a false positive to fix, or a new real
 * finding to list here with its justification.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ALL_RULES } from '../../../../rules/index.ts';
import { defaultConfig } from '../../../../server/src/engine/config-types.ts';
import { DiskWorkspace } from '../../../../server/src/engine/disk-workspace.ts';
import { Linter } from '../../../../server/src/engine/linter.ts';
import type { Finding } from '../../../../server/src/engine/types.ts';
import { FORMATS } from '../../../../server/src/formats/index.ts';
import { REPO_ROOT } from '../../../helpers/rule-docs.ts';

const CORPUS = path.join(REPO_ROOT, '..', 'shared', 'corpus', 'h5bp-server-configs-nginx');

interface Expected {
  file: string;
  line: number;
  ruleId: string;
  /** Why this warning is a real finding. */
  why: string;
}

const EXPECTED_WARNINGS: Expected[] = [
  {
    file: 'conf.d/templates/example.com.conf',
    line: 12,
    ruleId: 'nginx/hsts-missing',
    why: 'the www → apex TLS redirect answers over HTTPS without HSTS (the template leaves the HSTS include out), so www is never pinned to HTTPS',
  },
  {
    file: 'conf.d/templates/example.com.conf',
    line: 26,
    ruleId: 'nginx/hsts-missing',
    why: 'the HTTPS site template ships without HSTS: h5bp/security/strict-transport-security.conf is not included',
  },
  {
    file: 'conf.d/templates/no-ssl.example.com.conf',
    line: 21,
    ruleId: 'nginx/http-without-redirect',
    why: 'the plain-HTTP template serves the site over HTTP instead of redirecting to HTTPS',
  },
  {
    file: 'h5bp/security/strict-transport-security.conf',
    line: 36,
    ruleId: 'nginx/hsts-weak',
    why: 'max-age=16070400 (about six months) is below the one year the guides and the HSTS preload list require',
  },
  {
    file: 'h5bp/tls/ocsp_stapling.conf',
    line: 26,
    ruleId: 'nginx/resolver-external',
    why: 'OCSP stapling resolves through public resolvers (1.1.1.1, 8.8.8.8…) over the internet; nginx does not validate the answers',
  },
  {
    file: 'test/vhosts/secure.server.localhost.conf',
    line: 1,
    ruleId: 'nginx/hsts-missing',
    why: 'the www TLS redirect server sends no HSTS (only the canonical host includes strict-transport-security.conf)',
  },
  {
    file: 'test/vhosts/server.localhost.conf',
    line: 10,
    ruleId: 'nginx/http-without-redirect',
    why: 'the plain-HTTP test host serves content over HTTP',
  },
  {
    file: 'test/vhosts/server.localhost.conf',
    line: 27,
    ruleId: 'nginx/header-inheritance',
    why: 'the included svgz location declares add_header and re-includes every security header but X-Frame-Options, which it drops (its map only sets it for text/html, so nothing is lost for SVG in practice — nginx-level inheritance is what the rule reports)',
  },
];

function nginxFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (fs.statSync(full).isDirectory()) out.push(...nginxFiles(full));
    else if (name.endsWith('.conf')) out.push(full);
  }
  return out;
}

const present = fs.existsSync(CORPUS);

describe(
  'H5BP server-configs-nginx: every nginx rule stays (almost) silent',
  { skip: !present && 'no ../shared/corpus/h5bp-server-configs-nginx' },
  () => {
    const findings: { file: string; finding: Finding }[] = [];
    if (present) {
      const workspace = new DiskWorkspace(CORPUS);
      const linter = new Linter(
        ALL_RULES.filter((r) => r.meta.format === 'nginx'),
        FORMATS,
      );
      for (const full of nginxFiles(CORPUS)) {
        const text = fs.readFileSync(full, 'utf8');
        const result = linter.lint(
          { path: full, text, format: 'nginx' },
          { config: defaultConfig(), workspace },
        );
        for (const finding of result.findings) findings.push({ file: path.relative(CORPUS, full), finding });
      }
    }
    const describeOne = (f: { file: string; finding: Finding }) =>
      `${f.file}:${f.finding.range.start.line + 1} ${f.finding.severity} ${f.finding.ruleId} ${f.finding.message}`;

    test('the main nginx.conf and every snippet were linted', () => {
      assert.ok(nginxFiles(CORPUS).length >= 35);
    });

    test('no error-level finding', () => {
      const errors = findings.filter((f) => f.finding.severity === 'error');
      assert.deepEqual(errors.map(describeOne), []);
    });

    test('every warning is one of the listed real findings', () => {
      const warnings = findings.filter((f) => f.finding.severity === 'warning');
      const unexpected = warnings.filter(
        (w) =>
          !EXPECTED_WARNINGS.some(
            (e) =>
              e.file === w.file && e.line === w.finding.range.start.line + 1 && e.ruleId === w.finding.ruleId,
          ),
      );
      assert.deepEqual(unexpected.map(describeOne), []);
    });

    for (const expected of EXPECTED_WARNINGS) {
      test(`${expected.ruleId} on ${expected.file}:${expected.line} (${expected.why})`, () => {
        const hit = findings.some(
          (f) =>
            f.file === expected.file &&
            f.finding.range.start.line + 1 === expected.line &&
            f.finding.ruleId === expected.ruleId &&
            f.finding.severity === 'warning',
        );
        assert.ok(hit, 'the real finding is reported');
      });
    }

    test('the hardened main nginx.conf itself has no warning', () => {
      const main = findings.filter(
        (f) => f.file === 'nginx.conf' && f.finding.severity !== 'info' && f.finding.severity !== 'hint',
      );
      assert.deepEqual(main.map(describeOne), []);
    });
  },
);
