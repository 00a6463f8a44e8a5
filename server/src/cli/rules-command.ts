import { ALL_RULES } from '../../../rules/index.ts';
import { ENGINE_RULES } from '../engine/engine-rules.ts';
import { ruleDocsUrl, type RuleMeta } from '../engine/rule.ts';
import type { CliIO } from './io.ts';
import type { RulesArgs } from './options.ts';

function allMetas(): RuleMeta[] {
  return [...ALL_RULES.map((r) => r.meta as RuleMeta), ...ENGINE_RULES];
}

function presetsOf(meta: RuleMeta): string {
  return meta.presets.length > 0 ? meta.presets.join(', ') : 'off by default';
}

export function rulesMarkdown(metas: readonly RuleMeta[] = allMetas()): string {
  const rows = metas.map(
    (m) =>
      `| [${m.id}](${`rules/${m.id}.md`}) | ${m.severity} | ${m.title.replace(/\|/g, '\\|')} | ${presetsOf(m)} | ${m.fixable ? 'yes' : '—'} |`,
  );
  return (
    ['| rule | severity | what it finds | presets | fix |', '|---|---|---|---|---|', ...rows].join('\n') +
    '\n'
  );
}

export function rulesCommand(args: RulesArgs, io: CliIO): number {
  const metas = allMetas();
  if (args.format === 'json') {
    const rules = metas.map((m) => ({
      id: m.id,
      format: m.format,
      severity: m.severity,
      title: m.title,
      presets: m.presets,
      fixable: m.fixable,
      options: m.defaultOptions,
      docs: ruleDocsUrl(m.id),
    }));
    io.stdout(JSON.stringify({ version: io.version, rules }, null, 2) + '\n');
  } else if (args.format === 'md') {
    io.stdout(rulesMarkdown(metas));
  } else {
    const width = Math.max(...metas.map((m) => m.id.length));
    for (const m of metas) {
      io.stdout(`${m.id.padEnd(width)}  ${m.severity.padEnd(7)}  ${m.fixable ? 'fix' : '   '}  ${m.title}\n`);
    }
    io.stdout(`${metas.length} rules\n`);
  }
  return 0;
}
