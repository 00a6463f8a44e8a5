import { defineRule } from '../../server/src/engine/rule.ts';
import type { Range } from '../../server/src/engine/types.ts';
import type { NginxFile } from '../../server/src/formats/nginx/ast.ts';
import {
  effectiveConfig,
  walkEffective,
  type EffectiveNode,
} from '../../server/src/formats/nginx/effective.ts';
import { isMainConfig } from '../../server/src/formats/nginx/includes.ts';

interface Options {
  nginxVersion: string;
  ignore: string[];
}

/** A configuration feature an advisory needs; `core` applies to every server. */
type Feature =
  | 'core'
  | 'http2'
  | 'http3'
  | 'spdy'
  | 'mp4'
  | 'resolver'
  | 'ssl'
  | 'ssl-client-certificates'
  | 'ocsp-resolver'
  | 'stream-ocsp'
  | 'mail'
  | 'proxy'
  | 'proxy-ssl'
  | 'proxy-http2'
  | 'grpc-or-proxy-http2'
  | 'dav'
  | 'charset'
  | 'scgi-uwsgi'
  | 'rewrite'
  | 'map-regex'
  | 'slice'
  | 'ssi';

/**
 * nginx's security advisories since 2013, offline: [CVE, what, advisory severity, vulnerable
 * versions, versions that are not ("1.27.4+" = that version and later of its branch; the
 * highest one also covers every later branch), the feature it needs]. Ranges are those of
 * nginx.org/en/security_advisories.html as of nginx 1.31.3/1.30.4 (July 2026), except
 * CVE-2023-44487, which nginx.org does not list: its range is F5's (K000137106).
 */
