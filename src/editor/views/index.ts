/** Registers the views and language features: tree, hovers, diagnostics, code actions, CodeLens. */
import * as vscode from 'vscode';
import { ViewId } from '../constants';
import { SOURCE_SELECTOR } from '../contextKeys';
import type { Sessions } from '../sessions';
import { AnnotationsTree } from './annotationsTree';
export { AnnotationsTree };
import { AnnotationCodeActions } from './codeActions';
import { ProposalCodeLens } from './codeLens';
import { Diagnostics } from './diagnostics';
import { AnnotationHover } from './hover';

export function registerViews(
  sessions: Sessions,
  tree = new AnnotationsTree(sessions),
): vscode.Disposable {
  const lens = new ProposalCodeLens(sessions);
  return vscode.Disposable.from(
    tree,
    lens,
    new Diagnostics(sessions),
    vscode.window.createTreeView(ViewId.annotations, {
      treeDataProvider: tree,
      showCollapseAll: true,
    }),
    vscode.languages.registerHoverProvider(SOURCE_SELECTOR, new AnnotationHover(sessions)),
    vscode.languages.registerCodeActionsProvider(
      SOURCE_SELECTOR,
      new AnnotationCodeActions(sessions),
      {
        providedCodeActionKinds: AnnotationCodeActions.kinds,
      },
    ),
    vscode.languages.registerCodeLensProvider(SOURCE_SELECTOR, lens),
  );
}
