import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRegex } from '../../../../server/src/formats/nginx/semantics-regex.ts';
import { SAMPLE_LIMIT, sampleMatches } from '../../../../server/src/formats/nginx/semantics-regex-samples.ts';

const samples = (source: string, caseInsensitive = false) =>
  sampleMatches(parseRegex(source, caseInsensitive).root!);

describe('sampleMatches', () => {
  test('every branch of an alternation, in order', () => {
    assert.deepEqual(samples('^/(?:index|cron|updater/.+)\\.php$'), [
      '/index.php',
      '/cron.php',
      '/updater/a.php',
    ]);
  });
  test('an optional part both left out and taken once', () => {
    assert.deepEqual(samples('^/a(bc)?$'), ['/a', '/abc']);
    assert.deepEqual(samples('\\.php(/|$)'), ['.php/', '.php']);
  });
  test('a repeat taken its minimum number of times', () => {
    assert.deepEqual(samples('^/v[0-9]{3}/'), ['/v000/']);
  });
  test('a long minimum is honoured (a token route), nested repeats stay bounded', () => {
    assert.deepEqual(samples('^/cron/[A-Za-z0-9]{32}$'), [`/cron/${'a'.repeat(32)}`]);
    // nginx -t refuses this one ("regular expression is too large"); the samples must not blow up.
    const nested = samples('^/(((a{256}){256}){256}){256}\\.php$');
    assert.ok(nested.every((sample) => sample.length <= 4096));
  });
  test('sets give a readable member; a caseless literal keeps its letter', () => {
    assert.deepEqual(samples('[^/]\\.php$'), ['a.php']);
    assert.deepEqual(samples('\\.PHP$', true), ['.PHP']);
  });
  test('lookarounds and anchors consume nothing (the caller checks with the real regex)', () => {
    assert.deepEqual(samples('^/(?!api/)x$'), ['/x']);
  });
  test('a backreference cannot be sampled', () => {
    assert.deepEqual(samples('^/(a)\\1$'), []);
  });
  test('many branches are cut at the limit', () => {
    const source = `^/(${Array.from({ length: 100 }, (_, i) => `p${i}`).join('|')})/(${Array.from({ length: 100 }, (_, i) => `q${i}`).join('|')})$`;
    assert.equal(samples(source).length, SAMPLE_LIMIT);
  });
});
