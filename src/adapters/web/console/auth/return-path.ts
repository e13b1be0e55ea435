// Where to go after signing in: only a path of this very site. Anything else (another host,
// "//evil.example", "/\evil.example", a scheme, control characters) would turn the sign-in page
// into an open redirect that lends our address to a phishing link.
const ORIGIN = "http://console.invalid";

export function safeReturnPath(next: unknown): string {
  if (typeof next !== "string" || next.length > 2000 || !next.startsWith("/")) return "/";
  if (next.startsWith("//") || next.includes("\\") || hasControlCharacter(next)) return "/";
  let url: URL;
  try {
    url = new URL(next, ORIGIN);
  } catch {
    return "/";
  }
  if (url.origin !== ORIGIN) return "/";
  // Back to a sign-in page after signing in would be a loop.
  if (url.pathname === "/auth" || url.pathname.startsWith("/auth/")) return "/";
  return `${url.pathname}${url.search}`;
}

function hasControlCharacter(text: string): boolean {
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}
