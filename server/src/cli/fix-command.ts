import fs from 'node:fs';
import nodePath from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { ALL_RULE_METAS } from '../../../rules/index.ts';
import { runAudit } from '../engine/audit.ts';
import { DiskWorkspace, decodeText, type TextEncodingName } from '../engine/disk-workspace.ts';
import { applyTextEdits, mergeFixes } from '../engine/fixes.ts';
import { IneffectiveFixes } from '../engine/fix-rounds.ts';
import type { Fix } from '../engine/types.ts';
import { exitCodeFor } from './audit-command.ts';
import { prepareTarget } from './context.ts';
import type { CliIO } from './io.ts';
import type { FixArgs } from './options.ts';

/** Fixes can enable each other (one fix refused for overlapping another applies next round). */
const MAX_ROUNDS = 5;

interface Original {
  text: string;
  encoding: TextEncodingName;
  mode: number;
}

/**
 * `harden fix`: applies the safe fixes (never a generated secret; file modes only with --modes),
 * re-linting after each round until nothing is left to fix. With --dry-run nothing is written
 * and a unified diff is printed.
 */
export async function fixCommand(args: FixArgs, io: CliIO): Promise<number> {
  const target = prepareTarget(args.paths, io.cwd, { ...args, fileModes: args.modes ? true : undefined });
  const overlay = new Map<string, string>();
  // A new view each round: the rules keep what they learn of the workspace per view (placements
  // of snippets, includers' expanded configurations), which the round's edits make stale.
  const view = () =>
    new DiskWorkspace(target.root, {
      overlay,
      fileModes: target.config.fileModes,
      maxFileSize: target.config.maxFileSize,
    });
  let workspace = view();
  const originals = new Map<string, Original>();
  const chmods = new Map<string, number>();
  let applied = 0;
  const audit = () =>
    runAudit({ ...target, workspace, ruleMetas: ALL_RULE_METAS, version: io.version, fixes: true });
  let report = await audit();
  const ineffective = new IneffectiveFixes();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    ineffective.startRound(report.files);
    const fixes: Fix[] = report.files
      .flatMap((file) => file.findings.map((finding) => ({ file, finding })))
      .flatMap(({ file, finding }) => {
        const fix = finding.fix;
        return fix && isAllowed(fix, args.modes) && ineffective.allows(file.file, finding, fix) ? [fix] : [];
      })
      .filter(
        (fix) => fix.edits.length > 0 || (fix.chmod?.some((c) => chmods.get(c.file) !== c.mode) ?? false),
      );
    if (fixes.length === 0) break;
    const merged = mergeFixes(fixes);
    for (const [file, edits] of merged.byFile) {
      const original = originals.get(file) ?? readOriginal(file);
      if (!original) continue;
      originals.set(file, original);
      overlay.set(file, applyTextEdits(overlay.get(file) ?? original.text, edits));
    }
    workspace = view();
    for (const fix of merged.applied) for (const c of fix.chmod ?? []) chmods.set(c.file, c.mode);
    applied += merged.applied.length;
    report = await audit();
    ineffective.endRound(merged.applied, report.files);
  }
  const changed = [...overlay].filter(([file, text]) => text !== originals.get(file)?.text);
  if (args.dryRun) {
    for (const [file, text] of changed) {
      const name = nodePath.relative(io.cwd, file) || file;
      io.stdout(createTwoFilesPatch(`a/${name}`, `b/${name}`, originals.get(file)!.text, text, '', ''));
    }
    for (const [file, mode] of chmods)
      io.stdout(`chmod ${mode.toString(8)} ${nodePath.relative(io.cwd, file)}\n`);
  } else {
    for (const [file, text] of changed) writeBack(file, text, originals.get(file)!);
    for (const [file, mode] of chmods) fs.chmodSync(file, mode);
  }
  const remaining = report.files.reduce((n, f) => n + f.findings.length, 0);
  const verb = args.dryRun ? 'Would fix' : 'Fixed';
  io.stderr(
    `${verb} ${applied} problem${applied === 1 ? '' : 's'} in ${changed.length + chmods.size} file${changed.length + chmods.size === 1 ? '' : 's'}; ` +
      `${remaining} problem${remaining === 1 ? '' : 's'} left (run harden audit to see them).\n`,
  );
  return exitCodeFor(report, args.failOn);
}

function isAllowed(fix: Fix, modes: boolean): boolean {
  if (fix.kind === 'secret') return false;
  if (fix.kind === 'mode') return modes;
  return true;
}

function readOriginal(file: string): Original | undefined {
  try {
    const bytes = fs.readFileSync(file);
    const decoded = decodeText(bytes);
    return { text: decoded.text, encoding: decoded.encoding, mode: fs.statSync(file).mode };
  } catch {
    return undefined;
  }
}

/** Writes in the file's own encoding (a BOM stays, Latin-1 stays Latin-1) and keeps its mode. */
function writeBack(file: string, text: string, original: Original): void {
  const body =
    original.encoding === 'latin-1'
      ? Buffer.from(text, 'latin1')
      : Buffer.from(original.encoding === 'utf-8-bom' ? `\uFEFF${text}` : text, 'utf8');
  fs.writeFileSync(file, body, { mode: original.mode & 0o7777 });
}
