import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'dist-*/', '.astro/', 'bench-out/', 'src/core/generated/'],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs', 'public/*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Template literals with numbers are the normal way to build messages here.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    // Small functions read best; tests are tables and may be longer.
    files: ['src/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      'max-lines-per-function': ['error', { max: 50, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // The core is pure: no I/O, no framework, no clock, no process, no console (STYLE.md), and it
    // depends on nothing above it.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'node:*',
                'fs',
                'path',
                'child_process',
                'os',
                'astro*',
                '@octokit/*',
                'simple-git',
              ],
              message: 'src/core is pure: do I/O in src/adapters and pass values in.',
            },
            {
              group: ['**/app/*', '**/cli/*', '**/adapters/*', '**/scripts/*'],
              message: 'src/core depends on nothing above it (STYLE.md architecture).',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'src/core is pure: pass values in.' },
        { name: 'console', message: 'src/core is pure: return data, print in src/cli.' },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'Date',
          property: 'now',
          message: 'src/core never reads the clock: take `today` as a parameter.',
        },
        { object: 'globalThis', property: 'process', message: 'src/core is pure: pass values in.' },
        { object: 'globalThis', property: 'console', message: 'src/core is pure: return data.' },
        { object: 'performance', property: 'now', message: 'src/core never reads the clock.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'src/core never reads the clock: take `today` as a parameter.',
        },
        {
          selector: "CallExpression[callee.name='Date']",
          message: 'src/core never reads the clock: take `today` as a parameter.',
        },
        {
          selector: "MemberExpression[object.name='globalThis'][computed=true]",
          message: 'src/core is pure: no reaching into globals.',
        },
      ],
    },
  },
  {
    // Adapters do I/O for the layers above them and know nothing of those layers.
    files: ['src/adapters/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/app/*', '**/cli/*', '**/scripts/*'],
              message: 'src/adapters implement ports; they never import use cases or the CLI.',
            },
          ],
        },
      ],
    },
  },
  {
    // Use cases serve the CLI, the GitHub job and the site alike: nothing from the CLI.
    files: ['src/app/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/cli/*', '**/scripts/*'],
              message: 'src/app never imports the CLI: return data, let src/cli print it.',
            },
          ],
        },
      ],
    },
  },
  {
    // The CLI parses arguments and prints; files and git are reached through src/adapters.
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:fs', 'node:fs/*', 'node:child_process', 'simple-git'],
              message: 'src/cli does no file or git I/O itself: call src/adapters or src/app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    // Scripts the site ships to browsers: plain JavaScript files, no build step.
    files: ['public/**/*.js'],
    languageOptions: {
      globals: {
        document: 'readonly',
        Intl: 'readonly',
        URLSearchParams: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
        history: 'readonly',
        location: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
  },
);
