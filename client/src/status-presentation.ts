import type { StatusParams } from '../../server/src/shared/protocol.ts';

/** The server's own states, plus `stopped` when the client lost or could not start it. */
export type ServerState = StatusParams['state'] | 'stopped';

export interface ServerStatusView {
  state: ServerState;
  lastLint?: StatusParams['lastLint'];
  message?: string;
}

export interface StatusPresentation {
  text: string;
  detail: string;
  warning: boolean;
  busy: boolean;
}

const STATE_LABEL: Record<ServerState, string> = {
  starting: 'starting',
  ready: 'ready',
  linting: 'linting',
  auditing: 'auditing the workspace',
  error: 'error',
  stopped: 'server stopped',
};

export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '';
  if (ms < 10) return `${ms.toFixed(1)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

function fileName(uri: string): string {
  const last = uri.split('/').pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/**
 * What the language status item shows: `Harden`, with the state and the last lint (file, time
 * taken, clock time) as detail. `formatTime` is injectable so the output does not depend on
 * the machine's locale in tests.
 */
export function statusPresentation(
  view: ServerStatusView,
  formatTime: (date: Date) => string = (date) => date.toLocaleTimeString(),
): StatusPresentation {
  const parts: string[] = [STATE_LABEL[view.state]];
  if ((view.state === 'error' || view.state === 'stopped') && view.message) parts.push(view.message);
  if (view.lastLint) {
    const at = new Date(view.lastLint.at);
    const when = Number.isNaN(at.getTime()) ? '' : ` at ${formatTime(at)}`;
    const duration = formatDuration(view.lastLint.durationMs);
    parts.push(`last lint: ${fileName(view.lastLint.uri)}${duration ? ` in ${duration}` : ''}${when}`);
  }
  return {
    text: 'Harden',
    detail: parts.join(' · '),
    warning: view.state === 'error' || view.state === 'stopped',
    busy: view.state === 'starting' || view.state === 'linting' || view.state === 'auditing',
  };
}
