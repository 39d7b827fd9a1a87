import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.output-*/**', '.wxt/**', 'node_modules/**', 'coverage/**', 'tests/e2e/.profile/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      // Text from social pages is written by strangers: never render it as HTML.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render page text as text, never as HTML.' },
        { property: 'outerHTML', message: 'Render page text as text, never as HTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, not HTML.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['tests/**'],
    // Tests read expected.json, whose shape varies per saved page.
    rules: { 'no-restricted-properties': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
