import type {
  WorkDoneProgressBegin,
  WorkDoneProgressEnd,
  WorkDoneProgressReport,
} from 'vscode-languageclient';

/** What `vscode.Progress.report` takes: a message and an increment (not a total) in percent. */
export interface ProgressStep {
  message?: string;
  increment?: number;
}

/**
 * Turns the server's `$/progress` values into notification steps. LSP reports an absolute
 * percentage while VS Code wants increments, so the forwarder remembers what it reported;
 * a percentage that goes back or past 100 never moves the bar backwards or beyond the end.
 */
export class WorkDoneProgressForwarder {
  private reported = 0;

  step(
    value: WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd,
  ): ProgressStep | undefined {
    // The notification closes when the request returns; `end` carries nothing to show.
    if (value.kind === 'end') return undefined;
    const step: ProgressStep = {};
    if (value.message !== undefined && value.message !== '') step.message = value.message;
    if (typeof value.percentage === 'number' && Number.isFinite(value.percentage)) {
      const target = Math.min(100, value.percentage);
      if (target > this.reported) {
        step.increment = target - this.reported;
        this.reported = target;
      }
    }
    return step.message === undefined && step.increment === undefined ? undefined : step;
  }
}
