/** Quote detection and attribution. STUB: owned by the quotes work. */
import type { LineResult, Quote } from '../types';

export function findQuotes(_text: string, _lines: readonly LineResult[], _language: string): Quote[] {
  return [];
}
