import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  canMatchNewline,
  captureGroupsOf,
  compileNginxRegex,
  hasNestedQuantifier,
} from '../../../../server/src/formats/nginx/regex.ts';
import {
  captureTaint,
  isCaptureName,
  variablesIn,
  variableTaint,
} from '../../../../server/src/formats/nginx/variables.ts';

describe('variable taint', () => {
  test('variables that carry CR/LF: the decoded URI and what is built from it', () => {
    for (const name of [
      'uri',
      'document_uri',
      'request_filename',
      'fastcgi_script_name',
      'fastcgi_path_info',
      'request_body',
      'remote_user',
    ]) {
      const taint = variableTaint(name)!;
      assert.equal(taint.newline, true, name);
      assert.equal(taint.clientControlled, true, name);
    }
  });

  test('raw request values are client-controlled but cannot carry CR/LF', () => {
    for (const name of [
      'request_uri',
      'args',
      'query_string',
      'arg_id',
      'http_user_agent',
      'cookie_session',
      'host',
    ]) {
      const taint = variableTaint(name)!;
      assert.equal(taint.clientControlled, true, name);
      assert.equal(taint.newline, false, name);
    }
  });

  test('host values the client chooses', () => {
    assert.deepEqual(
      ['host', 'http_host', 'http_x_forwarded_host', 'http_user_agent', 'server_name', 'hostname'].map(
        (n) => variableTaint(n)?.clientHost ?? false,
      ),
      [true, true, true, false, false, false],
    );
  });

  test('values nginx computes itself are not tainted', () => {
    for (const name of [
      'remote_addr',
      'scheme',
      'server_name',
      'request_id',
      'hostname',
      'document_root',
      'http_',
      'constructor',
    ]) {
      assert.equal(variableTaint(name), undefined, name);
    }
  });

  test('a capture without its regex is assumed to carry anything; with it, the group decides', () => {
    assert.equal(variableTaint('1')!.newline, true);
    assert.equal(isCaptureName('1'), true);
    assert.equal(isCaptureName('0'), false);
    assert.equal(isCaptureName('10'), false);
    assert.equal(captureTaint('^/(.*)$', 1)!.newline, false);
    assert.equal(captureTaint('(?s)^/(.*)$', 1)!.newline, true);
    assert.equal(captureTaint('^/([^/]+)/(\\d+)$', 1)!.newline, true);
    assert.equal(captureTaint('^/([^/]+)/(\\d+)$', 2)!.newline, false);
    assert.equal(captureTaint('^/(?<slug>[^\\n]+)$', 'slug')!.newline, false);
    assert.equal(captureTaint('^/(?<slug>[\\s\\S]+)$', 'slug')!.newline, true);
    assert.equal(captureTaint('^/(a)$', 2), undefined);
  });
});

describe('variablesIn', () => {
  test('$name, ${name}, $1; $10 is $1 then 0; a lone $ is nothing', () => {
    assert.deepEqual(
      variablesIn('https://$host${request_uri}x/$1$10$ $arg_a-b').map((v) => [
        v.name,
        v.start,
        v.end,
        v.braced,
      ]),
      [
        ['host', 8, 13, false],
        ['request_uri', 13, 27, true],
        ['1', 29, 31, false],
        ['1', 31, 33, false],
        ['arg_a', 36, 42, false],
      ],
    );
    assert.deepEqual(variablesIn('no variables'), []);
    assert.deepEqual(variablesIn('${unclosed'), []);
  });
});

