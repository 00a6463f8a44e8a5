import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  configProblemsToFindings,
  findConfigFile,
  loadConfig,
  resolveConfigValue,
  type ConfigProblem,
} from '../../../server/src/engine/config.ts';
import { defaultConfig, DEFAULT_MAX_FILE_SIZE } from '../../../server/src/engine/config-types.ts';
import { effectiveRuleSetting } from '../../../server/src/engine/rule-settings.ts';
import { ENGINE_RULES } from '../../../server/src/engine/engine-rules.ts';
import type { RuleMeta } from '../../../server/src/engine/rule.ts';

/** A small, fixed rule set for the config tests: they must not change when real rules are added. */
function rule(id: string, extra: Partial<RuleMeta<Record<string, unknown>>> = {}): RuleMeta {
  return {
    id,
    format: id.startsWith('dotenv/') ? 'dotenv' : 'nginx',
    severity: 'warning',
    title: `Test rule ${id}`,
    presets: ['recommended'],
    messages: { default: 'x' },
    fixable: false,
    defaultOptions: {},
    ...extra,
  } as RuleMeta;
}

const TEST_RULES: readonly RuleMeta[] = [
  ...ENGINE_RULES,
  rule('nginx/hsts-weak', {
    defaultOptions: { minMaxAge: 31536000, requireIncludeSubDomains: true, mode: 'strict', headers: [] },
    optionSchema: {
      minMaxAge: { type: 'integer', minimum: 0, description: 'Smallest accepted max-age, in seconds.' },
      requireIncludeSubDomains: { type: 'boolean', description: 'Require includeSubDomains.' },
      mode: { type: 'string', enum: ['strict', 'lenient'], description: 'How strict.' },
      headers: {
        type: 'array',
        items: { type: 'string', description: 'A header.' },
        description: 'Headers.',
      },
    },
  }),
  rule('nginx/server-tokens', { severity: 'info' }),
  rule('dotenv/weak-secret', {
    severity: 'error',
    defaultOptions: { minLength: 32 },
    optionSchema: { minLength: { type: 'integer', minimum: 1, description: 'Shortest accepted secret.' } },
  }),
];

const FILE = '/ws/.harden.yaml';
const load = (text: string) => loadConfig(text, FILE, TEST_RULES);

/** 1-based line of a problem, as an editor shows it. */
const lineOf = (problem: ConfigProblem): number => problem.range.start.line + 1;

