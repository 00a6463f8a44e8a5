import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    // Acceptance cases are deployments kept as their users write them (application trees included): data.
    ignores: [
      'dist/',
      'node_modules/',
      '.cache/',
      'test/fixtures/',
      'test/acceptance/nginx/cases/',
      '**/*.d.ts',
      'test/e2e/.work/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // The engine and the formats run in the CLI and in tests: never the editor API.
    files: ['server/src/engine/**', 'server/src/formats/**', 'rules/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: ['vscode', 'vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageclient*'],
        },
      ],
    },
  },
);
