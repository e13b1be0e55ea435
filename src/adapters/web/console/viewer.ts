// The person a console request is served for, as the session middleware (auth/) found them on this
// very request: roles are read again each time, so a revoked role closes the console at once.
import type { Response } from "express";
import type { Capability } from "../../../domain/access/capabilities.ts";
import { type AccessObject, decideAccess, type Principal } from "../../../domain/access/decide-access.ts";
import type { Language } from "../../../domain/i18n/languages.ts";
import type { Actor } from "../../../domain/ports.ts";

export interface ConsoleViewer {
  /** Slack or Teams identity when the sign-in carried one, else the e-mail identity (`web`). */
  actor: Actor;
  principal: Principal;
  /** Their own choice, else their browser's, else the workspace's or the default. */
  language: Language;
  /** Echoed by every form of the page; checked on every state-changing request. */
  csrfToken: string;
}

const VIEWER = "consoleViewer";

export function setViewer(res: Response, viewer: ConsoleViewer): void {
  res.locals[VIEWER] = viewer;
}

/** Only behind the session middleware: a page without a viewer is a wiring error, not a guest. */
export function viewerOf(res: Response): ConsoleViewer {
  const viewer = res.locals[VIEWER] as ConsoleViewer | undefined;
  if (!viewer) throw new Error("console page served without a signed-in viewer");
  return viewer;
}

/** What the navigation and the pages show: the same answer `authorize` gives when acting. */
export function viewerMay(viewer: ConsoleViewer, capability: Capability, object?: AccessObject): boolean {
  return decideAccess(viewer.principal, capability, object).allowed;
}
