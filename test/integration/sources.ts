/** Helpers for the editor's integration tests: private source files, selections, sidecars. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parseSidecar } from '../../src/sidecar/parse';
import type { Sidecar } from '../../src/sidecar/types';
import type { DocumentState } from '../../src/editor/api';
import { ARTICLE } from '../fixtures/article';
import { getApi, waitFor, workspaceRoot } from './util';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
let counter = 0;

export { ARTICLE };

/** A fresh `.txt` in the workspace (associated by the sample folder's include glob). */
export async function writeSource(text: string, ext = 'txt'): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), `it-${Date.now()}-${counter++}.${ext}`);
  await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
  return uri;
}

export function sidecarUri(source: vscode.Uri): vscode.Uri {
  return source.with({ path: `${source.path}.scrapemark.yaml` });
}

/** Opens a source, waits until the extension has analysed and painted it. */
export async function openSource(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  const api = await getApi();
  assert.equal(await api.ready(uri), true, 'the file is a Scrapemark source');
  return editor;
}

export async function newSource(
  text = ARTICLE,
): Promise<{ uri: vscode.Uri; editor: vscode.TextEditor }> {
  const uri = await writeSource(text);
  return { uri, editor: await openSource(uri) };
}

/** Selects the first occurrence of `needle` (after `from`) and returns the selection's offsets. */
export function select(
  editor: vscode.TextEditor,
  needle: string,
  from = 0,
): { start: number; end: number } {
  const text = editor.document.getText();
  const start = text.indexOf(needle, from);
  assert.ok(start >= 0, `${JSON.stringify(needle)} is in the document`);
  const end = start + needle.length;
  editor.selection = new vscode.Selection(
    editor.document.positionAt(start),
    editor.document.positionAt(end),
  );
  return { start, end };
}

export function placeCursor(editor: vscode.TextEditor, offset: number): void {
  const p = editor.document.positionAt(offset);
  editor.selection = new vscode.Selection(p, p);
}

export async function state(uri: vscode.Uri): Promise<DocumentState> {
  const api = await getApi();
  await api.ready(uri);
  const s = api.getState(uri);
  assert.ok(s, 'the document has a Scrapemark state');
  return s;
}

export function memorySidecar(s: DocumentState): Sidecar {
  return s.sidecar as Sidecar;
}

export async function readText(uri: vscode.Uri): Promise<string | null> {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return null;
  }
}

/** The sidecar on disk, parsed (fails the test when missing or invalid). */
export async function diskSidecar(source: vscode.Uri): Promise<Sidecar> {
  const text = await readText(sidecarUri(source));
  assert.ok(text !== null, 'the sidecar exists on disk');
  const parsed = parseSidecar(text);
  assert.ok(parsed.ok, `the sidecar is valid: ${parsed.ok ? '' : JSON.stringify(parsed.errors)}`);
  return parsed.sidecar;
}

/** Waits until the sidecar on disk satisfies `check`. */
export async function waitForDisk(
  source: vscode.Uri,
  check: (s: Sidecar) => boolean,
  what: string,
): Promise<Sidecar> {
  return waitFor(
    async () => {
      const text = await readText(sidecarUri(source));
      if (text === null) return undefined;
      const parsed = parseSidecar(text);
      return parsed.ok && check(parsed.sidecar) ? parsed.sidecar : undefined;
    },
    undefined,
    what,
  );
}

export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
}

/** True when a painted range of `key` covers [start, end) (line-like ranges are merged). */
export function painted(
  s: DocumentState,
  key: string,
  span: { start: number; end: number },
): boolean {
  return (s.decorations[key] ?? []).some((d) => d.start <= span.start && span.end <= d.end);
}
