// Dutch texts of dsr-forward.ts; see catalog/en/dsr-forward.ts for what they are for.
import type { Translation } from "../../catalog-types.ts";
import type { dsrForward as english } from "../en/dsr-forward.ts";

export const dsrForward: Translation<typeof english> = {
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
