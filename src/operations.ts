// The saved example operations (operations/*.graphql): shown in GraphiQL, one tab each, and run by a test.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const OPERATIONS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../operations');

export interface ExampleOperation {
  /** File name without ".graphql", e.g. "01-flagship-gitoc-state-partners". */
  name: string;
  document: string;
  /** JSON text of the variables, from a "# variables: {...}" first line, if any. */
  variables: string | null;
}

export function exampleOperations(dir: string = OPERATIONS_DIR): ExampleOperation[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const document = readFileSync(join(dir, file), 'utf8');
      const variables = /^# variables: (.+)$/m.exec(document)?.[1] ?? null;
      return { name: file.replace(/\.graphql$/, ''), document, variables };
    });
}