const ADVISORIES: readonly (readonly [string, string, string, string, string, Feature])[] = [
  [
    'CVE-2026-42533',
    'buffer overflow with map and regex',
    'major',
    '0.9.6-1.31.2',
    '1.31.3+, 1.30.4+',
    'map-regex',
  ],
  [
    'CVE-2026-60005',
    'memory disclosure in the slice module',
    'medium',
    '1.15.8-1.31.2',
    '1.31.3+, 1.30.4+',
    'slice',
  ],
  [
    'CVE-2026-56434',
    'use-after-free in the SSI module',
    'medium',
    '0.8.11-1.31.2',
    '1.31.3+, 1.30.4+',
    'ssi',
  ],
  ['CVE-2026-42530', 'use-after-free in HTTP/3', 'major', '1.31.0-1.31.1', '1.31.2+', 'http3'],
  [
    'CVE-2026-42055',
    'buffer overflow in the gRPC and HTTP/2 proxy modules',
    'medium',
    '1.13.10-1.31.1',
    '1.31.2+, 1.30.3+',
    'grpc-or-proxy-http2',
  ],
  [
    'CVE-2026-48142',
    'buffer over-read in the charset module',
    'low',
    '0.3.50-1.31.1',
    '1.31.2+, 1.30.3+',
    'charset',
  ],
  [
    'CVE-2026-9256',
    'buffer overflow in the rewrite module',
    'medium',
    '0.1.17-1.31.0',
    '1.31.1+, 1.30.2+',
    'rewrite',
  ],
  [
    'CVE-2026-42926',
    'HTTP/2 request injection in the proxy module',
    'medium',
    '1.29.4-1.30.0',
    '1.31.0+, 1.30.1+',
    'proxy-http2',
  ],
  [
    'CVE-2026-42945',
    'buffer overflow in the rewrite module',
    'medium',
    '0.6.27-1.30.0',
    '1.31.0+, 1.30.1+',
    'rewrite',
  ],
  [
    'CVE-2026-42946',
    'buffer over-read in the SCGI and uwsgi modules',
    'medium',
    '0.8.42-1.30.0',
    '1.31.0+, 1.30.1+',
    'scgi-uwsgi',
  ],
  [
    'CVE-2026-42934',
    'buffer over-read in the charset module',
    'low',
    '0.3.50-1.30.0',
    '1.31.0+, 1.30.1+',
    'charset',
  ],
  ['CVE-2026-40460', 'address spoofing in HTTP/3', 'medium', '1.25.0-1.30.0', '1.31.0+, 1.30.1+', 'http3'],
  [
    'CVE-2026-40701',
    'use-after-free in the resolver with OCSP',
    'medium',
    '1.19.0-1.30.0',
    '1.31.0+, 1.30.1+',
    'ocsp-resolver',
  ],
  [
    'CVE-2026-27654',
    'buffer overflow in the WebDAV module',
    'medium',
    '0.5.13-1.29.6',
    '1.29.7+, 1.28.3+',
    'dav',
  ],
  [
    'CVE-2026-27784',
    'buffer overflow in the mp4 module',
    'medium',
    '1.1.19-1.29.6',
    '1.29.7+, 1.28.3+',
    'mp4',
  ],
  [
    'CVE-2026-32647',
    'buffer overflow in the mp4 module',
    'medium',
    '1.1.19-1.29.6',
    '1.29.7+, 1.28.3+',
    'mp4',
  ],
  [
    'CVE-2026-27651',
    'NULL pointer dereference in mail CRAM-MD5/APOP authentication',
    'low',
    '0.5.15-1.29.6',
    '1.29.7+, 1.28.3+',
    'mail',
  ],
  [
    'CVE-2026-28753',
    'injection in mail auth_http and XCLIENT',
    'medium',
    '0.6.27-1.29.6',
    '1.29.7+, 1.28.3+',
    'mail',
  ],
  [
    'CVE-2026-28755',
    'OCSP result bypass in stream',
    'medium',
    '1.27.2-1.29.6',
    '1.29.7+, 1.28.3+',
    'stream-ocsp',
  ],
  [
    'CVE-2026-1642',
    'injection in SSL connections to upstreams',
    'medium',
    '1.3.0-1.29.4',
    '1.29.5+, 1.28.2+',
    'proxy-ssl',
  ],
  ['CVE-2025-53859', 'buffer over-read in the mail SMTP module', 'low', '0.7.22-1.29.0', '1.29.1+', 'mail'],
  [
    'CVE-2025-23419',
    'TLS session reuse across virtual servers bypasses client certificates',
    'medium',
    '1.11.4-1.27.3',
    '1.27.4+, 1.26.3+',
    'ssl-client-certificates',
  ],
  ['CVE-2024-7347', 'buffer over-read in the mp4 module', 'low', '1.5.13-1.27.0', '1.27.1+, 1.26.2+', 'mp4'],
  [
    'CVE-2024-32760',
    'buffer overwrite in HTTP/3',
    'medium',
    '1.25.0-1.25.5, 1.26.0',
    '1.27.0+, 1.26.1+',
    'http3',
  ],
  [
    'CVE-2024-31079',
    'stack overflow and use-after-free in HTTP/3',
    'medium',
    '1.25.0-1.25.5, 1.26.0',
    '1.27.0+, 1.26.1+',
    'http3',
  ],
  [
    'CVE-2024-35200',
    'NULL pointer dereference in HTTP/3',
    'medium',
    '1.25.0-1.25.5, 1.26.0',
    '1.27.0+, 1.26.1+',
    'http3',
  ],
  [
    'CVE-2024-34161',
    'memory disclosure in HTTP/3',
    'medium',
    '1.25.0-1.25.5, 1.26.0',
    '1.27.0+, 1.26.1+',
    'http3',
  ],
  ['CVE-2024-24989', 'NULL pointer dereference in HTTP/3', 'major', '1.25.3', '1.25.4+', 'http3'],
  ['CVE-2024-24990', 'use-after-free in HTTP/3', 'major', '1.25.0-1.25.3', '1.25.4+', 'http3'],
  ['CVE-2023-44487', 'HTTP/2 rapid reset denial of service', 'medium', '1.9.5-1.25.2', '1.25.3+', 'http2'],
  [
    'CVE-2022-41741',
    'memory corruption in the mp4 module',
    'medium',
    '1.1.3-1.23.1, 1.0.7-1.0.15',
    '1.23.2+, 1.22.1+',
    'mp4',
  ],
  [
    'CVE-2022-41742',
    'memory disclosure in the mp4 module',
    'medium',
    '1.1.3-1.23.1, 1.0.7-1.0.15',
    '1.23.2+, 1.22.1+',
    'mp4',
  ],
  [
    'CVE-2021-23017',
    'one-byte memory overwrite in the resolver',
    'medium',
    '0.6.18-1.20.0',
    '1.21.0+, 1.20.1+',
    'resolver',
  ],
  [
    'CVE-2019-9511',
    'HTTP/2 excessive CPU use with small window updates',
    'medium',
    '1.9.5-1.17.2',
    '1.17.3+, 1.16.1+',
    'http2',
  ],
  [
    'CVE-2019-9513',
    'HTTP/2 excessive CPU use with priority changes',
    'low',
    '1.9.5-1.17.2',
    '1.17.3+, 1.16.1+',
    'http2',
  ],
  [
    'CVE-2019-9516',
    'HTTP/2 excessive memory use with zero-length headers',
    'low',
    '1.9.5-1.17.2',
    '1.17.3+, 1.16.1+',
    'http2',
  ],
  ['CVE-2018-16843', 'HTTP/2 excessive memory use', 'low', '1.9.5-1.15.5', '1.15.6+, 1.14.1+', 'http2'],
  ['CVE-2018-16844', 'HTTP/2 excessive CPU use', 'low', '1.9.5-1.15.5', '1.15.6+, 1.14.1+', 'http2'],
  [
    'CVE-2018-16845',
    'memory disclosure in the mp4 module',
    'medium',
    '1.1.3-1.15.5, 1.0.7-1.0.15',
    '1.15.6+, 1.14.1+',
    'mp4',
  ],
  [
    'CVE-2017-7529',
    'integer overflow in the range filter',
    'medium',
    '0.5.6-1.13.2',
    '1.13.3+, 1.12.1+',
    'core',
  ],
  [
    'CVE-2016-4450',
    'NULL pointer dereference while writing a request body',
    'medium',
    '1.3.9-1.11.0',
    '1.11.1+, 1.10.1+',
    'core',
  ],
  [
    'CVE-2016-0742',
    'invalid pointer dereference in the resolver',
    'medium',
    '0.6.18-1.9.9',
    '1.9.10+, 1.8.1+',
    'resolver',
  ],
  [
    'CVE-2016-0746',
    'use-after-free in the resolver (CNAME)',
    'medium',
    '0.6.18-1.9.9',
    '1.9.10+, 1.8.1+',
    'resolver',
  ],
  [
    'CVE-2016-0747',
    'unlimited CNAME resolution in the resolver',
    'medium',
    '0.6.18-1.9.9',
    '1.9.10+, 1.8.1+',
    'resolver',
  ],
  [
    'CVE-2014-3616',
    'TLS session reuse across virtual servers',
    'medium',
    '0.5.6-1.7.4',
    '1.7.5+, 1.6.2+',
    'ssl',
  ],
  ['CVE-2014-3556', 'STARTTLS command injection in mail', 'medium', '1.5.6-1.7.3', '1.7.4+, 1.6.1+', 'mail'],
  ['CVE-2014-0133', 'SPDY heap buffer overflow', 'major', '1.3.15-1.5.11', '1.5.12+, 1.4.7+', 'spdy'],
  ['CVE-2014-0088', 'SPDY memory corruption', 'major', '1.5.10', '1.5.11+', 'spdy'],
  [
    'CVE-2013-4547',
    'request line parsing (space in URI) bypasses access rules',
    'medium',
    '0.8.41-1.5.6',
    '1.5.7+, 1.4.4+',
    'core',
  ],
  [
    'CVE-2013-2070',
    'memory disclosure with crafted backend responses',
    'medium',
    '1.1.4-1.2.8, 1.3.9-1.4.0',
    '1.5.0+, 1.4.1+, 1.2.9+',
    'proxy',
  ],
  [
    'CVE-2013-2028',
    'stack buffer overflow with chunked requests',
    'major',
    '1.3.9-1.4.0',
    '1.5.0+, 1.4.1+',
    'core',
  ],
];

