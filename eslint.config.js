import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'
import importX from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'

/** The API's domain modules: each is reached by the others only through its index.ts. */
const MODULES = ['people', 'hobby', 'culture', 'seats']

/** In modules/<name>/: no reaching into another module's files, and none into the modules above this one. */
function moduleBoundaries(name, above) {
  const others = MODULES.filter((other) => other !== name)
  return {
    files: [`packages/api/src/modules/${name}/**/*.ts`],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...others.map((other) => ({
              regex: `^(\\.\\./)+${other}/(?!index\\.js$).+`,
              message: `Use ${other}'s public surface, modules/${other}/index.ts, not its files.`,
              allowTypeImports: true,
            })),
            ...above.map((other) => ({
              regex: `^(\\.\\./)+${other}/`,
              message: `${name} sits below ${other}: it may name ${other}'s types, not use its code.`,
              allowTypeImports: true,
            })),
          ],
        },
      ],
    },
  }
}

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/.tmp/**', 'bench-out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Vue single-file components: the rules that catch errors, with TypeScript inside <script setup>.
  ...pluginVue.configs['flat/essential'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
    // The type checker (vue-tsc) already knows the browser's globals.
    rules: { 'no-undef': 'off' },
  },
  {
    // The API's decorators read parameter types at run time: type-only imports must not remove a class they name.
    files: ['packages/api/**/*.ts'],
    languageOptions: { parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    // Cycles among the packages' sources (tests and scripts import them, never the other way).
    files: ['packages/*/src/**/*.ts', 'packages/*/src/**/*.vue'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver': undefined,
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: ['packages/*/tsconfig.json', 'tests/tsconfig.json'], noWarnOnMultipleProjects: true }),
      ],
    },
    rules: {
      // A cycle of imports makes the start-up order matter; type-only imports do not count.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  // The matcher is pure: plain data in, plain data out. No I/O, no clock, no unseeded chance.
  {
    files: ['packages/matcher/src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(node:|fs$|path$|os$|child_process$|http$|https$|net$|crypto$|worker_threads$)',
              message: 'The matcher does no I/O: its callers (bin/, the API) do.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Date', message: 'The matcher reads no clock: a time is an input.' },
        { name: 'process', message: 'The matcher does no I/O: its callers do.' },
        { name: 'fetch', message: 'The matcher does no I/O: its callers do.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Draw from the seeded lottery (drawLottery), so that a run can be repeated.' },
      ],
    },
  },
  moduleBoundaries('people', ['hobby', 'culture']),
  moduleBoundaries('hobby', ['culture']),
  moduleBoundaries('culture', ['hobby']),
  moduleBoundaries('seats', ['people', 'hobby', 'culture']),
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
)
