// ESLint flat config. Prettier owns formatting (eslint-config-prettier switches the style rules off);
// ESLint owns correctness and the layering of src/ described in README.md (Layout).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ROOT = import.meta.dirname;

/** Domain folders: entities, services, repositories, SQL, pure modules, and their GraphQL-facing files. */
const DOMAIN = '{org,metric,fact,audit,auth,rollup,report,export,seed,live}';
const DOMAIN_DIRS = ['org', 'metric', 'fact', 'audit', 'auth', 'rollup', 'report', 'export', 'seed', 'live'].map((d) => `src/${d}`);

/**
 * Paths are relative to the repository root (basePath). `target`/`from` entries are globs when they contain
 * glob characters (matched with minimatch, extglob on) and directory-or-file prefixes otherwise; a zone's `from`
 * must be all globs or all plain paths, and `except` globs are NOT resolved against basePath, hence absolute.
 */
const layeringZones = [
  {
    // (a) domain files that are not GraphQL-facing
    target: `src/${DOMAIN}/**/!(*.resolver|*.type|*.input|*.payload).ts`,
    from: ['src/graphql', 'src/http'],
    message: 'services, repositories, SQL and pure modules never import the GraphQL or HTTP layer (README: Layout)',
  },
  {
    // (b) GraphQL-facing domain files
    target: `src/${DOMAIN}/**/*.{resolver,type,input,payload}.ts`,
    from: ['src/http'],
    message: 'resolvers, GraphQL types, inputs and payloads never import the HTTP layer (README: Layout)',
  },
  {
    // (c)
    target: 'src/graphql',
    from: ['src/http'],
    message: 'src/graphql never imports the HTTP layer (README: Layout)',
  },
  {
    // (d)
    target: 'src/request',
    from: ['src/graphql', 'src/http'],
    message: 'src/request never imports the GraphQL or HTTP layer (README: Layout)',
  },
  {
    // (e) base layers
    target: ['src/common', 'src/decimal', 'src/calendar', 'src/format', 'src/config.ts'],
    from: [...DOMAIN_DIRS, 'src/db', 'src/request', 'src/graphql', 'src/http', 'src/main.ts'],
    message: 'base layers (common, decimal, calendar, format, config.ts) import nothing above them (README: Layout)',
  },
  {
    // (f) src/db: only *.entity.ts from the domain folders ...
    target: 'src/db',
    from: [`src/${DOMAIN}/**`],
    except: [`${ROOT}/src/${DOMAIN}/**/*.entity.ts`],
    message: 'src/db imports only *.entity.ts files from the domain folders (README: Layout)',
  },
  {
    // (f) ... and nothing from request, graphql, http
    target: 'src/db',
    from: ['src/request', 'src/graphql', 'src/http'],
    message: 'src/db never imports the request, GraphQL or HTTP layer (README: Layout)',
  },
  {
    // (g) everything under src/ except src/main.ts
    target: ['src/*/**/*', 'src/!(main).ts'],
    from: ['scripts', 'test'],
    message: 'application code never imports scripts/ or test/; only src/main.ts may (README: Layout)',
  },
];

export default defineConfig(
  {
    name: 'project/ignores',
    ignores: [
      'node_modules/',
      'dist/',
      'coverage/',
      '.data/',
      'test-output/',
      'src/client/generated/',
      'schema/',
      'migrations/.snapshot.json',
      'data/',
      'docs/',
      'operations/',
      '.ci/',
    ],
  },
  {
    name: 'project/root-js-config',
    files: ['*.js', '*.cjs', '*.mjs'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
  {
    name: 'project/root-commonjs',
    files: ['*.js', '*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    name: 'project/typescript',
    files: ['src/**/*.ts', 'test/**/*.ts', 'scripts/**/*.ts', 'migrations/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { globals: globals.node },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      '@typescript-eslint/no-explicit-any': 'warn',
    },
  },
  {
    name: 'project/tests',
    files: ['test/**/*.ts', 'src/**/*.test.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  {
    name: 'project/layering',
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js'] })],
      'import-x/extensions': ['.ts', '.js'],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: ROOT, zones: layeringZones }],
      // maxDepth unset (unbounded); type-only imports are not edges; packages cannot close a cycle into src/.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  prettier,
);
