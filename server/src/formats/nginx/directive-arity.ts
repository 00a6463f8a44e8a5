import type { DirectiveInfo } from './directives.ts';

/** How many arguments a syntax line takes: `max` is Infinity after `...`. */
export interface Arity {
  min: number;
  max: number;
}

/**
 * The argument counts a documented syntax line allows, read from its Markdown
 * (`*`file`* | *`mask`*`, `*`code`* [*`text`*]`, `*`name`* ...`, `[`SSLv2`] [`SSLv3`]`): a
 * word outside brackets is one required argument (words joined by `|` are one), a bracketed
 * group is one optional argument, `...` repeats the one before it, `{...}` is the block.
 * A condition in parentheses (`if`) can span any number of tokens: unbounded.
 */
export function syntaxArity(syntax: string): Arity {
  const text = syntax.replace(/`\{\.\.\.\}`/g, ' ').replace(/[`*]/g, '');
  let min = 0;
  let max = 0;
  let depth = 0;
  let word = false;
  let joined = false;
  const endWord = () => {
    if (!word) return;
    word = false;
    if (joined) {
      joined = false;
      return;
    }
    min++;
    max++;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '(') return { min: 1, max: Infinity };
    if (depth === 0 && text.startsWith('...', i)) {
      endWord();
      max = Infinity;
      i += 2;
      continue;
    }
    if (c === '[') {
      if (depth === 0) {
        endWord();
        max++;
      }
      depth++;
    } else if (c === ']') {
      depth = Math.max(0, depth - 1);
    } else if (depth > 0) {
      continue;
    } else if (c === '|') {
      // `a | b`: the next word is the same argument as the one before.
      endWord();
      joined = true;
    } else if (c === ' ' || c === '\t') {
      endWord();
    } else {
      word = true;
    }
  }
  endWord();
  return { min, max };
}

/** Whether some documented form of the directive takes `count` arguments. */
export function acceptsArgumentCount(info: DirectiveInfo, count: number): boolean {
  return info.variants.some((variant) =>
    (variant.syntax.length > 0 ? variant.syntax : ['']).some((line) => {
      const { min, max } = syntaxArity(line);
      return count >= min && count <= max;
    }),
  );
}
