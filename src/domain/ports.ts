// What the domain needs from the outside world, owned by the domain. Adapters (Slack, Teams, the
// database, SMTP) implement these; use cases receive them, so tests can set the time and record
// what was sent without touching a platform.
import type { Message } from "../messages/model.ts";
import type { Standing } from "./access/roles.ts";
import type { Language } from "./i18n/languages.ts";

/** Time enters only through here: deadline maths is tested by setting the clock, never by sleeping. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export type { Language };

/**
 * "email": a customer's contact acting through a personal e-mail link (no chat account).
 * "web": a member of staff known to the console by e-mail address only (any OpenID provider).
 */
export type ActorPlatform = "slack" | "teams" | "cli" | "system" | "email" | "web";

/** A named account (Bijlage 2): every state change is attributed to one. */
export interface Actor {
  platform: ActorPlatform;
  /**
   * Slack user id, Teams AAD object id, OS user name for the CLI, job name for the system, e-mail
   * address (a customer's contact; for `web`, lower-cased).
   */
  userId: string;
  displayName: string;
  /** Slack team id or Teams tenant id; empty for the CLI and the system. */
  workspaceId?: string;
  /**
   * Where the person stands towards our organisation, as the front door found it (guest flags,
   * their own workspace or tenant). A chat actor without it is treated as an outsider.
   */
  standing?: Standing;
}

export type ChatPlatform = "slack" | "teams";

export interface ChatTarget {
  platform: ChatPlatform;
  /** A channel or chat; with `person`, a person's id (Slack user id, Teams AAD object id). */
  channelId: string;
  /**
   * A direct message to that person: Slack opens the app's DM for a user id; Teams needs the
   * person's personal chat with the bot, created proactively when it is not known yet.
   */
  person?: boolean;
}

export interface PostedMessage extends ChatTarget {
  /** Slack message ts, Teams activity id. */
  messageId: string;
}

/** Thrown by chat adapters. `retryable` sends are tried again later, never dropped silently. */
export class ChatDeliveryError extends Error {
  readonly retryable: boolean;
  /** From HTTP 429 Retry-After: the earliest moment a retry makes sense. */
  readonly retryAfterMs?: number;

  constructor(message: string, retryable: boolean, retryAfterMs?: number) {
    super(message);
    this.retryable = retryable;
    this.retryAfterMs = retryAfterMs;
    this.name = "ChatDeliveryError";
  }
}

/** Posting to channels. One neutral message model, rendered by each platform adapter. */
export interface ChatPort {
  post(target: ChatTarget, message: Message): Promise<PostedMessage>;
  update(posted: PostedMessage, message: Message): Promise<void>;
  /** Visible only to one user (Slack ephemeral, Teams personal chat). */
  postPrivate(target: ChatTarget, userId: string, message: Message): Promise<void>;
}

export interface MailMessage {
  to: string[];
  subject: string;
  text: string;
}

export interface Mailer {
  /** Throws a MailSendError (or any error, which counts as "may have been accepted"). */
  send(mail: MailMessage): Promise<{ messageId: string }>;
}

/**
 * A send that failed. SMTP cannot always tell: when the connection drops or falls silent after the
 * message was handed over, the server may have accepted it and deliver it after all. A decision
 * link in such an e-mail may be in the approver's mailbox, so it must keep working (art. 9 DPA).
 */
export class MailSendError extends Error {
  /** False only when the server certainly did not take the message (refused, never reached). */
  readonly mayHaveBeenAccepted: boolean;
  /** The server's SMTP reply code, when it answered with a refusal (4xx, 5xx). */
  readonly responseCode?: number;

  constructor(message: string, mayHaveBeenAccepted: boolean, responseCode?: number) {
    super(message);
    this.mayHaveBeenAccepted = mayHaveBeenAccepted;
    this.responseCode = responseCode;
    this.name = "MailSendError";
  }
}
