import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import { describeError, type Logger } from './logger.ts';

/** A request the server refuses for a reason the user can act on (bad parameters, unknown rule). */
export class RequestFailure extends Error {
  constructor(
    message: string,
    readonly code: number = ErrorCodes.InvalidParams,
  ) {
    super(message);
  }
}

/** The request was cancelled by the client before it finished. */
export class RequestCancelled extends Error {
  constructor() {
    super('The request was cancelled.');
  }
}

type Handler<P, R> = (params: P, token: CancellationToken) => R | Promise<R>;

/**
 * Wraps a request handler so that nothing it throws can take the server down: the error is
 * logged (with its stack when it is a bug) and the client gets an error response.
 */
export function guardRequest<P, R>(
  log: Logger,
  method: string,
  handler: Handler<P, R>,
): (params: P, token: CancellationToken) => Promise<R | ResponseError<void>> {
  return async (params, token) => {
    try {
      return await handler(params, token);
    } catch (error) {
      if (error instanceof RequestCancelled)
        return new ResponseError(LSPErrorCodes.RequestCancelled, error.message);
      if (error instanceof RequestFailure) {
        log.warn(`${method}: ${error.message}`);
        return new ResponseError(error.code, error.message);
      }
      log.error(`${method} failed: ${describeError(error)}`);
      const message = error instanceof Error ? error.message : String(error);
      return new ResponseError(ErrorCodes.InternalError, `Harden: ${method} failed: ${message}`);
    }
  };
}

/** Same for notifications, which have no response: the error is only logged. */
export function guardNotification<P>(
  log: Logger,
  method: string,
  handler: (params: P) => void | Promise<void>,
): (params: P) => void {
  return (params) => {
    try {
      const result = handler(params);
      if (result instanceof Promise)
        result.catch((error: unknown) => log.error(`${method} failed: ${describeError(error)}`));
    } catch (error) {
      log.error(`${method} failed: ${describeError(error)}`);
    }
  };
}