describe('loadConfig: valid files', () => {
  test('an empty file, or one with only comments, is the default config', () => {
    for (const text of ['', '\n', '# nothing yet\n', '---\n']) {
      assert.deepEqual(
        load(text),
        { config: { ...defaultConfig(), file: FILE }, problems: [] },
        JSON.stringify(text),
      );
    }
  });

  test('every setting, in block style', () => {
    const text = [
      'extends: [recommended, chamilo]',
      'rules:',
      '  nginx/server-tokens: off',
      '  dotenv/weak-secret: warning',
      '  nginx/hsts-weak:',
      '    severity: error',
      '    minMaxAge: 63072000',
      '    mode: lenient',
      '    headers: [X-A, X-B]',
      'include:',
      '  - "deploy/**"',
      '  - ./config/**',
      'exclude: ["deploy/legacy/**"]',
      'production:',
      '  - .env.prod*',
      '  - "deploy/**"',
      'uploadPaths: [var/upload, "sites/*/files"]',
      'maxFileSize: 1048576',
      'fileModes: false',
    ].join('\n');
    const { config, problems } = load(text);
    assert.deepEqual(problems, []);
    assert.deepEqual(config, {
      presets: ['recommended', 'chamilo'],
      rules: {
        'nginx/server-tokens': { severity: 'off' },
        'dotenv/weak-secret': { severity: 'warning' },
        'nginx/hsts-weak': {
          severity: 'error',
          options: { minMaxAge: 63072000, mode: 'lenient', headers: ['X-A', 'X-B'] },
        },
      },
      include: ['deploy/**', 'config/**'],
      exclude: ['deploy/legacy/**'],
      production: ['.env.prod*', 'deploy/**'],
      uploadPaths: ['var/upload', 'sites/*/files'],
      maxFileSize: 1048576,
      fileModes: false,
      file: FILE,
    });
  });

  test("DESIGN.md's example, in flow style", () => {
    const text =
      'extends: strict\nrules: { nginx/server-tokens: off, nginx/hsts-weak: { severity: error, minMaxAge: 63072000 } }\n';
    const { config, problems } = load(text);
    assert.deepEqual(problems, []);
    assert.deepEqual(config.presets, ['strict']);
    assert.deepEqual(config.rules, {
      'nginx/server-tokens': { severity: 'off' },
      'nginx/hsts-weak': { severity: 'error', options: { minMaxAge: 63072000 } },
    });
  });

  test('options without a severity, and an empty mapping', () => {
    const { config, problems } = load(
      'rules:\n  dotenv/weak-secret: { minLength: 48 }\n  nginx/hsts-weak: {}\n',
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(config.rules, {
      'dotenv/weak-secret': { options: { minLength: 48 } },
      'nginx/hsts-weak': {},
    });
  });

  test('engine rules (harden/*) are configurable like any rule', () => {
    const { config, problems } = load('rules:\n  harden/unused-suppression: off\n');
    assert.deepEqual(problems, []);
    assert.deepEqual(config.rules, { 'harden/unused-suppression': { severity: 'off' } });
  });

  test('the resolved config drives the rule settings', () => {
    const { config } = load(
      'extends: strict\nrules:\n  nginx/hsts-weak: { severity: error, minMaxAge: 63072000 }\n',
    );
    const hsts = TEST_RULES.find((rule) => rule.id === 'nginx/hsts-weak')!;
    const setting = effectiveRuleSetting({ meta: hsts, check: () => {} }, config);
    assert.equal(setting.enabled, true);
    assert.equal(setting.severity, 'error');
    assert.equal(setting.options['minMaxAge'], 63072000);
    assert.equal(setting.options['requireIncludeSubDomains'], true);
  });

  test('CRLF line endings and a comment-heavy file', () => {
    const text =
      '# Harden\r\nextends: recommended # default\r\nrules:\r\n  # off for now\r\n  nginx/server-tokens: off\r\n';
    const { config, problems } = load(text);
    assert.deepEqual(problems, []);
    assert.deepEqual(config.rules, { 'nginx/server-tokens': { severity: 'off' } });
  });
});

describe('loadConfig: each problem points at its line', () => {
  const cases: { name: string; text: string; message: string | RegExp; line: number; column?: number }[] = [
    {
      name: 'unknown rule, with the closest id',
      text: 'rules:\n  nginx/server-tokens: off\n  nginx/hsts-weakk: error\n',
      message: "Unknown rule 'nginx/hsts-weakk'. Did you mean 'nginx/hsts-weak'?",
      line: 3,
      column: 3,
    },
    {
      name: 'unknown rule: the right name under the wrong format',
      text: 'rules:\n  nginx/weak-secret: error\n',
      message: "Unknown rule 'nginx/weak-secret'. Did you mean 'dotenv/weak-secret'?",
      line: 2,
    },
    {
      name: 'unknown rule without a close match',
      text: 'rules:\n  apache/whatever: off\n',
      message: "Unknown rule 'apache/whatever' (run `harden rules` for the list).",
      line: 2,
    },
    {
      name: 'not a rule id at all',
      text: 'rules:\n  ServerTokens: off\n',
      message: /^Unknown rule 'ServerTokens'\. Rule ids look like 'nginx\/server-tokens'/,
      line: 2,
    },
    {
      name: 'unknown option, with the closest one',
      text: 'rules:\n  nginx/hsts-weak:\n    severity: error\n    minMaxAg: 1\n',
      message:
        "Unknown option 'minMaxAg' for rule 'nginx/hsts-weak'. Did you mean 'minMaxAge'? Valid options: severity, minMaxAge, requireIncludeSubDomains, mode, headers.",
      line: 4,
      column: 5,
    },
    {
      name: 'option on a rule without options',
      text: 'rules:\n  nginx/server-tokens: { severity: info, level: 2 }\n',
      message:
        "Unknown option 'level': rule 'nginx/server-tokens' has no options, only 'severity' can be set.",
      line: 2,
      column: 42,
    },
    {
      name: 'option of the wrong type',
      text: 'rules:\n  nginx/hsts-weak:\n    minMaxAge: one year\n',
      message: "Invalid value for option 'minMaxAge' of rule 'nginx/hsts-weak': must be an integer.",
      line: 3,
      column: 16,
    },
    {
      name: 'option below its minimum',
      text: 'rules:\n  dotenv/weak-secret: { minLength: 0 }\n',
      message: "Invalid value for option 'minLength' of rule 'dotenv/weak-secret': must be at least 1.",
      line: 2,
    },
    {
      name: 'option outside its enum',
      text: 'rules:\n  nginx/hsts-weak: { mode: loose }\n',
      message: "Invalid value for option 'mode' of rule 'nginx/hsts-weak': must be one of: strict, lenient.",
      line: 2,
    },
    {
      name: 'wrong item in a list option',
      text: 'rules:\n  nginx/hsts-weak:\n    headers:\n      - X-A\n      - 42\n',
      message: "Invalid value for option 'headers' of rule 'nginx/hsts-weak' (item 2): must be a string.",
      line: 5,
      column: 9,
    },
    {
      name: 'invalid severity, with a suggestion',
      text: 'rules:\n  nginx/server-tokens: warn\n',
      message:
        "Invalid severity 'warn' for rule 'nginx/server-tokens'. Did you mean 'warning'? Use one of: off, error, warning, info, hint.",
      line: 2,
      column: 24,
    },
    {
      name: 'invalid severity inside a mapping',
      text: 'rules:\n  nginx/hsts-weak:\n    severity: fatal\n',
      message: /^Invalid severity 'fatal' for rule 'nginx\/hsts-weak'\. Use one of/,
      line: 3,
    },
    {
      name: 'a rule set to something that is neither a severity nor a mapping',
      text: 'rules:\n  nginx/server-tokens: 0\n',
      message: /^Invalid setting for rule 'nginx\/server-tokens': use a severity/,
      line: 2,
    },
    {
      name: 'a rule left empty',
      text: 'rules:\n  nginx/server-tokens:\n',
      message: /^Invalid setting for rule 'nginx\/server-tokens'/,
      line: 2,
    },
    {
      name: 'unknown preset',
      text: 'extends: strictt\n',
      message:
        "Unknown preset 'strictt'. Did you mean 'strict'? Valid presets: recommended, strict, chamilo, civicrm.",
      line: 1,
      column: 10,
    },
    {
      name: 'unknown preset in a block list',
      text: 'extends:\n  - recommended\n  - drupal\n',
      message: "Unknown preset 'drupal'. Valid presets: recommended, strict, chamilo, civicrm.",
      line: 3,
      column: 5,
    },
    {
      name: 'empty preset list',
      text: 'extends: []\n',
      message: "'extends' needs at least one preset: recommended, strict, chamilo, civicrm.",
      line: 1,
    },
    {
      name: 'preset of the wrong type',
      text: 'extends: { name: strict }\n',
      message:
        "'extends' must be a preset name or a list of preset names (recommended, strict, chamilo, civicrm).",
      line: 1,
    },
    {
      name: 'unknown setting, with the closest one',
      text: 'extends: recommended\nexlude: ["a/**"]\n',
      message:
        "Unknown setting 'exlude'. Did you mean 'exclude'? Valid settings: extends, rules, include, exclude, production, uploadPaths, maxFileSize, fileModes.",
      line: 2,
      column: 1,
    },
    {
      name: 'a list setting given a string',
      text: 'include: deploy/**\n',
      message: '\'include\' must be a list of globs, e.g. `include: ["deploy/**"]`.',
      line: 1,
      column: 10,
    },
    {
      name: 'a list entry that is not a string',
      text: 'uploadPaths:\n  - var\n  - { dir: x }\n',
      message: "Each entry of 'uploadPaths' must be a non-empty string (one of the paths).",
      line: 3,
    },
    {
      name: 'maxFileSize zero',
      text: 'maxFileSize: 0\n',
      message: "'maxFileSize' must be a whole number of bytes greater than 0, e.g. 5242880 (5 MB).",
      line: 1,
      column: 14,
    },
    {
      name: 'maxFileSize with a unit',
      text: 'fileModes: true\nmaxFileSize: 5MB\n',
      message: /^'maxFileSize'/,
      line: 2,
    },
    { name: 'maxFileSize not whole', text: 'maxFileSize: 1.5\n', message: /^'maxFileSize'/, line: 1 },
    {
      name: 'fileModes as YAML 1.1 "yes"',
      text: 'fileModes: yes\n',
      message: "'fileModes' must be true or false.",
      line: 1,
    },
    {
      name: 'rules as a list',
      text: 'rules:\n  - nginx/server-tokens\n',
      message: /^'rules' must be a mapping from rule ids/,
      line: 1,
      column: 1,
    },
    {
      name: 'a document that is a list',
      text: '- recommended\n',
      message: 'The configuration must be a mapping of settings, e.g. `extends: recommended`.',
      line: 1,
    },
    {
      name: 'a document that is a plain string',
      text: 'recommended\n',
      message: /^The configuration must be a mapping/,
      line: 1,
    },
    {
      name: 'YAML syntax: unclosed flow sequence',
      text: 'extends: recommended\nexclude: [a, b\nfileModes: true\n',
      message: /^Invalid YAML: /,
      line: 3,
    },
    {
      name: 'YAML syntax: bad indentation',
      text: 'rules:\n  nginx/server-tokens: off\n nginx/hsts-weak: off\n',
      message: /^Invalid YAML: /,
      line: 3,
    },
    {
      name: 'YAML: duplicate key',
      text: 'extends: recommended\nrules: {}\nextends: strict\n',
      message: /^Invalid YAML: Map keys must be unique/,
      line: 3,
    },
    {
      name: 'YAML: tab indentation',
      text: 'rules:\n\tnginx/server-tokens: off\n',
      message: /^Invalid YAML: /,
      line: 2,
    },
  ];

  for (const { name, text, message, line, column } of cases) {
    test(name, () => {
      const { problems } = load(text);
      const problem = problems.find((p) =>
        typeof message === 'string' ? p.message === message : message.test(p.message),
      );
      assert.ok(problem, `no problem matching ${String(message)} in ${JSON.stringify(problems, null, 1)}`);
      assert.equal(lineOf(problem), line, problem.message);
      if (column !== undefined) assert.equal(problem.range.start.character + 1, column);
      assert.equal(problem.severity, 'error');
    });
  }

  test('one problem per mistake: no echo from the other branch of a rule setting', () => {
    const { problems } = load(
      'rules:\n  nginx/hsts-weak: { severity: error, minMaxAge: x }\n  nginx/server-tokens: warn\n',
    );
    assert.deepEqual(
      problems.map((p) => `${lineOf(p)}: ${p.message}`),
      [
        "2: Invalid value for option 'minMaxAge' of rule 'nginx/hsts-weak': must be an integer.",
        "3: Invalid severity 'warn' for rule 'nginx/server-tokens'. Did you mean 'warning'? Use one of: off, error, warning, info, hint.",
      ],
    );
  });

  test('problems come sorted by position', () => {
    const { problems } = load('bogus: 1\nextends: nope\nmaxFileSize: -1\n');
    assert.deepEqual(problems.map(lineOf), [1, 2, 3]);
  });

  test('a range stays on one line even for a multi-line value', () => {
    const { problems } = load('rules:\n  - a\n  - b\n  - c\n');
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.range.end.line, problems[0]!.range.start.line);
  });
});

