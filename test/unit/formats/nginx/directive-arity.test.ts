import assert from 'node:assert/strict';
import { test } from 'node:test';
import { acceptsArgumentCount, syntaxArity } from '../../../../server/src/formats/nginx/directive-arity.ts';
import { directiveInfo } from '../../../../server/src/formats/nginx/directives.ts';

test('argument counts read from documented syntax lines', () => {
  const cases: [string, number, number][] = [
    ['*`file`* | *`mask`*', 1, 1],
    ['*`$variable`* *`value`*', 2, 2],
    ['*`code`* [*`text`*]', 1, 2],
    ['*`name`* ...', 1, Infinity],
    ['*`code`* ... [`=`[*`response`*]] *`uri`*', 2, Infinity],
    ['[`SSLv2`] [`SSLv3`] [`TLSv1`] [`TLSv1.1`] [`TLSv1.2`] [`TLSv1.3`]', 0, 6],
    ['[ `=` | `~` | `~*` | `^~` ] *`uri`* `{...}`', 1, 2],
    ['(*`condition`*) `{...}`', 1, Infinity],
    ['`on` | `off`', 1, 1],
    ['', 0, 0],
  ];
  for (const [syntax, min, max] of cases) assert.deepEqual(syntaxArity(syntax), { min, max }, syntax);
});

test('a directive accepts a count that one of its documented forms allows', () => {
  const include = directiveInfo('include')!;
  assert.equal(acceptsArgumentCount(include, 1), true);
  assert.equal(acceptsArgumentCount(include, 2), false);
  const returns = directiveInfo('return')!;
  assert.equal(acceptsArgumentCount(returns, 2), true);
  assert.equal(acceptsArgumentCount(returns, 3), false);
  assert.equal(acceptsArgumentCount(directiveInfo('server_name')!, 12), true);
  assert.equal(acceptsArgumentCount(directiveInfo('gzip')!, 0), false);
});
