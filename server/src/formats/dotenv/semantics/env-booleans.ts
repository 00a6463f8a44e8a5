/**
 * How PHP apps read a boolean from the environment: Symfony's `%env(bool:…)%` uses
 * `filter_var(FILTER_VALIDATE_BOOL)` (`1`/`true`/`on`/`yes` are true, `0`/`false`/`off`/`no` false),
 * Laravel's `env()` also understands `(true)`/`(false)`. An empty value is left undecided: the
 * app's own default then applies.
 */
export function parseEnvBoolean(value: string): boolean | undefined {
  const v = value.trim().toLowerCase();
  if (['1', 'true', 'on', 'yes', '(true)'].includes(v)) return true;
  if (['0', 'false', 'off', 'no', '(false)'].includes(v)) return false;
  return undefined;
}
