// Art. 8 DPA: a request goes to the controller's contact for data-subject requests. Contacts with
// the dsr role, narrowed by the types each handles (dsrTypes; none listed = every type); without
// one, the customer's DPO; without one, the breach contact, who at least can pass it on.
import type { RequestContact, RequestType } from "./request.ts";

export type RouteReason = "dsr" | "dpo" | "breach";

export interface Route {
  reason: RouteReason;
  contacts: RequestContact[];
}

/** Null when the customer has nobody to forward to: the request is refused at submit. */
export function routeRequest(contacts: RequestContact[], type: RequestType): Route | null {
  const reachable = contacts.filter((c) => c.email.trim() !== "");
  const dsr = reachable.filter(
    (c) => c.roles.includes("dsr") && (c.dsrTypes.length === 0 || c.dsrTypes.includes(type)),
  );
  if (dsr.length > 0) return { reason: "dsr", contacts: dsr };
  const dpo = reachable.filter((c) => c.roles.includes("dpo"));
  if (dpo.length > 0) return { reason: "dpo", contacts: dpo };
  const breach = reachable.filter((c) => c.roles.includes("breach"));
  if (breach.length > 0) return { reason: "breach", contacts: breach };
  return null;
}
