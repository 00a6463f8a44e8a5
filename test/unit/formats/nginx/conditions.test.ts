import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ifCondition } from '../../../../server/src/formats/nginx/conditions.ts';
import { parseNginx } from '../../../../server/src/formats/nginx/parser.ts';
import { at } from './describe-ast.ts';

function condition(text: string) {
  const directive = parseNginx(text).ast.directives[0]!;
  const c = ifCondition(directive);
  if (!c) return undefined;
  return {
    subject: `${c.subject.value}@${at(c.subject.range)}`,
    operator: c.operator,
    operand: c.operand ? `${c.operand.quote ?? ''}${c.operand.value}@${at(c.operand.range)}` : undefined,
    regex: c.isRegex,
    caseInsensitive: c.caseInsensitive,
  };
}

test('a regex match with a quoted pattern: the parentheses are stripped as nginx does', () => {
  assert.deepEqual(condition('if ($request_uri ~* "(a;b)") { }'), {
    subject: '$request_uri@0:4-0:16',
    operator: '~*',
    operand: '"(a;b)@0:20-0:27',
    regex: true,
    caseInsensitive: true,
  });
});

test('a comparison with the closing parenthesis glued to the operand', () => {
  assert.deepEqual(condition('if ($http_origin = https://a.example) { }'), {
    subject: '$http_origin@0:4-0:16',
    operator: '=',
    operand: 'https://a.example@0:19-0:36',
    regex: false,
    caseInsensitive: false,
  });
});

test('spaces inside the parentheses', () => {
  assert.deepEqual(condition('if ( $a !~ ^/x ) { }'), {
    subject: '$a@0:5-0:7',
    operator: '!~',
    operand: '^/x@0:11-0:14',
    regex: true,
    caseInsensitive: false,
  });
});

test('file tests and a bare variable', () => {
  assert.deepEqual(condition('if (!-f $request_filename) { }'), {
    subject: '$request_filename@0:8-0:25',
    operator: '!-f',
    operand: undefined,
    regex: false,
    caseInsensitive: false,
  });
  assert.deepEqual(condition('if ($slow) { }'), {
    subject: '$slow@0:4-0:9',
    operator: undefined,
    operand: undefined,
    regex: false,
    caseInsensitive: false,
  });
});

test('invalid conditions give undefined, as nginx refuses them', () => {
  assert.equal(condition('if $a { }'), undefined);
  assert.equal(condition('if ($a = b c) { }'), undefined);
  assert.equal(condition('if ($a like b) { }'), undefined);
  assert.equal(condition('location / { }'), undefined);
});
