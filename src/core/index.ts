export * from './types';
export { analyzeText, type AnalyzeOptions } from './analyze';
export { buildCorpusStats, corpusLineKeys, type CorpusStats } from './corpus';
export { LineKeyCounter, type LineKeyTable } from './corpus-keys';
export { detectLanguage } from './language';
export { OffsetMap, codePointLength } from './offsets';
