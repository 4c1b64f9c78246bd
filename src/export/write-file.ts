// Writes an export to disk all or nothing: into a temporary file beside the target, renamed over it only
// once the last chunk is written, so a failure never leaves a half-written file under the target's name.
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export async function writeFileAtomically(path: string, chunks: Iterable<string>): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  try {
    // Readable.from pulls the next chunk only when the file stream asks for more (backpressure).
    await pipeline(Readable.from(chunks), createWriteStream(temporary, { flags: 'wx' }));
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
