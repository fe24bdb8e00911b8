// @ts-check
import js from '@eslint/js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import tseslint from 'typescript-eslint';

// The React hooks plugin is a dependency of apps/web (the only React package), resolved from there.
const reactHooks = createRequire(new URL('./apps/web/package.json', import.meta.url))(
  'eslint-plugin-react-hooks',
);

// A node kind's behaviour lives in its own module (packages/topology/src/kinds/, apps/web/src/nodes/):
// shared code asks the kind's metadata and never compares with a kind's name. The names are read from
// the one list of them, so a new kind is covered without editing this file (docs/extending.md).
const kindNames = [
  ...readFileSync(new URL('./packages/topology/src/kinds/kind-names.ts', import.meta.url), 'utf8')
    .slice(
      0,
      readFileSync(
        new URL('./packages/topology/src/kinds/kind-names.ts', import.meta.url),
        'utf8',
      ).indexOf('] as const'),
    )
    .matchAll(/'([a-z-]+)'/g),
].map((m) => m[1]);
const KIND = `/^(${kindNames.join('|')})$/`;
/** Where a node's kind is read: `node.kind`, `lb.fronts` (the kind a load balancer fronts), `kind`. */
const KIND_FIELD = '/^(kind|fronts)$/';
const VERSION = '/^[0-9]+[.][0-9]+([.][0-9]+)?$|^[0-9]+[.]$|^[0-9]+[.]x$/';
const ownBehaviour = (where) => [
  {
    selector: `BinaryExpression[operator=/^[!=]==?$/][right.value=${KIND}]:matches([left.property.name=${KIND_FIELD}], [left.name=${KIND_FIELD}])`,
    message: `Do not compare with a node kind's name in ${where}: ask the kind's metadata or a guard (kinds/guards.ts, kinds/meta-registry.ts).`,
  },
  {
    selector: `BinaryExpression[operator=/^[!=]==?$/][left.value=${KIND}]:matches([right.property.name=${KIND_FIELD}], [right.name=${KIND_FIELD}])`,
    message: `Do not compare with a node kind's name in ${where}: ask the kind's metadata or a guard.`,
  },
  {
    selector: `SwitchStatement:matches([discriminant.property.name=${KIND_FIELD}], [discriminant.name=${KIND_FIELD}]) > SwitchCase[test.value=${KIND}]`,
    message: `Do not switch on node kinds in ${where}: each kind's module declares its behaviour.`,
  },
  {
    selector: `CallExpression[callee.property.name='includes'][callee.object.type='ArrayExpression']:matches([arguments.0.property.name=${KIND_FIELD}], [arguments.0.name=${KIND_FIELD}])`,
    message: `Do not list node kinds in ${where}: ask the kinds' metadata.`,
  },
  {
    selector: `BinaryExpression[operator=/^[!=]==?$/]:matches([right.value=${VERSION}], [left.value=${VERSION}])`,
    message: `Do not compare with a release in ${where}: ask its capability in versions.ts.`,
  },
  {
    selector: `CallExpression[callee.property.name=/^(startsWith|endsWith|includes)$/][arguments.0.value=${VERSION}]`,
    message: `Do not test a release's number in ${where}: ask its capability in versions.ts.`,
  },
  {
    selector: `MemberExpression[property.name='family']`,
    message: `Releases have no family to ask in ${where}: ask a capability in versions.ts.`,
  },
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.prerender/**',
      '**/coverage/**',
      'e2e/artifacts/**',
      'data/**',
      '**/.compare/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportAllDeclaration', message: 'No `export *`: export names explicitly.' },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js', 'scripts/**'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        fetch: 'readonly',
        performance: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
      },
    },
  },
  // Shared core code: kinds and releases own their behaviour.
  {
    files: ['packages/topology/src/**/*.ts'],
    ignores: [
      'packages/topology/src/kinds/**',
      'packages/topology/src/versions.ts',
      'packages/topology/src/**/*.test.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportAllDeclaration', message: 'No `export *`: export names explicitly.' },
        ...ownBehaviour('shared core code'),
      ],
    },
  },
  // apps/web/public: classic scripts the page loads as they are.
  {
    files: ['apps/web/public/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: {
        document: 'readonly',
        location: 'readonly',
        localStorage: 'readonly',
        matchMedia: 'readonly',
      },
    },
  },
  // apps/web: browser code, React hooks rules.
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportAllDeclaration', message: 'No `export *`: export names explicitly.' },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render user text as text.',
        },
      ],
    },
  },
  // The designer's shared code: each kind's canvas node and form live in src/nodes/<kind>/.
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    ignores: ['apps/web/src/nodes/**', 'apps/web/src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportAllDeclaration', message: 'No `export *`: export names explicitly.' },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render user text as text.',
        },
        ...ownBehaviour('the designer outside src/nodes/'),
      ],
    },
  },
);
