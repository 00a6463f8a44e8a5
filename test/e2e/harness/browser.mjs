// Debian's Chromium driven by playwright-core (no browser download: the binary comes from apt).
import { createWriteStream } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './cache-layout.mjs';

export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  });
}

/** Keeps the page's console errors and crashes in a file: the first place to look when a tier fails. */
export function recordConsole(page, path) {
  const out = createWriteStream(path);
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      out.write(`[${message.type()}] ${message.text().slice(0, 2000)}\n`);
    }
  });
  page.on('pageerror', (error) => out.write(`[pageerror] ${error.stack ?? error.message}\n`));
  return () => new Promise((resolve) => out.end(resolve));
}
