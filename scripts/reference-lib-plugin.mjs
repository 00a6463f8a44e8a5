// An esbuild plugin that bundles @nginx/reference-lib's data as JSON text instead of the
// library's module. The library is one 1.7 MB object literal (HTML and Markdown descriptions of
// every directive) that Node compiles and walks at every start: a third of the CLI's start-up on
// a small workspace. The engine reads only the Markdown reference, and only the name, module,
// contexts, block flag, default and syntax of each directive; descriptions are for hovers.
//
// The generated module has the library's API as the engine uses it (`Format`, `getDirectives`),
// built from the installed library at bundle time, so its data is the library's own. Tests run
// on the sources, with the library itself; test/unit/nginx-reference-bundle.test.ts checks that
// the generated module gives the same answers.
import { Format, getDirectives } from '@nginx/reference-lib';

/**
 * The generated module's text. `descriptions`: `'lazy'` keeps them as JSON text parsed on first
 * read (the language server's hovers); `'omit'` leaves them out, and reading one throws (the CLI
 * shows none).
 */
export function referenceModuleText(descriptions) {
  const directives = getDirectives(Format.Markdown);
  const facts = directives.map((d) => ({
    name: d.name,
    module: d.module,
    syntax: d.syntax,
    contexts: d.contexts,
    isBlock: d.isBlock,
    default: d.default,
  }));
  const lines = [
    `export const Format = ${JSON.stringify({ ...Format })};`,
    `const FACTS = ${JSON.stringify(JSON.stringify(facts))};`,
  ];
  if (descriptions === 'lazy') {
    lines.push(
      `const DESCRIPTIONS = ${JSON.stringify(JSON.stringify(directives.map((d) => d.description)))};`,
      'let descriptions;',
      'const describe = (i) => (descriptions ??= JSON.parse(DESCRIPTIONS))[i];',
    );
  } else {
    lines.push(
      'const describe = () => {',
      "  throw new Error('Directive descriptions are not bundled in this program (the language server has them).');",
      '};',
    );
  }
  lines.push(
    'export function getDirectives(format = Format.HTML) {',
    "  if (format !== Format.Markdown) throw new Error('Only the Markdown reference is bundled.');",
    '  return JSON.parse(FACTS).map((d, i) => ({',
    '    ...d,',
    '    get description() {',
    '      return describe(i);',
    '    },',
    '  }));',
    '}',
  );
  return lines.join('\n') + '\n';
}

/** The plugin: `import … from '@nginx/reference-lib'` gets the generated module. */
export function referenceLibPlugin({ descriptions }) {
  return {
    name: 'nginx-reference-as-json',
    setup(build) {
      build.onResolve({ filter: /^@nginx\/reference-lib$/ }, (args) => ({
        path: args.path,
        namespace: 'nginx-reference',
      }));
      build.onLoad({ filter: /.*/, namespace: 'nginx-reference' }, () => ({
        contents: referenceModuleText(descriptions),
        loader: 'js',
      }));
    },
  };
}
