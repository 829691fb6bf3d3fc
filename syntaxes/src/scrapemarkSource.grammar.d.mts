// Types of scrapemarkSource.grammar.mjs (plain JavaScript so the build needs no TypeScript step).
export declare const SCOPE_NAME: string;
export declare const MAX_QUOTE_DEPTH: number;
export declare const MAX_SINGLE_QUOTE_SPAN: number;
export declare const SCOPES: Readonly<Record<string, string>>;
export declare function buildGrammar(): Record<string, unknown>;
export declare function grammarJson(): string;
