/** Sidecar file I/O through vscode.workspace.fs only (works in the browser host too). */
import * as vscode from 'vscode';
import { sidecarPathFor } from '../sidecar/path';

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

/** The sidecar next to a source: `<name>.txt` → `<name>.txt.scrapemark.yaml`. */
export function sidecarUriFor(source: vscode.Uri): vscode.Uri {
  return source.with({ path: sidecarPathFor(source.path) });
}

/** The file's text, or null when it does not exist. */
export async function readTextFile(uri: vscode.Uri): Promise<string | null> {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return null;
    throw e;
  }
}

export async function writeTextFile(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
}

export async function readBytes(uri: vscode.Uri): Promise<Uint8Array> {
  return vscode.workspace.fs.readFile(uri);
}
