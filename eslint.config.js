// typescript-eslint's recommended rules over all TypeScript; formatting is prettier's job.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', '.neo4j/', 'neo4j/target/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // One-way dependencies: ingestion (ingest/) may use the API's domain module (src/domain/), never the reverse.
    // What both need (kinds, the State list, the organization resolver) lives in src/domain/.
    files: ['src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/ingest', '**/ingest/**'],
              message: 'src/ must not import ingest/: move what both need to src/domain/.',
            },
          ],
        },
      ],
      // The same for import('…'), which no-restricted-imports does not see.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportExpression[source.value=/(^|\\/)ingest\\//]',
          message: 'src/ must not import ingest/: move what both need to src/domain/.',
        },
      ],
    },
  },
  {
    // Tests and benchmarks read GraphQL JSON responses whose shape the assertions check.
    files: ['tests/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
  },
);
