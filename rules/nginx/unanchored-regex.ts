import { defineRule } from '../../server/src/engine/rule.ts';
import { childrenOf, type Directive, type NginxFile } from '../../server/src/formats/nginx/ast.ts';
import type { RegexNode } from '../../server/src/formats/nginx/semantics-regex.ts';
import { isEndAnchored } from '../../server/src/formats/nginx/semantics-regex-shape.ts';
import {
  ANALYSED_PATTERN_LIMIT,
  regexUsages,
} from '../../server/src/formats/nginx/semantics-regex-sources.ts';

const ALNUM = /^[a-z0-9]$/i;

function literalChar(node: RegexNode): string | undefined {
  if (node.type !== 'char' || !node.literal) return undefined;
  const code = node.set.first();
  return code === undefined ? undefined : String.fromCharCode(code).toLowerCase();
}

function word(items: readonly RegexNode[]): string | undefined {
  let text = '';
  for (const item of items) {
    const c = literalChar(item);
    if (c === undefined || !ALNUM.test(c)) return undefined;
    text += c;
  }
  return text === '' ? undefined : text;
}

/** The extension a group of words stands for (`(php|phtml)` → `php`), or undefined. */
function extensionGroup(node: RegexNode | undefined): string | undefined {
  if (!node || node.type !== 'group' || (node.kind !== 'capture' && node.kind !== 'group')) return undefined;
  const branches = node.body.type === 'alt' ? node.body.branches : [node.body];
  const words = branches.map((b) => word(b.type === 'seq' ? b.items : [b]));
  return words.every((w) => w !== undefined) ? words[0] : undefined;
}

/** The extension the branch ends with (`\.php`, `\.(jpg|png)`, nothing after it), as `.php`; else undefined. */
function trailingExtension(branch: RegexNode): string | undefined {
  const items = branch.type === 'seq' ? branch.items : [branch];
  let k = items.length - 1;
  let extension = extensionGroup(items[k]);
  if (extension !== undefined) k--;
  else {
    const end = k + 1;
    while (k >= 0 && ALNUM.test(literalChar(items[k]!) ?? '')) k--;
    extension = word(items.slice(k + 1, end));
    if (extension === undefined) return undefined;
  }
  return k >= 0 && literalChar(items[k]!) === '.' ? `.${extension}` : undefined;
}

/** A location that only refuses (`deny all`, `return 403`): matching more URIs than written only refuses more. */
function onlyRefuses(location: Directive): boolean {
  return childrenOf(location).some(
    (d) =>
      (d.name === 'deny' && d.args[0]?.value === 'all') ||
      (d.name === 'return' && /^(4\d\d|5\d\d)$/.test(d.args[0]?.value ?? '')),
  );
}

/**
 * A regex location that ends with a file extension but not with `$`: `location ~ \.php` also
 * matches `/avatar.php.jpg` and `/x.phpinfo/…`, so a handler meant for one kind of file gets
 * others, and PCRE has to scan the whole URI for every try. Locations that only refuse
 * (`location ~ /\.ht { deny all; }`) are meant to be broad and are not reported. Gixy-ng
 * `unanchored_regex`.
 */
export const unanchoredRegex = defineRule<NginxFile>({
  meta: {
    id: 'nginx/unanchored-regex',
    format: 'nginx',
    severity: 'info',
    title: 'Regex locations that match an extension must end with `$`',
    presets: ['strict'],
    messages: {
      unanchored:
        '`{{pattern}}` is not anchored with `$`: it also matches URIs where the extension is followed by more text (`/file{{example}}.jpg`)',
    },
    fixable: false,
    defaultOptions: {},
  },
  check(context) {
    for (const use of regexUsages(context.ast)) {
      if (use.site !== 'location' || !use.parsed.root || use.pattern.length > ANALYSED_PATTERN_LIMIT)
        continue;
      if (onlyRefuses(use.directive)) continue;
      const root = use.parsed.root;
      const branches = root.type === 'alt' ? root.branches : [root];
      for (const branch of branches) {
        const extension = trailingExtension(branch);
        if (extension === undefined || isEndAnchored(branch)) continue;
        context.report({
          messageId: 'unanchored',
          data: { pattern: use.pattern, example: extension },
          range: use.arg.range,
        });
        break;
      }
    }
  },
});
