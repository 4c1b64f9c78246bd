// Built-ins as the engine provides them, recorded before PDF.js loads (pdf.ts imports this module first).
// PDF.js's legacy build bundles core-js polyfills that replace, for the whole process, Array.prototype.push (a
// JavaScript version, several times slower, which every array of the planner and the writer then pays for) and
// JSON.stringify (a wrapper for JSON.rawJSON, a proposal nothing here uses: every call runs a replacer and rescans its
// output, 5–7× slower, which every JSON response of a process that also ingests pays for).
const NATIVE_ARRAY_PUSH = Array.prototype.push;
const NATIVE_JSON_STRINGIFY = JSON.stringify;

function restore(target: object, key: string, native: unknown): void {
  if ((target as Record<string, unknown>)[key] === native) return;
  Object.defineProperty(target, key, { value: native, writable: true, enumerable: false, configurable: true });
}

/** Puts the engine's methods back where a polyfill replaced them; for the values this code handles they behave the same. */
export function restoreNativeBuiltins(): void {
  restore(Array.prototype, 'push', NATIVE_ARRAY_PUSH);
  restore(JSON, 'stringify', NATIVE_JSON_STRINGIFY);
}
