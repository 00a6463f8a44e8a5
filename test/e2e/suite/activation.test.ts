/// <reference types="mocha" />
import assert from 'node:assert/strict';
import { hardenExtension } from './support/extension.ts';
import { hardenDiagnostics, waitForDiagnostics } from './support/diagnostics.ts';
import { openInEditor, workspaceUri } from './support/workspace-files.ts';

// Runs first (files run in name order): the workspace has no `.harden.yaml`, so nothing may have
// activated the extension before a config file is opened.
describe('activation', () => {
  it('stays inactive until a .env file is opened, then activates and lints it', async () => {
    const extension = hardenExtension();
    assert.equal(extension.isActive, false, 'Harden was active before any file it lints was opened');

    const uri = workspaceUri('app/.env.prod');
    const document = await openInEditor(uri);
    assert.equal(document.languageId, 'dotenv', '.env.prod must get the dotenv language');

    await waitForDiagnostics(uri, (ds) => ds.length > 0, 'the first Harden diagnostics', 60_000);
    assert.equal(extension.isActive, true);
    assert.ok(hardenDiagnostics(uri).every((d) => d.source === 'harden'));
  });

  it('declares the activation events and the capabilities it relies on', () => {
    const manifest = hardenExtension().packageJSON as {
      activationEvents: string[];
      capabilities: { untrustedWorkspaces: { supported: boolean | string } };
    };
    for (const event of ['onLanguage:dotenv', 'onLanguage:nginx', 'onLanguage:apacheconf']) {
      assert.ok(manifest.activationEvents.includes(event), `missing activation event ${event}`);
    }
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
  });
});
