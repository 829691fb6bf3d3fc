/**
 * Which documents are scraped sources: the `scrapemark-source` language (set by "Annotate This
 * File" or by the user), a `scrapemark.sources.include` glob, or an existing sidecar next to it.
 */
import * as vscode from 'vscode';
import { LANGUAGE_ID } from './constants';
import { readSettings } from './settings';
import { isSidecarName } from '../sidecar/path';
import { sidecarUriFor } from './sidecarFiles';

/** Schemes whose documents can have a sidecar next to them (not output panes, git views, …). */
const SOURCE_SCHEMES = new Set(['file', 'vscode-remote', 'vscode-vfs', 'vscode-test-web', 'memfs']);

export function isCandidate(doc: vscode.TextDocument): boolean {
  return SOURCE_SCHEMES.has(doc.uri.scheme) && !isSidecarUri(doc.uri);
}

export function isSidecarUri(uri: vscode.Uri): boolean {
  return isSidecarName(uri.path);
}

export function matchesInclude(doc: vscode.TextDocument): boolean {
  const globs = readSettings(doc.uri).include;
  return globs.some((pattern) => vscode.languages.match({ pattern }, doc) > 0);
}

export async function hasSidecar(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(sidecarUriFor(uri));
    return true;
  } catch {
    return false;
  }
}

/** True when the document should be analysed and annotated. */
export async function isAssociated(doc: vscode.TextDocument): Promise<boolean> {
  if (!isCandidate(doc)) return false;
  if (doc.languageId === LANGUAGE_ID || matchesInclude(doc)) return true;
  return hasSidecar(doc.uri);
}
