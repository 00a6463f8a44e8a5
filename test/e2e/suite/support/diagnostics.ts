import * as vscode from 'vscode';

/** Harden's diagnostics of a file (other extensions' diagnostics are ignored). */
export function hardenDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'harden');
}

/** The rule id of a diagnostic (`code` is `{ value, target }` when the server sends a docs link). */
export function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function docsLinkOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? code.target.toString(true) : undefined;
}

export function withRule(uri: vscode.Uri, ruleId: string): vscode.Diagnostic[] {
  return hardenDiagnostics(uri).filter((d) => ruleIdOf(d) === ruleId);
}

/** A compact, comparable view of a diagnostic: `rule@line:col-line:col`. */
export function describeDiagnostic(d: vscode.Diagnostic): string {
  const r = d.range;
  return `${ruleIdOf(d)}@${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/**
 * Resolves once `predicate` holds for the file's Harden diagnostics, re-checking on every
 * `onDidChangeDiagnostics` event for it: no polling, no fixed sleep. The timeout only bounds a
 * failure, and its message shows what the diagnostics were instead.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 30_000,
): Promise<vscode.Diagnostic[]> {
  const current = hardenDiagnostics(uri);
  if (predicate(current)) return Promise.resolve(current);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      const seen = hardenDiagnostics(uri).map(describeDiagnostic).join(', ') || 'none';
      reject(
        new Error(
          `timed out after ${timeoutMs} ms waiting for ${what} in ${uri.fsPath}; Harden diagnostics: ${seen}`,
        ),
      );
    }, timeoutMs);
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((u) => u.toString() === uri.toString())) return;
      const diagnostics = hardenDiagnostics(uri);
      if (!predicate(diagnostics)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(diagnostics);
    });
  });
}

/** Waits until the file has a Harden diagnostic of `ruleId` and returns them all. */
export function waitForRule(
  uri: vscode.Uri,
  ruleId: string,
  timeoutMs?: number,
): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(
    uri,
    (ds) => ds.some((d) => ruleIdOf(d) === ruleId),
    `a ${ruleId} diagnostic`,
    timeoutMs,
  );
}

export function waitForRuleGone(
  uri: vscode.Uri,
  ruleId: string,
  timeoutMs?: number,
): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(
    uri,
    (ds) => !ds.some((d) => ruleIdOf(d) === ruleId),
    `no ${ruleId} diagnostic`,
    timeoutMs,
  );
}

/**
 * Records every change of the file's diagnostics from now on, for checks that something did NOT
 * happen (no lint while typing in `onSave` mode): such a check needs a window of time.
 */
export function recordDiagnosticChanges(uri: vscode.Uri) {
  const changes: string[][] = [];
  const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
    if (event.uris.some((u) => u.toString() === uri.toString())) {
      changes.push(hardenDiagnostics(uri).map(describeDiagnostic));
    }
  });
  return {
    changes,
    dispose: () => subscription.dispose(),
  };
}

/**
 * Resolves once the file's diagnostics have not changed for `quietMs`: settings changes reach the
 * server as several notifications, each re-linting open files, and a check of "no lint while
 * typing" must start after the last of them.
 */
export function waitForQuiet(uri: vscode.Uri, quietMs: number, timeoutMs = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let quiet = setTimeout(done, quietMs);
    const deadline = setTimeout(() => {
      clearTimeout(quiet);
      subscription.dispose();
      reject(new Error(`the diagnostics of ${uri.fsPath} kept changing for ${timeoutMs} ms`));
    }, timeoutMs);
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((u) => u.toString() === uri.toString())) return;
      clearTimeout(quiet);
      quiet = setTimeout(done, quietMs);
    });
    function done() {
      clearTimeout(deadline);
      subscription.dispose();
      resolve();
    }
  });
}
