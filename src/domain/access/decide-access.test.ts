// The permission model as a table: every capability for every role and standing, the owner rules,
// and the README's table rendered from the same grants.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CAPABILITIES, type Capability } from "./capabilities.ts";
import { decideAccess, type Principal } from "./decide-access.ts";
import { permissionTable } from "./permission-table.ts";
import { GRANTED_ROLES, type StaffRole, type Standing } from "./roles.ts";

const me = { platform: "slack" as const, userId: "U1" };
const principal = (roles: StaffRole[], standing: Standing = "member"): Principal => ({
  actor: me,
  roles,
  standing,
});
const allowed = (p: Principal, c: Capability, object?: Parameters<typeof decideAccess>[2]) =>
  decideAccess(p, c, object).allowed;

/** What each role may do, written out by hand: the grants in capabilities.ts must say the same. */
const EXPECTED: Record<StaffRole | "member", Capability[]> = {
  member: ["breach.report", "request.register"],
  incident_handler: [
    "breach.report",
    "request.register",
    "incident.complete",
    "incident.handle",
    "request.handle",
    "deadlines.read",
  ],
  privacy_officer: [
    "breach.report",
    "request.register",
    "incident.complete",
    "incident.handle",
    "customer.notify",
    "request.handle",
    "request.details",
    "subprocessor.propose",
    "consent.record",
    "deadlines.read",
    "registers.read",
    "customers.manage",
  ],
  auditor: ["breach.report", "request.register", "deadlines.read", "registers.read"],
  admin: [
    "breach.report",
    "request.register",
    "deadlines.read",
    "customers.manage",
    "digest.destination",
    "staff.administer",
    "language.administer",
  ],
};

describe("decideAccess", () => {
  it.each(["member", ...GRANTED_ROLES] as const)("gives %s exactly its capabilities", (role) => {
    const p = principal(role === "member" ? [] : [role]);
    const got = CAPABILITIES.filter((c) => allowed(p, c));
    expect(got.sort()).toEqual([...EXPECTED[role]].sort());
  });

  it("adds the capabilities of several roles", () => {
    const p = principal(["auditor", "admin"]);
    expect(allowed(p, "registers.read")).toBe(true);
    expect(allowed(p, "staff.administer")).toBe(true);
    expect(allowed(p, "customer.notify")).toBe(false);
  });

  it.each(["guest", "external"] as const)(
    "gives a %s nothing, whatever role their id was granted",
    (standing) => {
      const p = principal([...GRANTED_ROLES], standing);
      for (const capability of CAPABILITIES.filter((c) => c !== "approval.decide")) {
        expect(decideAccess(p, capability)).toEqual({ allowed: false, reason: "standing", needs: [] });
      }
    },
  );

  it("lets a customer's designated approver decide, whoever they are, and nobody else", () => {
    const approval = { type: "CustomerSubProcessor", id: "a1", approvers: [me] };
    expect(allowed(principal([], "external"), "approval.decide", approval)).toBe(true);
    expect(allowed(principal([], "guest"), "approval.decide", approval)).toBe(true);
    const other = { ...approval, approvers: [{ platform: "slack" as const, userId: "U2" }] };
    expect(decideAccess(principal(["privacy_officer", "admin"]), "approval.decide", other)).toEqual({
      allowed: false,
      reason: "object",
      needs: [],
    });
    // The same user id on another platform is another person.
    const teams = { ...approval, approvers: [{ platform: "teams" as const, userId: "U1" }] };
    expect(allowed(principal([]), "approval.decide", teams)).toBe(false);
  });

  it("lets the reporter complete their own report and the registrant see their own request", () => {
    const own = { type: "Incident", id: "i1", owner: me };
    const theirs = { type: "Incident", id: "i2", owner: { platform: "slack" as const, userId: "U9" } };
    expect(allowed(principal([]), "incident.complete", own)).toBe(true);
    expect(decideAccess(principal([]), "incident.complete", theirs)).toEqual({
      allowed: false,
      reason: "role",
      needs: ["incident_handler", "privacy_officer"],
    });
    // Owning the incident does not let a reporter stop its clock.
    expect(allowed(principal([]), "incident.handle", own)).toBe(false);
    const request = { type: "DataSubjectRequest", id: "r1", owner: me };
    expect(allowed(principal([]), "request.details", request)).toBe(true);
    expect(allowed(principal(["incident_handler"]), "request.details", { ...request, owner: null })).toBe(
      false,
    );
    // A guest does not see the details of a request registered under their id.
    expect(allowed(principal([], "guest"), "request.details", request)).toBe(false);
  });

  it("names the roles that would allow a refused action", () => {
    expect(decideAccess(principal(["incident_handler"]), "customer.notify")).toEqual({
      allowed: false,
      reason: "role",
      needs: ["privacy_officer"],
    });
  });
});

describe("the README's permission table", () => {
  it("is the table the grants render", () => {
    const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
    expect(readme).toContain(permissionTable());
  });
});
