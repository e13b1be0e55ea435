// The text of a message action's HTML: the same result as the regular expressions it replaces, on
// any input, but read in one pass, so hostile input (60 KB of "<") cannot hold the event loop.
// How fast it is stays out of here (npm run bench measures speed); what is held here is how much
// it reads: every character once.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { messageText } from "./dispatch.ts";
import { htmlToText, scanTags, stripTags } from "./html-text.ts";

/** The tag removal before the scan, kept as the reference for what the result must be. */
const referenceStrip = (html: string) => html.replace(/<[^>]+>/g, "");

const KB60 = 60 * 1024;

describe("stripTags", () => {
  it("drops tags and keeps text", () => {
    expect(stripTags("<p>Hello <b>there</b></p>")).toBe("Hello there");
    expect(stripTags('<a href="https://x.example/?a=1&b=2">link</a>')).toBe("link");
  });

  it("keeps what is not a tag, as the regular expression did", () => {
    expect(stripTags("a <> b")).toBe("a <> b");
    expect(stripTags("1 < 2 and 3")).toBe("1 < 2 and 3");
    expect(stripTags("<<b>x")).toBe("x");
    expect(stripTags("x > y <")).toBe("x > y <");
  });

  it("agrees with the regular expression on any text of tag characters", () => {
    const html = fc.string({ unit: fc.constantFrom("<", ">", "/", "a", "b", " ", "\n", "p"), maxLength: 60 });
    fc.assert(
      fc.property(html, (text) => {
        expect(stripTags(text)).toBe(referenceStrip(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("agrees with the regular expression on any text at all", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(stripTags(text)).toBe(referenceStrip(text));
      }),
    );
  });

  it.each([
    ["60 KB of <", "<".repeat(KB60)],
    ["an unclosed tag per two characters", "<a".repeat(KB60 / 2)],
    ["< followed by 60 KB without >", `<${"x".repeat(KB60)}`],
    ["empty tags", "<>".repeat(KB60 / 2)],
    ["60 KB of > after one <", `<${">".repeat(KB60)}`],
  ])("reads each character once: %s", (_name, html) => {
    const { text, inspected } = scanTags(html);
    expect(inspected).toBe(html.length);
    // Checked against the reference on a prefix the reference handles quickly.
    const prefix = html.slice(0, 2000);
    expect(scanTags(prefix).text).toBe(referenceStrip(prefix));
    expect(text.length).toBeLessThanOrEqual(html.length);
  });

  it("returns hostile text unchanged when none of it is a tag", () => {
    expect(stripTags("<".repeat(KB60))).toBe("<".repeat(KB60));
    expect(stripTags("<a".repeat(KB60 / 2))).toBe("<a".repeat(KB60 / 2));
  });
});

describe("htmlToText", () => {
  it("turns line breaks and paragraph ends into new lines and decodes entities", () => {
    expect(htmlToText("<p>Mail from <b>Marie</b></p><p>Line&nbsp;two<br/>three &amp; &lt;four&gt;</p>")).toBe(
      "Mail from Marie\nLine two\nthree & <four>\n",
    );
  });

  it("handles 60 KB of hostile shapes", () => {
    expect(htmlToText("<".repeat(KB60))).toBe("<".repeat(KB60));
    expect(htmlToText(`<br${" ".repeat(KB60)}`)).toBe(`<br${" ".repeat(KB60)}`);
    expect(htmlToText("<br".repeat(KB60 / 3))).toBe("<br".repeat(KB60 / 3));
    expect(htmlToText("</p".repeat(KB60 / 3))).toBe("</p".repeat(KB60 / 3));
    expect(htmlToText("<br>".repeat(KB60 / 4))).toBe("\n".repeat(KB60 / 4));
    expect(htmlToText("&".repeat(KB60))).toBe("&".repeat(KB60));
  });
});

describe("messageText", () => {
  it("reads a message action's HTML payload as text", () => {
    const payload = {
      body: { contentType: "html", content: "<div>Request from <at>Marie</at>:<br>erase me</div>" },
    };
    expect(messageText(payload)).toBe("Request from Marie:\nerase me");
  });

  it("keeps 60 KB of < as text", () => {
    const payload = { body: { contentType: "html", content: "<".repeat(KB60) } };
    expect(messageText(payload)).toBe("<".repeat(KB60));
  });
});
