import type { AnyRule } from '../../server/src/engine/rule.ts';
import { cookieInsecure } from './cookie-insecure.ts';
import { databaseEmptyPassword } from './database-empty-password.ts';
import { databasePublicHost } from './database-public-host.ts';
import { databaseRootUser } from './database-root-user.ts';
import { debugInProduction } from './debug-in-production.ts';
import { duplicatedKey } from './duplicated-key.ts';
import { endingBlankLine } from './ending-blank-line.ts';
import { extraBlankLine } from './extra-blank-line.ts';
import { incorrectDelimiter } from './incorrect-delimiter.ts';
import { insecureUrl } from './insecure-url.ts';
import { keyWithoutValue } from './key-without-value.ts';
import { leadingCharacter } from './leading-character.ts';
import { lowercaseKey } from './lowercase-key.ts';
import { quoteCharacter } from './quote-character.ts';
import { secretNotIgnored } from './secret-not-ignored.ts';
import { spaceCharacter } from './space-character.ts';
import { substitutionKey } from './substitution-key.ts';
import { trailingWhitespace } from './trailing-whitespace.ts';
import { unorderedKey } from './unordered-key.ts';
import { valueWithoutQuotes } from './value-without-quotes.ts';
import { weakSecret } from './weak-secret.ts';

/** Every dotenv rule, sorted by id. */
export const DOTENV_RULES: AnyRule[] = [
  cookieInsecure,
  databaseEmptyPassword,
  databasePublicHost,
  databaseRootUser,
  debugInProduction,
  duplicatedKey,
  endingBlankLine,
  extraBlankLine,
  incorrectDelimiter,
  insecureUrl,
  keyWithoutValue,
  leadingCharacter,
  lowercaseKey,
  quoteCharacter,
  secretNotIgnored,
  spaceCharacter,
  substitutionKey,
  trailingWhitespace,
  unorderedKey,
  valueWithoutQuotes,
  weakSecret,
];
