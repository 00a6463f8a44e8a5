import type { AnyRule } from '../../server/src/engine/rule.ts';
import { addHeaderContentType } from './add-header-content-type.ts';
import { addHeaderMultiline } from './add-header-multiline.ts';
import { aliasTraversal } from './alias-traversal.ts';
import { allowWithoutDeny } from './allow-without-deny.ts';
import { certificateExpiry } from './certificate-expiry.ts';
import { debugScriptExposed } from './debug-script-exposed.ts';
import { defaultServer } from './default-server.ts';
import { directoryListing } from './directory-listing.ts';
import { errorLogOff } from './error-log-off.ts';
import { filesystemRoot } from './filesystem-root.ts';
import { hashDefault } from './hash-default.ts';
import { headerInheritance } from './header-inheritance.ts';
import { hostSpoofing } from './host-spoofing.ts';
import { hstsMissing } from './hsts-missing.ts';
import { hstsWeak } from './hsts-weak.ts';
import { httpSplitting } from './http-splitting.ts';
import { httpWithoutRedirect } from './http-without-redirect.ts';
import { http2MisdirectedRequest } from './http2-misdirected-request.ts';
import { ifIsEvil } from './if-is-evil.ts';
import { includeResolution } from './include-resolution.ts';
import { invalidRegex } from './invalid-regex.ts';
import { knownCve } from './known-cve.ts';
import { loginRateLimit } from './login-rate-limit.ts';
import { lowKeepalive } from './low-keepalive.ts';
import { mergeSlashes } from './merge-slashes.ts';
import { missingResolver } from './missing-resolver.ts';
import { ocspStaplingResolver } from './ocsp-stapling-resolver.ts';
import { origins } from './origins.ts';
import { phpAnyFile } from './php-any-file.ts';
import { phpSourceExposed } from './php-source-exposed.ts';
import { privatePathsExposed } from './private-paths-exposed.ts';
import { proxyHeaderInheritance } from './proxy-header-inheritance.ts';
import { proxyPassNormalized } from './proxy-pass-normalized.ts';
import { quicReuseport } from './quic-reuseport.ts';
import { regexExactMatch } from './regex-exact-match.ts';
import { regexLocationBypass } from './regex-location-bypass.ts';
import { regexRedos } from './regex-redos.ts';
import { resolverExternal } from './resolver-external.ts';
import { returnBypassesAllowDeny } from './return-bypasses-allow-deny.ts';
import { runAsRoot } from './run-as-root.ts';
import { satisfyAnyDeny } from './satisfy-any-deny.ts';
import { securityHeadersMissing } from './security-headers-missing.ts';
import { selfSignedCertificate } from './self-signed-certificate.ts';
import { serverTokens } from './server-tokens.ts';
import { setCookieInsecure } from './set-cookie-insecure.ts';
import { ssrf } from './ssrf.ts';
import { statusExposed } from './status-exposed.ts';
import { tryFilesEvil } from './try-files-evil.ts';
import { unanchoredRegex } from './unanchored-regex.ts';
import { unknownDirective } from './unknown-directive.ts';
import { uploadExecution } from './upload-execution.ts';
import { validReferers } from './valid-referers.ts';
import { weakTls } from './weak-tls.ts';
import { workerLimits } from './worker-limits.ts';
import { wrongContext } from './wrong-context.ts';

/**
 * Every nginx rule. Add a rule with one import and one entry, keeping both sorted by id
 * (several people add rules here at once: keep each edit to those two lines).
 */
export const NGINX_RULES: AnyRule[] = [
  addHeaderContentType,
  addHeaderMultiline,
  aliasTraversal,
  allowWithoutDeny,
  certificateExpiry,
  debugScriptExposed,
  defaultServer,
  directoryListing,
  errorLogOff,
  filesystemRoot,
  hashDefault,
  headerInheritance,
  hostSpoofing,
  hstsMissing,
  hstsWeak,
  httpSplitting,
  httpWithoutRedirect,
  http2MisdirectedRequest,
  ifIsEvil,
  includeResolution,
  invalidRegex,
  knownCve,
  loginRateLimit,
  lowKeepalive,
  mergeSlashes,
  missingResolver,
  ocspStaplingResolver,
  origins,
  phpAnyFile,
  phpSourceExposed,
  privatePathsExposed,
  proxyHeaderInheritance,
  proxyPassNormalized,
  quicReuseport,
  regexExactMatch,
  regexLocationBypass,
  regexRedos,
  resolverExternal,
  returnBypassesAllowDeny,
  runAsRoot,
  satisfyAnyDeny,
  securityHeadersMissing,
  selfSignedCertificate,
  serverTokens,
  setCookieInsecure,
  ssrf,
  statusExposed,
  tryFilesEvil,
  unanchoredRegex,
  unknownDirective,
  uploadExecution,
  validReferers,
  weakTls,
  workerLimits,
  wrongContext,
];
