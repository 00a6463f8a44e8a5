import { FileType, Uri, commands, languages, window, workspace } from 'vscode';
import type { QuickPickItem } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RULE_DOCS_REQUEST } from '../../server/src/shared/protocol.ts';
import type { RuleDocsParams, RuleDocsResult } from '../../server/src/shared/protocol.ts';
import { requestFailureMessage } from './request-errors.ts';
import { isRuleId, pageTitle, ruleIdFromArgument, rulePageSegments, rulesInDiagnostics } from './rule-ids.ts';

interface RuleItem extends QuickPickItem {
  ruleId: string;
}

async function exists(uri: Uri): Promise<boolean> {
  try {
    await workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Every page bundled under `rules/`, with its title (read only when the picker is opened). */
async function bundledRules(extensionUri: Uri): Promise<RuleItem[]> {
  const rulesDir = Uri.joinPath(extensionUri, 'rules');
  let formats: [string, FileType][];
  try {
    formats = await workspace.fs.readDirectory(rulesDir);
  } catch {
    return [];
  }
  const decoder = new TextDecoder();
  const pages = await Promise.all(
    formats
      .filter(([, type]) => type === FileType.Directory)
      .map(async ([format]) => {
        const entries = await workspace.fs.readDirectory(Uri.joinPath(rulesDir, format));
        return entries
          .filter(([name, type]) => type === FileType.File && name.endsWith('.md'))
          .map(([name]) => `${format}/${name.slice(0, -'.md'.length)}`)
          .filter(isRuleId);
      }),
  );
  const ruleIds = pages.flat().sort();
  return Promise.all(
    ruleIds.map(async (ruleId): Promise<RuleItem> => {
      let title: string | undefined;
      try {
        title = pageTitle(
          decoder.decode(
            await workspace.fs.readFile(Uri.joinPath(extensionUri, ...rulePageSegments(ruleId))),
          ),
        );
      } catch {
        title = undefined;
      }
      return { label: ruleId, description: title, ruleId };
    }),
  );
}

/** The rules reported in the active editor, or every rule when it has none. */
async function pickRuleId(extensionUri: Uri): Promise<string | undefined> {
  const editor = window.activeTextEditor;
  const reported = editor ? rulesInDiagnostics(languages.getDiagnostics(editor.document.uri)) : [];
  const items: RuleItem[] =
    reported.length > 0
      ? reported.map((rule) => ({
          label: rule.ruleId,
          description: rule.count === 1 ? '1 problem in this file' : `${rule.count} problems in this file`,
          detail: rule.firstMessage,
          ruleId: rule.ruleId,
        }))
      : await bundledRules(extensionUri);
  if (items.length === 0) {
    void window.showInformationMessage('Harden: no rule documentation found.');
    return undefined;
  }
  const picked = await window.showQuickPick(items, {
    title: 'Harden: Show Rule Documentation',
    placeHolder: reported.length > 0 ? 'Rules reported in this file' : 'Rule',
    matchOnDescription: true,
  });
  return picked?.ruleId;
}

/**
 * "Harden: Show Rule Documentation": the rule's page bundled in the extension, in the Markdown
 * preview (offline). The server's copy, in an untitled document, is the fallback.
 */
export async function showRuleDocumentation(
  client: LanguageClient,
  extensionUri: Uri,
  arg?: unknown,
): Promise<void> {
  if (typeof arg === 'string' && ruleIdFromArgument(arg) === undefined) {
    void window.showErrorMessage(`Harden: "${arg}" is not a rule id.`);
    return;
  }
  // Anything else that names no rule (nothing from the palette, a resource from a menu) asks.
  const ruleId = ruleIdFromArgument(arg) ?? (await pickRuleId(extensionUri));
  if (ruleId === undefined) return;
  const page = Uri.joinPath(extensionUri, ...rulePageSegments(ruleId));
  if (await exists(page)) {
    await commands.executeCommand('markdown.showPreview', page);
    return;
  }
  let docs: RuleDocsResult;
  try {
    const params: RuleDocsParams = { ruleId };
    docs = await client.sendRequest<RuleDocsResult>(RULE_DOCS_REQUEST, params);
  } catch (error) {
    void window.showErrorMessage(requestFailureMessage(`show the documentation of ${ruleId}`, error));
    return;
  }
  const document = await workspace.openTextDocument({ language: 'markdown', content: docs.markdown });
  await window.showTextDocument(document);
}
