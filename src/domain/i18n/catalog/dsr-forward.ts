// The request as it reaches the customer's contact (art. 8 DPA), in the customer's language, and
// the private view of the details. The only texts that carry the data subject's details.
export const en = {
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

export const nl: Record<keyof typeof en, string> = {
  "dsr.text.subjectLine": "{ref}: verzoek van een betrokkene ({type}) voor {customer}",
  "dsr.text.greeting": "Beste {names},",
  "dsr.text.intro":
    "Als uw verwerker (art. 8 van onze verwerkersovereenkomst) sturen wij u een verzoek tot {type} (AVG art. {article}) door dat ons op {received} via {via} bereikte. Onze referentie: {ref}.",
  "dsr.text.subject": "Betrokkene (zoals geïdentificeerd)",
  "dsr.text.request": "Het verzoek",
  "dsr.text.deadline":
    "AVG art. 12(3): u antwoordt de betrokkene uiterlijk op het einde van {deadline} (een maand na ontvangst; met twee maanden te verlengen als u de betrokkene binnen die maand laat weten waarom).",
  "dsr.text.answer":
    "Antwoord de betrokkene zelf, als verwerkingsverantwoordelijke, en laat ons weten (met vermelding van {ref}) als u onze hulp nodig hebt; onze redelijke kosten worden vergoed volgens art. 8.3.",
  "dsr.text.closing": "Met vriendelijke groeten,\n{name}",
  "dsr.text.erased": "(gewist na de bewaartermijn)",
  "dsr.details.title": "{ref} · details (alleen voor u)",
  "dsr.details.private": "Alleen voor u zichtbaar. Kopieer deze gegevens niet naar een kanaal.",
  "dsr.details.erased": "{ref}: de gegevens van de betrokkene werden gewist na de bewaartermijn.",
};
