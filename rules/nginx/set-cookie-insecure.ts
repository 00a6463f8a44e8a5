import { defineRule } from '../../server/src/engine/rule.ts';
import type { Fix } from '../../server/src/engine/types.ts';
import type { Arg, Directive, NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { formatArg } from '../../server/src/formats/nginx/printer.ts';
import {
  disabledPhpCookieSettings,
  fixedProxyCookieFlags,
  missingSetCookieFlags,
  proxyCookieFlagsProblem,
  withSetCookieFlags,
} from '../../server/src/formats/nginx/semantics-cookie-flags.ts';
import { fileDirectivesNamed } from '../../server/src/formats/nginx/semantics-node-index.ts';

function replaceArg(file: string, arg: Arg, value: string, title: string): Fix {
  return { title, kind: 'safe', edits: [{ file, edits: [{ range: arg.range, newText: formatArg(value) }] }] };
}

/** Arguments after the cookie name, as written. */
function flagArgs(directive: Directive): Arg[] {
  return directive.args.slice(1);
}

/**
 * Cookies nginx sets or rewrites without their protections: `add_header Set-Cookie` without
 * Secure/HttpOnly/SameSite, `proxy_cookie_flags` that turns them off or leaves some out, and PHP
 * session cookie settings (`fastcgi_param PHP_VALUE "session.cookie_secure=0"`) that disable them.
 */
export const setCookieInsecure = defineRule<NginxFile>({
  meta: {
    id: 'nginx/set-cookie-insecure',
    format: 'nginx',
    severity: 'warning',
    title: 'Cookies set through nginx must be Secure, HttpOnly and SameSite',
    presets: ['recommended', 'strict'],
    messages: {
      setCookie:
        '`add_header Set-Cookie` sends a cookie without {{flags}}: it can leak over plain HTTP, to scripts or to cross-site requests',
      proxyFlags:
        "`proxy_cookie_flags {{cookie}}` {{problem}}: the application's cookies keep or lose their protection",
      phpValue:
        "`fastcgi_param {{param}}` turns off PHP's session cookie {{flags}} protection: the session cookie can leak or be replayed",
    },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const file = context.document.path;
    for (const directive of fileDirectivesNamed(context.ast, 'add_header')) {
      const [name, value] = directive.args;
      if (!name || !value || name.value.toLowerCase() !== 'set-cookie') continue;
      if (/^\$\{?\w+\}?$/.test(value.value.trim()) || value.value === '') continue;
      const missing = missingSetCookieFlags(value.value);
      if (missing.length === 0) continue;
      context.report({
        messageId: 'setCookie',
        data: { flags: missing.join(', ') },
        range: value.range,
        fix: () =>
          replaceArg(file, value, withSetCookieFlags(value.value, missing), `Add ${missing.join(', ')}`),
      });
    }

    for (const directive of fileDirectivesNamed(context.ast, 'proxy_cookie_flags')) {
      const cookie = directive.args[0];
      if (!cookie || cookie.value === 'off') continue;
      const args = flagArgs(directive);
      const problem = proxyCookieFlagsProblem(args.map((a) => a.value));
      if (!problem) continue;
      const parts: string[] = [];
      if (problem.disabling.length > 0) parts.push(`turns off ${problem.disabling.join(', ')}`);
      if (problem.missing.length > 0) parts.push(`does not add ${problem.missing.join(', ')}`);
      context.report({
        messageId: 'proxyFlags',
        data: { cookie: cookie.value, problem: parts.join(' and ') },
        range: directive.range,
        fix: () => {
          // Without its `;` (or with a quote left open) the directive has no end to rewrite up to.
          if (!directive.terminated) return undefined;
          const flags = fixedProxyCookieFlags(
            args.map((a) => a.value),
            problem,
          );
          // Kept flags are written as they were (a quoted one may hold a `;`), new ones bare.
          const written = new Map(args.map((a) => [a.value, a.raw]));
          const text = flags.map((flag) => written.get(flag) ?? formatArg(flag)).join(' ');
          const last = args[args.length - 1];
          const start = args[0]?.range.start ?? cookie.range.end;
          const end = last?.range.end ?? cookie.range.end;
          const newText = `${args.length === 0 ? ' ' : ''}${text}`;
          return {
            title: `Set ${text}`,
            kind: 'safe',
            edits: [{ file, edits: [{ range: { start, end }, newText }] }],
          };
        },
      });
    }

    for (const directive of fileDirectivesNamed(context.ast, 'fastcgi_param')) {
      const [param, value] = directive.args;
      if (!param || !value || !/^PHP_(ADMIN_)?VALUE$/i.test(param.value)) continue;
      const settings = disabledPhpCookieSettings(value.value);
      if (settings.length === 0) continue;
      context.report({
        messageId: 'phpValue',
        data: { param: param.value, flags: settings.map((s) => s.flag).join(', ') },
        range: value.range,
        fix: () => {
          let text = value.value;
          for (const s of [...settings].reverse())
            text = text.slice(0, s.start) + s.replacement + text.slice(s.end);
          return replaceArg(file, value, text, 'Turn the session cookie protections back on');
        },
      });
    }
  },
});
