// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * The layers of the code, lowest first. Data flows one way (../shared/STYLE.md):
 * content → schemas → reader → domain → (rules | site), and the front ends
 * (integrations, cli) on top. A layer may import only from the layers before
 * it; `tools/` (benchmarks, evaluation, the test server) may import anything,
 * and nothing in `src/` imports it.
 */
const site = ['./src/pages', './src/components', './src/layouts', './src/data', './src/scripts', './src/styles'];
const frontEnds = ['./src/integrations', './src/cli'];
const layers = [
  { target: './src/schemas', from: ['./src/reader', './src/domain', './src/rules', ...site, ...frontEnds] },
  { target: './src/reader', from: ['./src/domain', './src/rules', ...site, ...frontEnds] },
  { target: './src/domain', from: ['./src/rules', ...site, ...frontEnds] },
  { target: './src/rules', from: [...site, ...frontEnds] },
  { target: site, from: ['./src/rules', ...frontEnds] },
  { target: './src', from: ['./tools', './test'] },
];

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test/fixtures/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX },
    rules: {
      // Prettier wraps what it can; strings, comments and regular expressions are wrapped by hand.
      'max-len': ['error', { code: 120, tabWidth: 2, ignoreUrls: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: layers.map((zone) => ({
            ...zone,
            message: 'Imports run one way: schemas → reader → domain → (rules | site) → integrations and cli.',
          })),
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/scripts/**', 'src/components/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
