import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** A regular expression written in the source: a literal, or `new RegExp('…', '…')` with constant arguments. */
export interface SourceRegex {
  file: string;
  line: number;
  source: string;
  flags: string;
  kind: 'literal' | 'constructor';
}

export interface RegexScan {
  regexes: SourceRegex[];
  /** `new RegExp(…)` calls whose pattern is computed: listed, checked elsewhere (by the fuzz properties). */
  dynamic: { file: string; line: number; text: string }[];
}

export function sourceFiles(root: string): string[] {
  const out: string[] = [];
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (
        entry.name.endsWith('.ts') &&
        !entry.name.endsWith('.test.ts') &&
        !entry.name.endsWith('.d.ts')
      )
        out.push(full);
    }
  };
  visit(root);
  return out.sort();
}

function constantString(node: ts.Expression | undefined): string | undefined {
  if (node === undefined) return '';
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  return undefined;
}

/** Every regex of a TypeScript file, found with TypeScript's own parser (no guessing with a regex). */
export function scanFile(file: string, relativeTo: string): RegexScan {
  const text = fs.readFileSync(file, 'utf8');
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const name = path.relative(relativeTo, file);
  const regexes: SourceRegex[] = [];
  const dynamic: RegexScan['dynamic'] = [];
  const lineOf = (node: ts.Node) =>
    sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(sourceFile);
      const slash = literal.lastIndexOf('/');
      regexes.push({
        file: name,
        line: lineOf(node),
        source: literal.slice(1, slash),
        flags: literal.slice(slash + 1),
        kind: 'literal',
      });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      const [pattern, flags] = node.arguments ?? [];
      const source = constantString(pattern);
      const flagText = constantString(flags);
      if (pattern !== undefined && source !== undefined && flagText !== undefined) {
        regexes.push({ file: name, line: lineOf(node), source, flags: flagText, kind: 'constructor' });
      } else {
        dynamic.push({ file: name, line: lineOf(node), text: node.getText(sourceFile).slice(0, 120) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return { regexes, dynamic };
}
