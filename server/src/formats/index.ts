import type { FormatTable } from '../engine/linter.ts';
import { dotenvFormat } from './dotenv/index.ts';
import { nginxFormat } from './nginx/index.ts';

/** Every format the engine can parse. Composition roots (server, CLI, tests) pass this to the Linter. */
export const FORMATS: FormatTable = {
  dotenv: dotenvFormat,
  nginx: nginxFormat,
};