type Version = [number, number, number];

function parseVersion(text: string): Version | undefined {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(text.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** Whether `version` is in the advisory's ranges and not in one of its fixed branches. */
export function isAffected(version: Version, vulnerable: string, fixed: string): boolean {
  const inRange = vulnerable.split(',').some((part) => {
    const [from, to] = part.trim().split('-');
    const low = parseVersion(from!);
    const high = parseVersion(to ?? from!);
    return (
      low !== undefined && high !== undefined && compare(version, low) >= 0 && compare(version, high) <= 0
    );
  });
  if (!inRange) return false;
  const fixes: Version[] = [];
  for (const part of fixed.split(',')) {
    const v = parseVersion(part.replace('+', ''));
    if (v) fixes.push(v);
  }
  const newest = fixes.reduce<Version | undefined>((m, v) => (!m || compare(v, m) > 0 ? v : m), undefined);
  if (newest && compare(version, newest) >= 0) return false;
  return !fixes.some((f) => f[0] === version[0] && f[1] === version[1] && compare(version, f) >= 0);
}

const VERSION_IN_COMMENT = /^\s*#.*?\bnginx(?:\s+version:\s*nginx)?\/(\d+\.\d+\.\d+)\b/i;

/** `# nginx/1.18.0` or `# nginx version: nginx/1.18.0` among the comment lines that open the file. */
function versionComment(text: string): { version: string; range: Range } | undefined {
  // Lines as an editor counts them (LF, CRLF or a lone CR), for the range; the head is enough.
  const lines = text.slice(0, 16_384).split(/\r\n|\r|\n/, 60);
  for (let line = 0; line < lines.length; line++) {
    const content = lines[line]!;
    if (content.trim() === '') continue;
    if (!content.trimStart().startsWith('#')) return undefined;
    const m = VERSION_IN_COMMENT.exec(content);
    if (m) {
      const at = content.indexOf(m[1]!);
      return {
        version: m[1]!,
        range: { start: { line, character: at }, end: { line, character: at + m[1]!.length } },
      };
    }
  }
  return undefined;
}

const FEATURE_DIRECTIVES = new Set([
  'listen',
  'http2',
  'http3',
  'ssl_certificate',
  'ssl_verify_client',
  'ssl_stapling',
  'ssl_ocsp',
  'resolver',
  'mp4',
  'mail',
  'proxy_pass',
  'proxy_http_version',
  'grpc_pass',
  'dav_methods',
  'charset',
  'source_charset',
  'scgi_pass',
  'uwsgi_pass',
  'rewrite',
  'map',
  'slice',
  'ssi',
]);

/** The first directive that uses each feature, in the configuration as nginx reads it. */
function featuresOf(nodes: readonly EffectiveNode[]): Map<Feature, EffectiveNode> {
  const found = new Map<Feature, EffectiveNode>();
  let resolver: EffectiveNode | undefined;
  let ocsp: EffectiveNode | undefined;
  const note = (feature: Feature, node: EffectiveNode): void => {
    if (!found.has(feature)) found.set(feature, node);
  };
  walkEffective(nodes, (node) => {
    if (!FEATURE_DIRECTIVES.has(node.name)) return undefined;
    const args = node.args.map((a) => a.value);
    const inStream = () => node.enclosingNames().includes('stream');
    switch (node.name) {
      case 'listen':
        if (args.includes('http2')) note('http2', node);
        if (args.includes('quic')) note('http3', node);
        if (args.includes('spdy')) note('spdy', node);
        if (args.includes('ssl')) note('ssl', node);
        break;
      case 'http2':
        if (args[0] === 'on') note('http2', node);
        break;
      case 'http3':
        if (args[0] === 'on') note('http3', node);
        break;
      case 'ssl_certificate':
        note('ssl', node);
        break;
      case 'ssl_verify_client':
        if (args[0] !== 'off') note('ssl-client-certificates', node);
        break;
      case 'ssl_stapling':
      case 'ssl_ocsp':
        if (args[0] !== 'off') {
          ocsp ??= node;
          if (node.name === 'ssl_ocsp' && inStream()) note('stream-ocsp', node);
        }
        break;
      case 'resolver':
        resolver ??= node;
        note('resolver', node);
        break;
      case 'mp4':
        note('mp4', node);
        break;
      case 'mail':
        note('mail', node);
        break;
      case 'proxy_pass':
        if (!inStream()) note('proxy', node);
        if (/^https:\/\//.test(args[0] ?? '')) note('proxy-ssl', node);
        break;
      case 'proxy_http_version':
        if (args[0] === '2') {
          note('proxy-http2', node);
          note('grpc-or-proxy-http2', node);
        }
        break;
      case 'grpc_pass':
        note('grpc-or-proxy-http2', node);
        break;
      case 'dav_methods':
        if (args[0] !== 'off') note('dav', node);
        break;
      case 'charset':
      case 'source_charset':
        if (args[0] !== 'off') note('charset', node);
        break;
      case 'scgi_pass':
      case 'uwsgi_pass':
        note('scgi-uwsgi', node);
        break;
      case 'rewrite':
        note('rewrite', node);
        break;
      case 'map':
        if (node.children.some((entry) => entry.name.startsWith('~'))) note('map-regex', node);
        break;
      case 'slice':
        note('slice', node);
        break;
      case 'ssi':
        if (args[0] === 'on') note('ssi', node);
        break;
    }
    return undefined;
  });
  if (resolver && ocsp) found.set('ocsp-resolver', ocsp);
  return found;
}

const FEATURE_NAMES: Record<Feature, string> = {
  core: 'nginx itself',
  http2: 'HTTP/2',
  http3: 'HTTP/3 (QUIC)',
  spdy: 'SPDY',
  mp4: 'the mp4 module',
  resolver: 'the resolver',
  ssl: 'TLS',
  'ssl-client-certificates': 'client certificates',
  'ocsp-resolver': 'OCSP with the resolver',
  'stream-ocsp': 'OCSP in stream',
  mail: 'the mail proxy',
  proxy: 'proxy_pass',
  'proxy-ssl': 'proxy_pass to HTTPS',
  'proxy-http2': 'proxy_http_version 2',
  'grpc-or-proxy-http2': 'gRPC or HTTP/2 proxying',
  dav: 'WebDAV',
  charset: 'the charset module',
  'scgi-uwsgi': 'SCGI/uwsgi',
  rewrite: 'rewrite',
  'map-regex': 'map with regexes',
  slice: 'the slice module',
  ssi: 'SSI',
};

/**
 * Known vulnerabilities of the nginx version that runs the configuration, for the features the
 * configuration uses. The version comes from the `nginxVersion` option (reported once, on
 * the main configuration: nginx.conf or an `nginx -T` dump) or from a `# nginx/1.18.0` /
 * `# nginx version: nginx/1.18.0` comment at the top of the file (reported on that comment).
 * Without either the rule does nothing. The advisory table ships with Harden: no network.
 */
export const knownCve = defineRule<NginxFile, Options>({
  meta: {
    id: 'nginx/known-cve',
    format: 'nginx',
    severity: 'warning',
    title: 'The nginx version must not have known vulnerabilities in the features used',
    presets: ['recommended', 'strict'],
    messages: {
      affected:
        'nginx {{version}} is affected by {{cve}} ({{what}}, {{severity}}) through {{feature}}: upgrade to {{fixed}}',
      badVersion:
        'The `nginxVersion` option "{{version}}" is not a version like 1.24.0: no advisory was checked',
    },
    fixable: false,
    defaultOptions: { nginxVersion: '', ignore: [] },
    optionSchema: {
      nginxVersion: {
        type: 'string',
        description:
          'The nginx version the configuration runs on (`nginx -v`), e.g. 1.24.0. Empty: read a `# nginx/x.y.z` comment at the top of the file, else check nothing.',
      },
      ignore: {
        type: 'array',
        items: { type: 'string', description: 'A CVE id, e.g. CVE-2021-23017' },
        description:
          'Advisories already fixed on your servers (distribution packages backport fixes without changing the version).',
      },
    },
  },
  check(context) {
    const file = context.document.path;
    const fromComment = versionComment(context.document.text);
    const option =
      typeof context.options.nginxVersion === 'string' ? context.options.nginxVersion.trim() : '';
    let text: string;
    let range: Range;
    if (fromComment) {
      ({ version: text, range } = fromComment);
    } else if (option !== '' && isMainConfig(file, context.ast, context.workspace)) {
      text = option.replace(/^nginx\//, '');
      const first = context.ast.directives[0];
      range = first ? first.nameRange : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    } else return;
    const version = parseVersion(text);
    if (!version) {
      context.report({ messageId: 'badVersion', data: { version: text }, range });
      return;
    }
    const ignored = new Set(
      (Array.isArray(context.options.ignore) ? context.options.ignore : []).map((id) =>
        String(id).toUpperCase(),
      ),
    );
    const config = effectiveConfig(context.ast, file, context.workspace);
    const features = featuresOf(config.nodes);
    for (const [cve, what, severity, vulnerable, fixed, feature] of ADVISORIES) {
      if (ignored.has(cve) || !isAffected(version, vulnerable, fixed)) continue;
      const use = features.get(feature);
      if (feature !== 'core' && !use) continue;
      context.report({
        messageId: 'affected',
        data: {
          version: text,
          cve,
          what,
          severity,
          feature: FEATURE_NAMES[feature],
          fixed: fixed.replace(/\+/g, ''),
        },
        range,
        ...(use
          ? {
              related: [
                {
                  file: use.path,
                  range: use.directive.range,
                  message: `${FEATURE_NAMES[feature]} is used here`,
                },
              ],
            }
          : {}),
      });
    }
  },
});
