// Lint: typescript-eslint with the lit, web-components and lit-a11y rules.
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  { ignores: ['dist/**', 'storybook-static/**', 'coverage/**', 'node_modules/**', 'src/generated/**', 'demo/data/**'] },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  litA11y.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'innerHTML is banned (DESIGN.md, safety rules): render text with lit.' },
        { selector: "CallExpression[callee.name='eval']", message: 'eval is banned (DESIGN.md, safety rules).' },
        { selector: "NewExpression[callee.name='Function']", message: 'new Function is banned (DESIGN.md, safety rules).' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'unsafeHTML is banned.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'unsafeSVG is banned.' },
            { name: 'lit/static-html.js', message: 'unsafeStatic is banned.' },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**', 'stories/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
