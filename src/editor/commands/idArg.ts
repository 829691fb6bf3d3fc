/** Command arguments that name an annotation: an id string, a tree item, or `{ id, uri }`. */
import * as vscode from 'vscode';

export function idArg(arg: unknown): { id?: string; uri?: vscode.Uri } {
  if (typeof arg === 'string') return { id: arg };
  if (arg && typeof arg === 'object') {
    const o = arg as { id?: unknown; annotationId?: unknown; uri?: unknown };
    const id =
      typeof o.annotationId === 'string'
        ? o.annotationId
        : typeof o.id === 'string'
          ? o.id
          : undefined;
    const uri = o.uri instanceof vscode.Uri ? o.uri : undefined;
    return { ...(id ? { id } : {}), ...(uri ? { uri } : {}) };
  }
  return {};
}
