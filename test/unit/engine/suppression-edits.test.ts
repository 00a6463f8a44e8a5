import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyTextEdits } from '../../../server/src/engine/fixes.ts';
import { LineIndex } from '../../../server/src/engine/line-index.ts';
import { disableFileEdit, disableNextLineEdit } from '../../../server/src/engine/suppression-edits.ts';
import { isSuppressed, parseSuppressions } from '../../../server/src/engine/suppressions.ts';

function applied(text: string, edit: ReturnType<typeof disableFileEdit>): string {
  assert.ok(edit, 'expected an edit');
  return applyTextEdits(text, [edit]);
}

function suppressed(text: string, ruleId: string, line: number, prefix = '#'): boolean {
  return isSuppressed(parseSuppressions(new LineIndex(text), prefix), ruleId, line);
}

describe('disableNextLineEdit', () => {
  test('inserts the comment above the line, in its indentation, with a reason slot', () => {
    const text = 'server {\n    server_tokens on;\n}\n';
    const result = applied(text, disableNextLineEdit(text, 1, 'nginx/server-tokens', '#'));
    assert.equal(
      result,
      'server {\n    # harden-disable-next-line nginx/server-tokens\n    server_tokens on;\n}\n',
    );
    assert.ok(suppressed(result, 'nginx/server-tokens', 2));
  });

  test('keeps tabs and the CRLF line endings of the file', () => {
    const text = 'http {\r\n\tautoindex on;\r\n}\r\n';
    const result = applied(
      text,
      disableNextLineEdit(text, 1, 'nginx/directory-listing', '#', 'internal mirror'),
    );
    assert.equal(
      result,
      'http {\r\n\t# harden-disable-next-line nginx/directory-listing -- internal mirror\r\n\tautoindex on;\r\n}\r\n',
    );
  });

  test('an empty reason leaves out the separator', () => {
    const text = 'APP_DEBUG=1\n';
    assert.equal(
      applied(text, disableNextLineEdit(text, 0, 'dotenv/debug-in-production', '#', '')),
      '# harden-disable-next-line dotenv/debug-in-production\nAPP_DEBUG=1\n',
    );
  });

  test('merges into a directive on the line above, before its reason', () => {
    const text = 'A=1\n# harden-disable-next-line dotenv/weak-secret -- rotated weekly\nAPP_SECRET=x\n';
    const result = applied(text, disableNextLineEdit(text, 2, 'dotenv/unordered-key', '#'));
    assert.equal(
      result,
      'A=1\n# harden-disable-next-line dotenv/weak-secret, dotenv/unordered-key -- rotated weekly\nAPP_SECRET=x\n',
    );
    assert.ok(suppressed(result, 'dotenv/unordered-key', 2));
    assert.ok(suppressed(result, 'dotenv/weak-secret', 2));
  });

  test('merges into a directive without a reason, across a comment line between them', () => {
    const text = '# harden-disable-next-line a/b\n# why: legacy\nKEY=1\n';
    assert.equal(
      applied(text, disableNextLineEdit(text, 2, 'c/d', '#')),
      '# harden-disable-next-line a/b, c/d\n# why: legacy\nKEY=1\n',
    );
  });

  test('nothing to do when the rule, or every rule, is already suppressed there', () => {
    assert.equal(disableNextLineEdit('# harden-disable-next-line a/b\nKEY=1\n', 1, 'a/b', '#'), undefined);
    assert.equal(disableNextLineEdit('# harden-disable-next-line -- all\nKEY=1\n', 1, 'a/b', '#'), undefined);
  });

  test('no edit for blank or comment lines, which a next-line comment cannot target', () => {
    const text = 'A=1\n\n# note\nB=2\n';
    assert.equal(disableNextLineEdit(text, 1, 'dotenv/extra-blank-line', '#'), undefined);
    assert.equal(disableNextLineEdit(text, 2, 'dotenv/x', '#'), undefined);
  });

  test('no edit for a format without comments, a line out of range, or a malformed rule id', () => {
    assert.equal(disableNextLineEdit('A=1\n', 0, 'a/b', undefined), undefined);
    assert.equal(disableNextLineEdit('A=1\n', 5, 'a/b', '#'), undefined);
    assert.equal(disableNextLineEdit('A=1\n', 0, 'a/b -- x', '#'), undefined);
    assert.equal(disableNextLineEdit('A=1\n', 0, 'no-slash', '#'), undefined);
  });

  test('uses the format’s own comment prefix', () => {
    const text = 'x: 1\n';
    assert.equal(
      applied(text, disableNextLineEdit(text, 0, 'a/b', '//', '')),
      '// harden-disable-next-line a/b\nx: 1\n',
    );
  });
});

describe('disableFileEdit', () => {
  test('inserts the comment at the top of the file', () => {
    const text = 'APP_SECRET=changeme\n';
    const result = applied(text, disableFileEdit(text, 'dotenv/weak-secret', '#'));
    assert.equal(result, '# harden-disable-file dotenv/weak-secret\nAPP_SECRET=changeme\n');
    assert.ok(suppressed(result, 'dotenv/weak-secret', 1));
  });

  test('after a byte-order mark', () => {
    const text = '\uFEFFA=1\n';
    assert.equal(applied(text, disableFileEdit(text, 'a/b', '#')), '\uFEFF# harden-disable-file a/b\nA=1\n');
  });

  test('after a shebang line, which must stay first', () => {
    const text = '#!/bin/sh\r\nchmod 777 var\r\n';
    assert.equal(
      applied(text, disableFileEdit(text, 'shell/chmod-777', '#')),
      '#!/bin/sh\r\n# harden-disable-file shell/chmod-777\r\nchmod 777 var\r\n',
    );
    assert.equal(
      applied('#!/bin/sh', disableFileEdit('#!/bin/sh', 'a/b', '#')),
      '#!/bin/sh\n# harden-disable-file a/b',
    );
  });

  test('in an empty file', () => {
    assert.equal(applied('', disableFileEdit('', 'a/b', '#')), '# harden-disable-file a/b\n');
  });

  test('merges into an existing file directive', () => {
    const text = 'A=1\n# harden-disable-file a/b -- generated\nB=2\n';
    const result = applied(text, disableFileEdit(text, 'c/d', '#'));
    assert.equal(result, 'A=1\n# harden-disable-file a/b, c/d -- generated\nB=2\n');
    assert.ok(suppressed(result, 'c/d', 0));
  });

  test('nothing to do when the file already disables the rule or every rule', () => {
    assert.equal(disableFileEdit('# harden-disable-file a/b\n', 'a/b', '#'), undefined);
    assert.equal(disableFileEdit('# harden-disable-file\n', 'a/b', '#'), undefined);
    assert.equal(disableFileEdit('A=1\n', 'a/b', undefined), undefined);
  });
});
