// Scans captured log lines for forbidden strings (case-insensitively: e-mail addresses are). A
// finding names the file and line and shows the line with every forbidden string blacked out, so
// the report of a leak does not leak it again.
export interface LogFinding {
  file: string;
  lineNumber: number;
  /** Which forbidden strings, by their index in the list (never the strings themselves). */
  matches: number[];
  /** The line with each forbidden string replaced by [forbidden #i], shortened. */
  redacted: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function scanLog(file: string, text: string, forbidden: string[]): LogFinding[] {
  const patterns = forbidden.map((item) => new RegExp(escapeRegExp(item), "gi"));
  const findings: LogFinding[] = [];
  text.split("\n").forEach((line, index) => {
    const matches = patterns.flatMap((pattern, i) => (line.search(pattern) >= 0 ? [i] : []));
    if (matches.length === 0) return;
    let redacted = line;
    patterns.forEach((pattern, i) => {
      redacted = redacted.replace(pattern, `[forbidden #${i}]`);
    });
    findings.push({ file, lineNumber: index + 1, matches, redacted: redacted.slice(0, 600) });
  });
  return findings;
}

export function describeFindings(findings: LogFinding[]): string {
  return [
    `${findings.length} log line(s) hold a secret or personal data of the test fixtures:`,
    ...findings
      .slice(0, 20)
      .map((f) => `  ${f.file}:${f.lineNumber} (forbidden #${f.matches.join(", #")}): ${f.redacted}`),
  ].join("\n");
}
