import { defineRule } from '../../server/src/engine/rule.ts';
import type { NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { formatArg } from '../../server/src/formats/nginx/printer.ts';
import { fileDirectivesNamed } from '../../server/src/formats/nginx/semantics-node-index.ts';

interface Options {
  user: string;
}

/**
 * `user root;` runs the worker processes — the ones that parse requests and talk to PHP — as
 * root: any flaw in nginx, a module or a misrouted script then owns the machine. The master
 * process needs root to bind port 80/443 and read the keys; the workers never do. The
 * Chamilo and CiviCRM guides: never run the web server as root.
 */
export const runAsRoot = defineRule<NginxFile, Options>({
  meta: {
    id: 'nginx/run-as-root',
    format: 'nginx',
    severity: 'error',
    title: 'nginx worker processes must not run as root',
    presets: ['recommended', 'strict'],
    messages: {
      root: '`user {{user}}` runs the worker processes that handle requests as root: any flaw in nginx or a module gives full control of the machine',
    },
    fixable: true,
    defaultOptions: { user: 'www-data' },
    optionSchema: {
      user: {
        type: 'string',
        description:
          'The unprivileged user (optionally followed by a group) the fix writes, e.g. `www-data`, `nginx` or `nginx nginx`.',
      },
    },
  },
  check(context) {
    const file = context.document.path;
    const replacement = String(context.options.user ?? 'www-data')
      .trim()
      .split(/\s+/)
      .filter((part) => part.length > 0 && part !== 'root')
      .slice(0, 2);
    for (const directive of fileDirectivesNamed(context.ast, 'user')) {
      const [user, group] = directive.args;
      if (!user || user.value !== 'root') continue;
      const last = group ?? user;
      context.report({
        messageId: 'root',
        data: { user: directive.args.map((a) => a.value).join(' ') },
        range: directive.range,
        fix: () => {
          if (replacement.length === 0) return undefined;
          return {
            title: `Run the workers as \`${replacement.join(' ')}\``,
            kind: 'safe',
            edits: [
              {
                file,
                edits: [
                  {
                    range: { start: user.range.start, end: last.range.end },
                    newText: replacement.map(formatArg).join(' '),
                  },
                ],
              },
            ],
          };
        },
      });
    }
  },
});
