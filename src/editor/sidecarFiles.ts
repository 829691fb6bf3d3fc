/** Sidecar file I/O through vscode.workspace.fs only (works in the browser host too). */
import * as vscode from 'vscode';
import { sidecarPathFor } from '../sidecar/path';
import type { Sidecar } from '../sidecar/types';
import * as ops from './sidecarOps';

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

const sourceDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * A sidecar file as this session last read or wrote it: our own writes are recognised by
 * content (the text is remembered before the write), so the watcher does not take them for
 * external changes.
 */
export class SidecarFile {
  /** The file's text as last read or written (null: no file). */
  text: string | null = null;

  constructor(readonly uri: vscode.Uri) {}

  /**
   * Writes `sidecar` (its source block refreshed from the source's bytes on disk) unless the file
   * already holds the same; returns the sidecar as written.
   */
  async write(sidecar: Sidecar, source: vscode.Uri): Promise<Sidecar> {
    const bytes = await readBytes(source);
    const next = ops.refreshSource(sidecar, sourceDecoder.decode(bytes), bytes);
    const text = ops.serializeIfChanged(next, this.text ?? undefined);
    if (text !== null) {
      const previous = this.text;
      this.text = text;
      try {
        await writeTextFile(this.uri, text);
      } catch (e) {
        this.text = previous;
        throw e;
      }
    }
    return next;
  }
}
