// The ports every request use case works with, wired once by the composition root.
import type { AccessControl } from "../access/access-control.ts";
import type { ChatPlatform, ChatPort, Clock, Language, Mailer } from "../ports.ts";
import type { RequestCustomers, RequestRepository } from "./request-repository.ts";

export interface DsrDeps {
  requests: RequestRepository;
  customers: RequestCustomers;
  /** Who may do what (src/domain/access): every change asks it first. */
  access: AccessControl;
  clock: Clock;
  chat: ChatPort;
  /** Absent without SMTP_URL: forwards are then confirmed by hand. */
  mailer: Mailer | null;
  /** Zone in which deadlines are shown (TIMEZONE). */
  timezone: string;
  defaultLanguage: Language;
  /** REQUEST_HOURLY_RATE_CENTS: art. 8.3 DPA costs; null when not set. */
  hourlyRateCents: number | null;
  /** The platforms the chat port reaches (default Slack only): who gets the forward as a direct message. */
  chatPlatforms?: ChatPlatform[];
  /** A saved change whose chat message could not be updated: reported, not thrown. */
  onChatError(error: unknown, requestId: string): void;
}
