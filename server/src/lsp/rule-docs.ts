import fs from 'node:fs';
import nodePath from 'node:path';
import { ruleDocsUrl, type RuleMeta } from '../engine/rule.ts';
import type { RuleDocsResult } from '../shared/protocol.ts';
import { RequestFailure } from './request-guard.ts';

/**
 * A rule's documentation page, read from the `rules/` folder shipped beside the bundle
 * (`dist/server.js` → `../rules/<id>.md`; the .vsix ships `rules/**\/*.md`). The id must be a
 * known rule, so the request can never read any other file.
 */
export class RuleDocs {
  private readonly metas = new Map<string, RuleMeta>();

  constructor(
    ruleMetas: readonly RuleMeta[],
    /** Folders that may hold the pages, first match wins. */
    private readonly directories: readonly string[],
  ) {
    for (const meta of ruleMetas) this.metas.set(meta.id, meta);
  }

  get(ruleId: unknown): RuleDocsResult {
    if (typeof ruleId !== 'string') throw new RequestFailure('ruleId must be a string.');
    const meta = this.metas.get(ruleId);
    if (!meta) throw new RequestFailure(`Unknown rule: ${ruleId}.`);
    const relative = `${ruleId}.md`;
    for (const directory of this.directories) {
      const file = nodePath.join(directory, ...relative.split('/'));
      let markdown: string;
      try {
        markdown = fs.readFileSync(file, 'utf8');
      } catch {
        continue;
      }
      return { ruleId, title: meta.title, markdown, url: ruleDocsUrl(ruleId) };
    }
    throw new RequestFailure(
      `The documentation page of ${ruleId} is not installed; see ${ruleDocsUrl(ruleId)}.`,
    );
  }
}

/**
 * Where the pages are: `../rules` from the bundle in `dist/`, or the repository's `rules/` when
 * the server runs from its sources.
 */
export function ruleDocsDirectories(bundleDirectory: string): string[] {
  const candidates = [
    nodePath.resolve(bundleDirectory, '..', 'rules'),
    nodePath.resolve(bundleDirectory, '..', '..', 'rules'),
  ];
  return candidates.filter((dir) => fs.existsSync(dir));
}
