// Property tests over the request and sub-processor dialogs, their messages, every reminder, the
// digest and the Teams help card, in every language the bot speaks, with hostile text wherever people
// type or name things: within Slack's limits as the fake Slack checks them, pinging nobody, and valid
// Adaptive Cards 1.5 within Teams' size limit. The longest language (French) must fit as well as the
// shortest.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { helpCard } from "../../../src/adapters/teams/help-card.ts";
import { buildRequestMessage } from "../../../src/domain/dsr/request-message.ts";
import { LANGUAGES, type Language } from "../../../src/domain/i18n/languages.ts";
import { t } from "../../../src/domain/i18n/translate.ts";
import type { OpenClock } from "../../../src/domain/reminders/clocks.ts";
import { buildDigest } from "../../../src/domain/reminders/digest.ts";
import type { OpenDeadline } from "../../../src/domain/reminders/open-deadlines.ts";
import { buildReminderMessage } from "../../../src/domain/reminders/reminder-message.ts";
import { buildApprovalMessage } from "../../../src/domain/subprocessor/approval-message.ts";
import type { CustomerApproval, Proposal } from "../../../src/domain/subprocessor/proposal.ts";
import { tallyOf } from "../../../src/domain/subprocessor/proposal.ts";
import { validateProposal } from "../../../src/domain/subprocessor/proposal-input.ts";
import { buildProposalMessage } from "../../../src/domain/subprocessor/proposal-message.ts";
import {
  buildCloseRequestForm,
  buildExtendForm,
  buildForwardForm,
  buildTimeForm,
} from "../../../src/forms/dsr/action-forms.ts";
import { buildRequestForm, buildRequestLoadingForm } from "../../../src/forms/dsr/request-form.ts";
import type { Form } from "../../../src/forms/model.ts";
import { renderForm } from "../../../src/forms/slack/render-form.ts";
import { renderMessage } from "../../../src/forms/slack/render-message.ts";
import { buildDecisionForm } from "../../../src/forms/subprocessor/decision-form.ts";
import {
  buildProposalForm,
  buildProposalLoadingForm,
} from "../../../src/forms/subprocessor/proposal-form.ts";
import { buildWithdrawForm } from "../../../src/forms/subprocessor/withdraw-form.ts";
import { renderFormCard } from "../../../src/forms/teams/render-form.ts";
import { renderMessageCard } from "../../../src/forms/teams/render-message.ts";
import type { Message } from "../../../src/messages/model.ts";
import { checkBlocks, checkView } from "../../fakes/slack/block-kit-rules.ts";
import { adaptiveCardProblems } from "../../fakes/teams/adaptive-card-rules.ts";
import { testRequest } from "../../fixtures/dsr/test-request.ts";
import { hostileText, pings, teamsMarkdownInjections } from "../../support/hostile-input.ts";

const NOW = new Date("2026-10-25T00:30:00Z"); // the night the clocks go back in Brussels
const ZONE = "Europe/Brussels";
const RUNS = { numRuns: 60 };
const language = fc.constantFrom(...LANGUAGES);
const named = hostileText.filter((text) => text.trim() !== "");
const hours = (h: number) => new Date(NOW.getTime() + h * 3_600_000);

function expectSafeForm(form: Form): void {
  const view = renderForm(form);
  expect(checkView(view), form.id).toEqual([]);
  expect(pings(view)).toEqual([]);
  for (const surface of ["dialog", "card"] as const) {
    const card = renderFormCard(form, { timezone: ZONE, surface });
    expect(adaptiveCardProblems(card), form.id).toEqual([]);
    expect(teamsMarkdownInjections(card)).toEqual([]);
  }
}

function expectSafeMessage(message: Message): void {
  const rendered = renderMessage(message);
  expect(checkBlocks(rendered.blocks, "message")).toEqual([]);
  expect(pings(rendered.blocks, rendered.text)).toEqual([]);
  const card = renderMessageCard(message);
  expect(adaptiveCardProblems(card)).toEqual([]);
  expect(teamsMarkdownInjections(card)).toEqual([]);
}

