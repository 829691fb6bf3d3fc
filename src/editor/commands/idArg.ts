/** Command arguments that name an annotation: an id string, a tree item, or `{ id, uri }`. */
import * as vscode from 'vscode';

export function idArg(arg: unknown): { id?: string; uri?: vscode.Uri } {
  if (typeof arg === 'string') return { id: arg };
  if (arg && typeof arg === 'object' && 'a' in arg && 'session' in arg) {
    // A node of the Annotations tree (inline menu).
    const n = arg as { a: { id: string }; session: { doc: { uri: vscode.Uri } } };
    return { id: n.a.id, uri: n.session.doc.uri };
  }
  if (arg && typeof arg === 'object') {
    const o = arg as { id?: unknown; annotationId?: unknown; uri?: unknown };
    const id =
      typeof o.annotationId === 'string'
        ? o.annotationId
        : typeof o.id === 'string'
          ? o.id
          : undefined;
    const uri =
      o.uri instanceof vscode.Uri
        ? o.uri
        : typeof o.uri === 'string'
          ? vscode.Uri.parse(o.uri)
          : undefined;
    return { ...(id ? { id } : {}), ...(uri ? { uri } : {}) };
  }
  return {};
}
