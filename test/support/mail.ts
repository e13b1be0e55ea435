// Reads a message as the fake SMTP server received it: headers, and the body decoded from the
// transfer encoding nodemailer chose (quoted-printable or base64).
import type { ReceivedMail } from "../fakes/smtp/fake-smtp.ts";

export function mailBody(mail: ReceivedMail): { headers: string; text: string } {
  const split = mail.data.indexOf("\n\n");
  const headers = mail.data.slice(0, split);
  const raw = mail.data.slice(split + 2);
  if (/content-transfer-encoding:\s*quoted-printable/i.test(headers)) {
    const bytes = raw
      .replace(/=\r?\n/g, "")
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    return { headers, text: Buffer.from(bytes, "latin1").toString("utf8") };
  }
  if (/content-transfer-encoding:\s*base64/i.test(headers)) {
    return { headers, text: Buffer.from(raw.replace(/\s+/g, ""), "base64").toString("utf8") };
  }
  return { headers, text: raw };
}

/** The first https?:// link to the decision page in a mail. */
export function decisionLink(mail: ReceivedMail): string {
  const match = mailBody(mail).text.match(/https?:\/\/\S+\/decide\/[A-Za-z0-9_-]+/);
  if (!match) throw new Error(`no decision link in ${mail.data}`);
  return match[0];
}

/** The Subject header as the recipient reads it: folded lines joined, MIME encoded-words decoded. */
export function mailSubject(mail: ReceivedMail): string {
  const { headers } = mailBody(mail);
  const raw = /^subject:(.*(?:\r?\n[ \t].*)*)/im.exec(headers)?.[1] ?? "";
  return raw
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
      encoding.toUpperCase() === "B"
        ? Buffer.from(text, "base64").toString("utf8")
        : Buffer.from(
            text
              .replace(/_/g, " ")
              .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) =>
                String.fromCharCode(Number.parseInt(hex, 16)),
              ),
            "latin1",
          ).toString("utf8"),
    )
    .replace(/\r?\n[ \t]/g, " ")
    .trim();
}
