import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type Hover,
  type Position,
} from 'vscode-languageserver';
import type { Parsed } from '../engine/types.ts';
import type { NginxFile } from '../formats/nginx/ast.ts';
import { directiveCompletions, directiveHover } from '../formats/nginx/directive-docs.ts';

/** Hover on an nginx directive name: the official reference (description, syntax, default, contexts). */
export function nginxHover(parsed: Parsed, position: Position): Hover | null {
  const hover = directiveHover(parsed.ast as NginxFile, position);
  if (!hover) return null;
  return { contents: { kind: MarkupKind.Markdown, value: hover.markdown }, range: hover.range };
}

/** Completion of the directives allowed where the cursor is. */
export function nginxCompletions(parsed: Parsed, position: Position): CompletionItem[] {
  return directiveCompletions(parsed.ast as NginxFile, position).map((item) => ({
    label: item.label,
    kind: CompletionItemKind.Keyword,
    detail: item.detail,
    documentation: { kind: MarkupKind.Markdown, value: item.documentation },
    insertTextFormat: InsertTextFormat.PlainText,
  }));
}
