/**
 * Directives of widely packaged third-party nginx modules (Debian/Ubuntu `libnginx-mod-*`,
 * OpenResty, the nginx-extras build), which the official reference does not list. They are
 * real directives when the module is loaded, so they are not reported as unknown unless the
 * user asks for the stock nginx only.
 */

/** Name prefixes that belong to one module each (`more_set_headers`, `lua_shared_dict`…). */
const PREFIXES = [
  'more_', // headers-more
  'lua_', // lua-nginx-module
  'brotli', // ngx_brotli
  'vhost_traffic_status', // nginx-module-vts
  'fancyindex', // ngx-fancyindex
  'geoip2', // ngx_http_geoip2_module
  'modsecurity', // ModSecurity-nginx
  'pagespeed', // ngx_pagespeed
  'passenger_', // Phusion Passenger
  'echo', // echo-nginx-module
  'upload_progress', // nginx-upload-progress
  'nchan_', // nchan
  'push_stream_', // nginx-push-stream-module
  'srcache_', // srcache-nginx-module
  'memc_', // memc-nginx-module
  'redis2_', // redis2-nginx-module
  'subs_filter', // ngx_http_substitutions_filter_module
  'dav_ext_', // nginx-dav-ext-module
  'auth_pam', // ngx_http_auth_pam_module
  'auth_ldap', // nginx-auth-ldap
  'auth_gss', // spnego-http-auth-nginx-module
  'testcookie_', // testcookie-nginx-module
  'vod_', // nginx-vod-module
  'zstd', // zstd-nginx-module
  'security_headers', // ngx_security_headers
  'headers_more_', // alternative spelling in some builds
  'set_by_lua',
  'rtmp', // nginx-rtmp-module
  'naxsi_', // naxsi
  'js_include', // old njs (removed from the official reference)
];

/** Names that are a module's own, without a shared prefix. */
const NAMES = new Set([
  // lua-nginx-module phases (also `*_by_lua_block` / `*_by_lua_file`, see below).
  'content_by_lua',
  'access_by_lua',
  'rewrite_by_lua',
  'header_filter_by_lua',
  'body_filter_by_lua',
  'log_by_lua',
  'init_by_lua',
  'init_worker_by_lua',
  'balancer_by_lua',
  'ssl_certificate_by_lua',
  // set-misc-nginx-module
  'set_unescape_uri',
  'set_escape_uri',
  'set_quote_sql_str',
  'set_quote_json_str',
  'set_if_empty',
  'set_md5',
  'set_sha1',
  'set_encode_base64',
  'set_decode_base64',
  'set_encode_hex',
  'set_decode_hex',
  'set_secure_random_alphanum',
  'set_secure_random_lcalpha',
  'set_hashed_upstream',
  // naxsi
  'SecRulesEnabled',
  'SecRulesDisabled',
  'DeniedUrl',
  'LearningMode',
  'LibInjectionSql',
  'LibInjectionXss',
  'CheckRule',
  'BasicRule',
  'MainRule',
  // nginx-upload-progress, nginx-upload-module
  'track_uploads',
  'report_uploads',
  'upload_pass',
  'upload_store',
  'upload_set_form_field',
  // nginx-auth-ldap
  'ldap_server',
  // redis
  'redis_pass',
  // upstream fair / sticky (community)
  'fair',
  'sticky_cookie_insert',
  // nginx-rtmp-module's blocks and directives
  'application',
  'live',
  'record',
  'hls',
  'dash',
]);

/** Whether a directive name belongs to a well-known third-party module. */
export function isThirdPartyDirective(name: string): boolean {
  if (NAMES.has(name)) return true;
  if (/_by_lua(_block|_file)?$/.test(name)) return true;
  return PREFIXES.some((prefix) => name.startsWith(prefix));
}