describe('loadConfig: broken parts fall back to their defaults', () => {
  test('valid settings still apply around invalid ones', () => {
    const text = [
      'extends: [strict, bogus]',
      'rules:',
      '  nginx/server-tokens: off',
      '  nginx/nope: error',
      '  nginx/hsts-weak: { severity: fatal, minMaxAge: 63072000, unknown: 1 }',
      'exclude: [legacy/**, 3]',
      'maxFileSize: -1',
      'fileModes: false',
      'include: "x"',
    ].join('\n');
    const { config, problems } = load(text);
    assert.equal(problems.length, 7);
    assert.deepEqual(config, {
      ...defaultConfig(),
      presets: ['strict'],
      rules: {
        'nginx/server-tokens': { severity: 'off' },
        'nginx/hsts-weak': { options: { minMaxAge: 63072000 } },
      },
      exclude: ['legacy/**'],
      maxFileSize: DEFAULT_MAX_FILE_SIZE,
      fileModes: false,
      file: FILE,
    });
  });

  test('a YAML error keeps what could be read', () => {
    const { config, problems } = load('fileModes: false\nrules: {\n');
    assert.ok(problems.some((p) => p.message.startsWith('Invalid YAML')));
    assert.equal(config.fileModes, false);
  });

  test('an alias bomb is refused, not expanded', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const started = performance.now();
    const { config, problems } = load(lines.join('\n'));
    assert.ok(performance.now() - started < 1000);
    assert.ok(problems.some((p) => p.message.startsWith('Invalid YAML')));
    assert.deepEqual(config, { ...defaultConfig(), file: FILE });
  });

  test('a __proto__ key pollutes nothing', () => {
    const { config, problems } = load(
      'rules:\n  __proto__: { polluted: true }\n__proto__: { polluted: true }\n',
    );
    assert.equal(problems.length, 2);
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    assert.equal(Object.getPrototypeOf(config.rules), Object.prototype);
    assert.deepEqual(Object.keys(config.rules), []);
  });
});

