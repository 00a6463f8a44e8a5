import { oneLine } from './audit-report.ts';

/**
 * Plain text made inert inside a Markdown paragraph or table cell (CommonMark + GitHub): no
 * emphasis, code span, link, raw HTML, strikethrough, math or cell break can come out of a
 * rule message or a file name. `&`, `<` and `>` become entities, which every renderer decodes;
 * the rest get a backslash, which CommonMark allows before any ASCII punctuation. An underscore
 * between two letters or digits can neither open nor close emphasis, so it stays readable.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text).replace(/[\\`*[\]|~$&<>]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, (char) => {
    if (char === '&') return '&amp;';
    if (char === '<') return '&lt;';
    if (char === '>') return '&gt;';
    return `\\${char}`;
  });
}

/**
 * Like `escapeMarkdown`, but the message's own `code` spans stay code spans (rule messages quote
 * directives that way). A code span's content is literal in Markdown, so only the table-cell
 * separator needs escaping inside it (GitHub splits cells before it parses code spans).
 */
export function markdownInline(text: string): string {
  const line = oneLine(text);
  const out: string[] = [];
  let last = 0;
  for (const match of line.matchAll(/`([^`]+)`/g)) {
    out.push(escapeMarkdown(line.slice(last, match.index)), `\`${match[1]!.replace(/\|/g, '\\|')}\``);
    last = match.index + match[0].length;
  }
  out.push(escapeMarkdown(line.slice(last)));
  return out.join('');
}

/** A link target Markdown cannot misread: only http(s) URLs, with the characters that end a destination encoded. */
export function markdownUrl(url: string): string {
  if (!/^https?:\/\//i.test(url)) return '#';
  return url.replace(
    /[\s()<>[\]\\`]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}
