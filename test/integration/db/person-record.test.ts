// The one statement /datalek reads about its reporter: the same language as findLanguagePreference
// and the same roles as the access control's rolesOf, in every case those two distinguish.
import { describe, expect, it } from "vitest";
import { findLanguagePreference } from "../../../src/adapters/db/repositories/language-preferences.ts";
import { findPersonRecord, withKnownRoles } from "../../../src/adapters/db/repositories/person-lookup.ts";
import { createAccessControl } from "../../../src/adapters/db/repositories/staff.ts";
import { type TestDatabase, useTestDatabase } from "../../support/db.ts";
import { grantRoles } from "../../support/staff.ts";

let db: TestDatabase;
useTestDatabase((created) => {
  db = created;
});

const slackUser = (userId: string, workspaceId: string) => ({
  platform: "slack" as const,
  userId,
  workspaceId,
  displayName: userId,
});

async function agrees(workspaceId: string, userId: string) {
  const record = await findPersonRecord(db.prisma, "slack", workspaceId, userId);
  expect(record.language).toBe(await findLanguagePreference(db.prisma, "slack", workspaceId, userId));
  const roles = await createAccessControl(db.prisma).rolesOf({ platform: "slack", userId });
  expect([...record.roles].sort()).toEqual([...roles].sort());
  return record;
}

describe("the person record", () => {
  it("is empty for someone unknown", async () => {
    expect(await agrees("T0WORK", "U0NOBODY")).toEqual({ language: null, roles: [] });
  });

  it("has the workspace's language, then the person's own, and the roles of all their accounts", async () => {
    await db.prisma.workspace.create({ data: { platform: "slack", externalId: "T0WORK", language: "en" } });
    await grantRoles(db.prisma, slackUser("U0ANNE", "T0WORK"), "incident_handler");
    expect(await agrees("T0WORK", "U0ANNE")).toEqual({ language: "en", roles: ["incident_handler"] });

    await db.prisma.account.updateMany({ where: { platformUserId: "U0ANNE" }, data: { language: "nl" } });
    await grantRoles(db.prisma, slackUser("U0ANNE", "T0OTHER"), "auditor", "incident_handler");
    const record = await agrees("T0WORK", "U0ANNE");
    expect(record.language).toBe("nl");
    expect([...record.roles].sort()).toEqual(["auditor", "incident_handler"]);
    // Another platform's account with the same id is another person.
    await grantRoles(db.prisma, { ...slackUser("U0ANNE", "T0WORK"), platform: "teams" }, "admin");
    expect((await findPersonRecord(db.prisma, "slack", "T0WORK", "U0ANNE")).roles).not.toContain("admin");
  });

  it("lends its roles to the access control for that person only", async () => {
    const access = withKnownRoles(createAccessControl(db.prisma), { platform: "slack", userId: "U0ANNE" }, [
      "privacy_officer",
    ]);
    expect(await access.rolesOf({ platform: "slack", userId: "U0ANNE" })).toEqual(["privacy_officer"]);
    expect(await access.rolesOf({ platform: "teams", userId: "U0ANNE" })).toEqual(["admin"]);
  });
});
