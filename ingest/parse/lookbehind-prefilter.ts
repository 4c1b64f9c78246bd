// Faster scanning for the grammar's patterns that open with a lookbehind ("(?<=…)", "(?<!…)"). V8 cannot skip ahead
// to a likely start for those, so a global search runs the lookbehind at every position of the text. The rest of the
// pattern, without the lookbehind, scans many times faster, and the whole pattern can only match where its rest does:
// so the rest finds candidate positions and the whole pattern is tried, sticky, at each. The matches, in order, are
// exactly those of the global search.

/** The source after a leading lookbehind group, or null when the source does not open with one. */
export function afterLeadingLookbehind(source: string): string | null {
  if (!source.startsWith('(?<=') && !source.startsWith('(?<!')) return null;
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i];
    if (c === '\\') i += 1;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth += 1;
    else if (c === ')' && --depth === 0) return source.slice(i + 1);
  }
  return null;
}

/** Where a search that failed at `index` looks next: the next code point with the "u" flag, as RegExp exec does. */
function nextIndex(text: string, index: number, unicode: boolean): number {
  const code = unicode ? text.codePointAt(index) : undefined;
  return index + (code !== undefined && code > 0xffff ? 2 : 1);
}

/** Where a global search goes on after the match `m`: its end, or the next code point after an empty match. */
export function afterMatch(text: string, m: RegExpExecArray, unicode: boolean): number {
  return m[0].length > 0 ? m.index + m[0].length : nextIndex(text, m.index, unicode);
}

export interface MatchScanner {
  unicode: boolean;
  /** The first match at or after `from`, as `exec` on a global copy with lastIndex = from returns it. */
  next(text: string, from: number): RegExpExecArray | null;
}

/** A scanner for `re`, prefiltered by the rest of it when it opens with a lookbehind. */
export function matchScanner(re: RegExp): MatchScanner {
  const flags = re.flags.replace(/[gy]/g, '');
  const rest = afterLeadingLookbehind(re.source);
  if (rest === null || rest === '') {
    const global = new RegExp(re.source, `${flags}g`);
    return {
      unicode: re.unicode,
      next(text, from) {
        global.lastIndex = from;
        return global.exec(text);
      },
    };
  }
  const candidates = new RegExp(rest, `${flags}g`);
  const sticky = new RegExp(re.source, `${flags}y`);
  return {
    unicode: re.unicode,
    next(text, from) {
      candidates.lastIndex = from;
      for (let c = candidates.exec(text); c !== null; c = candidates.exec(text)) {
        sticky.lastIndex = c.index;
        const m = sticky.exec(text);
        if (m !== null) return m;
        candidates.lastIndex = nextIndex(text, c.index, re.unicode);
      }
      return null;
    },
  };
}
