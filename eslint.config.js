import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const NO_RAW_HTML = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Ticket and runbook text is rendered as text only: no dangerouslySetInnerHTML.',
  },
  {
    selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
    message: 'No innerHTML/outerHTML: build DOM nodes or let React render text.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'No insertAdjacentHTML: build DOM nodes instead.',
  },
  {
    selector: "CallExpression[callee.property.name='write'][callee.object.name='document']",
    message: 'No document.write.',
  },
];

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'test-results/', 'tmp/', 'tests/fixtures/scripts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': ['error', ...NO_RAW_HTML],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Playwright fixtures take `{}` and call `use()`: neither is React.
    files: ['tests/e2e/**/*.ts', 'tests/firefox/**/*.ts'],
    rules: { 'no-empty-pattern': 'off', 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // lib/ is the pure core: no browser, no framework, no other project folder.
    files: ['lib/**/*.ts'],
    ignores: ['lib/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react-dom/*'], message: 'lib/ is pure: no React.' },
            { group: ['wxt', 'wxt/*', '#imports'], message: 'lib/ is pure: no WXT.' },
            { group: ['webextension-polyfill', '@wxt-dev/*'], message: 'lib/ is pure: no browser APIs.' },
            { group: ['node:*'], message: 'lib/ is pure: no Node APIs.' },
            { group: ['../../*'], message: 'lib/ imports only lib/ and its npm dependencies.' },
          ],
        },
      ],
    },
  },
);
