import { ErrorCodes, LSPErrorCodes } from 'vscode-languageserver-protocol';

function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
}

/** The server answered a cancelled request with `RequestCancelled` (or the client refused to send it). */
export function isCancellation(error: unknown): boolean {
  return errorCode(error) === LSPErrorCodes.RequestCancelled;
}

/** A sentence for the user about a failed request to the server. */
export function requestFailureMessage(action: string, error: unknown): string {
  if (errorCode(error) === ErrorCodes.ConnectionInactive) {
    return `Harden: cannot ${action}: the language server is not running. Run "Harden: Restart Server" and see "Harden: Show Output".`;
  }
  const reason = error instanceof Error ? error.message : String(error);
  return `Harden: cannot ${action}: ${reason}`;
}
