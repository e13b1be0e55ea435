import { describe, expect, it } from "vitest";
import { escapeMrkdwn, renderRichText } from "./mrkdwn.ts";

describe("mrkdwn rendering", () => {
  it("shows mentions and broadcasts typed by people as text", () => {
    expect(escapeMrkdwn("hi <!channel> and <@U123> & <#C1|x>")).toBe(
      "hi &lt;!channel&gt; and &lt;@U123&gt; &amp; &lt;#C1|x&gt;",
    );
    expect(renderRichText([{ bold: "<!here>" }, " ", { code: "<@U1>" }], 3000)).toBe(
      "*&lt;!here&gt;* `&lt;@U1&gt;`",
    );
  });

  it("renders instants as Slack date tokens with an escaped fallback", () => {
    const at = new Date("2026-03-29T09:00:00Z");
    expect(renderRichText([{ time: at, style: "datetime", fallback: "zo 29 mrt 11:00 <CEST>" }], 3000)).toBe(
      "<!date^1774774800^{date_short_pretty} {time}|zo 29 mrt 11:00 &lt;CEST&gt;>",
    );
  });

  it("cuts people's text to the limit without breaking an escape", () => {
    const out = renderRichText(["abc", "<<<<<<<<"], 12);
    expect(out).toBe("abc&lt;&lt;…");
    expect(out.length).toBeLessThanOrEqual(12);
  });

  it("stays within the limit when the text fills it exactly and more follows", () => {
    const out = renderRichText(["x".repeat(10), "y"], 10);
    expect(out).toBe("x".repeat(10));
  });

  it("drops a date token that does not fit instead of cutting it", () => {
    const out = renderRichText(["x".repeat(20), { time: new Date(0), style: "date", fallback: "1 Jan" }], 30);
    expect(out).toBe(`${"x".repeat(20)}…`);
  });
});
