// ESLint: the recommended rules of ESLint and typescript-eslint (syntax-only, no type information:
// `npm run typecheck` is the type check), for the library, its tests, the scripts and the server.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/', 'coverage/', '**/node_modules/', 'docs/', 'data/',
      // Being rewritten for three engines in issue-12e (two unused variables there today:
      // csp.test.mjs `network`, keyboard.test.mjs `dialogOpen`); lint it once that lands.
      'test/e2e/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` says "deliberately unused" (a parameter an interface requires, a skipped element).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // `for (let [id, def] of …)` where only `def` is reassigned stays one declaration.
      'prefer-const': ['error', { destructuring: 'all' }],
      // `declare module 'react' { namespace JSX … }` is how a custom element's tag is typed.
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
    },
  },
  // The library and its browser tests run in the page.
  {
    files: ['src/**/*.ts', 'test/unit/**/*.ts', 'test/components/**/*.ts', 'demo/**/*.js', 'examples/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  // Node: build and bench scripts, the test-runner driver, the receipt service.
  {
    files: ['**/*.mjs', '**/*.cjs', 'scripts/**/*.js', 'server/**/*.js'],
    languageOptions: { globals: globals.node },
  },
  // Scripts that run in the page, or hand callbacks to `page.evaluate()`.
  {
    files: ['scripts/bench/probe.js', 'scripts/bench/run.mjs', 'scripts/screenshots.mjs', 'test/unit/core/fixtures/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  // chai's property assertions (`expect(x).to.exist`, `.to.be.empty`) are expressions by design.
  {
    files: ['test/**', 'server/test/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
