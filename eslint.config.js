// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

/** Node modules that reach the network, the disk or other processes. */
const ioModules = [
  'fs',
  'fs/promises',
  'net',
  'tls',
  'http',
  'https',
  'http2',
  'dns',
  'dns/promises',
  'dgram',
  'child_process',
  'worker_threads',
  'cluster',
  'sqlite',
].flatMap((name) => [name, `node:${name}`])

/** Pure layers (rules/, reports/) may not do I/O: enforced here so no reviewer has to. */
const pureLayerRestrictions = {
  paths: ioModules.map((name) => ({ name, message: 'rules/ and reports/ are pure: no I/O.' })),
  patterns: [
    { group: ['undici', 'undici/*'], message: 'rules/ and reports/ are pure: no network.' },
    { group: ['playwright', 'playwright-core', 'playwright*'], message: 'No browser here.' },
    { group: ['pg', 'pg-boss'], message: 'No database here.' },
    {
      group: ['**/scanner/**', '!**/scanner/artifacts.ts', '!**/scanner/artifacts/*'],
      message: 'rules/ and reports/ may read only artifact types from scanner/.',
    },
    { group: ['**/scanner/artifacts*'], allowTypeImports: true, message: 'Type imports only.' },
  ],
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'data/**',
      'dist/**',
      'web/dist/**',
      'test-results/**',
      'bench/results/**',
      'coverage/**',
      '.tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['rules/**/*.ts', 'reports/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', pureLayerRestrictions] },
  },
  {
    files: ['web/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Scanned content is hostile.' },
          ],
        },
      ],
    },
  }
)
