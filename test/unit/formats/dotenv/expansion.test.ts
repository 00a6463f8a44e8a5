import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseDotenv } from '../../../../server/src/formats/dotenv/index.ts';
import { textAt, tuple } from './ranges.ts';

function valueOf(text: string, key: string): string | undefined {
  return parseDotenv(text).ast.variables?.get(key);
}

describe('dotenv parser: variable references', () => {
  test('references with their ranges, forms and defaults', () => {
    const text = 'HOST=db\nURL="mysql://$USER@${HOST}/${NAME:-app}?x=${MODE:=prod}"';
    const { ast, problems } = parseDotenv(text);
    assert.deepEqual(problems, []);
    const url = ast.entries[1]!;
    assert.equal(url.value, 'mysql://@db/app?x=prod');
    assert.equal(url.literalValue, 'mysql://$USER@${HOST}/${NAME:-app}?x=${MODE:=prod}');
    assert.deepEqual(
      url.references.map((r) => [
        r.name,
        textAt(text, r.range),
        r.form,
        r.defaultValue,
        r.defaultOperator,
        r.defaultUsed,
        r.definedInFile,
      ]),
      [
        ['USER', '$USER', 'bare', undefined, undefined, undefined, false],
        ['HOST', '${HOST}', 'braced', undefined, undefined, undefined, true],
        ['NAME', '${NAME:-app}', 'braced', 'app', ':-', true, false],
        ['MODE', '${MODE:=prod}', 'braced', 'prod', ':=', true, false],
      ],
    );
    assert.deepEqual(tuple(url.references[1]!.range), [1, 19, 1, 26]);
    assert.deepEqual([...ast.variables!.keys()], ['HOST', 'MODE', 'URL']);
  });

  test('reference ranges stay exact after decoded escapes', () => {
    const text = 'A="\\"q\\" \\n $B"';
    const reference = parseDotenv(text).ast.entries[0]!.references[0]!;
    assert.equal(textAt(text, reference.range), '$B');
  });

  test('only earlier keys of the file are seen, never the process environment', () => {
    process.env.HARDEN_TEST_FROM_PROCESS = 'leaked';
    try {
      assert.equal(valueOf('A=$HARDEN_TEST_FROM_PROCESS', 'A'), '');
      assert.equal(valueOf('A=$PATH', 'A'), '');
    } finally {
      delete process.env.HARDEN_TEST_FROM_PROCESS;
    }
    assert.equal(valueOf('A=$B\nB=1', 'A'), '');
    assert.equal(valueOf('B=1\nA=$B', 'A'), '1');
  });

  test('Symfony quirks: defaults without braces, a lone closing brace, empty braces', () => {
    assert.equal(valueOf('A=$NOPE:-x', 'A'), 'x');
    assert.equal(valueOf('B=1\nA=$B:-x', 'A'), '1');
    assert.equal(valueOf('B=1\nA=$B}', 'A'), '1}');
    assert.equal(valueOf('A=${}', 'A'), '');
    assert.equal(valueOf('A=${1}', 'A'), '${1}');
    assert.equal(valueOf('A=$', 'A'), '$');
  });

  test('escapes: an odd number of backslashes escapes $, then \\\\ becomes \\', () => {
    assert.equal(valueOf('B=x\nA=\\$B', 'A'), '$B');
    assert.equal(valueOf('B=x\nA=\\\\$B', 'A'), '\\x');
    assert.equal(valueOf('B=x\nA=\\\\\\$B', 'A'), '\\$B');
    assert.equal(parseDotenv('A=\\$B').ast.entries[0]!.references.length, 0);
  });

  test('single-quoted text is literal', () => {
    const entry = parseDotenv("A='$B ${C}'").ast.entries[0]!;
    assert.equal(entry.value, '$B ${C}');
    assert.deepEqual(entry.references, []);
  });
});

describe('dotenv parser: command substitution is never run', () => {
  test('kept as written, reported as info at its range, listed on the entry', () => {
    const text = 'B=1\nA="x $(id -u) $B"';
    const { ast, problems } = parseDotenv(text);
    const entry = ast.entries[1]!;
    assert.equal(entry.value, 'x $(id -u) 1');
    assert.deepEqual(
      entry.commands?.map((r) => textAt(text, r)),
      ['$(id -u)'],
    );
    assert.deepEqual(
      problems.map((p) => [p.severity, textAt(text, p.range)]),
      [['info', '$(id -u)']],
    );
    assert.match(problems[0]!.message, /not evaluated/);
  });

  test('variables inside a command are left alone', () => {
    assert.equal(valueOf('B=1\nA=$(echo $B)', 'A'), '$(echo $B)');
  });

  test('an escaped or empty $( is text, not a command', () => {
    for (const text of ['A=\\$(id)', 'A="$()"', 'A="$(a())"']) {
      const parsed = parseDotenv(text);
      assert.deepEqual(parsed.problems, [], text);
      assert.equal(parsed.ast.entries[0]!.commands, undefined);
    }
    assert.equal(valueOf('A=\\$(id)', 'A'), '$(id)');
  });
});
