import * as vscode from 'vscode';

/**
 * Sets workspace settings for the duration of `body` and restores the previous values after,
 * even when the body fails. `section` is e.g. `harden` or `[dotenv]`-scoped `editor`.
 */
export async function withSettings<T>(
  changes: { section: string; key: string; value: unknown; languageId?: string }[],
  body: () => Promise<T>,
): Promise<T> {
  const previous: (() => Thenable<void>)[] = [];
  try {
    for (const change of changes) {
      const scope = change.languageId ? { languageId: change.languageId } : undefined;
      const config = vscode.workspace.getConfiguration(change.section, scope);
      const inspected = config.inspect(change.key);
      const before = change.languageId ? inspected?.workspaceLanguageValue : inspected?.workspaceValue;
      await config.update(
        change.key,
        change.value,
        vscode.ConfigurationTarget.Workspace,
        change.languageId !== undefined,
      );
      previous.unshift(() =>
        config.update(
          change.key,
          before,
          vscode.ConfigurationTarget.Workspace,
          change.languageId !== undefined,
        ),
      );
    }
    return await body();
  } finally {
    for (const restore of previous) await restore();
  }
}
