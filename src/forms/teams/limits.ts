// Teams' limits (../shared/PLATFORM.md), checked where Adaptive Cards are rendered: a bot message
// may be about 100 KB, and we keep every card under 80 KB so the activity around it fits too.
// Text written by people is shortened to fit; anything else over a limit is a bug and throws.
export const TEAMS_LIMITS = {
  /** Serialized card, UTF-8 bytes. */
  cardBytes: 80_000,
  /** Adaptive Cards 1.5 is the newest version Teams renders. */
  cardVersion: "1.5",
  /** One text block: far below the card limit, so one long field cannot crowd out the others. */
  textBlock: 6000,
  dialogTitle: 80,
  buttonTitle: 80,
  actionsPerSet: 6,
  inputMaxLength: 5000,
  choiceTitle: 200,
  placeholder: 150,
  /** Data payloads of buttons and submits are ours: small state, never a document. */
  actionData: 4000,
} as const;

export class TeamsLimitError extends Error {
  constructor(what: string, length: number, max: number) {
    super(`${what} is ${length} long; Teams allows at most ${max}`);
    this.name = "TeamsLimitError";
  }
}

export function assertWithin(what: string, length: number, max: number): void {
  if (length > max) throw new TeamsLimitError(what, length, max);
}

export function fitPlain(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

export function cardBytes(card: unknown): number {
  return Buffer.byteLength(JSON.stringify(card), "utf8");
}

/** The size check every card passes before it leaves the process. */
export function assertCardSize(what: string, card: unknown): void {
  assertWithin(`${what} (bytes)`, cardBytes(card), TEAMS_LIMITS.cardBytes);
}
