// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Layering (see ARCHITECTURE.md): a layer may import only the layers below it. */
const stack = ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'cytoscape', 'cytoscape-*'];
const layer = (files, patterns, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
  },
});

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules', 'test-results', 'playwright-report', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  layer(
    ['src/domain/**'],
    [...stack, '**/store/**', '**/graphView/**', '**/ui/**', '**/io/**', '**/share/**', '**/app/**'],
    'domain/ is pure: it imports nothing of the app stack or of other layers.',
  ),
  layer(
    ['src/store/**'],
    ['react-dom', 'cytoscape', 'cytoscape-*', '**/graphView/**', '**/ui/**', '**/app/**'],
    'store/ sits on domain/ (and io/, share/): no views.',
  ),
  layer(
    ['src/io/**', 'src/share/**'],
    [...stack, '**/graphView/**', '**/ui/**', '**/app/**'],
    'io/ and share/ are codecs over the domain: no React, Zustand or Cytoscape.',
  ),
  layer(
    ['src/ui/**'],
    ['cytoscape', 'cytoscape-*', '**/app/**'],
    'Only graphView/ speaks Cytoscape; ui/ talks to it through the store.',
  ),
  layer(['src/graphView/**'], ['**/ui/**', '**/app/**'], 'graphView/ does not import ui/ or app/.'),
);
