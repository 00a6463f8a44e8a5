import { CharSet, CHAR_CLASSES } from './semantics-regex-charset.ts';
import type { RegexNode } from './semantics-regex.ts';

/**
 * Does a regex that is meant to accept only trusted `Origin`/`Referer` values also accept one
 * an attacker controls? The attacker owns a site, so the header a victim's browser sends is a
 * well-formed URL with the attacker's host: `scheme://host[:port]` for `Origin`, and
 * `scheme://host[:port]/path?query` for `Referer` (browsers never send user info or a
 * fragment). The regex is expanded into its shapes (one per alternative and repeat count, a
 * bounded number), and each shape is read as scheme, host and rest:
 *
 * - not anchored with `^`: a referer can carry the trusted URL in its query string;
 * - the host not ended (by `$`, `/`, `:`, `?`): `https://trusted.example.evil.com`;
 * - a wildcard that can match `/` inside the host: a referer's path can hold the trusted name;
 * - an unescaped `.` between two labels: `https://trustedxexample.com`;
 * - a variable part not followed by `.` + a registrable domain: `https://eviltrusted.com`;
 * - plain `http` when only `https` is wanted, or a domain outside the trusted list.
 */

export type OriginHeader = 'origin' | 'referer';

export type OriginProblemKind =
  | 'unanchoredStart'
  | 'openHost'
  | 'pathInHost'
  | 'unescapedDot'
  | 'unpinnedHost'
  | 'untrustedDomain'
  | 'plainHttp';

export interface OriginProblem {
  kind: OriginProblemKind;
  /** A header value the regex accepts although its host is not trusted. */
  example: string;
  /** For `untrustedDomain`: the domain the regex pins. */
  domain?: string;
  /** For `unescapedDot`: offsets in the pattern of the unescaped dots between host labels. */
  dots?: number[];
}

export interface OriginOptions {
  /** Trusted registrable domains (`example.com`); empty = any single domain is fine. */
  domains: readonly string[];
  /** Only `https://` values are trusted. */
  httpsOnly: boolean;
}

/** One character position of a shape: a set, written as a literal or as a wildcard. */
interface Atom {
  set: CharSet;
  /** The lowercase character when the position is one fixed character (`a`, `\.`, `[aA]` when caseless). */
  fixed: string | undefined;
  /** From an unbounded repeat: the attacker can put several characters there. */
  repeated: boolean;
  /** Offset of the node in the pattern. */
  offset: number;
}

interface Shape {
  atoms: Atom[];
  anchoredStart: boolean;
  anchoredEnd: boolean;
}

const MAX_SHAPES = 64;
/** Characters copied while expanding shapes, at most: absurd regexes are only partly expanded. */
const EXPANSION_BUDGET = 50_000;
const MAX_SHAPE_LENGTH = 200;
const HOST_CHARS = CharSet.range(97, 122)
  .union(CharSet.range(65, 90))
  .union(CharSet.range(48, 57))
  .union(CharSet.fromString('.-'));
/** Characters that cannot be part of a URL scheme. */
const NOT_SCHEME = CharSet.range(97, 122)
  .union(CharSet.range(65, 90))
  .union(CharSet.range(48, 57))
  .union(CharSet.fromString('+.-'))
  .complement();
const LETTERS_DIGITS = CharSet.range(97, 122).union(CharSet.range(65, 90)).union(CharSet.range(48, 57));

/** Public suffixes of two labels that are common enough to matter (`example.co.uk` is registrable, `co.uk` is not). */
const TWO_LABEL_SUFFIXES = new Set([
  'co.uk',
  'org.uk',
  'ac.uk',
  'gov.uk',
  'me.uk',
  'ltd.uk',
  'plc.uk',
  'net.uk',
  'com.au',
  'net.au',
  'org.au',
  'edu.au',
  'gov.au',
  'co.nz',
  'org.nz',
  'co.jp',
  'ne.jp',
  'or.jp',
  'ac.jp',
  'co.kr',
  'or.kr',
  'com.br',
  'net.br',
  'org.br',
  'com.tr',
  'org.tr',
  'net.tr',
  'com.cn',
  'net.cn',
  'org.cn',
  'com.mx',
  'co.in',
  'net.in',
  'org.in',
  'co.za',
  'org.za',
  'com.ar',
  'com.co',
  'com.sg',
  'com.hk',
  'com.tw',
  'co.il',
  'com.ua',
  'org.ua',
  'com.pl',
  'co.id',
  'com.my',
  'com.ph',
  'com.vn',
  'com.pe',
  'com.ve',
  'com.ec',
  'com.ng',
  'com.eg',
  'com.sa',
  'com.pk',
  'co.th',
  'github.io',
  'herokuapp.com',
  'azurewebsites.net',
  'cloudfront.net',
  'appspot.com',
]);

