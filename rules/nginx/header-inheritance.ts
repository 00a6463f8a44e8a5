import { defineRule } from '../../server/src/engine/rule.ts';
import { blockHeadText } from '../../server/src/formats/nginx/conditions.ts';
import type { RelatedLocation } from '../../server/src/engine/types.ts';
import type { NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { effectiveConfig, type EffectiveNode } from '../../server/src/formats/nginx/effective.ts';
import { isInheritanceLevel } from '../../server/src/formats/nginx/headers.ts';
import {
  headerInsertion,
  mergeFileEdits,
} from '../../server/src/formats/nginx/semantics-header-insertion.ts';
import {
  declaresOwn,
  declaringLevels,
  implicitTopLevel,
  lostHeaders,
  SECURITY_HEADERS,
} from '../../server/src/formats/nginx/semantics-header-levels.ts';
import {
  contextualAnchor,
  placedInPlainHttp,
  placementKey,
  placementsIn,
  relatedFor,
  type Placed,
} from '../../server/src/formats/nginx/semantics-report-scope.ts';
import { copiedSources, headRange } from '../../server/src/formats/nginx/semantics-tls-server.ts';
import { locationsNeverChosen } from '../../server/src/formats/nginx/semantics-server-rewrites.ts';

/** Whether a level is (or is inside) a location of a server that never chooses one (`locationsNeverChosen`). */
function inDeadLocation(level: EffectiveNode): boolean {
  let inLocation = false;
  for (let n: EffectiveNode | undefined = level; n; n = n.parent) {
    if (n.name === 'location') inLocation = true;
    else if (n.name === 'server') return inLocation && locationsNeverChosen(n);
  }
  return false;
}

interface Options {
  headers: string[];
}

/**
 * nginx's `add_header` trap (Gixy `add_header_redefinition`): a level (`server`, `location`,
 * `if`) that declares any `add_header` inherits none from the outer levels, so a location that
 * adds `Cache-Control` silently stops sending the server's HSTS, CSP, X-Frame-Options…
 * Included snippets count where they are included: a location that re-includes the
 * security-headers snippet keeps them and is not reported.
 */
export const headerInheritance = defineRule<NginxFile, Options>({
  meta: {
    id: 'nginx/header-inheritance',
    format: 'nginx',
    severity: 'warning',
    title: 'A block that declares `add_header` must repeat the security headers it would inherit',
    presets: ['recommended', 'strict'],
    messages: {
      dropped:
        '`{{block}}` declares its own `add_header`, so nginx drops the outer {{headers}} for its responses (add_header is only inherited by levels that declare none)',
    },
    fixable: true,
    defaultOptions: { headers: [...SECURITY_HEADERS] },
    optionSchema: {
      headers: {
        type: 'array',
        items: { type: 'string', description: 'A header name.' },
        description: 'Headers whose loss is reported (case-insensitive).',
      },
    },
  },
  check(context) {
    const doc = context.document.path;
    const watched = new Set(context.options.headers.map((h) => h.toLowerCase()));
    const config = effectiveConfig(context.ast, doc, context.workspace);
    const readText = (p: string) => (p === doc ? context.document.text : context.workspace.readText(p));
    // A snippet's block placed in several servers is one finding: the headers any placement loses.
    const reported = new Set<string>();
    const lossOf = ({ node: level, config: levelConfig }: Placed) => {
      const top = implicitTopLevel(levelConfig, context.workspace);
      return { level, top, lost: lostHeaders(level, top, watched) };
    };
    const visit = (placements: readonly Placed[]): void => {
      const first = placements[0]!.node;
      if (first.directive.kind !== 'block') return;
      if (!isInheritanceLevel(first) || first.name === 'http' || !declaresOwn(first)) return;
      const losses = placements.map(lossOf).filter((loss) => loss.lost.length > 0);
      const shown = losses[0];
      if (!shown) return;
      const { level, top, lost } = shown;
      const anchor = contextualAnchor(level, doc, context.workspace);
      const key = placementKey(level);
      if (!anchor || reported.has(key)) return;
      reported.add(key);
      const names = [...new Set(losses.flatMap((loss) => loss.lost.map((e) => e.name)))];
      const related: RelatedLocation[] = [
        ...relatedFor(level, doc, `${level.name} declared here`),
        ...losses.flatMap((loss) =>
          loss.lost.map((e) => ({
            file: e.node.path,
            range: e.node.directive.range,
            message: `${e.name} is declared here, at an outer level`,
          })),
        ),
      ];
      context.report({
        messageId: 'dropped',
        data: {
          block: blockHeadText(level.directive),
          headers: names.map((name) => `\`${name}\``).join(', '),
        },
        range: headRange(level.path === doc ? level.directive : anchor),
        related,
        fix: () => {
          const hsts = names.some((name) => name.toLowerCase() === 'strict-transport-security');
          if (hsts && placedInPlainHttp(level, context.workspace)) return undefined;
          const lines = copiedSources(lost.map((e) => e.node.directive));
          if (!lines) return undefined;
          // Placements that lose other headers, or other values, need them by hand: one copy
          // written into the snippet would send one server's values from the others.
          const same = (loss: (typeof losses)[number]) =>
            copiedSources(loss.lost.map((e) => e.node.directive))?.join('\n') === lines.join('\n');
          // A placement that loses nothing would start sending them too.
          if (losses.length !== placements.length || !losses.every(same)) return undefined;
          const edits = mergeFileEdits([headerInsertion({ level, lines, top, readText })]);
          if (edits.length === 0) return undefined;
          return {
            title: `Repeat ${lost.map((e) => e.name).join(', ')} in this ${level.name}`,
            kind: 'safe',
            edits,
          };
        },
      });
    };
    for (const level of declaringLevels(config)) {
      // A location of a server whose top-level `return` answers every request never runs.
      const placements = placementsIn(config, level, doc, context.workspace).filter(
        ({ node }) => !inDeadLocation(node),
      );
      if (placements.length > 0) visit(placements);
    }
  },
});
