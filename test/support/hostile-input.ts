// Hostile text for property tests: random unicode, control characters, over-long input and
// injections aimed at each renderer (Slack mrkdwn mentions and links, HTML, Adaptive Card JSON),
// and the check that nothing the bot renders pings anyone.
import fc from "fast-check";

/** Texts that try to ping, link, format or break out of their field. */
export const INJECTIONS = [
  "<!channel>",
  "<!here>",
  "<!everyone>",
  "<@U024BE7LH>",
  "<@W012A3CDE|boss>",
  "<!subteam^SAZ94GDB8>",
  "<!subteam^SAZ94GDB8|@oncall>",
  "&lt;!channel&gt;",
  "<https://evil.example|click here>",
  "<mailto:x@evil.example|mail>",
  "*bold* _italic_ ~strike~ `code` ```block```",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  '{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"x"}]}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection, on purpose.
  "${{7*7}} {{7*7}} %s %n",
  "<!date^1392734382^{date}|fake date>",
  "@channel @here",
  // Teams: a mention, and Markdown that a TextBlock (not a TextRun) would render.
  '<at>Steve Peeters</at> <at id="0">boss</at>',
  "[click here](https://evil.example) **bold** # heading",
  "\u202etxet desrever\u202c",
  "\u0000\u0001\u0007\u001b[31m\u007f",
  "\r\n\t\v\f",
  "😀👩‍👩‍👧‍👦🏳️‍🌈",
  "e\u0301\u0301\u0301",
  "\uFEFF\u200B\u200D",
];

const controlChars = fc.string({
  unit: fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)),
  maxLength: 20,
});

/** Any text a person (or an attacker) might put in a field. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 200 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
  { weight: 1, arbitrary: controlChars },
  { weight: 3, arbitrary: fc.constantFrom(...INJECTIONS) },
  {
    weight: 3,
    arbitrary: fc
      .array(fc.oneof(fc.constantFrom(...INJECTIONS), fc.string({ maxLength: 10 })), { maxLength: 8 })
      .map((parts) => parts.join(" ")),
  },
  // Over-long, also right at and past the 3,000 characters of a text field.
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...INJECTIONS), fc.integer({ min: 100, max: 700 }))
      .map(([text, times]) => text.repeat(times).slice(0, 6000)),
  },
  { weight: 1, arbitrary: fc.integer({ min: 2990, max: 3010 }).map((n) => "&<".repeat(n).slice(0, n)) },
);

/** Mentions Slack would turn into a notification: @channel/@here/@everyone, a user, a user group. */
const PING = /<!(?:channel|here|everyone)(?:[|>])|<@[UW][A-Z0-9]+(?:[|>])|<!subteam\^/i;

/**
 * Every text of a Block Kit payload that Slack parses as mrkdwn: where a mention would ping.
 * plain_text (headers, labels, input values) is shown as typed and never pings.
 */
export function mrkdwnTexts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(mrkdwnTexts);
  if (!value || typeof value !== "object") return [];
  const object = value as Record<string, unknown>;
  const own = object.type === "mrkdwn" && typeof object.text === "string" ? [object.text] : [];
  return [...own, ...Object.values(object).flatMap(mrkdwnTexts)];
}

/** The mrkdwn texts (and a message's fallback `text`, which Slack parses too) that would ping. */
export function pings(payload: unknown, fallbackText?: string): string[] {
  const texts = [...mrkdwnTexts(payload), ...(fallbackText === undefined ? [] : [fallbackText])];
  return texts.filter((text) => PING.test(text));
}

/**
 * Texts of a Teams card that its clients read as Markdown (TextBlock, FactSet values): people's
 * text must never land there, so none may hold a mention or a link made of typed text.
 */
export function teamsMarkdownInjections(card: unknown): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (!node || typeof node !== "object") return;
    const element = node as Record<string, unknown>;
    const texts =
      element.type === "TextBlock"
        ? [element.text]
        : element.type === "FactSet"
          ? ((element.facts as Array<{ title: unknown; value: unknown }>) ?? []).flatMap((f) => [
              f.title,
              f.value,
            ])
          : [];
    for (const text of texts) if (typeof text === "string" && TEAMS_MARKUP.test(text)) found.push(text);
    for (const value of Object.values(element)) visit(value);
  };
  visit(card);
  return found;
}

const TEAMS_MARKUP = /<at[\s>]|\]\(https?:|\*\*bold\*\*/;
