// Lint: the recommended presets of ESLint, typescript-eslint, Next.js (core web vitals) and React hooks,
// so code written later is held to the same standard rules. `npm run lint`; `npm test` runs it after tsc.
import js from '@eslint/js';
import nextPlugin from '@next/eslint-plugin-next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      ...['node_modules/', '.next*/', '.build/', '.neo4j/', 'scripts/neo4j/lib/', 'scripts/neo4j/target/', 'test-results/', 'bench/', 'next-env.d.ts'],
      // The eval set's own scorer, kept exactly as delivered with its gold files.
      'tests/fixtures/eval/score.mjs',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a parameter or binding kept on purpose (a callback's position, a rest sibling).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  // The hooks rules Next's own preset (eslint-config-next) enables, as errors; the React Compiler rules of
  // the plugin's newer preset assume a compiler Trame does not use.
  {
    files: ['app/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  // Browser code talks to the API through lib/api/client.ts: no server modules, no zod (the CSP forbids
  // its eval probe), no test fixtures in the bundle. Type-only imports are erased and stay allowed.
  {
    files: ['app/components/**/*.{ts,tsx}', 'app/map/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', message: 'zod stays on the server: import the vocabulary from @/lib/graph/vocabulary', allowTypeImports: true }],
          patterns: [
            { group: ['@/lib/neo4j/*', '@/lib/http/*', '@/lib/graph/schema'], message: 'server code: use @/lib/api/client and the types of @/lib/api/contract', allowTypeImports: true },
            { group: ['@/tests/*'], message: 'test code stays out of the browser bundle' },
          ],
        },
      ],
      'no-restricted-syntax': ['error', { selector: 'ImportExpression[source.value=/^@\\/tests\\//]', message: 'test code stays out of the browser bundle' }],
    },
  },
  {
    files: ['app/**/*.{ts,tsx}', 'middleware.ts'],
    plugins: { '@next/next': nextPlugin },
    rules: { ...nextPlugin.configs.recommended.rules, ...nextPlugin.configs['core-web-vitals'].rules },
  },
);
