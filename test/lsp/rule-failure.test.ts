/**
 * The built bundle only holds the real rules, none of which throws on purpose; so this file runs
 * the same server wiring in-process with a rule that throws.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../server/src/engine/line-index.ts';
import { defineRule } from '../../server/src/engine/rule.ts';
import { codes, messageOf, tempWorkspace, titles, type LspClient } from './harness.ts';
import { startInProcess, type InProcessServer } from './in-process-server.ts';

const noWorld = defineRule<string[]>({
  meta: {
    id: 'shell/no-world',
    format: 'shell',
    severity: 'warning',
    title: 'No world',
    presets: ['recommended'],
    messages: { world: 'This line says world.' },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const index = new LineIndex(context.document.text);
    context.ast.forEach((text, line) => {
      const column = text.indexOf('world');
      if (column < 0 || text.trimStart().startsWith('#')) return;
      const start = index.lineStarts[line]! + column;
      context.report({
        messageId: 'world',
        range: index.range(start, start + 5),
        related: [
          { file: context.document.path, range: index.range(0, 0), message: 'The file starts here.' },
        ],
        fix: () => ({
          title: 'Say earth',
          kind: 'safe',
          edits: [
            {
              file: context.document.path,
              edits: [{ range: index.range(start, start + 5), newText: 'earth' }],
            },
          ],
        }),
      });
    });
  },
});

const explodes = defineRule<string[]>({
  meta: {
    id: 'shell/explodes',
    format: 'shell',
    severity: 'error',
    title: 'Explodes',
    presets: ['recommended'],
    messages: {},
    fixable: false,
    defaultOptions: {},
  },
  check(context) {
    if (context.document.text.includes('BOOM')) throw new TypeError('kaboom in the rule');
  },
});

describe('a rule that throws', () => {
  let server: InProcessServer;
  let client: LspClient;

  before(async () => {
    server = await startInProcess([explodes, noWorld], tempWorkspace({}));
    client = server.client;
  });
  after(() => server.stop());

  test('becomes one harden/rule-failed diagnostic; the other rules still report', async () => {
    const uri = await client.open('deploy.sh', 'hello world\nBOOM\n', 'shellscript');
    const { diagnostics } = await client.waitForDiagnostics(uri);
    assert.deepEqual(codes(diagnostics), ['harden/rule-failed', 'shell/no-world']);
    const failed = diagnostics.find((d) => d.code === 'harden/rule-failed')!;
    assert.match(messageOf(failed), /shell\/explodes failed on this file \(kaboom in the rule\)/);
    const world = diagnostics.find((d) => d.code === 'shell/no-world')!;
    assert.deepEqual(world.relatedInformation, [
      {
        location: { uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } },
        message: 'The file starts here.',
      },
    ]);
  });

  test('its stack goes to the log', async () => {
    const log = await client.waitFor(
      () => client.logs.find((l) => l.message.includes('Rule shell/explodes failed')),
      'the rule failure in the log',
    );
    assert.match(log.message, /TypeError: kaboom in the rule\n\s+at /);
  });

  test('the server keeps serving: code actions, then a fixed document', async () => {
    const uri = Object.keys(Object.fromEntries(client.documents))[0]!;
    const diagnostics = client.latestDiagnostics(uri)!;
    const world = diagnostics.find((d) => d.code === 'shell/no-world')!;
    const actions = await client.codeActions(uri, world.range, [world]);
    assert.deepEqual(titles(actions), [
      'Say earth',
      'Disable shell/no-world for this line',
      'Disable shell/no-world for the entire file',
      'Show documentation for shell/no-world',
    ]);
    const since = client.diagnostics.length;
    await client.replaceText(uri, 'hello earth\n');
    const after = await client.waitForCurrentDiagnostics(uri, since);
    assert.deepEqual(after.diagnostics, []);
  });

  test('a request that fails inside a handler is an error response, not a crash', async () => {
    await assert.rejects(
      client.connection.sendRequest('harden/ruleDocs', { ruleId: 'shell/no-world' }),
      /not installed/,
    );
    await assert.rejects(
      client.connection.sendRequest('workspace/executeCommand', {
        command: 'harden.server.applyFileMode',
        arguments: [{}],
      }),
      /Invalid arguments/,
    );
    const uri = Object.keys(Object.fromEntries(client.documents))[0]!;
    assert.ok(
      Array.isArray(
        await client.codeActions(
          uri,
          { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          [],
        ),
      ),
    );
  });
});
