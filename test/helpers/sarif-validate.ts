/**
 * Validates a SARIF log with Microsoft's official validator (`sarif-multitool validate`, from the
 * npm package @microsoft/sarif-multitool; it runs offline). Its output is itself a SARIF log whose
 * results are the violations: level "error" (schema errors, SARIF1xxx, GitHub's GH1xxx
 * requirements for code scanning) fails a report; warnings are advice worth reading.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './rule-docs.ts';

const run = promisify(execFile);

export interface SarifValidation {
  errors: string[];
  warnings: string[];
}

export interface SarifValidateOptions {
  /**
   * Rule families of the validator: `Sarif` (the spec), `Gh` (GitHub's ingestion limits) and
   * `Ghas` (what GitHub Advanced Security needs). All three by default: Harden's SARIF is meant
   * for code scanning.
   */
  ruleKinds?: readonly ('Sarif' | 'Gh' | 'Ghas')[];
}

interface ValidatorLog {
  runs?: {
    tool?: { driver?: { rules?: ValidatorRule[] } };
    results?: ValidatorResult[];
    invocations?: {
      executionSuccessful?: boolean;
      toolExecutionNotifications?: ValidatorResult[];
      toolConfigurationNotifications?: ValidatorResult[];
    }[];
  }[];
}

interface ValidatorRule {
  id: string;
  defaultConfiguration?: { level?: string };
  messageStrings?: Record<string, { text?: string }>;
}

interface ValidatorResult {
  level?: string;
  ruleId?: string;
  ruleIndex?: number;
  descriptor?: { id?: string };
  locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[];
  message?: { text?: string; id?: string; arguments?: string[] };
}

/** The platform binary itself: the npm wrapper goes through a shell, which this helper avoids. */
function multitoolBinary(): string {
  const require = createRequire(path.join(REPO_ROOT, 'package.json'));
  const wrapper = path.dirname(require.resolve('@microsoft/sarif-multitool/package.json'));
  const platformRequire = createRequire(path.join(wrapper, 'package.json'));
  return platformRequire(`@microsoft/sarif-multitool-${process.platform}`) as string;
}

/**
 * The validator's policy: its built-in settings, except SARIF2006, which fetches every URI of the
 * log over HTTP to see whether it answers. Tests never use the network (and the rule only ever
 * says "note").
 */
const POLICY = `<?xml version="1.0" encoding="utf-8"?>
<Properties>
  <Properties Key="SARIF2006.UrisShouldBeReachable.Options" Type="PropertiesDictionary">
    <Property Key="RuleEnabled" Value="Disabled" Type="Microsoft.CodeAnalysis.Sarif.Driver.RuleEnabledState" />
  </Properties>
</Properties>
`;

export async function validateSarif(
  sarifText: string,
  options: SarifValidateOptions = {},
): Promise<SarifValidation> {
  const [validation] = await validateSarifLogs([sarifText], options);
  return validation!;
}

/** Validates several logs with one run of the validator (it starts slowly); one answer per log, in order. */
export async function validateSarifLogs(
  sarifTexts: readonly string[],
  options: SarifValidateOptions = {},
): Promise<SarifValidation[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'harden-sarif-'));
  try {
    const inputs = sarifTexts.map((text, index) => {
      const input = path.join(dir, `log-${index}.sarif`);
      fs.writeFileSync(input, text);
      return input;
    });
    const output = path.join(dir, 'validation.sarif.json');
    const policy = path.join(dir, 'policy.xml');
    fs.writeFileSync(policy, POLICY);
    const kinds = (options.ruleKinds ?? ['Sarif', 'Gh', 'Ghas']).join(';');
    const args = ['validate', ...inputs, '--output', output, '--log', 'ForceOverwrite', '--rule-kind', kinds];
    try {
      await run(multitoolBinary(), [...args, '--config', policy, '--quiet'], {
        timeout: 180_000,
        // The .NET single-file binary needs no ICU data in invariant mode, and must not phone home.
        env: {
          ...process.env,
          DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1',
          DOTNET_CLI_TELEMETRY_OPTOUT: '1',
          DOTNET_NOLOGO: '1',
        },
      });
    } catch (error) {
      // The validator exits 0 whatever it finds in the logs: any other exit is its own failure.
      const failure = error as { stdout?: string; stderr?: string; message?: string };
      throw new Error(`sarif-multitool failed: ${failure.stderr || failure.stdout || failure.message}`, {
        cause: error,
      });
    }
    return readValidation(JSON.parse(fs.readFileSync(output, 'utf8')) as ValidatorLog, inputs);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function readValidation(log: ValidatorLog, inputs: readonly string[]): SarifValidation[] {
  const answers = inputs.map((): SarifValidation => ({ errors: [], warnings: [] }));
  const byName = new Map(inputs.map((input, index) => [path.basename(input), index]));
  for (const run of log.runs ?? []) {
    if (run.invocations?.some((invocation) => invocation.executionSuccessful === false)) {
      throw new Error('sarif-multitool reports that its run failed');
    }
    const rules = run.tool?.driver?.rules ?? [];
    const notifications = (run.invocations ?? []).flatMap((invocation) => [
      ...(invocation.toolExecutionNotifications ?? []),
      ...(invocation.toolConfigurationNotifications ?? []),
    ]);
    for (const result of [...(run.results ?? []), ...notifications]) {
      const rule =
        result.ruleIndex !== undefined ? rules[result.ruleIndex] : rules.find((r) => r.id === result.ruleId);
      // SARIF's default level is "warning" unless the rule's configuration says otherwise.
      const level = result.level ?? rule?.defaultConfiguration?.level ?? 'warning';
      if (level !== 'error' && level !== 'warning') continue;
      // The one rule POLICY turns off, on purpose.
      if (
        result.descriptor?.id === 'WRN999.RuleExplicitlyDisabled' &&
        result.message?.text?.includes("'SARIF2006'")
      )
        continue;
      const text = `${result.ruleId ?? result.descriptor?.id ?? 'validator'}: ${messageOf(result, rule)}`;
      // A result names the log it is about; one that names none concerns them all.
      const uri = result.locations?.[0]?.physicalLocation?.artifactLocation?.uri;
      const index =
        uri === undefined ? undefined : byName.get(decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1)));
      for (const [i, answer] of answers.entries()) {
        if (index !== undefined && index !== i) continue;
        (level === 'error' ? answer.errors : answer.warnings).push(text);
      }
    }
  }
  return answers;
}
/** Fills the rule's message template (`{0}`, `{1}`…) with the result's arguments. */
function messageOf(result: ValidatorResult, rule: ValidatorRule | undefined): string {
  const message = result.message ?? {};
  const args = message.arguments ?? [];
  const template = message.text ?? (message.id ? rule?.messageStrings?.[message.id]?.text : undefined);
  if (template === undefined) return [message.id, ...args].filter(Boolean).join(' | ');
  // .NET composite format: `{0}` is an argument, `{{` and `}}` are literal braces.
  return template.replace(/\{\{|\}\}|\{(\d+)\}/g, (whole, index: string | undefined) =>
    index === undefined ? whole[0]! : (args[Number(index)] ?? whole),
  );
}
