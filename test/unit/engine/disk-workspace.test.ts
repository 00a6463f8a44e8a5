import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import nodePath from 'node:path';
import {
  decodeText,
  DiskWorkspace,
  formatByteSize,
  normalizePath,
  readTextFile,
} from '../../../server/src/engine/disk-workspace.ts';

const isRoot = process.getuid?.() === 0;
const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);

describe('decodeText', () => {
  test('plain UTF-8', () => {
    assert.deepEqual(decodeText(new TextEncoder().encode('APP_ENV=prod\nNAME=Zoë\n')), {
      text: 'APP_ENV=prod\nNAME=Zoë\n',
      encoding: 'utf-8',
      invalidUtf8: false,
    });
  });

  test('a UTF-8 BOM is removed so that offsets start at the first character', () => {
    const decoded = decodeText(bytes(0xef, 0xbb, 0xbf, 0x41, 0x3d, 0x31));
    assert.deepEqual(decoded, { text: 'A=1', encoding: 'utf-8-bom', invalidUtf8: false });
  });

  test('invalid UTF-8 falls back to latin-1, one character per byte', () => {
    // "café" in latin-1, plus 0x80 which windows-1252 would turn into '€'.
    const decoded = decodeText(bytes(0x63, 0x61, 0x66, 0xe9, 0x80));
    assert.equal(decoded.encoding, 'latin-1');
    assert.equal(decoded.invalidUtf8, true);
    assert.equal(decoded.text, 'caf\u00e9\u0080');
  });

  test('a BOM followed by invalid bytes is still dropped', () => {
    const decoded = decodeText(bytes(0xef, 0xbb, 0xbf, 0xff, 0x41));
    assert.equal(decoded.text, '\u00ffA');
    assert.equal(decoded.encoding, 'latin-1');
  });

  test('empty input', () => {
    assert.deepEqual(decodeText(bytes()), { text: '', encoding: 'utf-8', invalidUtf8: false });
  });
});

describe('normalizePath', () => {
  const table: [string, string][] = [
    ['/srv/app/', '/srv/app'],
    ['/srv/app/./nginx/../.env', '/srv/app/.env'],
    ['//srv//app', '/srv/app'],
    ['C:\\Users\\me\\site\\nginx.conf', 'c:/Users/me/site/nginx.conf'],
    ['c:/', 'c:/'],
    ['/', '/'],
  ];
  for (const [input, expected] of table) {
    test(`${input} → ${expected}`, () => assert.equal(normalizePath(input), expected));
  }

  test('relative paths are made absolute from the current directory', () => {
    assert.equal(normalizePath('a/b'), `${process.cwd().replace(/\\/g, '/')}/a/b`);
  });
});

test('formatByteSize', () => {
  assert.equal(formatByteSize(5 * 1024 * 1024), '5.0 MB');
  assert.equal(formatByteSize(1536), '1.5 KB');
  assert.equal(formatByteSize(900), '900 bytes');
});

