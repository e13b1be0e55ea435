// A refusal in words: which role would allow the action and the exact command that grants it, so
// the person knows whom to ask and the administrator what to type.
import { t } from "../i18n/translate.ts";
import type { Actor, Language } from "../ports.ts";
import type { AccessRefusal } from "./access-control.ts";
import { roleName } from "./roles.ts";

const IDENTITY_OPTION: Partial<Record<Actor["platform"], string>> = {
  slack: "--slack-user",
  teams: "--teams-user",
  cli: "--cli-user",
  web: "--email",
};

export function refusalText(language: Language, refusal: AccessRefusal): string {
  const { decision, actor } = refusal;
  if (decision.reason === "standing") return t(language, "access.refused.standing");
  if (decision.reason === "object") return t(language, "access.refused.object");
  const [first] = decision.needs;
  if (!first) return t(language, "access.refused.nobody");
  const roles = decision.needs
    .map((role) => t(language, `access.role.${role}`))
    .join(t(language, "access.or"));
  const option = IDENTITY_OPTION[actor.platform];
  const grant = `\`dpa-bot staff grant ${roleName(first)}${option ? ` ${option} ${actor.userId}` : ""}\``;
  return t(language, "access.refused.role", { roles, grant });
}
