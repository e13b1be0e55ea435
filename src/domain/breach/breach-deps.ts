// The ports every breach use case works with, wired once by the composition root.
import type { AccessControl } from "../access/access-control.ts";
import type { ChatPort, Clock, Language, Mailer } from "../ports.ts";
import type { CustomerDirectory, IncidentRepository } from "./incident-repository.ts";

export interface BreachDeps {
  incidents: IncidentRepository;
  customers: CustomerDirectory;
  /** Who may do what (src/domain/access): every change asks it first. */
  access: AccessControl;
  clock: Clock;
  chat: ChatPort;
  /** Absent without SMTP_URL: notifications are then recorded by hand. */
  mailer: Mailer | null;
  /** Zone in which deadlines are shown (TIMEZONE). */
  timezone: string;
  defaultLanguage: Language;
  /**
   * A saved change whose chat message could not be updated (rate limit, outage): the change stands
   * and the message is marked for the scheduler to render again, so the failure is reported rather
   * than thrown.
   */
  onChatError(error: unknown, incidentId: string): void | Promise<void>;
}

/** What refreshing a message needs: a subset, so the reminder engine can call it too. */
export type RefreshDeps = Pick<
  BreachDeps,
  "incidents" | "clock" | "chat" | "timezone" | "defaultLanguage" | "access"
>;
