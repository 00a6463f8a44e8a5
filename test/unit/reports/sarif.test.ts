import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type * as Sarif from 'sarif';
import {
  FINGERPRINT_KEY,
  formatSarif,
  pascalCase,
  toSarifLog,
} from '../../../server/src/engine/reports/sarif.ts';
import type { Finding } from '../../../server/src/engine/types.ts';
import { validateSarif, validateSarifLogs } from '../../helpers/sarif-validate.ts';
import {
  at,
  auditReport,
  cleanEnv,
  finding,
  GENERATED_SECRET,
  lintResult,
  nginxSite,
  prodEnv,
  REEMITTED_VALUE,
  RULES,
} from './report-fixtures.ts';

const DOCS = 'https://github.com/harden-dev/harden/blob/main/rules/';

function run(log: Sarif.Log): Sarif.Run {
  return log.runs[0]!;
}

function uriOf(location: Sarif.Location | undefined): Sarif.ArtifactLocation | undefined {
  return location?.physicalLocation?.artifactLocation;
}

/** Many files and findings of every severity, each third one with a safe fix, plus the fixture files. */
function bigAudit() {
  const files = Array.from({ length: 25 }, (_, f) => {
    const file = `/ws/sites/site-${f}.conf`;
    const findings: Finding[] = Array.from({ length: 8 }, (_, i) =>
      finding(
        file,
        RULES[i % RULES.length]!.id,
        (['error', 'warning', 'info', 'hint'] as const)[i % 4]!,
        at(i * 3, i, 2 + i),
        `Problem ${i} [${f}]`,
        {
          ...(i % 3 === 0
            ? {
                fix: {
                  title: `Fix problem ${i}`,
                  kind: 'safe' as const,
                  edits: [{ file, edits: [{ range: at(i * 3, i, 2), newText: `fixed ${i};` }] }],
                },
              }
            : {}),
        },
      ),
    );
    return lintResult(file, findings);
  });
  return auditReport([...files, prodEnv, nginxSite, cleanEnv], {
    startedAt: new Date('2026-03-01T10:00:00Z'),
    durationMs: 2500,
  });
}

/** The audits the official validator checks, by name. */
function validatorScenarios(): Record<string, string> {
  const odd = '/ws/déploiement/mon site #1/100%/ünïcödé 😀.env';
  const outside = '/etc/nginx/sites-enabled/café.conf';
  const rootFile = '/etc/nginx/nginx.conf';
  return {
    'an empty audit': formatSarif(auditReport([])),
    'a clean audit of some files': formatSarif(auditReport([cleanEnv, lintResult('/ws/nginx.conf', [])])),
    'many findings of every severity, with fixes (insertions, replacements, deletions, several files)':
      formatSarif(bigAudit()),
    'related locations, in the same file and in another one': formatSarif(auditReport([nginxSite])),
    'non-ASCII, spaces, # and % in paths, and files outside the root': formatSarif(
      auditReport([
        lintResult(odd, [
          finding(odd, 'dotenv/debug-in-production', 'warning', at(0, 0), 'Debug on', {
            related: [{ file: outside, range: at(3, 1), message: 'served by this server' }],
            fix: {
              title: 'Set APP_DEBUG=0',
              kind: 'safe',
              edits: [{ file: odd, edits: [{ range: at(0, 10, 1), newText: '0' }] }],
            },
          }),
        ]),
        lintResult(outside, [
          finding(outside, 'nginx/server-tokens', 'info', at(0, 0), 'server_tokens is on'),
        ]),
      ]),
    ),
    'skipped paths and files the linter gave up on, as notifications': formatSarif(
      auditReport(
        [
          prodEnv,
          lintResult('/ws/big.env', [], { fullyUnderstood: false, skipped: 'Not analysed: too large' }),
        ],
        {
          skipped: [
            { path: '/ws/deploy.sh', reason: 'Shell script files are not checked yet' },
            { path: '/ws/répertoire/x.pem', reason: 'unreadable' },
          ],
          startedAt: new Date('2026-03-01T10:00:00Z'),
          durationMs: 10,
        },
      ),
    ),
    'an audit of the filesystem root, and a finding whose rule has no metadata': formatSarif(
      auditReport([lintResult(rootFile, [finding(rootFile, 'nginx/unknown-rule', 'error', at(1, 2), 'm')])], {
        root: '/',
      }),
    ),
  };
}

