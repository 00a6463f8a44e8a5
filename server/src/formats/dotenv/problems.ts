/**
 * The messages of Symfony Dotenv's `FormatException`s, verbatim, so that a user who meets the
 * same problem at boot time recognises it; Harden only adds the range and keeps parsing.
 */
export const SYMFONY_MESSAGES = {
  invalidName: 'Invalid character in variable name',
  unset: 'Unable to unset an environment variable',
  missingEquals: 'Missing = in the environment variable declaration',
  spaceAfterName: 'Whitespace characters are not supported after the variable name',
  spaceBeforeValue: 'Whitespace are not supported before the value',
  missingQuote: 'Missing quote to end the value',
  unquotedSpaces: 'A value containing spaces must be surrounded by quotes',
  missingParenthesis: 'Missing closing parenthesis.',
  unclosedBraces: 'Unclosed braces on variable expansion',
} as const;

export function unsupportedDefaultCharacter(character: string, name: string): string {
  return `Unsupported character "${character}" found in the default value of variable "$${name}".`;
}

export const BOM_MESSAGE = `${SYMFONY_MESSAGES.invalidName}: Symfony Dotenv does not skip a UTF-8 byte-order mark; save the file without it`;

export const COMMAND_MESSAGE =
  'Command substitution is not evaluated: Symfony Dotenv runs it in a shell when it loads the file, Harden never does and keeps the text as written';
