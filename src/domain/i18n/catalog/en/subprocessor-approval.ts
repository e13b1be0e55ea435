// Texts of the approval request to a customer's approvers (art. 9 DPA; art. 3.7 outside the EEA):
// the chat message, the decision dialogs, the e-mail and the decision page, in the customer's
// language.
export const subprocessorApproval = {
  "subprocessor.msg.requestHeader": "Consent requested: sub-processor {name}",
  "subprocessor.msg.requestIntro":
    "For {customer}: under art. 9 of our data processing agreement we ask your prior consent to engage this sub-processor (or to this change).",
  "subprocessor.msg.nonEeaWarning":
    "Art. 3.7 DPA: the data would be processed outside the European Economic Area. Approving gives your prior written consent to that.",
  "subprocessor.msg.requestFooter": "Proposal {ref}",
  "subprocessor.msg.requestSummary": "Consent requested for sub-processor {name} ({customer})",
  "subprocessor.button.approve": "Approve",
  "subprocessor.button.reject": "Reject",
  "subprocessor.outcome.approved": "Approved by {by} on {at} ({via})",
  "subprocessor.outcome.rejected": "Rejected by {by} on {at} ({via})",
  "subprocessor.outcome.withdrawn": "Withdrawn by the proposer: no decision needed.",
  "subprocessor.via.slack": "Slack",
  "subprocessor.via.teams": "Teams",
  "subprocessor.via.email_link": "e-mail link",
  "subprocessor.via.written_consent": "written consent, recorded by staff",

  "subprocessor.decide.approveTitle": "Approve",
  "subprocessor.decide.rejectTitle": "Reject",
  "subprocessor.decide.confirm": "Confirmation (art. 3.7 DPA)",
  "subprocessor.decide.confirmOption": "I consent to processing outside the EEA",
  "subprocessor.decide.reason": "Reason",
  "subprocessor.decide.reasonHint": "The proposer sees this reason.",
  "subprocessor.error.reasonRequired": "Give the reason for rejecting.",
  "subprocessor.error.confirmNonEea": "Outside the EEA: confirm the consent to processing outside the EEA.",
  "subprocessor.error.approvalUnknown": "This request no longer exists.",
  "subprocessor.reply.notAllowed":
    "Only the customer's designated approvers can decide on this request. Your attempt was logged.",
  "subprocessor.reply.already": "Already decided: {outcome}",
  "subprocessor.reply.recorded": "Recorded: {outcome}",

  "subprocessor.mail.subject": "Consent requested: sub-processor {name} ({customer})",
  "subprocessor.mail.body":
    "Dear {contact},\n\nUnder art. 9 of the data processing agreement with {customer} we ask your prior consent to engage a sub-processor:\n\n{terms}\n\nApprove or reject it on this personal page (valid until {expires}, usable once):\n{link}\n\nThis link is meant for you only; please do not forward it.",
  "subprocessor.page.title": "Consent for sub-processor {name}",
  "subprocessor.page.for": "For {customer}, asked of {contact}.",
  "subprocessor.page.choose": "Your decision",
  "subprocessor.page.approve": "Approve",
  "subprocessor.page.reject": "Reject",
  "subprocessor.page.reasonLabel": "Reason (required when rejecting)",
  "subprocessor.page.confirmLabel":
    "I consent to processing outside the European Economic Area (art. 3.7 DPA)",
  "subprocessor.page.submit": "Send decision",
  "subprocessor.page.errors": "Please correct the following:",
  "subprocessor.page.chooseRequired": "Choose approve or reject.",
  "subprocessor.page.doneTitle": "Thank you",
  "subprocessor.page.done": "Your decision was recorded: {outcome}",
  "subprocessor.page.invalidTitle": "This link cannot be used",
  "subprocessor.page.invalid":
    "This link is not valid. Use the link from your e-mail exactly, or ask us for a new one. Nothing was changed.",
  "subprocessor.page.expired": "This link has expired. Ask us for a new one. Nothing was changed.",
  "subprocessor.page.used": "This link has already been used. Nothing was changed.",
  "subprocessor.page.alreadyDecided":
    "A decision was already taken for {customer}: {outcome}. Nothing was changed.",
  "subprocessor.digest.startReached":
    "⚠ art. 9.4 risk: the intended start ({date}) has come without this customer's consent",
  "subprocessor.page.csrf":
    "The form had expired. Open the link from your e-mail again. Nothing was changed.",
  "subprocessor.page.about": "Proposal {ref}: sub-processor {name}, for {customer}.",
} as const;
