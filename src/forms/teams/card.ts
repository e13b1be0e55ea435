// The envelope of every card the bot sends: Adaptive Cards 1.5, full width in Teams.
import { TEAMS_LIMITS } from "./limits.ts";

export type CardElement = Record<string, unknown>;

export interface AdaptiveCard {
  type: "AdaptiveCard";
  $schema: string;
  version: string;
  body: CardElement[];
  actions?: CardElement[];
  /** Universal Actions: Teams asks the bot for the card's current state when it is shown. */
  refresh?: { action: CardElement; userIds?: string[] };
  msteams?: { width: "Full" };
}

export const ADAPTIVE_CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

export function adaptiveCard(body: CardElement[], actions: CardElement[] = []): AdaptiveCard {
  const card: AdaptiveCard = {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: TEAMS_LIMITS.cardVersion,
    body,
    msteams: { width: "Full" },
  };
  if (actions.length > 0) card.actions = actions;
  return card;
}

/** A card as an activity attachment. */
export function cardAttachment(card: AdaptiveCard) {
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card };
}
