import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ResponseError } from 'vscode-languageserver-protocol';
import { isCancellation, requestFailureMessage } from '../../../client/src/request-errors.ts';

describe('request errors', () => {
  test('recognises a cancelled request', () => {
    assert.equal(isCancellation(new ResponseError(-32800, 'Request got cancelled')), true);
    assert.equal(isCancellation(new ResponseError(-32603, 'Internal error')), false);
    assert.equal(isCancellation(new Error('x')), false);
    assert.equal(isCancellation(undefined), false);
  });

  test('tells the user how to get a stopped server back', () => {
    assert.match(
      requestFailureMessage('audit the workspace', new ResponseError(-32096, 'Client is not running')),
      /^Harden: cannot audit the workspace: the language server is not running\. Run "Harden: Restart Server"/,
    );
  });

  test("passes the server's reason on", () => {
    assert.equal(
      requestFailureMessage('export the report', new ResponseError(-32603, 'no audit yet')),
      'Harden: cannot export the report: no audit yet',
    );
  });
});
