import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Format, getDirectives } from '@nginx/reference-lib';
import { referenceModuleText, type Descriptions } from '../../../../scripts/reference-lib-plugin.mjs';

// The bundles replace @nginx/reference-lib by a module generated from it (scripts/build.mjs):
// the tests run on the sources and the library, so this checks that the two agree.

interface Generated {
  Format: typeof Format;
  getDirectives: typeof getDirectives;
}

async function generated(descriptions: Descriptions): Promise<Generated> {
  const dir = mkdtempSync(join(tmpdir(), 'harden-reference-'));
  try {
    const file = join(dir, 'reference.mjs');
    writeFileSync(file, referenceModuleText(descriptions));
    return (await import(pathToFileURL(file).href)) as Generated;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const facts = (d: ReturnType<typeof getDirectives>[number]) => ({
  name: d.name,
  module: d.module,
  syntax: d.syntax,
  contexts: d.contexts,
  isBlock: d.isBlock,
  default: d.default,
});

test('the bundled reference gives every directive of the library, with the same facts', async () => {
  const library = getDirectives(Format.Markdown);
  for (const descriptions of ['lazy', 'omit'] as const) {
    const bundled = await generated(descriptions);
    assert.equal(bundled.Format.Markdown, Format.Markdown);
    const got = bundled.getDirectives(bundled.Format.Markdown);
    assert.equal(got.length, library.length);
    assert.ok(got.length > 900, `${got.length} directives`);
    assert.deepEqual(got.map(facts), library.map(facts));
  }
});

test("the language server's bundle has the library's descriptions", async () => {
  const library = getDirectives(Format.Markdown);
  const got = (await generated('lazy')).getDirectives(Format.Markdown);
  assert.deepEqual(
    got.map((d) => d.description),
    library.map((d) => d.description),
  );
  assert.match(got.find((d) => d.name === 'add_header')!.description, /inherited from the previous/);
});

test("the CLI's bundle has no descriptions, and says so when one is read", async () => {
  const got = (await generated('omit')).getDirectives(Format.Markdown);
  assert.throws(() => got[0]!.description, /not bundled/);
});

test('only the Markdown reference is bundled: asking for HTML is an error, not other text', async () => {
  const bundled = await generated('lazy');
  assert.throws(() => bundled.getDirectives(Format.HTML), /Markdown/);
  assert.throws(() => bundled.getDirectives(), /Markdown/);
});
