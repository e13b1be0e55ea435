// Reminder and digest texts. `{deadline}`-like placeholders may be filled with an instant that the
// platform shows in the reader's own time zone; the fallback text uses the configured zone.
export const reminders = {
  "reminders.breach.notify.summary": "Inform {customer} about {reference}",
  "reminders.breach.notify.before":
    "{remaining} left to inform {customer} about {reference}. Deadline: {deadline}.",
  "reminders.breach.notify.due":
    "The 24-hour deadline to inform {customer} about {reference} is reached ({deadline}). Penalty if informed now: {penalty}; every further started hour adds € 50.",
  "reminders.breach.notify.late":
    "{customer} is still not recorded as informed about {reference}: {late} late (deadline {deadline}). Penalty so far: {penalty}.",
  "reminders.breach.notify.clause":
    "Art. 6 DPA: inform the customer at the latest 24 hours after discovery. Art. 6.5: € 2,500 plus € 50 for every started hour late. Record the notification on the incident to stop these reminders.",
  "reminders.breach.authority.summary": "{customer}: decision on notifying the {authority} about {reference}",
  "reminders.breach.authority.before":
    "{customer} must decide within {remaining} whether to notify the {authority} about {reference}. Deadline: {deadline}.",
  "reminders.breach.authority.late":
    "The 72-hour deadline for {customer}'s decision on notifying the {authority} about {reference} has passed ({deadline}, {late} ago). Ask the customer and record the decision.",
  "reminders.breach.authority.clause":
    "Bijlage 3 and GDPR art. 33: the customer decides on notifying its supervisory authority within 72 hours after our discovery. Record the decision on the incident to stop these reminders.",
  "reminders.dsr.forward.summary": "Forward request {reference} to {customer}",
  "reminders.dsr.forward.due":
    "Request {reference} ({type}) for {customer} is not forwarded yet; it is due {deadline}.",
  "reminders.dsr.forward.late":
    "Request {reference} ({type}) for {customer} is still not forwarded: {late} overdue (due {deadline}).",
  "reminders.dsr.forward.clause":
    "Art. 8 DPA: requests from data subjects are forwarded to the customer without delay. The details go only to the customer's contact, never to this channel.",
  "reminders.dsr.legal.summary": "Request {reference}: legal deadline of {customer}",
  "reminders.dsr.legal.before":
    "Request {reference} ({type}) for {customer}: the customer must answer by {deadline} ({remaining} left).",
  "reminders.dsr.legal.late":
    "Request {reference} ({type}) for {customer}: the legal deadline {deadline} has passed ({late} ago) and the request is not closed.",
  "reminders.dsr.legal.notForwarded": "The request has not even been forwarded yet.",
  "reminders.dsr.legal.extended": "The deadline was extended by the customer.",
  "reminders.dsr.legal.clause":
    "GDPR art. 12(3): one month after receipt, extendable by two further months (Reg. 1182/71).",
  "reminders.subprocessor.summary": "{customer}: sub-processor {subprocessor} awaits approval",
  "reminders.subprocessor.pending":
    "{customer} has not decided yet on sub-processor {subprocessor}, requested {requested} ({waiting} ago).",
  "reminders.subprocessor.outsideEea":
    "Processing outside the EEA: explicit prior written consent is required (art. 3.7 DPA).",
  "reminders.subprocessor.clause":
    "Art. 9 DPA: no new sub-processor without the customer's prior consent (€ 500 per violation).",
  "reminders.retention.summary": "{customer}: destroy or return the data",
  "reminders.retention.before":
    "{customer}: the personal data must be destroyed or returned by {deadline} ({remaining} left). The contract ended on {contractEnd}.",
  "reminders.retention.late":
    "{customer}: the term to destroy or return the personal data ended on {deadline} ({late} ago). The contract ended on {contractEnd}.",
  "reminders.retention.noTerm":
    "The customer register has no retention term for this customer, so the contract end is used: record the term from Bijlage 1.",
  "reminders.retention.clause":
    "Art. 12 DPA and Bijlage 1: destroy or return the data within the agreed term after the contract ends. Archive the customer once that is done.",
  "reminders.review.summary": "{customer}: evaluate the security measures",
  "reminders.review.before":
    "{customer}: the periodic evaluation of the security measures is due on {deadline} ({remaining} left). Last evaluation: {last}.",
  "reminders.review.late":
    "{customer}: the periodic evaluation of the security measures was due on {deadline} ({late} ago). Last evaluation: {last}.",
  "reminders.review.never": "none recorded",
  "reminders.review.clause": {
    one: "Art. 5.9 DPA: the security measures are evaluated periodically, for this customer every month. Record the evaluation to stop these reminders.",
    other:
      "Art. 5.9 DPA: the security measures are evaluated periodically, for this customer every {count} months. Record the evaluation to stop these reminders.",
  },
  "reminders.days": { one: "{count} day", other: "{count} days" },
  "reminders.dsrType.access": "access",
  "reminders.dsrType.rectification": "rectification",
  "reminders.dsrType.erasure": "erasure",
  "reminders.dsrType.restriction": "restriction",
  "reminders.dsrType.portability": "portability",
  "reminders.dsrType.objection": "objection",
  "reminders.dsrType.other": "other",
  "reminders.kind.breach.notify": "inform customer",
  "reminders.kind.breach.authority": "authority decision",
  "reminders.kind.dsr.forward": "forward request",
  "reminders.kind.dsr.legal": "request deadline",
  "reminders.kind.subprocessor.pending": "sub-processor approval",
  "reminders.kind.retention": "retention term",
  "reminders.kind.review": "security review",

  // Between what a digest line is about and where its deadline stands.
  "digest.separator": ": ",
  "digest.title": "Open deadlines: daily overview",
  "digest.onDemandTitle": "Open deadlines",
  "digest.summary": {
    one: "{count} open deadline, {overdue} overdue",
    other: "{count} open deadlines, {overdue} overdue",
  },
  "digest.nothingOpen":
    "Nothing open: no breach clocks, authority decisions, requests or approvals, and no retention or review date within 30 days.",
  "digest.asOf": "As of {now}. Most urgent first.",
  "digest.more": "… and {count} more, not shown here.",
  "digest.status.left": "{remaining} left, until {deadline}",
  "digest.status.overdue": "overdue by {late}, since {deadline}",
  "digest.status.penalty": "{late} late, penalty so far {penalty}",
  "digest.status.legalDeadline": "legal deadline {deadline}",
  "digest.line.breachNotify": "{reference} · {customer}: inform the customer",
  "digest.status.emailPending": "✉️ e-mail not sent yet, retried automatically",
  "digest.line.authority": "{reference} · {customer}: decision on notifying the {authority}",
  "digest.line.requestForward": "{reference} · {customer}: forward the {type} request",
  "digest.line.requestLegal": "{reference} · {customer}: {type} request, legal deadline",
  "digest.line.requestLegalExtended": "{reference} · {customer}: {type} request, extended legal deadline",
  "digest.line.approval": "{customer}: approval of sub-processor {subprocessor}, pending since {requested}",
  "digest.line.approvalOutsideEea": " (outside the EEA)",
  "digest.line.retention": "{customer}: destroy or return the data",
  "digest.line.review": "{customer}: evaluate the security measures",
  "digest.line.failed": "Reminder not delivered ({kind}, {subject}): {error}",
  "digest.command.error": "The overview could not be built. Try again in a minute; the error was logged.",
} as const;
