import type { Format } from '../../engine/format.ts';
import type { DotenvFile } from './ast.ts';
import { isCodeIgniterEnv } from './codeigniter.ts';
import { parseDotenvShared } from './shared-parse.ts';

export { parseDotenv } from './parser.ts';

/** `.env` files, read the way Symfony Dotenv reads them. */
export const dotenvFormat: Format<DotenvFile> = {
  id: 'dotenv',
  commentPrefix: '#',
  parse: (text) => parseDotenvShared(text),
  skipReason: (text) =>
    isCodeIgniterEnv(text)
      ? "Not analysed: this is CodeIgniter 4's .env (`database.default.password = …`), whose syntax is not the dotenv syntax Harden reads."
      : undefined,
};
