// Who spoke, where, in which language and zone: read once from the incoming Bot Framework activity
// so the flows never look at Teams' payload shapes themselves.
import type { Standing } from "../../domain/access/roles.ts";
import type { Actor } from "../../domain/ports.ts";
import type { TeamsConversationKind } from "../db/repositories/conversation-references.ts";

/** The parts of an incoming activity the bot reads (as Teams sends them). */
export interface IncomingActivity {
  type: string;
  id?: string;
  name?: string;
  text?: string;
  value?: unknown;
  action?: string;
  locale?: string;
  localTimezone?: string;
  replyToId?: string;
  serviceUrl?: string;
  from?: { id: string; name?: string; aadObjectId?: string };
  recipient?: { id: string; name?: string };
  conversation?: { id: string; conversationType?: string; tenantId?: string; name?: string };
  channelData?: {
    tenant?: { id?: string };
    team?: { id?: string; name?: string };
    channel?: { id?: string; name?: string };
    eventType?: string;
  };
  membersAdded?: Array<{ id: string }>;
  membersRemoved?: Array<{ id: string }>;
  entities?: Array<{ type?: string; timezone?: string; locale?: string }>;
}

export interface TeamsTurn {
  activity: IncomingActivity;
  /** The conversation (a channel, chat or personal chat); a channel thread's ";messageid=" removed. */
  conversationId: string;
  /** Where a reply goes: in a channel, the thread of the message answered. */
  replyConversationId: string;
  conversationKind: TeamsConversationKind;
  serviceUrl: string;
  tenantId: string;
  teamId: string | null;
  /** Teams user id (29:…), for personal chats and mentions. */
  userId: string;
  /** AAD object id: the named account (Bijlage 2), and what language preferences are keyed by. */
  aadObjectId: string;
  userName: string;
  /** The zone the person's Teams client runs in, else TIMEZONE. */
  timezone: string;
  locale: string | null;
  /**
   * Where the person stands towards our organisation (the permission model): set once the
   * activity's tenant and the person's role in it are known; unset means an outsider.
   */
  standing?: Standing;
}

export function readTurn(activity: IncomingActivity, fallbackZone: string): TeamsTurn {
  const conversation = activity.conversation ?? { id: "" };
  const clientInfo = activity.entities?.find((e) => e.type === "clientInfo");
  const kind = conversation.conversationType;
  return {
    activity,
    conversationId: baseConversationId(conversation.id),
    replyConversationId: conversation.id,
    conversationKind: kind === "channel" || kind === "groupChat" ? kind : "personal",
    serviceUrl: activity.serviceUrl ?? "",
    tenantId: conversation.tenantId ?? activity.channelData?.tenant?.id ?? "",
    teamId: activity.channelData?.team?.id ?? null,
    userId: activity.from?.id ?? "",
    aadObjectId: activity.from?.aadObjectId ?? activity.from?.id ?? "",
    userName: activity.from?.name ?? activity.from?.id ?? "",
    timezone: validZone(activity.localTimezone ?? clientInfo?.timezone) ?? fallbackZone,
    locale: activity.locale ?? clientInfo?.locale ?? null,
  };
}

export function baseConversationId(id: string): string {
  return id.split(";messageid=")[0]!;
}

function validZone(zone: string | undefined): string | null {
  if (!zone) return null;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone;
  } catch {
    return null;
  }
}

export function actorOf(turn: TeamsTurn): Actor {
  return {
    platform: "teams",
    userId: turn.aadObjectId,
    displayName: turn.userName || turn.aadObjectId,
    workspaceId: turn.tenantId,
    standing: turn.standing ?? "external",
  };
}

/**
 * Only our own tenant's people are named accounts here (Bijlage 2): with an Azure registration,
 * activities from another tenant (the app uploaded elsewhere) are refused. Locally any is accepted.
 */
export function fromAllowedTenant(turn: Pick<TeamsTurn, "tenantId">, ownTenant: string | null): boolean {
  return ownTenant === null || turn.tenantId === ownTenant;
}