describe("data-subject requests in every language", () => {
  it("render every dialog and the request message of a hostile request safely", () => {
    fc.assert(
      fc.property(
        language,
        named,
        hostileText,
        fc.constantFrom("access", "rectification", "erasure", "restriction", "portability", "objection"),
        fc.boolean(),
        (lang, customerName, reason, type, forwarded) => {
          const base = testRequest();
          const request = testRequest({
            type: type as never,
            customer: { ...base.customer, name: customerName, language: lang },
            extendedDeadline: reason.trim() ? new Date("2026-06-10T21:59:59.999Z") : null,
            extensionReason: reason.trim() || null,
            forwardedAt: forwarded ? base.forwardedAt : null,
            forwardError: forwarded ? null : reason,
            forwardRetryAt: forwarded ? null : NOW,
            minutesSpent: 95,
            costCents: 19_000,
            status: forwarded ? "forwarded" : "received",
          });
          const common = { request, language: lang, state: "{}" };
          for (const form of [
            buildRequestLoadingForm(lang),
            buildRequestForm({ language: lang, state: "{}", receivedAt: NOW, requestText: reason }),
            buildForwardForm({ ...common, timezone: ZONE, now: NOW, showText: true }),
            buildTimeForm({ ...common, hourlyRateCents: 12_000 }),
            buildExtendForm(common),
            buildCloseRequestForm(common),
          ])
            expectSafeForm(form);
          for (const shown of [
            request,
            { ...request, status: "closed" as const, closedAt: NOW, closingNote: reason },
          ])
            expectSafeMessage(buildRequestMessage(shown, { now: NOW, timezone: ZONE, language: lang }));
        },
      ),
      RUNS,
    );
  });
});

// Three terms of 3,000 characters that escape to several times their length (a text of "&<") still
// overflow a Slack message in every language alike (each section is cut at 3,000, but their sum
// passes 12,000); the terms here stay within a sixth of that.
const termsText = hostileText.map((text) => Array.from(text).slice(0, 500).join(""));

/** A proposal as validation lets it through: whatever was typed, within the form's lengths. */
function proposalOf(name: string, text: string, lang: Language): Proposal | null {
  const raw = { name, purpose: text, dataCategories: text, reason: text, country: "US", mechanism: "scc" };
  const result = validateProposal({ ...raw, intendedStart: "2026-11-01", scope: "all" }, NOW, "UTC");
  if (!result.ok) return null;
  return {
    ...result.value.terms,
    id: "00000000-0000-4000-8000-000000000001",
    reference: "SV-2026-0001",
    status: "open",
    allCustomers: true,
    proposerName: name,
    proposerUserId: "U1",
    proposerPlatform: "slack",
    proposerLanguage: lang,
    message: null,
    withdrawnAt: null,
    createdAt: NOW,
  };
}

describe("sub-processor changes in every language", () => {
  it("render the proposal, decision and withdraw dialogs and both messages safely", () => {
    fc.assert(
      fc.property(language, named, termsText, named, fc.nat(600), (lang, name, text, customer, pending) => {
        const proposal = proposalOf(name, text, lang);
        fc.pre(proposal !== null);
        if (!proposal) return;
        const approval: CustomerApproval = {
          id: "00000000-0000-4000-8000-000000000002",
          customerId: "c",
          customerKey: "c",
          customerName: customer,
          language: lang,
          state: "pending",
          decision: null,
          reason: null,
        };
        const summary = t(lang, "subprocessor.msg.requestSummary", { name, customer });
        for (const form of [
          buildProposalLoadingForm(lang),
          buildProposalForm({
            language: lang,
            state: "{}",
            today: "2026-10-25",
            country: { value: "CH", label: "CH" },
          }),
          buildDecisionForm({ language: lang, decision: "approve", summary, state: "{}" }),
          buildDecisionForm({ language: lang, decision: "reject", summary, state: "{}" }),
          buildWithdrawForm({ language: lang, pending, state: "{}" }),
        ])
          expectSafeForm(form);
        const delivery = { retrying: pending, failed: 1, lastError: text };
        expectSafeMessage(buildApprovalMessage(proposal, approval, { timezone: ZONE }));
        expectSafeMessage(
          buildProposalMessage(
            proposal,
            { ...tallyOf(["pending", "approved", "withdrawn"]), delivery },
            { timezone: ZONE },
          ),
        );
      }),
      RUNS,
    );
  });
});

