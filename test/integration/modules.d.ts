/** The virtual module scripts/build.mjs generates: every test/integration/**\/*.test.ts. */
declare module 'scrapemark:integration-tests' {
  /** [path relative to test/integration, lazy import] in file-name order. */
  export const testModules: ReadonlyArray<readonly [string, () => Promise<unknown>]>;
}
