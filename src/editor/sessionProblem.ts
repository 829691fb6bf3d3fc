/** What needs the annotator's attention in a session, as one line (status bar, test API). */
import * as vscode from 'vscode';
import type { SourceSession } from './session';

export function describeProblem(s: SourceSession): string | undefined {
  if (s.problems.length > 0) {
    return vscode.l10n.t(
      'The annotation file is invalid ({0} errors); it will not be overwritten.',
      s.problems.length,
    );
  }
  if (s.conflict) {
    return vscode.l10n.t(
      'The annotation file changed on disk while you had unsaved annotation changes.',
    );
  }
  const { unanchored } = s.counts();
  if (unanchored > 0)
    return vscode.l10n.t('{0} annotations are orphaned or fuzzily anchored.', unanchored);
  if (s.stale) {
    return vscode.l10n.t(
      'The source changed since it was annotated; annotations were re-anchored.',
    );
  }
  if (s.dirty && s.doc.isDirty)
    return vscode.l10n.t('Annotation changes are saved with the source file.');
  return undefined;
}

/** Why annotation commands refuse: the sidecar on disk is invalid. */
export function notWritable(s: SourceSession): Error {
  return new Error(
    vscode.l10n.t(
      'The annotation file {0} is invalid; fix it first (see Problems).',
      s.sidecarUri.path.split('/').pop() ?? '',
    ),
  );
}
