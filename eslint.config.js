import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The engine and the schemas stay pure: no React, no state, no DOM-bound d3, no I/O.
const pureLayerImports = {
  patterns: [
    {
      group: ['react', 'react-dom', 'react-dom/*', 'react-i18next'],
      message: 'The engine and schemas do not import React.',
    },
    { group: ['zustand', 'zustand/*', 'zundo'], message: 'The engine and schemas do not import state.' },
    {
      group: ['d3-selection', 'd3-zoom', 'd3-brush', 'd3-axis', 'd3-transition'],
      message: 'DOM-bound d3 belongs to the UI.',
    },
    { group: ['node:*', 'fs', 'path', 'os'], message: 'The engine runs in the browser too: no Node I/O.' },
    {
      group: ['**/ui/**', '**/state/**', '**/cli/**', '**/io/**'],
      message: 'Imports run schema ← engine ← state ← ui.',
    },
  ],
};

/**
 * Forbids imports of the named top-level folders (src/<name>, or data/ for the dataset), but
 * for the `allowed` files (gitignore-style patterns).
 */
function layerImports(layer, forbidden, allowed = []) {
  return {
    patterns: forbidden.map((name) => ({
      // A folder itself (an index import) is forbidden too, unless some file in it is allowed:
      // gitignore-style patterns cannot re-allow a file inside a forbidden folder.
      group: [
        `**/${name}/**`,
        ...(allowed.length > 0 ? [] : [`**/${name}`]),
        ...allowed.map((pattern) => `!${pattern}`),
      ],
      message: `${layer} does not import ${name}: imports run schema ← engine ← state ← ui.`,
    })),
  };
}

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'tests/e2e/artifacts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/state/**/*.{ts,tsx}', 'src/main.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', pureLayerImports],
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage', 'fetch'],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Randomness is a seeded parameter.' },
        { object: 'Date', property: 'now', message: 'Time is a parameter.' },
      ],
    },
  },
  {
    files: ['src/schema/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...pureLayerImports.patterns,
            { group: ['**/engine/**'], message: 'Schemas depend on nothing else in src.' },
          ],
        },
      ],
    },
  },
  // Every layer's boundary (imports run schema ← engine ← state ← ui; see README "Layout").
  {
    files: ['src/state/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', layerImports('state', ['ui', 'cli', 'union'])] },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    // The public municipal geography is shared with the union page's build.
    rules: { 'no-restricted-imports': ['error', layerImports('ui', ['cli', 'union'], ['**/union/publicGeography'])] },
  },
  {
    files: ['src/worker/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', layerImports('worker', ['ui', 'state', 'cli', 'union'])] },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', layerImports('cli', ['ui', 'state', 'worker', 'union'])] },
  },
  {
    // The union page never loads the personal dataset: no store, no worker, no data folder.
    files: ['src/union/**/*.{ts,tsx}'],
    // Public geography (the municipal boundaries, towns and roads) is all of the data folder it may carry.
    rules: {
      'no-restricted-imports': [
        'error',
        layerImports(
          'union',
          ['state', 'worker', 'cli', 'io', 'data'],
          ['**/data/municipalities.geojson?raw', '**/data/public-map.json?raw'],
        ),
      ],
    },
  },
  {
    files: ['src/io/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/engine/**', '**/ui/**', '**/state/**', '**/cli/**'], message: 'io depends only on schema.' },
          ],
        },
      ],
    },
  },
);
