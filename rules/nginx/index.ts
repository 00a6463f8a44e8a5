import type { AnyRule } from '../../server/src/engine/rule.ts';
import { addHeaderContentType } from './add-header-content-type.ts';
import { addHeaderMultiline } from './add-header-multiline.ts';
import { errorLogOff } from './error-log-off.ts';
import { invalidRegex } from './invalid-regex.ts';
import { mergeSlashes } from './merge-slashes.ts';
import { origins } from './origins.ts';
import { regexExactMatch } from './regex-exact-match.ts';
import { regexRedos } from './regex-redos.ts';
import { unanchoredRegex } from './unanchored-regex.ts';
import { validReferers } from './valid-referers.ts';

/**
 * Every nginx rule. Add a rule with one import and one entry, keeping both sorted by id
 * (several people add rules here at once: keep each edit to those two lines).
 */
export const NGINX_RULES: AnyRule[] = [
  addHeaderContentType,
  addHeaderMultiline,
  errorLogOff,
  invalidRegex,
  mergeSlashes,
  origins,
  regexExactMatch,
  regexRedos,
  unanchoredRegex,
  validReferers,
];
