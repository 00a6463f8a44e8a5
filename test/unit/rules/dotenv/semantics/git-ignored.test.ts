import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  gitWorkTreeOf,
  isIgnoredByGit,
} from '../../../../../server/src/formats/dotenv/semantics/git-ignored.ts';
import { MemoryWorkspace } from '../../../../helpers/memory-workspace.ts';

function ignored(files: Record<string, string>, relative: string, extra = ''): boolean {
  return isIgnoredByGit(
    relative,
    '/ws',
    new MemoryWorkspace('/ws', { '.git/HEAD': 'ref: refs/heads/main\n', ...files }),
    extra,
  );
}

describe('gitWorkTreeOf', () => {
  test('the nearest directory with a .git entry, within the workspace', () => {
    const ws = new MemoryWorkspace('/ws', {
      '.git/HEAD': '',
      'app/.env.local': '',
      'sub/.git': 'gitdir: ../x',
      'sub/.env.local': '',
    });
    assert.equal(gitWorkTreeOf('/ws/app/.env.local', ws), '/ws');
    assert.equal(gitWorkTreeOf('/ws/.env.local', ws), '/ws');
    assert.equal(gitWorkTreeOf('/ws/sub/.env.local', ws), '/ws/sub');
  });
  test('none without .git, and never above the workspace root', () => {
    assert.equal(
      gitWorkTreeOf('/ws/.env.local', new MemoryWorkspace('/ws', { '.env.local': '' })),
      undefined,
    );
    const outside = new MemoryWorkspace('/ws/project', { '/ws/.git/HEAD': '', '.env.local': '' });
    assert.equal(gitWorkTreeOf('/ws/project/.env.local', outside), undefined);
  });
});

describe('isIgnoredByGit', () => {
  test("Symfony's .gitignore", () => {
    const gitignore = { '.gitignore': '/.env.local\n/.env.local.php\n/.env.*.local\n/vendor/\n' };
    assert.ok(ignored(gitignore, '.env.local'));
    assert.ok(ignored(gitignore, '.env.prod.local'));
    assert.ok(!ignored(gitignore, '.env'));
    assert.ok(!ignored(gitignore, '.env.prod'));
    assert.ok(!ignored(gitignore, 'app/.env.local'), 'anchored patterns only match at the top');
  });
  test('no .gitignore: nothing is ignored', () => assert.ok(!ignored({}, '.env.local')));
  test('a deeper .gitignore wins, negations included', () => {
    assert.ok(!ignored({ '.gitignore': '.env*\n', 'app/.gitignore': '!.env.local\n' }, 'app/.env.local'));
    assert.ok(ignored({ '.gitignore': '!.env.local\n', 'app/.gitignore': '.env.local\n' }, 'app/.env.local'));
  });
  test('inside an ignored directory a file stays ignored whatever deeper files say', () => {
    assert.ok(
      ignored({ '.gitignore': 'config/\n', 'config/.gitignore': '!.env.local\n' }, 'config/.env.local'),
    );
  });
  test('.git/info/exclude counts, below the .gitignore files', () => {
    assert.ok(ignored({ '.git/info/exclude': '.env.local\n' }, '.env.local'));
    assert.ok(!ignored({ '.git/info/exclude': '.env.local\n', '.gitignore': '!.env.local\n' }, '.env.local'));
  });
  test('extra patterns for the top .gitignore (to try a fix first)', () => {
    assert.ok(ignored({ '.gitignore': '/vendor/\n' }, '.env.prod.local', '/.env.prod.local'));
    assert.ok(
      !ignored(
        { '.gitignore': '/vendor/\n', 'app/.gitignore': '!.env.local\n' },
        'app/.env.local',
        '/app/.env.local',
      ),
    );
  });
});
