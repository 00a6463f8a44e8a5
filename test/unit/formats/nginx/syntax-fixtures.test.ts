import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseNginx } from '../../../../server/src/formats/nginx/parser.ts';
import { at } from './describe-ast.ts';

/**
 * Whole configurations whose verdict is known (see the fixtures' README): the parser must
 * agree with `nginx -t` on whether the syntax is acceptable. When nginx is installed, it is
 * asked too, so a fixture that stops matching real nginx is caught.
 */
const ROOT = new URL('../../../fixtures/nginx-parser/syntax/', import.meta.url).pathname;
const NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'].find((p) =>
  existsSync(p),
);

function fixtures(kind: 'valid' | 'invalid'): string[] {
  return readdirSync(join(ROOT, kind))
    .filter((n) => n.endsWith('.conf'))
    .sort()
    .map((n) => join(ROOT, kind, n));
}

function nginxAccepts(file: string, scratch: string): { ok: boolean; output: string } {
  const run = spawnSync(
    NGINX!,
    ['-t', '-q', '-e', 'stderr', '-p', scratch, '-c', file, '-g', `pid ${scratch}/nginx.pid;`],
    {
      encoding: 'utf8',
      timeout: 10_000,
    },
  );
  return { ok: run.status === 0, output: `${run.stderr}${run.stdout}`.trim() };
}

describe('syntax fixtures: the parser agrees with nginx -t', () => {
  for (const file of fixtures('valid')) {
    test(`valid/${file.split('/').pop()}`, () => {
      const errors = parseNginx(readFileSync(file, 'utf8')).problems.filter((p) => p.severity === 'error');
      assert.deepEqual(
        errors.map((p) => `${at(p.range)} ${p.message}`),
        [],
      );
    });
  }
  for (const file of fixtures('invalid')) {
    test(`invalid/${file.split('/').pop()}`, () => {
      const parsed = parseNginx(readFileSync(file, 'utf8'));
      assert.ok(
        parsed.problems.some((p) => p.severity === 'error'),
        'no error reported',
      );
      assert.equal(parsed.fullyUnderstood, false);
    });
  }

  test('real nginx gives the same verdicts', { skip: NGINX ? false : 'nginx is not installed' }, () => {
    const scratch = mkdtempSync(join(tmpdir(), 'harden-nginx-t-'));
    try {
      for (const file of fixtures('valid')) {
        const verdict = nginxAccepts(file, scratch);
        assert.ok(verdict.ok, `${file}: ${verdict.output}`);
      }
      for (const file of fixtures('invalid')) assert.equal(nginxAccepts(file, scratch).ok, false, file);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