/** The registrable domain (`www.example.co.uk` → `example.co.uk`), or undefined for a bare suffix or a single label. */
export function registrableDomain(host: string): string | undefined {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length < 2 || labels.some((l) => l === '')) return undefined;
  const lastTwo = labels.slice(-2).join('.');
  if (TWO_LABEL_SUFFIXES.has(lastTwo)) return labels.length >= 3 ? labels.slice(-3).join('.') : undefined;
  return lastTwo;
}

function isTrusted(host: string, domains: readonly string[]): boolean {
  const h = host.toLowerCase();
  return domains.some((d) => {
    const domain = d.toLowerCase().replace(/^\*?\./, '');
    return h === domain || h.endsWith('.' + domain);
  });
}

/** Checks one regex; the first problem found, or undefined when every shape pins a trusted host. */
export function originProblem(
  root: RegexNode,
  header: OriginHeader,
  options: OriginOptions,
): OriginProblem | undefined {
  for (const shape of shapesOf(root)) {
    const problem = checkShape(shape, header, options);
    if (problem) return problem;
  }
  return undefined;
}

function checkShape(shape: Shape, header: OriginHeader, options: OriginOptions): OriginProblem | undefined {
  const { atoms } = shape;
  const separator = findSchemeSeparator(atoms);
  let hostAtoms: Atom[];
  /** An attacker-chosen prefix stands before the host atoms (the regex does not say where the host starts). */
  let openPrefix = false;
  let scheme = 'https';
  if (separator < 0) {
    // No `://`: the regex matches somewhere in the value. When it is anchored and starts with
    // fixed text, it cannot match a URL at all (`^example\.com`).
    const first = atoms[0];
    if (shape.anchoredStart && (!first || first.fixed !== undefined)) return undefined;
    if (header === 'referer')
      return { kind: 'unanchoredStart', example: `https://evil.example/?${sample(atoms)}` };
    hostAtoms = atoms;
    openPrefix = true;
  } else {
    const schemeAtoms = atoms.slice(0, separator);
    const wildScheme = schemeAtoms.some((a) => a.fixed === undefined);
    // Before `://` only a scheme may stand: text the regex lets through there (a missing `^`, or
    // a wildcard that also matches `/`, `?`, `@`…) is text the attacker chooses.
    const openScheme =
      !shape.anchoredStart || schemeAtoms.some((a) => a.fixed === undefined && a.set.intersects(NOT_SCHEME));
    if (openScheme)
      return {
        kind: 'unanchoredStart',
        example: `https://evil.example/?${sample(atoms.filter((a) => a.fixed !== undefined || atoms.indexOf(a) > separator))}`,
      };
    scheme = wildScheme ? 'http' : schemeAtoms.map((a) => a.fixed).join('');
    if (options.httpsOnly && (wildScheme || scheme === 'http')) {
      return { kind: 'plainHttp', example: `http://${sample(atoms.slice(separator + 3))}` };
    }
    hostAtoms = atoms.slice(separator + 3);
  }
  const end = hostAtoms.findIndex((a) => !a.set.intersects(HOST_CHARS));
  const terminated = end >= 0 || shape.anchoredEnd;
  const host = end >= 0 ? hostAtoms.slice(0, end) : hostAtoms;
  const rest = end >= 0 ? sample(hostAtoms.slice(end)) : '';
  const prefix = `${scheme}://`;
  if (host.length === 0) return undefined;
  const dots = unescapedDots(host).filter((dot) => changesDomain(host, dot));
  if (dots.length > 0) {
    return {
      kind: 'unescapedDot',
      // Only the first such dot made a letter: `toolsxexample.com` is a domain one can register.
      example:
        prefix +
        host
          .map((a) => (a === dots[0] ? 'x' : a.fixed === undefined && dots.includes(a) ? '.' : sample([a])))
          .join('') +
        rest,
      dots: dots.map((a) => a.offset),
    };
  }
  // A repeated wildcard that can match `/` can hold a whole attacker host and the start of the path.
  if (header === 'referer' && host.some((a) => a.fixed === undefined && a.repeated && a.set.hasChar('/'))) {
    return { kind: 'pathInHost', example: prefix + fill(host, 'evil.example/') + rest };
  }
  if (!terminated) return { kind: 'openHost', example: `${prefix}${sample(host)}.evil.example` };
  let tail = host.length;
  while (tail > 0 && host[tail - 1]!.fixed !== undefined) tail--;
  const literal = host
    .slice(tail)
    .map((a) => a.fixed)
    .join('');
  const variable = openPrefix || tail > 0;
  let pinned: string;
  if (!variable) pinned = literal;
  else {
    // Pinned when the fixed tail holds a whole registrable domain after a fixed dot: the
    // attacker's part can only add labels in front (`.example.com`, `o.example.com`).
    const candidate = registrableDomain(literal.replace(/^\./, ''));
    const domain = candidate !== undefined && literal.endsWith(`.${candidate}`) ? candidate : undefined;
    if (domain === undefined) {
      const example = openPrefix
        ? `https://evil${literal.startsWith('.') ? '-example' : ''}${literal}`
        : prefix + fill(host, 'evil');
      return { kind: 'unpinnedHost', example };
    }
    // The labels after the first fixed dot are the attacker's to prefix, never to change.
    pinned = literal.slice(literal.indexOf('.') + 1);
  }
  if (options.domains.length > 0 && !isTrusted(pinned, options.domains)) {
    return { kind: 'untrustedDomain', example: `${prefix}${pinned}`, domain: pinned };
  }
  return undefined;
}

