// The text of a Teams message that arrives as HTML (the message a message action was started on):
// a line break for <br> and for the end of a paragraph, every other tag dropped, the entities Teams
// writes decoded.
//
// Tags are dropped by one left-to-right scan. The regular expression /<[^>]+>/g did the same but
// started again at every "<" and read to the end of the text each time no ">" followed, so a
// message of 60 KB of "<" (which anyone in the tenant can send) kept the event loop busy for
// seconds. The scan reads each character once, whatever the input.

const LT = 0x3c; // <
const GT = 0x3e; // >

export function htmlToText(html: string): string {
  // Both patterns are linear: a match attempt starts only at "<br" or "</p" and reads no further
  // than the whitespace after it, so no character is read from two starts.
  const withBreaks = html.replace(/<br\s*\/?>/gi, "\n").replace(/<\/p>/gi, "\n");
  return decodeEntities(stripTags(withBreaks));
}

export function stripTags(html: string): string {
  return scanTags(html).text;
}

/**
 * What /<[^>]+>/g removed, removed in one pass: a tag runs from a "<" to the first ">" after it
 * with at least one character between them ("<>" is text, "<<b>" one tag); a "<" that no ">"
 * follows is text. `inspected` counts the characters read, which the tests hold to the length.
 */
export function scanTags(html: string): { text: string; inspected: number } {
  let text = "";
  let copiedUpTo = 0;
  let tagStart = -1;
  let inspected = 0;
  for (let i = 0; i < html.length; i++) {
    inspected++;
    const code = html.charCodeAt(i);
    if (tagStart === -1) {
      if (code === LT) tagStart = i;
    } else if (code === GT) {
      if (i > tagStart + 1) {
        text += html.slice(copiedUpTo, tagStart);
        copiedUpTo = i + 1;
      }
      tagStart = -1;
    }
  }
  return { text: text + html.slice(copiedUpTo), inspected };
}

function decodeEntities(text: string): string {
  return text
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}