describe('resolveConfigValue', () => {
  test("resolves an already parsed value (the editor's settings), with paths instead of ranges", () => {
    const { config, issues } = resolveConfigValue(
      { extends: 'civicrm', rules: { 'nginx/server-tokens': 'off', 'nginx/hsts-weak': { minMaxAge: 'x' } } },
      TEST_RULES,
    );
    assert.deepEqual(config.presets, ['civicrm']);
    assert.deepEqual(config.rules, { 'nginx/server-tokens': { severity: 'off' }, 'nginx/hsts-weak': {} });
    assert.equal(config.file, undefined);
    assert.deepEqual(issues, [
      {
        path: ['rules', 'nginx/hsts-weak', 'minMaxAge'],
        target: 'value',
        message: "Invalid value for option 'minMaxAge' of rule 'nginx/hsts-weak': must be an integer.",
      },
    ]);
  });
});

describe('findConfigFile', () => {
  test('.harden.yaml first, then .harden.yml', () => {
    const both = new Set(['/ws/.harden.yaml', '/ws/.harden.yml']);
    assert.equal(
      findConfigFile('/ws', (path) => both.has(path)),
      '/ws/.harden.yaml',
    );
    assert.equal(
      findConfigFile('/ws/', (path) => path === '/ws/.harden.yml'),
      '/ws/.harden.yml',
    );
    assert.equal(
      findConfigFile('/ws', () => false),
      undefined,
    );
  });
});

describe('configProblemsToFindings', () => {
  test('harden/config-error findings in the config file', () => {
    const { problems } = load('rules:\n  nginx/hsts-weakk: off\n');
    assert.deepEqual(configProblemsToFindings(problems, FILE), [
      {
        ruleId: 'harden/config-error',
        messageId: 'default',
        severity: 'error',
        message: "Unknown rule 'nginx/hsts-weakk'. Did you mean 'nginx/hsts-weak'?",
        file: FILE,
        range: { start: { line: 1, character: 2 }, end: { line: 1, character: 18 } },
      },
    ]);
  });
});
