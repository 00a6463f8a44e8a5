import { LanguageStatusSeverity, languages } from 'vscode';
import type { Disposable, LanguageStatusItem } from 'vscode';
import { State } from 'vscode-languageclient/node';
import { COMMANDS } from '../../server/src/shared/protocol.ts';
import type { StatusParams } from '../../server/src/shared/protocol.ts';
import { STATUS_DOCUMENT_SELECTOR } from './document-selector.ts';
import { statusPresentation } from './status-presentation.ts';
import type { ServerStatusView } from './status-presentation.ts';

/** The "Harden" language status item: the server's state and its last lint, from `harden/status`. */
export class ServerStatusItem implements Disposable {
  private readonly item: LanguageStatusItem;
  private view: ServerStatusView = { state: 'starting' };

  constructor() {
    this.item = languages.createLanguageStatusItem('harden.status', [...STATUS_DOCUMENT_SELECTOR]);
    this.item.name = 'Harden';
    this.item.command = { title: 'Show Output', command: COMMANDS.showOutput };
    this.render();
  }

  serverStatus(params: StatusParams): void {
    // A status without `lastLint` (e.g. `auditing`) keeps showing the previous lint.
    this.view = {
      state: params.state,
      lastLint: params.lastLint ?? this.view.lastLint,
      message: params.message,
    };
    this.render();
  }

  clientState(state: State): void {
    if (state === State.Starting) this.view = { ...this.view, state: 'starting', message: undefined };
    else if (state === State.Stopped) this.view = { ...this.view, state: 'stopped' };
    // An initialized server is ready until it says otherwise (its own `harden/status` may come first).
    else if (this.view.state === 'starting' || this.view.state === 'stopped') {
      this.view = { ...this.view, state: 'ready', message: undefined };
    }
    this.render();
  }

  startFailed(message: string): void {
    this.view = { ...this.view, state: 'stopped', message };
    this.render();
  }

  private render(): void {
    const presentation = statusPresentation(this.view);
    this.item.text = presentation.text;
    this.item.detail = presentation.detail;
    this.item.busy = presentation.busy;
    this.item.severity = presentation.warning
      ? LanguageStatusSeverity.Warning
      : LanguageStatusSeverity.Information;
  }

  dispose(): void {
    this.item.dispose();
  }
}
