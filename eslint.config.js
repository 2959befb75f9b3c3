import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Import boundaries (after bulletproof-react's `import/no-restricted-paths` zones):
 * - src/chain is the pure core: no React, no AWS, nothing from the rest of src.
 * - src/aws adapters may use the chain, nothing from the UI.
 * - features do not import each other; src/app composes them.
 * - the product never imports the sandbox, and the sandbox never imports the product: they meet on the wire.
 */
const features = ['connect', 'run', 'timeline', 'verdict', 'evidence', 'share', 'offline', 'compare'];

const boundaries = [
  {
    target: './src/chain',
    from: ['./src/aws', './src/features', './src/app', './src/customer', './src/components', './src/lib'],
  },
  // The customer view must never pull in the AWS clients.
  { target: './src/customer', from: ['./src/aws', './src/app'] },
  { target: './src/aws', from: ['./src/features', './src/app', './src/components'] },
  { target: './src/components', from: ['./src/features', './src/app'] },
  { target: './src/features', from: ['./src/app', './src/customer'] },
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
  })),
  { target: './src', from: ['./sandbox', './tests', './e2e', './scripts'] },
  { target: './sandbox', from: ['./src'] },
];

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'test-results', 'playwright-report', 'node_modules'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      'import-x/no-cycle': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.app.json', 'tsconfig.test.json', 'tsconfig.node.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [
      reactHooks.configs.flat['recommended-latest'] ?? reactHooks.configs['recommended-latest'],
      ...pluginQuery.configs['flat/recommended'],
    ],
    plugins: { 'react-refresh': reactRefresh },
    rules: {
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
    },
  },
  {
    files: ['src/chain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-dom',
                '@tanstack/*',
                'aws-amplify',
                'aws-amplify/*',
                '@aws-sdk/*',
                '@aws-amplify/*',
              ],
              message: 'src/chain is pure: no React, no AWS clients.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'src/chain is pure: no network.' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@cloud-copilot/*'],
              message:
                'AGPL: the IAM simulator is a test oracle and the sandbox evaluator only, never in the app bundle.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['sandbox/**/*.ts', 'scripts/**/*.{ts,mjs}', 'tests/**/*.ts', 'e2e/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
