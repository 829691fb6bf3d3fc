// Lint: type-aware typescript-eslint plus the architecture's import boundaries.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'fs',
  'fs/promises',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'util',
  'stream',
  'worker_threads',
  'http',
  'https',
  'net',
  'events',
  'buffer',
  'process',
  'readline',
  'zlib',
];
const pureBoundary = {
  paths: [
    { name: 'vscode', message: 'src/core and src/sidecar are pure: vscode belongs in src/editor.' },
    ...NODE_BUILTINS.map((name) => ({
      name,
      message: 'src/core and src/sidecar are pure: no Node built-ins (they run in the browser).',
    })),
  ],
  patterns: [
    { group: ['node:*'], message: 'src/core and src/sidecar are pure: no Node built-ins.' },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'out/**',
      'node_modules/**',
      '.tools/**',
      'samples/**',
      'test/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      parserOptions: { projectService: false, project: null },
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/sidecar/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', pureBoundary] },
  },
  {
    // These run in the browser too (the web worker extension host, dist/web/extension.js).
    files: ['src/core/**/*.ts', 'src/sidecar/**/*.ts', 'src/editor/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          'process',
          'Buffer',
          'global',
          '__dirname',
          '__filename',
          'require',
          'setImmediate',
        ].map((name) => ({
          name,
          message: `${name} is Node-only; this code also runs in a web worker.`,
        })),
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'vscode', message: 'The CLI must not import vscode.' }] },
      ],
    },
  },
);
