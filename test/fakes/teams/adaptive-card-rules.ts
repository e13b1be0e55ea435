// Every card the bot sends is parsed by Microsoft's own Adaptive Cards library with target version
// 1.5 (the newest Teams renders): each element, action or property it does not accept in 1.5 is
// a problem. The library parses without a DOM (it needs one only to render). One exception is
// known and documented by Teams: `choices.data` (Data.Query dynamic typeahead) on Input.ChoiceSet
// is supported by Teams in 1.5 cards although the schema lists it under 1.6.
import { createRequire } from "node:module";

interface ParseEvent {
  message: string;
}
interface SerializationContext {
  eventCount: number;
  getEventAt(index: number): ParseEvent;
}
interface AdaptiveCardsModule {
  AdaptiveCard: new () => {
    parse(json: unknown, context: SerializationContext): void;
    toJSON(context: SerializationContext): unknown;
  };
  SerializationContext: new (version: unknown) => SerializationContext;
  Versions: { v1_5: unknown };
}

const AC = createRequire(import.meta.url)("adaptivecards/dist/adaptivecards.js") as AdaptiveCardsModule;

const TEAMS_EXTENSIONS = [/^Property "choices\.data" is supported in version 1\.6/];

export const TEAMS_CARD_BYTES = 80_000;

export function adaptiveCardProblems(card: unknown): string[] {
  const problems: string[] = [];
  const c = card as { type?: string; version?: string };
  if (c?.type !== "AdaptiveCard") problems.push(`not an AdaptiveCard: ${JSON.stringify(card).slice(0, 80)}`);
  if (c?.version !== "1.5") problems.push(`card version ${c?.version}, expected 1.5`);
  const size = Buffer.byteLength(JSON.stringify(card), "utf8");
  if (size > TEAMS_CARD_BYTES) problems.push(`card is ${size} bytes; keep under ${TEAMS_CARD_BYTES}`);
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) {
    const { message } = context.getEventAt(i);
    if (!TEAMS_EXTENSIONS.some((allowed) => allowed.test(message))) problems.push(message);
  }
  // A property the library does not know is dropped silently when it serializes the card again:
  // what was sent but does not come back is not Adaptive Cards 1.5 (defaults are dropped too).
  unknownProperties(card, parsed.toJSON(context), "card", problems);
  return problems;
}

/** Teams' own additions: the card's `msteams` (width) and Data.Query typeahead. */
const TEAMS_PROPERTIES = new Set(["msteams", "choices.data"]);
/** Free-form or nested lists the library re-serializes element by element. */
const NESTED = new Set(["body", "actions", "items", "columns", "facts", "choices", "card"]);

function unknownProperties(sent: unknown, parsed: unknown, path: string, problems: string[]): void {
  if (Array.isArray(sent)) {
    if (!Array.isArray(parsed) || parsed.length !== sent.length) return; // element problems are reported above
    for (const [i, item] of sent.entries()) unknownProperties(item, parsed[i], `${path}[${i}]`, problems);
    return;
  }
  if (sent === null || typeof sent !== "object" || parsed === null || typeof parsed !== "object") return;
  const back = parsed as Record<string, unknown>;
  for (const [key, value] of Object.entries(sent)) {
    if (key in back) {
      if (NESTED.has(key)) unknownProperties(value, back[key], `${path}.${key}`, problems);
      continue;
    }
    if (isDefaultValue(value) || TEAMS_PROPERTIES.has(key)) continue;
    if (key === "fallback") {
      // The library reads an element's fallback but does not write it back: check it on its own.
      if (value !== "drop") {
        const alone = {
          type: "AdaptiveCard",
          version: "1.5",
          body: [{ type: "ActionSet", actions: [value] }],
        };
        problems.push(...adaptiveCardProblems(alone).map((p) => `fallback at ${path}: ${p}`));
      }
      continue;
    }
    const type = (sent as { type?: string }).type ?? "object";
    problems.push(`property "${key}" of ${type} at ${path} is not part of Adaptive Cards 1.5`);
  }
}

/** Values the library leaves out because they are the default (false, [], style "compact"…). */
function isDefaultValue(value: unknown): boolean {
  if (value === false) return true;
  if (Array.isArray(value) && value.length === 0) return true;
  return typeof value === "string" && /^(default|compact|auto)$/i.test(value);
}