/** One clock of every kind, before and after its deadline, for a customer with a hostile name. */
function clocksOf(customerName: string, name: string, late: boolean): OpenClock[] {
  const at = (h: number) => hours(late ? -h : h);
  const base = { entityType: "customer" as const, entityId: "e", customerName };
  return [
    {
      ...base,
      key: "1",
      kind: "breach.notify",
      incidentId: "i",
      reference: "DL-2026-0001",
      deadline: at(3),
      incidentTarget: null,
    },
    {
      ...base,
      key: "2",
      kind: "breach.authority",
      incidentId: "i",
      reference: "DL-2026-0001",
      deadline: at(50),
      authority: "GBA",
      incidentTarget: null,
    },
    {
      ...base,
      key: "3",
      kind: "dsr.forward",
      reference: "AV-2026-0001",
      requestType: "portability",
      dueAt: at(2),
    },
    {
      ...base,
      key: "4",
      kind: "dsr.legal",
      reference: "AV-2026-0001",
      requestType: "restriction",
      deadline: at(700),
      extended: true,
      forwarded: false,
    },
    {
      ...base,
      key: "5",
      kind: "subprocessor.pending",
      subProcessorName: name,
      requestedAt: hours(-200),
      outsideEea: true,
      intendedStart: hours(-1),
    },
    { ...base, key: "6", kind: "retention", contractEnd: hours(-2000), dueAt: at(30), termRecorded: false },
    { ...base, key: "7", kind: "review", lastReviewAt: null, dueAt: at(100), intervalMonths: late ? 1 : 12 },
  ];
}

describe("reminders and the digest in every language", () => {
  it("render every reminder before and after its deadline, and the digest of them all, safely", () => {
    fc.assert(
      fc.property(language, named, named, fc.boolean(), (lang, customer, name, late) => {
        const clocks = clocksOf(customer, name, late);
        for (const clock of clocks) {
          for (const step of ["-24h", "0", "+1h"])
            expectSafeMessage(buildReminderMessage(clock, step, NOW, { language: lang, timezone: ZONE }));
        }
        const items: OpenDeadline[] = [
          ...clocks.flatMap((clock): OpenDeadline[] => {
            switch (clock.kind) {
              case "breach.notify":
                return [
                  {
                    kind: "breach.notify",
                    reference: clock.reference,
                    customerName: customer,
                    deadline: clock.deadline,
                    emailPending: true,
                  },
                ];
              case "breach.authority":
                return [
                  {
                    kind: "breach.authority",
                    reference: clock.reference,
                    customerName: customer,
                    deadline: clock.deadline,
                    authority: "AP",
                  },
                ];
              case "retention":
              case "review":
                return [{ kind: clock.kind, customerName: customer, dueAt: clock.dueAt }];
              default:
                return [];
            }
          }),
          {
            kind: "request",
            reference: "AV-2026-0002",
            customerName: customer,
            requestType: "objection",
            forwardDueAt: hours(-5),
            deadline: hours(600),
            extended: false,
          },
          {
            kind: "approval",
            customerName: customer,
            subProcessorName: name,
            requestedAt: hours(-300),
            outsideEea: true,
            remindAt: hours(-2),
            intendedStart: hours(-1),
          },
          {
            kind: "failed-reminder",
            reminderKind: "dsr.legal",
            customerName: customer,
            subject: name,
            dueAt: hours(-1),
            error: name,
          },
        ];
        for (const variant of ["daily", "on-demand"] as const)
          expectSafeMessage(
            buildDigest(items, NOW, { language: lang, timezone: ZONE, variant, nobodyCanNotify: late }),
          );
      }),
      RUNS,
    );
  });

  it("Teams' help card fits and quotes what was typed as typed", () => {
    fc.assert(
      fc.property(language, hostileText, (lang, typed) => {
        const card = helpCard(lang, t(lang, "teams.unknownCommand", { text: typed.slice(0, 80) }));
        expect(adaptiveCardProblems(card)).toEqual([]);
        expect(teamsMarkdownInjections(card)).toEqual([]);
      }),
      RUNS,
    );
  });
});