function findSchemeSeparator(atoms: readonly Atom[]): number {
  for (let k = 0; k + 2 < atoms.length; k++) {
    if (atoms[k]!.fixed === ':' && atoms[k + 1]!.fixed === '/' && atoms[k + 2]!.fixed === '/') return k;
  }
  return -1;
}

/** Wildcards (`.`, not `\.`) standing alone between two letters or digits of the host: a dot that was meant literally. */
function unescapedDots(host: readonly Atom[]): Atom[] {
  const out: Atom[] = [];
  for (let k = 1; k + 1 < host.length; k++) {
    const a = host[k]!;
    if (a.fixed !== undefined || a.repeated || !a.set.hasChar('.') || !a.set.intersects(LETTERS_DIGITS))
      continue;
    const before = host[k - 1]!.fixed;
    const after = host[k + 1]!.fixed;
    if (before !== undefined && after !== undefined && /[a-z0-9-]/.test(before) && /[a-z0-9-]/.test(after))
      out.push(a);
  }
  return out;
}

/**
 * Whether reading an unescaped dot as a letter gives another registrable domain: `some.example\.com`
 * → `somexexample.com` does, `a.b\.example\.com` → `axb.example.com` (still example.com) does not.
 */
function changesDomain(host: readonly Atom[], dot: Atom): boolean {
  const text = (fillDot: string) => host.map((a) => (a === dot ? fillDot : (a.fixed ?? 'a'))).join('');
  const asDot = registrableDomain(text('.'));
  return asDot === undefined || asDot !== registrableDomain(text('x'));
}

/** A string the atoms match, wildcards filled with a letter (`wild` for each wildcard when given). */
function sample(atoms: readonly Atom[], wild?: string): string {
  let out = '';
  for (const a of atoms) {
    if (a.fixed !== undefined) out += a.fixed;
    else if (wild !== undefined) out += wild;
    else
      out += String.fromCharCode(
        a.set.intersect(CHAR_CLASSES.dot).pick('abcdefghijklmnopqrstuvwxyz0123456789-./') ?? 97,
      );
  }
  return out;
}

/** Like `sample`, with the first wildcard written as `text` and the others left out when repeated. */
function fill(atoms: readonly Atom[], text: string): string {
  let out = '';
  let used = false;
  for (const a of atoms) {
    if (a.fixed !== undefined) out += a.fixed;
    else if (!used) {
      out += text;
      used = true;
    } else if (!a.repeated) out += sample([a]);
  }
  return out;
}

