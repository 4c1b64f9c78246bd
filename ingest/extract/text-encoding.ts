// Bytes of a text document → a JavaScript string with "\n" line ends. Handles the encodings editors and
// exporters actually produce (UTF-8 with or without a byte-order mark, UTF-16 LE/BE with one, CRLF or CR
// line ends) and refuses the rest with a message that says what the file looks like.
import { IngestError } from '../errors.js';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** UTF-16 without a byte-order mark shows as a NUL in every other byte of ASCII text. */
function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) evenNul++;
    else oddNul++;
  }
  return Math.max(evenNul, oddNul) > n / 4 && Math.min(evenNul, oddNul) < n / 100;
}

function decodeUtf16(bytes: Uint8Array, bigEndian: boolean, file: string): string {
  if ((bytes.length - 2) % 2 !== 0)
    throw new IngestError(file, null, 'UTF-16 text with an odd number of bytes (truncated?)');
  return new TextDecoder(bigEndian ? 'utf-16be' : 'utf-16le', { fatal: false }).decode(bytes.subarray(2));
}

/** Decodes a text document; `file` names it in errors. */
export function decodeText(bytes: Uint8Array, file: string): string {
  let text: string;
  if (startsWith(bytes, [0xff, 0xfe])) text = decodeUtf16(bytes, false, file);
  else if (startsWith(bytes, [0xfe, 0xff])) text = decodeUtf16(bytes, true, file);
  else {
    if (bytes.includes(0)) {
      throw new IngestError(
        file,
        null,
        looksLikeBomlessUtf16(bytes)
          ? 'UTF-16 text without a byte-order mark; save it as UTF-8 (or UTF-16 with a BOM)'
          : 'binary file (contains NUL bytes), not a text document',
      );
    }
    text = new TextDecoder('utf-8').decode(startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes);
  }
  const invalid = (text.match(/\uFFFD/g) ?? []).length;
  if (invalid > 0 && invalid / text.length > 0.001) {
    throw new IngestError(file, null, 'not UTF-8 text (binary or another encoding such as Latin-1); save it as UTF-8');
  }
  if (text.includes('\0'))
    throw new IngestError(file, null, 'binary file (contains NUL characters), not a text document');
  // One line end everywhere, so line numbers are the ones an editor shows whatever the file's convention.
  return text.replace(/\r\n?/g, '\n');
}
