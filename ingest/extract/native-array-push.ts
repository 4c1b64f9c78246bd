// Array.prototype.push as the engine provides it, recorded before PDF.js loads (pdf.ts imports this module first).
// PDF.js's legacy build bundles a core-js polyfill that replaces push for the whole process with a JavaScript
// version (same results, several times slower), which every array of the planner and the writer then pays for.
export const NATIVE_ARRAY_PUSH = Array.prototype.push;

/** Puts the engine's push back if a polyfill replaced it; the polyfill and the native method behave the same. */
export function restoreNativeArrayPush(): void {
  if (Array.prototype.push === NATIVE_ARRAY_PUSH) return;
  Object.defineProperty(Array.prototype, 'push', {
    value: NATIVE_ARRAY_PUSH,
    writable: true,
    enumerable: false,
    configurable: true,
  });
}
