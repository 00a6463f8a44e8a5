// What a person does in the VS Code workbench, as playwright steps: answer the trust question,
// open a file from the explorer, run a command from F1, read notifications and the Problems panel.
// Selectors are VS Code's own DOM classes (the ones its smoke tests use).

const LONG = 60_000;

export async function openWorkbench(page, url) {
  await page.goto(url);
  await page.waitForSelector('.monaco-workbench .part.editor', { timeout: LONG });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: LONG });
}

/** The startup question "Do you trust the authors of the files in this folder?". */
export async function answerTrustDialog(page, trust) {
  const dialog = page.locator('.monaco-dialog-box');
  await dialog.waitFor({ state: 'visible', timeout: LONG });
  const text = await dialog.innerText();
  const label = trust ? 'Yes, I trust the authors' : "No, I don't trust the authors";
  await dialog.locator('.monaco-button', { hasText: label }).click();
  await dialog.waitFor({ state: 'hidden', timeout: LONG });
  return text;
}

function explorerRow(page, name) {
  // Rows are labelled with the file's name; match it exactly (".env" must not match ".env.prod").
  return page.locator('.explorer-folders-view .monaco-list-row').filter({
    has: page.locator('.label-name', {
      hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
    }),
  });
}

/** Clicks through the folders of `relativePath` in the explorer, then the file itself. */
export async function openFromExplorer(page, relativePath) {
  const segments = relativePath.split('/');
  for (const [i, name] of segments.entries()) {
    const row = explorerRow(page, name).first();
    await row.waitFor({ state: 'visible', timeout: LONG });
    const isFile = i === segments.length - 1;
    const expanded = await row.getAttribute('aria-expanded');
    if (isFile || expanded !== 'true') await row.click();
  }
  const fileName = segments.at(-1);
  // Tabs split the label into name and description: match the whole tab text.
  await page
    .locator('.tabs-container .tab.active')
    .filter({ hasText: fileName })
    .waitFor({ state: 'visible', timeout: LONG });
  await page.waitForSelector('.editor-instance .monaco-editor .view-lines', { timeout: LONG });
}

export async function waitForSquiggle(page, kind = 'warning') {
  await page.waitForSelector(`.editor-instance .monaco-editor .squiggly-${kind}`, {
    state: 'attached',
    timeout: LONG,
  });
  return page.locator(`.editor-instance .monaco-editor .squiggly-${kind}`).count();
}

/** Puts the cursor at a 1-based line and column with "Go to Line/Column" (Ctrl+G). */
export async function goToPosition(page, line, column) {
  await focusEditor(page);
  await page.keyboard.press('Control+g');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden' });
}

export async function focusEditor(page) {
  await page
    .locator('.editor-instance .monaco-editor .view-lines')
    .first()
    .click({ position: { x: 5, y: 5 } });
}

/** Runs a command from the command palette (F1) by its title, as a user types it. */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await page.keyboard.type(title);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ state: 'visible', timeout: 20_000 });
  await row.click();
  await input.waitFor({ state: 'hidden' });
}

/** A notification toast whose text matches; returns its locator once visible. */
export async function waitForToast(page, pattern, timeout = LONG) {
  const toast = page.locator('.notifications-toasts .notification-toast', { hasText: pattern }).first();
  await toast.waitFor({ state: 'visible', timeout });
  return toast;
}

export async function dismissToasts(page) {
  await runCommand(page, 'Notifications: Clear All Notifications');
}

/** Opens the Problems panel (Ctrl+Shift+M) and returns its rows' text. */
export async function problemsPanelRows(page) {
  await page.keyboard.press('Control+Shift+M');
  const rows = page.locator('.markers-panel .monaco-list-row');
  await rows.first().waitFor({ state: 'visible', timeout: LONG });
  return rows.allInnerTexts();
}

export function editorText(page) {
  return page.locator('.editor-instance .monaco-editor .view-lines').first().innerText();
}
