/**
 * The language server's composition root: the real rules and formats, on the connection the
 * client chose (`--stdio`, `--node-ipc`, `--socket=…`, all handled by vscode-languageserver).
 * Everything else is wired in ./lsp/harden-server.ts.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { version } from '../../package.json';
import { ALL_RULE_METAS, ALL_RULES } from '../../rules/index.ts';
import { FORMATS } from './formats/index.ts';
import { startHardenServer } from './lsp/harden-server.ts';
import { describeError } from './lsp/logger.ts';
import { ruleDocsDirectories } from './lsp/rule-docs.ts';

const connection = createConnection(ProposedFeatures.all);

// A bug anywhere must cost one request, never the server.
process.on('uncaughtException', (error) =>
  connection.console.error(`Uncaught exception: ${describeError(error)}`),
);
process.on('unhandledRejection', (reason) =>
  connection.console.error(`Unhandled rejection: ${describeError(reason)}`),
);

startHardenServer(connection, {
  rules: ALL_RULES,
  ruleMetas: ALL_RULE_METAS,
  formats: FORMATS,
  version,
  docsDirectories: ruleDocsDirectories(__dirname),
});