describe('DiskWorkspace', () => {
  const root = normalizePath(fs.mkdtempSync(nodePath.join(os.tmpdir(), 'harden-disk-')));
  after(() => fs.rmSync(root, { recursive: true, force: true }));
  const write = (relative: string, content: string | Uint8Array, mode?: number): string => {
    const path = `${root}/${relative}`;
    fs.mkdirSync(nodePath.dirname(path), { recursive: true });
    fs.writeFileSync(path, content);
    if (mode !== undefined) fs.chmodSync(path, mode);
    return path;
  };
  write('.env', 'APP_ENV=prod\n', 0o640);
  write('nginx/site.conf', 'server { listen 80; }\n');
  write('bom.env', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('A=1\n')]));
  write('latin1.conf', Buffer.from([0x23, 0x20, 0xe9, 0x0a]));
  write('binary.conf', Buffer.from([0x61, 0x00, 0x62]));
  write('big.conf', 'x'.repeat(2048));
  write('world.sh', 'chmod 777 /var/www\n', 0o666);

  test('reads and decodes files', () => {
    const workspace = new DiskWorkspace(root);
    assert.equal(workspace.readText(`${root}/.env`), 'APP_ENV=prod\n');
    assert.equal(workspace.readText(`${root}/bom.env`), 'A=1\n');
    assert.equal(workspace.readText(`${root}/latin1.conf`), '# \u00e9\n');
    assert.deepEqual(workspace.read(`${root}/latin1.conf`), {
      kind: 'text',
      text: '# \u00e9\n',
      encoding: 'latin-1',
      invalidUtf8: true,
      size: 4,
    });
  });

  test('binary, too large, missing files and directories read as undefined, with a reason', () => {
    const workspace = new DiskWorkspace(root, { maxFileSize: 1024 });
    assert.equal(workspace.readText(`${root}/binary.conf`), undefined);
    assert.deepEqual(workspace.read(`${root}/binary.conf`), { kind: 'skipped', reason: 'binary file' });
    assert.deepEqual(workspace.read(`${root}/big.conf`), {
      kind: 'skipped',
      reason: 'larger than the 1.0 KB limit',
    });
    assert.deepEqual(workspace.read(`${root}/missing.conf`), { kind: 'skipped', reason: 'no such file' });
    assert.deepEqual(workspace.read(`${root}/nginx`), { kind: 'skipped', reason: 'is a directory' });
  });

  test('open buffers take precedence over the disk, live', () => {
    const overlay = new Map<string, string>();
    const workspace = new DiskWorkspace(root, { overlay });
    assert.equal(workspace.readText(`${root}/.env`), 'APP_ENV=prod\n');
    overlay.set(`${root}/.env`, 'APP_ENV=dev\n');
    assert.equal(workspace.readText(`${root}/.env`), 'APP_ENV=dev\n');
    overlay.set(`${root}/new/.env.local`, 'X=1\n');
    assert.equal(workspace.exists(`${root}/new/.env.local`), true);
    assert.deepEqual(workspace.listDir(`${root}/new`), ['.env.local']);
    assert.ok(workspace.listDir(root)!.includes('new'));
  });

  test('reads are cached until invalidated', () => {
    const path = write('cached.env', 'A=1\n');
    const workspace = new DiskWorkspace(root);
    assert.equal(workspace.readText(path), 'A=1\n');
    fs.writeFileSync(path, 'A=2\n');
    assert.equal(workspace.readText(path), 'A=1\n');
    workspace.invalidate(path);
    assert.equal(workspace.readText(path), 'A=2\n');
    fs.writeFileSync(path, 'A=3\n');
    workspace.invalidate();
    assert.equal(workspace.readText(`${path}/../cached.env`), 'A=3\n');
  });

  test('the cache keeps the most recently used reads within its character budget', () => {
    const a = write('budget-a.env', 'A=1\n');
    const b = write('budget-b.env', 'B=1\n');
    const c = write('budget-c.env', 'C=1\n');
    const workspace = new DiskWorkspace(root, { cacheCharacters: 8 });
    workspace.readText(a);
    workspace.readText(b);
    workspace.readText(a); // a is now the most recently used: b goes first
    workspace.readText(c);
    for (const path of [a, b, c]) fs.writeFileSync(path, 'X=2\n');
    assert.equal(workspace.readText(a), 'A=1\n', 'a was kept');
    assert.equal(workspace.readText(c), 'C=1\n', 'c was kept');
    assert.equal(workspace.readText(b), 'X=2\n', 'b was forgotten and read anew');
  });

  test('a read larger than the whole budget is still kept while it is the newest', () => {
    const big = write('budget-big.env', 'BIG=0123456789\n');
    const workspace = new DiskWorkspace(root, { cacheCharacters: 4 });
    assert.equal(workspace.readText(big), 'BIG=0123456789\n');
    fs.writeFileSync(big, 'BIG=changed\n');
    assert.equal(workspace.readText(big), 'BIG=0123456789\n');
    workspace.invalidate(big);
    assert.equal(workspace.readText(big), 'BIG=changed\n');
  });

  test('stat reports real modes only when file-mode checks are on', () => {
    const on = new DiskWorkspace(root);
    const stat = on.stat(`${root}/world.sh`);
    assert.ok(stat);
    assert.equal(stat.mode & 0o777, 0o666);
    assert.equal(stat.isFile, true);
    assert.equal(stat.isDirectory, false);
    assert.equal(on.stat(`${root}/.env`)!.mode & 0o777, 0o640);
    assert.equal(on.stat(`${root}/nginx`)!.isDirectory, true);
    assert.equal(on.stat(`${root}/missing`), undefined);
    assert.equal(new DiskWorkspace(root, { fileModes: false }).stat(`${root}/world.sh`), undefined);
  });

  test("a symlink's stat is its target's, flagged as a link", () => {
    fs.symlinkSync(`${root}/world.sh`, `${root}/link.sh`);
    const stat = new DiskWorkspace(root).stat(`${root}/link.sh`);
    assert.equal(stat?.isSymbolicLink, true);
    assert.equal(stat?.mode !== undefined && stat.mode & 0o777, 0o666);
  });

  test('a symlink loop reads as undefined instead of hanging', () => {
    fs.symlinkSync(`${root}/loop-b.conf`, `${root}/loop-a.conf`);
    fs.symlinkSync(`${root}/loop-a.conf`, `${root}/loop-b.conf`);
    const workspace = new DiskWorkspace(root);
    assert.deepEqual(workspace.read(`${root}/loop-a.conf`), {
      kind: 'skipped',
      reason: 'symbolic link loop',
    });
    assert.equal(workspace.exists(`${root}/loop-a.conf`), false);
  });

  test(
    'a FIFO is refused without opening it (opening would block)',
    { skip: process.platform === 'win32' },
    () => {
      const fifo = `${root}/pipe.conf`;
      // node's fs cannot make a FIFO; mkfifo is on every POSIX system.
      assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
      assert.deepEqual(readTextFile(fifo, 1024), { kind: 'skipped', reason: 'not a regular file' });
      assert.equal(new DiskWorkspace(root).readText(fifo), undefined);
      fs.rmSync(fifo);
    },
  );

  test('listDir lists sorted names, undefined for a missing directory', () => {
    const workspace = new DiskWorkspace(root);
    assert.deepEqual(workspace.listDir(`${root}/nginx`), ['site.conf']);
    assert.equal(workspace.listDir(`${root}/missing`), undefined);
  });

  test(
    'an unreadable file reads as undefined with "permission denied"',
    { skip: isRoot && 'root reads anything' },
    () => {
      const path = write('secret.env', 'A=1\n', 0o000);
      assert.deepEqual(new DiskWorkspace(root).read(path), { kind: 'skipped', reason: 'permission denied' });
    },
  );

  test('never writes: the tree is byte-identical after every read', () => {
    const snapshot = (): string =>
      fs
        .readdirSync(root, { recursive: true })
        .map(String)
        .sort()
        .map((name) => {
          const stat = fs.lstatSync(`${root}/${name}`);
          return `${name}:${stat.size}:${stat.mtimeMs}:${stat.mode}`;
        })
        .join('\n');
    const before = snapshot();
    const workspace = new DiskWorkspace(root);
    for (const name of fs.readdirSync(root)) {
      workspace.readText(`${root}/${name}`);
      workspace.stat(`${root}/${name}`);
      workspace.listDir(`${root}/${name}`);
    }
    assert.equal(snapshot(), before);
  });
});
