// The request as it reaches the customer's contact (art. 8 DPA), in the customer's language, and
// the private view of the details. The only texts that carry the data subject's details.
export const dsrForward = {
  "dsr.text.subjectLine": "{ref}: data-subject request ({type}) for {customer}",
  "dsr.text.greeting": "Dear {names},",
  "dsr.text.intro":
    "As your processor (art. 8 of our data processing agreement) we forward to you a request for {type} (GDPR art. {article}) that reached us on {received} by {via}. Our reference: {ref}.",
  "dsr.text.subject": "Data subject (as identified)",
  "dsr.text.request": "The request",
  "dsr.text.deadline":
    "GDPR art. 12(3): you answer the data subject by the end of {deadline} at the latest (one month after receipt; extendable by two further months if you tell the data subject why within that month).",
  "dsr.text.answer":
    "Please answer the data subject yourself, as controller, and let us know (quoting {ref}) if you need our help; our reasonable costs are reimbursed under art. 8.3.",
  "dsr.text.closing": "Kind regards,\n{name}",
  "dsr.text.erased": "(erased after the retention term)",
  "dsr.details.title": "{ref} · details (only for you)",
  "dsr.details.private": "Shown only to you. Do not copy these details into a channel.",
  "dsr.details.erased": "{ref}: the data subject's details were erased after the retention term.",
} as const;
