/** Expands stems with a list of endings: forms(['сказа'], ['л', 'ла']) → ['сказал', 'сказала']. */
export function forms(stems: readonly string[], endings: readonly string[]): string[] {
  const out: string[] = [];
  for (const s of stems) for (const e of endings) out.push(s + e);
  return out;
}
