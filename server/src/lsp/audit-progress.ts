import type {
  CancellationToken,
  Connection,
  ProgressToken,
  WorkDoneProgressReporter,
} from 'vscode-languageserver';

export interface AuditProgress {
  /** Set when the server created the progress: the client's Cancel button fires it. */
  token?: CancellationToken;
  report(done: number, total: number, label: string): void;
  done(): void;
}

const TITLE = 'Harden: auditing the workspace';
/** Progress messages are throttled: a fast audit must not flood the client. */
const MIN_INTERVAL_MS = 100;

/**
 * Work-done progress for an audit: on the client's token when it sent one, else on a token
 * the server asks the client to create, else none.
 */
export async function startProgress(
  connection: Connection,
  workDoneToken: ProgressToken | undefined,
  serverProgress: boolean,
): Promise<AuditProgress> {
  let reporter: WorkDoneProgressReporter | undefined;
  let token: CancellationToken | undefined;
  if (workDoneToken !== undefined) {
    reporter = connection.window.attachWorkDoneProgress(workDoneToken);
  } else if (serverProgress) {
    try {
      const created = await connection.window.createWorkDoneProgress();
      reporter = created;
      token = created.token;
    } catch {
      reporter = undefined;
    }
  }
  if (!reporter) return { report: () => undefined, done: () => undefined };
  reporter.begin(TITLE, 0, 'Finding configuration files…', true);
  const active = reporter;
  let lastSent = 0;
  let lastPercentage = -1;
  return {
    token,
    report(done, total, label) {
      const percentage = total === 0 ? 100 : Math.floor((done / total) * 100);
      const now = Date.now();
      if (done !== total && (percentage === lastPercentage || now - lastSent < MIN_INTERVAL_MS)) return;
      lastSent = now;
      lastPercentage = percentage;
      active.report(percentage, `${label}${done}/${total} files`);
    },
    done() {
      active.done();
    },
  };
}