describe('sarif report: the official validator accepts it, without errors or warnings', () => {
  const scenarios = Object.entries(validatorScenarios());
  // One run of the validator for all of them: it takes seconds to start.
  const validations = validateSarifLogs(scenarios.map(([, sarif]) => sarif));
  // Each test awaits it; this only keeps a failure from also being reported as unhandled.
  validations.catch(() => undefined);

  scenarios.forEach(([name, sarif], index) => {
    test(name, async () => {
      JSON.parse(sarif);
      const { errors, warnings } = (await validations)[index]!;
      assert.deepEqual(errors, [], 'errors of the official validator');
      assert.deepEqual(warnings, [], 'warnings of the official validator');
    });
  });

  test('the validator does catch a broken log, and blames the right one of several (so the checks above can fail)', async () => {
    const broken = JSON.parse(formatSarif(auditReport([prodEnv]))) as Sarif.Log;
    const result = run(broken).results![0]!;
    result.locations![0]!.physicalLocation!.region!.startLine = 0;
    result.locations![0]!.physicalLocation!.artifactLocation!.uri = '/absolute/with/base';
    delete run(broken).tool.driver.rules;
    const [good, bad] = await validateSarifLogs([
      formatSarif(auditReport([prodEnv])),
      JSON.stringify(broken),
    ]);
    assert.deepEqual(good!.errors, []);
    const errors = bad!.errors;
    assert.ok(
      errors.some((e) => e.startsWith('JSON1008:')),
      errors.join('\n'),
    );
    assert.ok(
      errors.some((e) => e.startsWith('SARIF1004:')),
      errors.join('\n'),
    );
    assert.ok(
      errors.some((e) => e.startsWith('GH1018:')),
      errors.join('\n'),
    );
    const truncated = await validateSarif('{"version": "2.1.0"');
    assert.ok(
      truncated.errors.some((e) => e.startsWith('JSON0001:')),
      truncated.errors.join('\n'),
    );
  });

  test('the empty log has no results and no rules', () => {
    const log = JSON.parse(formatSarif(auditReport([]))) as Sarif.Log;
    assert.deepEqual(run(log).results, []);
    assert.deepEqual(run(log).tool.driver.rules, []);
  });
});

