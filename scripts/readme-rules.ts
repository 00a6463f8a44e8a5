/** Rewrites the rule list of README.md from the registry (`npm run docs:rules`). */
import fs from 'node:fs';
import { rulesMarkdown } from '../server/src/cli/rules-command.ts';

const readme = fs.readFileSync('README.md', 'utf8');
const start = '<!-- rules:start -->\n';
const end = '<!-- rules:end -->';
const before = readme.slice(0, readme.indexOf(start) + start.length);
const after = readme.slice(readme.indexOf(end));
fs.writeFileSync('README.md', before + rulesMarkdown() + after);
