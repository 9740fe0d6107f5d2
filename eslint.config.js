// ESLint flat config. Beyond the recommended rules it guards the architecture: the core never
// touches Apps Script services or the clock, and nothing in the bundle imports Node-only code.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const APPS_SCRIPT_SERVICES = [
  'SpreadsheetApp',
  'MailApp',
  'GmailApp',
  'PropertiesService',
  'LockService',
  'ScriptApp',
  'Session',
  'Utilities',
  'HtmlService',
  'Logger',
  'CacheService',
  'DriveApp',
  'Sheets',
  'UrlFetchApp',
].map((name) => ({
  name,
  message: 'The core takes plain values: reach Apps Script through src/addon.',
}));

export default tseslint.config(
  { ignores: ['dist/', 'build/', 'out/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Modules form layers (core ← addon ← index; the local runtime apart): no import circle,
    // and no source file longer than a reader can hold in mind.
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.mjs'] })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'max-lines': ['error', { max: 400 }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...APPS_SCRIPT_SERVICES],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'The core never reads the clock: take "now" as an argument.',
        },
        {
          selector: "MemberExpression[object.name='Date'][property.name='now']",
          message: 'The core never reads the clock: take "now" as an argument.',
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/addon/**', '**/local/**', 'node:*', '../index', '../surface'],
              message: 'The core is pure: it imports only the core.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/addon/**/*.ts', 'src/index.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/local/**', 'node:*'],
              message: 'Node-only code cannot enter the Apps Script bundle.',
            },
          ],
        },
      ],
    },
  },
);
