import { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SNIFF_LENGTH, detectFormat } from '../engine/format-detection.ts';
import type { FormatId } from '../engine/types.ts';
import { pathToUri, uriToPath } from './uris.ts';

/**
 * Language ids that name a Harden format by themselves. `yaml` is not one: only Symfony's
 * config files are Symfony YAML, and the path says which those are.
 */
const FORMAT_OF_LANGUAGE: Readonly<Record<string, FormatId>> = {
  dotenv: 'dotenv',
  nginx: 'nginx',
  apacheconf: 'apache',
  shellscript: 'shell',
  dockerfile: 'shell',
  makefile: 'shell',
};

/**
 * The open buffers (incremental sync through `TextDocuments`) and what the engine needs to know
 * about them: their path, their format, and the overlay of unsaved texts that take precedence
 * over the disk.
 */
export class OpenDocuments {
  readonly documents = new TextDocuments(TextDocument);
  /** URIs never change their path: memoised, since audits look up thousands of paths. */
  private readonly paths = new Map<string, string | undefined>();

  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  all(): TextDocument[] {
    return this.documents.all();
  }

  /**
   * The path the engine uses for a document. Buffers that are not files (untitled) get a
   * virtual path under their scheme, so the same code paths apply; nothing exists there on disk.
   */
  pathOf(uri: string): string | undefined {
    if (this.paths.has(uri)) return this.paths.get(uri);
    let path = uriToPath(uri);
    if (path === undefined && uri.startsWith('untitled:'))
      path = `/untitled/${encodeURIComponent(uri.slice('untitled:'.length))}`;
    if (this.paths.size > 10_000) this.paths.clear();
    this.paths.set(uri, path);
    return path;
  }

  /** The URI of an engine path: the open document's own URI when there is one. */
  uriOf(path: string): string {
    for (const document of this.documents.all()) {
      if (this.pathOf(document.uri) === path) return document.uri;
    }
    return pathToUri(path);
  }

  byPath(path: string): TextDocument | undefined {
    for (const document of this.documents.all()) {
      if (this.pathOf(document.uri) === path) return document;
    }
    return undefined;
  }

  /**
   * The format of a document: the one the path and content say (so the editor agrees with the
   * CLI, which only has paths), else the one the user's language mode says.
   */
  formatOf(document: TextDocument): FormatId | undefined {
    const path = this.pathOf(document.uri);
    const byPath =
      path === undefined ? undefined : detectFormat(path, () => document.getText().slice(0, SNIFF_LENGTH));
    return byPath ?? FORMAT_OF_LANGUAGE[document.languageId];
  }

  /** Unsaved texts by engine path, for the workspace view of one lint or audit. */
  overlay(): Map<string, string> {
    const overlay = new Map<string, string>();
    for (const document of this.documents.all()) {
      const path = uriToPath(document.uri);
      if (path !== undefined) overlay.set(path, document.getText());
    }
    return overlay;
  }
}
