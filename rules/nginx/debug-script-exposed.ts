import { defineRule } from '../../server/src/engine/rule.ts';
import type { RelatedLocation } from '../../server/src/engine/types.ts';
import type { NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { blockHeadText } from '../../server/src/formats/nginx/conditions.ts';
import { effectiveConfig } from '../../server/src/formats/nginx/effective.ts';
import { debugScriptRuns } from '../../server/src/formats/nginx/semantics-debug-scripts.ts';
import { probedServers } from '../../server/src/formats/nginx/semantics-report-scope.ts';
import { reachesServer } from '../../server/src/formats/nginx/semantics-proxy-fronts.ts';
import { headRange } from '../../server/src/formats/nginx/semantics-tls-server.ts';

/** The first line of a file, for a related location that names the script itself. */
const FIRST_LINE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * A `phpinfo()` page or PHPUnit's `eval-stdin.php` (a release vulnerable to CVE-2017-9841) that
 * the workspace shows below a server's root, and that nginx passes to PHP: the first hands every
 * visitor the environment of the application (its secrets), the second runs any code POSTed to
 * it. Told by the script's content, never by its name alone; nothing of it is quoted.
 */
export const debugScriptExposed = defineRule<NginxFile>({
  meta: {
    id: 'nginx/debug-script-exposed',
    format: 'nginx',
    severity: 'error',
    title: 'phpinfo() pages and PHPUnit’s eval-stdin.php must not run on a public server',
    presets: ['recommended', 'strict'],
    messages: {
      evalStdin:
        'This server runs `{{uri}}`, PHPUnit’s eval-stdin.php from a release that evaluates the request body (CVE-2017-9841): `{{location}}` passes it to PHP, so anyone can run code on this server',
      phpinfo:
        'This server runs `{{uri}}`, a phpinfo() page: `{{location}}` passes it to PHP, and anyone can read the PHP configuration and the environment it prints (database URL, APP_SECRET, the keys passed to PHP)',
    },
    fixable: false,
    defaultOptions: {},
  },
  check(context) {
    const doc = context.document.path;
    const config = effectiveConfig(context.ast, doc, context.workspace);
    for (const server of probedServers(config, doc)) {
      for (const script of debugScriptRuns(server, context.workspace)) {
        if (!reachesServer(config, server, script.uri)) continue;
        const related: RelatedLocation[] = [
          {
            file: script.run.location.path,
            range: headRange(script.run.location.directive),
            message: 'the location that runs it',
          },
          { file: script.file, range: FIRST_LINE, message: 'the script' },
        ];
        context.report({
          messageId: script.kind,
          // A phpinfo page gives secrets away; eval-stdin.php gives the server away.
          ...(script.kind === 'phpinfo' ? { severity: 'warning' as const } : {}),
          data: { uri: script.uri, location: blockHeadText(script.run.location.directive) },
          range: headRange(server.directive),
          related,
        });
      }
    }
  },
});