describe('PCRE helpers', () => {
  test('capture groups are numbered as PCRE numbers them (non-capturing, lookarounds and classes skipped)', () => {
    assert.deepEqual(
      captureGroupsOf('^/(?:a|b)/(?<id>\\d+)/([(])(?=x)(y\\))').map((g) => [g.index, g.name, g.body]),
      [
        [1, 'id', '\\d+'],
        [2, undefined, '[(]'],
        [3, undefined, 'y\\)'],
      ],
    );
    assert.deepEqual(
      captureGroupsOf("(?P<a>x)(?'b'y)").map((g) => g.name),
      ['a', 'b'],
    );
  });

  test('canMatchNewline', () => {
    const yes = [
      '[^/]',
      '\\s',
      '\\n',
      '\\x0a',
      '\\x{0A}',
      '\\012',
      '[\\x00-\\x1f]',
      '[[:space:]]',
      '\\D',
      '\\W',
      '\\R',
      '\\v',
      '[^a]',
    ];
    const no = ['.', '[a-z]', '\\d', '\\w', '[^\\n]x', '\\S', '[^\\s]', '\\r', '[:space:]', 'abc'];
    for (const f of yes) assert.equal(canMatchNewline(f), true, f);
    for (const f of no) assert.equal(canMatchNewline(f), false, f);
    assert.equal(canMatchNewline('.', true), true);
  });

  test('compileNginxRegex translates PCRE-only syntax and refuses what JavaScript cannot do', () => {
    assert.ok(compileNginxRegex('^/(?P<x>a)\\z', false)!.regex.test('/a'));
    assert.ok(compileNginxRegex('\\Aabc\\Z', false)!.regex.test('abc'));
    assert.ok(compileNginxRegex('(?i)abc', false)!.regex.test('ABC'));
    assert.ok(compileNginxRegex('abc', true)!.regex.test('ABC'));
    assert.ok(compileNginxRegex('\\Qa.b\\E', false)!.regex.test('a.b'));
    assert.equal(compileNginxRegex('\\Qa.b\\E', false)!.regex.test('axb'), false);
    assert.ok(compileNginxRegex('a++b', false)!.regex.test('aab'));
    assert.ok(compileNginxRegex('(?>a+)b', false)!.regex.test('aab'));
    assert.ok(compileNginxRegex('[]a]', false)!.regex.test(']'));
    assert.equal(compileNginxRegex('(unclosed', false), undefined);
    assert.equal(compileNginxRegex('(?x) a b', false), undefined);
  });

  test('compileNginxRegex makes caseless only what (?i) in the middle of a pattern covers', () => {
    // Ibexa's vhost template: the folder is case-sensitive, the extension is not.
    const ibexa = compileNginxRegex('^/var/.*(?i)\\.(php\\d?|phtml)(?:/|$)', false)!.regex;
    assert.ok(ibexa.test('/var/site/storage/h.PHP'));
    assert.ok(ibexa.test('/var/site/storage/h.Phtml/x'));
    assert.equal(ibexa.test('/VAR/site/h.php'), false);
    // Up to the end of its group; `(?i:…)` for that group only; class ranges get both cases.
    const grouped = compileNginxRegex('^/(a(?i)b)c', false)!.regex;
    assert.ok(grouped.test('/aBc'));
    assert.equal(grouped.test('/abC'), false);
    assert.equal(grouped.test('/Abc'), false);
    const scoped = compileNginxRegex('^/x(?i:ab)c$', false)!.regex;
    assert.ok(scoped.test('/xABc'));
    assert.equal(scoped.test('/xABC'), false);
    const named = compileNginxRegex('^/(?P<name>[a-c]+)(?i)[d-f]+$', false)!.regex;
    assert.equal(named.exec('/abDE')?.groups?.['name'], 'ab');
    assert.equal(named.test('/ABd'), false);
    // Other switches in the middle still have no translation.
    assert.equal(compileNginxRegex('^/a(?s).b', false), undefined);
  });

  test('compileNginxRegex reads POSIX classes inside brackets as PCRE does', () => {
    const php = compileNginxRegex('^/[[:alnum:]_/-]+\\.php$', false)!.regex;
    assert.ok(php.test('/admin/cron.php'));
    assert.equal(php.test('/a b.php'), false);
    assert.equal(php.test('/:.php'), false);
    assert.ok(compileNginxRegex('^[[:digit:][:upper:]]+$', false)!.regex.test('4XY'));
    assert.ok(compileNginxRegex('[[:punct:]]', false)!.regex.test('~'));
    assert.equal(compileNginxRegex('[[:space:]]', false)!.regex.test('s'), false);
    // A negated POSIX class and an unknown name have no translation here.
    assert.equal(compileNginxRegex('[[:^alpha:]]', false), undefined);
    assert.equal(compileNginxRegex('[[:foo:]]', false), undefined);
  });

  test('hasNestedQuantifier flags the classic catastrophic shapes only', () => {
    for (const r of ['(a+)+', '(\\w*)*', '(a|aa)+b(c+)+', '((ab)+)+', '(.*,){2,}'])
      assert.equal(hasNestedQuantifier(r), true, r);
    for (const r of ['a+b+', '(ab)+', '[(a+)]+', '(a)+(b+)', '\\(a+\\)+', '^/(\\w+)/(\\d+)$'])
      assert.equal(hasNestedQuantifier(r), false, r);
  });
});
