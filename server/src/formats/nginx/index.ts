import type { Format } from '../../engine/format.ts';
import type { NginxFile } from './ast.ts';
import { nginxFixFits } from './fix-fits.ts';
import { parseNginx } from './parser.ts';

export type {
  Arg,
  Block,
  Comment,
  Directive,
  DirectiveKind,
  DumpPart,
  NginxFile,
  Quote,
  RawBody,
} from './ast.ts';
export { parseNginx } from './parser.ts';

/** The nginx language for the engine: `#` comments, a tolerant parser with exact ranges. */
export const nginxFormat: Format<NginxFile> = {
  id: 'nginx',
  commentPrefix: '#',
  parse: (text) => parseNginx(text),
  fixFits: nginxFixFits,
};
