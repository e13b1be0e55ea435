// The Mailer port over SMTP (nodemailer), from SMTP_URL and MAIL_FROM. Breach notifications go out
// through here when e-mail is configured; without it they are shown ready to copy.
import nodemailer from "nodemailer";
import type { Mailer, MailMessage } from "../../domain/ports.ts";

export function createSmtpMailer(options: { smtpUrl: string; from: string }): Mailer & { close(): void } {
  const transport = nodemailer.createTransport(options.smtpUrl);
  return {
    async send(mail: MailMessage) {
      const info = await transport.sendMail({
        from: options.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
      });
      return { messageId: info.messageId };
    },
    close: () => transport.close(),
  };
}
