import { ObjectMemo } from '../../engine/object-memo.ts';
import { X509Certificate } from 'node:crypto';
import type { WorkspaceView } from '../../engine/types.ts';
import type { EffectiveConfig, EffectiveNode } from './effective.ts';
import { isAbsolutePath, isInside, joinPath } from './paths.ts';
import { variablesIn } from './variables.ts';

/**
 * The certificates an nginx configuration serves, read from the workspace (never from the
 * machine: an audit of a repository must not depend on where it runs). A relative
 * `ssl_certificate` is taken from the configuration prefix, as nginx does; an absolute one is
 * looked up inside the workspace root when the workspace mirrors the file system
 * (`<root>/etc/ssl/certs/app.pem`), and under the configuration prefix when it is in one of
 * nginx's usual directories (`/etc/nginx/ssl/app.pem` → `<prefix>/ssl/app.pem`).
 */

/** Debian/Ubuntu's ssl-cert package: a self-signed certificate made at install time. */
export const SNAKEOIL_CERTIFICATE = '/etc/ssl/certs/ssl-cert-snakeoil.pem';

const STANDARD_CONF_DIRS = [
  '/etc/nginx/',
  '/usr/local/nginx/conf/',
  '/usr/local/etc/nginx/',
  '/opt/nginx/conf/',
];

export interface CertificateInfo {
  /** The workspace file the certificate was read from. */
  path: string;
  /** Distinguished names as node prints them (`CN=app.test`, one attribute per line). */
  subject: string;
  issuer: string;
  validFrom: Date;
  validTo: Date;
  /** The subject issued the certificate itself (and, when checkable, its own key signs it). */
  selfSigned: boolean;
  /** The common name, else the first name of the subject, for messages. */
  name: string;
}

/** Where a certificate path written in the configuration can be in the workspace, most likely first. */
export function certificateCandidates(
  written: string,
  config: EffectiveConfig,
  workspace: WorkspaceView,
): string[] {
  if (written.length === 0 || written.startsWith('data:') || variablesIn(written).length > 0) return [];
  const root = workspace.root;
  if (root === undefined) return [];
  const out: string[] = [];
  if (!isAbsolutePath(written)) out.push(joinPath(config.prefix.dir, written));
  else {
    const normalized = joinPath(written, '.');
    if (isInside(normalized, root)) out.push(normalized);
    else out.push(joinPath(root, `.${written}`));
    const standard = STANDARD_CONF_DIRS.find((dir) => written.startsWith(dir));
    if (standard) out.push(joinPath(config.prefix.dir, written.slice(standard.length)));
  }
  return [...new Set(out)].filter((p) => isInside(p, root));
}

interface Cached {
  text: string;
  info: CertificateInfo | undefined;
}

const caches = new ObjectMemo<WorkspaceView, Map<string, Cached>>('caches');

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\s]{16,65536}?-----END CERTIFICATE-----/;

/** The first certificate of a PEM file of the workspace (the leaf of a full chain). Never throws. */
export function readCertificate(path: string, workspace: WorkspaceView): CertificateInfo | undefined {
  const text = workspace.readText(path);
  if (text === undefined) return undefined;
  let cache = caches.get(workspace);
  if (!cache) {
    cache = new Map();
    caches.set(workspace, cache);
  }
  const hit = cache.get(path);
  if (hit && hit.text === text) return hit.info;
  const info = parseCertificate(path, text);
  cache.set(path, { text, info });
  return info;
}

function parseCertificate(path: string, text: string): CertificateInfo | undefined {
  const start = text.indexOf('-----BEGIN CERTIFICATE-----');
  if (start === -1) return undefined;
  const pem = PEM_CERTIFICATE.exec(text.slice(start, start + 70_000))?.[0];
  if (!pem) return undefined;
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(pem);
  } catch {
    return undefined;
  }
  const validFrom = new Date(cert.validFrom);
  const validTo = new Date(cert.validTo);
  if (Number.isNaN(validFrom.getTime()) || Number.isNaN(validTo.getTime())) return undefined;
  let signsItself = true;
  if (cert.issuer === cert.subject) {
    try {
      signsItself = cert.verify(cert.publicKey);
    } catch {
      // An algorithm node cannot check: the names alone decide.
      signsItself = true;
    }
  }
  const name = /^CN=(.*)$/m.exec(cert.subject)?.[1] ?? cert.subject.split('\n')[0] ?? '(no subject)';
  return {
    path,
    subject: cert.subject,
    issuer: cert.issuer,
    validFrom,
    validTo,
    selfSigned: cert.issuer === cert.subject && signsItself,
    name,
  };
}

export interface ServedCertificate {
  /** The `ssl_certificate` directive. */
  node: EffectiveNode;
  /** The path as written. */
  written: string;
  /** The certificate, when the workspace holds it. */
  certificate: CertificateInfo | undefined;
}

/** The certificate an `ssl_certificate` directive names, read from the workspace when it is there. */
export function servedCertificate(
  node: EffectiveNode,
  config: EffectiveConfig,
  workspace: WorkspaceView,
): ServedCertificate | undefined {
  const written = node.args[0]?.value;
  if (written === undefined) return undefined;
  for (const candidate of certificateCandidates(written, config, workspace)) {
    const certificate = readCertificate(candidate, workspace);
    if (certificate) return { node, written, certificate };
  }
  return { node, written, certificate: undefined };
}