/** The shapes of a regex: each alternative, each optional part present or absent, repeats once or twice. */
export function shapesOf(root: RegexNode): Shape[] {
  const raw = expandNode(root, { left: EXPANSION_BUDGET });
  const shapes: Shape[] = [];
  for (const items of raw) {
    let anchoredStart = false;
    let anchoredEnd = false;
    const atoms: Atom[] = [];
    let valid = true;
    for (let k = 0; k < items.length; k++) {
      const item = items[k]!;
      if (item === 'start') {
        if (atoms.length > 0) valid = false;
        anchoredStart = true;
      } else if (item === 'end') {
        anchoredEnd = true;
        if (items.slice(k + 1).some((rest) => rest !== 'end' && rest !== 'start')) valid = false;
      } else atoms.push(item);
    }
    if (valid) shapes.push({ atoms, anchoredStart, anchoredEnd });
  }
  return shapes;
}

type Item = Atom | 'start' | 'end';

function expandNode(node: RegexNode, budget: { left: number }): Item[][] {
  if (budget.left <= 0) return [[]];
  switch (node.type) {
    case 'char':
      return [[atomOf(node.set, node.start, false)]];
    case 'assert':
      return node.kind === 'start' ? [['start']] : node.kind === 'end' ? [['end']] : [[]];
    case 'backref':
    case 'opaque':
      return node.type === 'opaque' && !node.consumes ? [[]] : [[atomOf(CHAR_CLASSES.any, node.start, true)]];
    case 'group':
      if (node.kind.includes('look')) return [[]];
      return expandNode(node.body, budget);
    case 'alt': {
      const out: Item[][] = [];
      for (const branch of node.branches) {
        if (out.length >= MAX_SHAPES) break;
        out.push(...expandNode(branch, budget));
      }
      return cap(out);
    }
    case 'seq': {
      let out: Item[][] = [[]];
      for (const item of node.items) {
        const variants = expandNode(item, budget);
        out = concat(out, variants, budget);
        if (out.length === 0) break;
      }
      return out;
    }
    case 'repeat': {
      if (node.max === 0) return [[]];
      const body = expandNode(node.body, budget);
      const unbounded = node.max === Infinity || node.max > 2;
      // Present first (`https?` reads as `https` first), then the fewest repetitions.
      const counts = new Set([Math.min(Math.max(node.min, 1), node.max, 2), Math.min(node.min, 2)]);
      const out: Item[][] = [];
      for (const count of counts) {
        let current: Item[][] = [[]];
        for (let c = 0; c < count; c++) current = concat(current, body, budget);
        const mark = unbounded || node.max > count;
        for (const items of current) {
          out.push(
            mark
              ? items.map((i) =>
                  typeof i === 'string' || i.fixed !== undefined ? i : { ...i, repeated: true },
                )
              : items,
          );
        }
      }
      return cap(out);
    }
  }
}

/** Every prefix followed by every variant, within the shape limits and the budget. */
function concat(prefixes: Item[][], variants: Item[][], budget: { left: number }): Item[][] {
  const next: Item[][] = [];
  for (const prefix of prefixes) {
    for (const v of variants) {
      if (next.length >= MAX_SHAPES || budget.left <= 0) return next;
      if (prefix.length + v.length > MAX_SHAPE_LENGTH) continue;
      budget.left -= prefix.length + v.length;
      next.push([...prefix, ...v]);
    }
  }
  return next;
}

function cap(items: Item[][]): Item[][] {
  return items.length > MAX_SHAPES ? items.slice(0, MAX_SHAPES) : items;
}

function atomOf(set: CharSet, offset: number, repeated: boolean): Atom {
  let fixed: string | undefined;
  const size = set.size();
  if (size === 1) fixed = String.fromCharCode(set.first()!).toLowerCase();
  else if (size === 2) {
    const lower = set.intersect(CharSet.range(97, 122));
    const code = lower.first();
    if (code !== undefined && lower.size() === 1 && set.has(code - 32)) fixed = String.fromCharCode(code);
  }
  return { set, fixed, repeated, offset };
}
