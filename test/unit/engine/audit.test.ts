import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_RULE_METAS, ALL_RULES } from '../../../rules/index.ts';
import { runAudit } from '../../../server/src/engine/audit.ts';
import { defaultConfig } from '../../../server/src/engine/config-types.ts';
import { Linter } from '../../../server/src/engine/linter.ts';
import { FORMATS } from '../../../server/src/formats/index.ts';
import { MemoryWorkspace } from '../../helpers/memory-workspace.ts';

const path = '/ws/etc/nginx/nginx.conf';
const text =
  'user www-data;\nevents {}\nhttp {\n    server {\n        listen 80;\n        root /srv;\n        autoindex on;\n    }\n}\n';

function audit(fixes: boolean | undefined) {
  return runAudit({
    root: '/ws',
    files: [path],
    config: defaultConfig(),
    workspace: new MemoryWorkspace('/ws', { [path]: text }),
    linter: new Linter(ALL_RULES, FORMATS),
    ruleMetas: ALL_RULE_METAS,
    version: 'test',
    fixes,
  });
}

test('an audit that wants fixes holds them computed, not the closures that would keep every tree alive', async () => {
  const report = await audit(undefined);
  const listing = report.files[0]!.findings.find((f) => f.ruleId === 'nginx/directory-listing');
  assert.ok(listing, 'autoindex on is reported');
  const descriptor = Object.getOwnPropertyDescriptor(listing, 'fix');
  assert.equal(descriptor?.get, undefined, 'the fix is a plain value after the audit');
  assert.equal(descriptor?.value?.edits[0]?.edits[0]?.newText, 'off');
});

test('an audit without fixes gives findings no fix', async () => {
  const report = await audit(false);
  assert.ok(report.files[0]!.findings.length > 0);
  assert.ok(report.files[0]!.findings.every((f) => f.fix === undefined));
});
