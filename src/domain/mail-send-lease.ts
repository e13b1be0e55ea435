// How long a sender holds its claim on one e-mail: the breach notification (art. 6 DPA), the
// forward of a data-subject request (art. 8) and an approval request with its personal decision
// link (art. 9). While the claim holds, no other process sends that e-mail; when a sender dies,
// another takes over once its lease has run out. So a send must end, delivered or failed, before
// its lease does, or a second process mails the customer again: the lease is renewed right before
// each send, and the SMTP adapter's waits are derived from it (src/adapters/mail/smtp-timeouts.ts).
export const MAIL_SEND_LEASE_MS = 5 * 60_000;
