import { formatSource } from './records.js';

/**
 * A document that cannot be ingested. The message always names the file, and the line where there is one
 * ("file:line: reason"); for a PDF the page too ("file, page 3, line 12: reason").
 */
export class IngestError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly reason: string,
    readonly page: number | null = null,
  ) {
    super(`${formatSource(file, line, page)}: ${reason}`);
    this.name = 'IngestError';
  }
}
