import type { Connection } from 'vscode-languageserver';
import { STATUS_NOTIFICATION, type StatusParams } from '../shared/protocol.ts';

/** Tells the client what the server is doing, for its language status item. */
export class StatusReporter {
  private lastLint: StatusParams['lastLint'];
  private auditing = false;

  constructor(private readonly connection: Connection) {}

  ready(message?: string): void {
    this.send(message === undefined ? { state: 'ready' } : { state: 'ready', message });
  }

  lintStarted(): void {
    if (!this.auditing) this.send({ state: 'linting' });
  }

  linted(uri: string, durationMs: number): void {
    this.lastLint = { uri, durationMs: Math.round(durationMs * 10) / 10, at: new Date().toISOString() };
    if (!this.auditing) this.send({ state: 'ready' });
  }

  auditStarted(): void {
    this.auditing = true;
    this.send({ state: 'auditing' });
  }

  auditEnded(message: string): void {
    this.auditing = false;
    this.send({ state: 'ready', message });
  }

  auditFailed(message: string): void {
    this.auditing = false;
    this.send({ state: 'error', message });
  }

  error(message: string): void {
    this.send({ state: 'error', message });
  }

  private send(params: StatusParams): void {
    const withLint = this.lastLint ? { ...params, lastLint: this.lastLint } : params;
    void this.connection.sendNotification(STATUS_NOTIFICATION, withLint).catch(() => undefined);
  }
}
