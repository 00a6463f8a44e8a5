import { OffsetMap } from './offset-map.ts';

export interface Span {
  start: number;
  end: number;
}

export interface CommandScan {
  /** The text with the backslash of every escaped `\$(…)` removed. */
  text: string;
  /** Absent when no backslash was removed. */
  map?: OffsetMap;
  /** `$(…)` that Symfony Dotenv would run through a shell, in `text`'s positions. */
  commands: Span[];
}

/**
 * For every `(` that opens a group Symfony's command pattern accepts, the index of its `)`.
 * The pattern wants at least one character at each level (`$()` and `$(a())` are not commands)
 * and balanced parentheses; one stack pass keeps this linear.
 */
function acceptedGroups(text: string): Map<number, number> {
  const accepted = new Map<number, number>();
  const stack: { open: number; childrenAccepted: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) stack.push({ open: i, childrenAccepted: true });
    else if (c === 41) {
      const group = stack.pop();
      if (!group) continue;
      const ok = group.childrenAccepted && i > group.open + 1;
      if (ok) accepted.set(group.open, i);
      const parent = stack[stack.length - 1];
      if (parent && !ok) parent.childrenAccepted = false;
    }
  }
  return accepted;
}

/**
 * Finds the command substitutions of a value. Harden never runs them: the caller keeps their
 * text as written and reports them. An escaped `\$(…)` is literal text for Symfony too, minus
 * the backslash.
 */
export function scanCommands(text: string): CommandScan {
  let at = text.indexOf('$(');
  if (at === -1) return { text, commands: [] };
  const map = new OffsetMap();
  const groups = acceptedGroups(text);
  const out: string[] = [];
  const commands: Span[] = [];
  let from = 0;
  let length = 0;
  while (at !== -1) {
    const close = groups.get(at + 1);
    if (close === undefined) {
      at = text.indexOf('$(', at + 1);
      continue;
    }
    const escaped = at > from && text.charCodeAt(at - 1) === 92;
    const start = escaped ? at - 1 : at;
    out.push(text.slice(from, start));
    length += start - from;
    if (escaped) {
      out.push(text.slice(at, close + 1));
      map.shrink(length + 1, 1);
      length += close + 1 - at;
    } else {
      out.push(text.slice(at, close + 1));
      commands.push({ start: length, end: length + close + 1 - at });
      length += close + 1 - at;
    }
    from = close + 1;
    at = text.indexOf('$(', from);
  }
  out.push(text.slice(from));
  return { text: out.join(''), map, commands };
}
