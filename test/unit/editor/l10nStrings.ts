/** Collects the message strings of every `vscode.l10n.t('…')` call in src/editor (for tests). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

export function l10nMessages(root = path.join(__dirname, '../../../src/editor')): Set<string> {
  const out = new Set<string>();
  for (const file of files(root)) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (n: ts.Node): void => {
      if (
        ts.isCallExpression(n) &&
        ts.isPropertyAccessExpression(n.expression) &&
        n.expression.name.text === 't' &&
        n.expression.expression.getText(sf).endsWith('l10n')
      ) {
        const arg = n.arguments[0];
        if (arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)))
          out.add(arg.text);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return out;
}
