// What no HTTP answer may show to whoever sent the request: a stack frame, a file path of the
// server, node_modules, or the text of the database driver. Each entry names what it found, so a
// failing property says which kind of internals leaked.
export const LEAK_PATTERNS: ReadonlyArray<readonly [string, RegExp]> = [
  // "    at fn (/srv/app/x.js:1:2)", "at async file:///x.ts:3:4", "at node:internal/...:5:6"
  ["stack frame", /\bat\s+(?:async\s+)?(?:[^\s()]+\s+)?\(?(?:file:\/\/|node:|\/|[A-Za-z]:\\)[^\s)]*:\d+:\d+/],
  ["stack frame", /(?:^|\n|<br>)\s*(?:&nbsp;\s*)*at\s+[\w$.<>[\]]+\s+\(/],
  ["absolute path", /(?:^|[^\w.~-])\/(?:work|home|usr|root|opt|srv|tmp)\//],
  ["file URL", /file:\/\//i],
  ["node_modules", /node_modules/i],
  ["database driver", /prisma|ECONNREFUSED|\brelation\b|syntax error at|\bpg\b|postgres|P\d{4}\b/i],
];

/** The kinds of internals `text` shows; empty when it shows none. */
export function leaksIn(text: string): string[] {
  return LEAK_PATTERNS.filter(([, pattern]) => pattern.test(text)).map(([kind]) => kind);
}