describe('sarif report: contents', () => {
  const log = toSarifLog(
    auditReport([prodEnv, nginxSite, cleanEnv], {
      skipped: [{ path: '/ws/deploy.sh', reason: 'Shell script files are not checked yet' }],
      startedAt: new Date('2026-03-01T10:00:00Z'),
      durationMs: 2500,
    }),
  );
  const sarifRun = run(log);
  const results = sarifRun.results!;
  const rules = sarifRun.tool.driver.rules!;

  test('log, tool and run envelope', () => {
    assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    const { driver } = sarifRun.tool;
    assert.equal(driver.name, 'Harden');
    assert.equal(driver.semanticVersion, '1.2.3');
    assert.equal(driver.informationUri, 'https://github.com/harden-dev/harden');
    assert.equal(sarifRun.columnKind, 'utf16CodeUnits');
    assert.deepEqual(sarifRun.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///ws/' } });
    assert.deepEqual(
      sarifRun.artifacts!.map((a) => a.location!.uri),
      ['.env', 'app/.env.prod', 'nginx/sites-enabled/site.conf'],
    );
  });

  test('the rule table holds the rules that have results, sorted, with docs, levels, tags and security-severity', () => {
    assert.deepEqual(
      rules.map((r) => r.id),
      [
        'dotenv/debug-in-production',
        'dotenv/quote-character',
        'dotenv/weak-secret',
        'fs/env-permissions',
        'nginx/hsts-missing',
        'nginx/server-tokens',
      ],
    );
    const weak = rules.find((r) => r.id === 'dotenv/weak-secret')!;
    assert.deepEqual(weak, {
      id: 'dotenv/weak-secret',
      name: 'DotenvWeakSecret',
      shortDescription: { text: 'A secret is a placeholder or too short.' },
      fullDescription: {
        text: 'A secret is a placeholder or too short. Default severity: error. Enabled by the recommended preset. Harden offers a fix.',
      },
      helpUri: `${DOCS}dotenv/weak-secret.md`,
      help: {
        text: `A secret is a placeholder or too short. See ${DOCS}dotenv/weak-secret.md`,
        markdown: `**A secret is a placeholder or too short**\n\n[Documentation of dotenv/weak-secret](${DOCS}dotenv/weak-secret.md)`,
      },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['security', 'dotenv'], 'security-severity': '8.0' },
    });
    const tokens = rules.find((r) => r.id === 'nginx/server-tokens')!;
    assert.equal(tokens.defaultConfiguration!.level, 'note');
    assert.equal(tokens.properties!['security-severity'], '2.0');
    assert.deepEqual(tokens.properties!.tags, ['security', 'nginx']);
    for (const result of results) assert.equal(rules[result.ruleIndex!]!.id, result.ruleId);
  });

  test('a rule that .harden.yaml raised to error ranks by its results, not its default', () => {
    const file = '/ws/.env';
    const raised = toSarifLog(
      auditReport([lintResult(file, [finding(file, 'nginx/server-tokens', 'error', at(0, 0), 'm')])]),
    );
    const [rule] = run(raised).tool.driver.rules!;
    assert.equal(rule!.defaultConfiguration!.level, 'note');
    assert.equal(rule!.properties!['security-severity'], '8.0');
    assert.equal(run(raised).results![0]!.level, 'error');
  });

  test('results: level, message, 1-based region, relative URI against %SRCROOT%', () => {
    const debug = results.find((r) => r.ruleId === 'dotenv/debug-in-production')!;
    assert.equal(debug.level, 'warning');
    assert.deepEqual(debug.message, { text: 'APP_DEBUG turns debug mode on' });
    assert.deepEqual(debug.locations, [
      {
        physicalLocation: {
          artifactLocation: { uri: 'app/.env.prod', uriBaseId: '%SRCROOT%' },
          region: { startLine: 2, startColumn: 5, endLine: 2, endColumn: 8 },
        },
      },
    ]);
    assert.equal(results.find((r) => r.ruleId === 'nginx/server-tokens')!.level, 'note');
    assert.equal(results.find((r) => r.ruleId === 'dotenv/weak-secret')!.level, 'error');
  });

  test('related locations carry ids and messages', () => {
    const hsts = results.find((r) => r.ruleId === 'nginx/hsts-missing')!;
    assert.deepEqual(hsts.relatedLocations, [
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: 'nginx/snippets/headers.conf', uriBaseId: '%SRCROOT%' },
          region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 11 },
        },
        message: { text: 'add_header here is dropped by the location' },
      },
      {
        id: 2,
        physicalLocation: {
          artifactLocation: { uri: 'nginx/sites-enabled/site.conf', uriBaseId: '%SRCROOT%' },
          region: { startLine: 10, startColumn: 5, endLine: 10, endColumn: 13 },
        },
        message: { text: 'this location declares its own add_header' },
      },
    ]);
  });

  test('safe fixes become SARIF fixes over every file they touch; insertions are empty regions, deletions insert nothing', () => {
    const hsts = results.find((r) => r.ruleId === 'nginx/hsts-missing')!;
    assert.deepEqual(hsts.fixes, [
      {
        description: {
          text: 'Add `add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;`',
        },
        artifactChanges: [
          {
            artifactLocation: { uri: 'nginx/sites-enabled/site.conf', uriBaseId: '%SRCROOT%' },
            replacements: [
              {
                deletedRegion: { startLine: 6, startColumn: 1, endLine: 6, endColumn: 1 },
                insertedContent: {
                  text: '    add_header Strict-Transport-Security "max-age=31536000" always;\n',
                },
              },
              { deletedRegion: { startLine: 13, startColumn: 1, endLine: 13, endColumn: 10 } },
            ],
          },
          {
            artifactLocation: { uri: 'nginx/snippets/headers.conf', uriBaseId: '%SRCROOT%' },
            replacements: [
              {
                deletedRegion: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 1 },
                insertedContent: { text: 'add_header X-Content-Type-Options nosniff always;\n' },
              },
            ],
          },
        ],
      },
    ]);
    assert.equal(results.find((r) => r.ruleId === 'dotenv/debug-in-production')!.fixes!.length, 1);
  });

  test('secret, sensitive and mode fixes are never in the log', () => {
    for (const ruleId of ['dotenv/weak-secret', 'dotenv/quote-character', 'fs/env-permissions']) {
      assert.equal(results.find((r) => r.ruleId === ruleId)!.fixes, undefined, ruleId);
    }
    const text = JSON.stringify(log);
    assert.ok(!text.includes(GENERATED_SECRET));
    assert.ok(!text.includes(REEMITTED_VALUE));
    assert.ok(!text.includes('chmod'), 'nor the chmod of a mode fix');
  });

  test('skipped paths are notifications of the invocation, which has its times', () => {
    assert.deepEqual(sarifRun.invocations, [
      {
        executionSuccessful: true,
        startTimeUtc: '2026-03-01T10:00:00.000Z',
        endTimeUtc: '2026-03-01T10:00:02.500Z',
        toolExecutionNotifications: [
          {
            level: 'note',
            message: { text: 'deploy.sh was not analysed: Shell script files are not checked yet' },
            locations: [
              { physicalLocation: { artifactLocation: { uri: 'deploy.sh', uriBaseId: '%SRCROOT%' } } },
            ],
          },
        ],
      },
    ]);
  });

  test('fingerprints: stable across runs, distinct for repeated findings, unchanged when a line is added above', () => {
    const fingerprints = (files: ReturnType<typeof lintResult>[]) =>
      run(toSarifLog(auditReport(files))).results!.map((r) => r.partialFingerprints![FINGERPRINT_KEY]!);
    const file = '/ws/.env.prod';
    const twice = [
      finding(file, 'dotenv/duplicated-key', 'warning', at(3, 0), 'APP_ENV is defined twice'),
      finding(file, 'dotenv/duplicated-key', 'warning', at(7, 0), 'APP_ENV is defined twice'),
    ];
    const first = fingerprints([lintResult(file, twice)]);
    assert.equal(first.length, 2);
    assert.match(first[0]!, /^[0-9a-f]{64}$/);
    assert.notEqual(first[0], first[1]);
    assert.deepEqual(fingerprints([lintResult(file, twice)]), first);
    const shifted = twice.map((f) => ({ ...f, range: at(f.range.start.line + 1, 0) }));
    assert.deepEqual(fingerprints([lintResult(file, shifted)]), first);
    const other = fingerprints([
      lintResult(
        '/ws/.env.local',
        twice.map((f) => ({ ...f, file: '/ws/.env.local' })),
      ),
    ]);
    assert.notEqual(other[0], first[0], 'the path is part of the identity');
  });

  test('paths are percent-encoded URI references; files outside the root get absolute file URIs', () => {
    const odd = '/ws/déploiement/mon site #1/100%/x.env';
    const outside = '/etc/nginx/café.conf';
    const oddLog = toSarifLog(
      auditReport([
        lintResult(odd, [
          finding(odd, 'dotenv/x', 'warning', at(0, 0), 'm', {
            related: [{ file: outside, range: at(0, 0), message: 'r' }],
          }),
        ]),
      ]),
    );
    const result = run(oddLog).results![0]!;
    assert.deepEqual(uriOf(result.locations![0]), {
      uri: 'd%C3%A9ploiement/mon%20site%20%231/100%25/x.env',
      uriBaseId: '%SRCROOT%',
    });
    assert.deepEqual(uriOf(result.relatedLocations![0]), { uri: 'file:///etc/nginx/caf%C3%A9.conf' });
    const spaced = toSarifLog(auditReport([], { root: '/home/me/my sites' }));
    assert.deepEqual(run(spaced).originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///home/me/my%20sites/' } });
  });

  test('literal brackets in messages are escaped (SARIF reads [text](id) as a link)', () => {
    const file = '/ws/site.conf';
    const bracketLog = toSarifLog(
      auditReport([
        lintResult(file, [
          finding(file, 'nginx/x', 'warning', at(0, 0), 'location ~ [a-z]+ matches [see](1)'),
        ]),
      ]),
    );
    assert.equal(run(bracketLog).results![0]!.message.text, 'location ~ \\[a-z\\]+ matches \\[see\\](1)');
  });

  test('rule names are the PascalCase of the id', () => {
    assert.equal(pascalCase('nginx/hsts-missing'), 'NginxHstsMissing');
    assert.equal(pascalCase('harden/parse-error'), 'HardenParseError');
  });
});
