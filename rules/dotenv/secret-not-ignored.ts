import { LineIndex } from '../../server/src/engine/line-index.ts';
import { defineRule } from '../../server/src/engine/rule.ts';
import type { Fix } from '../../server/src/engine/types.ts';
import type { DotenvFile } from '../../server/src/formats/dotenv/ast.ts';
import { documentView } from '../../server/src/formats/dotenv/semantics/document-view.ts';
import { isUncommittableEnvFileName } from '../../server/src/formats/dotenv/semantics/env-files.ts';
import { gitWorkTreeOf, isIgnoredByGit } from '../../server/src/formats/dotenv/semantics/git-ignored.ts';
import { disclosesSecret } from '../../server/src/formats/dotenv/semantics/secrets.ts';

/** A `.gitignore` pattern that matches exactly this path (relative to the work tree). */
function anchoredPattern(relative: string): string {
  return '/' + relative.replace(/[\\*?[\]!#]/g, (c) => `\\${c}`);
}

/**
 * `.env.local`, `.env.<env>.local` or a production env file inside a git work tree that the
 * `.gitignore` files do not ignore: one `git add .` and the server's secrets are in the history
 * (Symfony's own `.gitignore` lists `/.env.local`, `/.env.local.php`, `/.env.*.local`).
 * `.env.prod`/`.env.production` are committed defaults in Symfony's scheme, so they are reported
 * only when they hold a secret. Git itself is never run: a file that is ignored but already
 * tracked is not detected.
 */
export const secretNotIgnored = defineRule<DotenvFile>({
  meta: {
    id: 'dotenv/secret-not-ignored',
    format: 'dotenv',
    severity: 'warning',
    title: 'Local and production env files must be ignored by git',
    presets: ['recommended', 'strict'],
    messages: {
      local:
        "{{file}} is not ignored by git: it holds this machine's values and would be committed with them; add it to .gitignore",
      production:
        '{{file}} holds secrets and is not ignored by git: add it to .gitignore and keep it out of the repository',
    },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const path = context.document.path;
    const kind = isUncommittableEnvFileName(path);
    if (!kind) return;
    if (kind === 'production') {
      const secret = context.ast.entries.some((e) =>
        disclosesSecret(e.key, e.literalValue, e.references.length > 0),
      );
      if (!secret) return;
    }
    const workspace = context.workspace;
    const workTree = gitWorkTreeOf(path, workspace);
    if (workTree === undefined) return;
    const top = workTree === '/' ? '' : workTree;
    const relative = path.slice(top.length + 1);
    if (isIgnoredByGit(relative, workTree, workspace)) return;
    const { index } = documentView(context.ast, context.document.text);
    const range = index.range(0, index.lineEnd(0));
    const gitignorePath = `${top}/.gitignore`;
    const pattern = anchoredPattern(relative);
    const fix = (): Fix | undefined => {
      // Text edits cannot create a file: without a top-level .gitignore there is nothing to edit.
      const gitignore = workspace.readText(gitignorePath);
      if (gitignore === undefined || !isIgnoredByGit(relative, workTree, workspace, pattern))
        return undefined;
      const gitignoreIndex = new LineIndex(gitignore);
      const separator = gitignore === '' || gitignore.endsWith('\n') ? '' : gitignoreIndex.eol;
      const end = gitignoreIndex.positionAt(gitignore.length);
      return {
        title: `Add ${pattern} to ${relativeGitignore(workspace.root, gitignorePath)}`,
        kind: 'safe',
        edits: [
          {
            file: gitignorePath,
            edits: [{ range: { start: end, end }, newText: `${separator}${pattern}${gitignoreIndex.eol}` }],
          },
        ],
      };
    };
    context.report({ messageId: kind, data: { file: relative }, range, fix });
  },
});

function relativeGitignore(root: string | undefined, path: string): string {
  return root && path.startsWith(root + '/') ? path.slice(root.length + 1) : path;
}
