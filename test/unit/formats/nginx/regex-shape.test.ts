import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRegex } from '../../../../server/src/formats/nginx/semantics-regex.ts';
import { literalStart, maxOccurrences } from '../../../../server/src/formats/nginx/semantics-regex-shape.ts';

test('literalStart: the fixed text an anchored regex starts with', () => {
  const cases: [string, string | undefined][] = [
    // Icinga Web 2's documented location: the request is this, then the file's path.
    ['^/icingaweb2(.+)?', '/icingaweb2'],
    ['^/assets/(.*)$', '/assets/'],
    ['^/a\\.b/x', '/a.b/x'],
    // A quantified character is a repeat: `b?` may be absent, so the text stops before it.
    ['^/ab?c', '/a'],
    ['^/(modules|vendor)/(.+)$', '/'],
    ['/icingaweb2(.+)?', undefined],
  ];
  for (const [source, expected] of cases) {
    const root = parseRegex(source, false).root;
    assert.ok(root, source);
    assert.equal(literalStart(root), expected, source);
  }
});

test('maxOccurrences: how many slashes a match holds at most', () => {
  const cases: [string, number][] = [
    // Drupal's private-file route, with an optional language prefix.
    ['^(?:/[a-z\\-]+)?/system/files/', 4],
    ['^/sites/.*/files/styles/', Infinity],
    ['^/(?:a|b/c)/', 3],
    ['^/x(?:/y){2}/', 4],
    ['^/[^/]+/', 2],
    ['^/[^?]+/', Infinity],
    ['^/(a)\\1/', Infinity],
    ['\\.php$', 0],
  ];
  for (const [source, expected] of cases) {
    const root = parseRegex(source, false).root;
    assert.ok(root, source);
    assert.equal(maxOccurrences(root, 0x2f), expected, source);
  }
});
