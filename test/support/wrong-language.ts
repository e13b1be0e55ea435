// Which language a catalog text reads as, by small words that belong to one language only: a text
// whose words are mostly another language's was copied and not translated. Short texts without
// such words (labels, units, names) give no answer; the catalog test compares those as identical
// texts instead.

/** Frequent words found in one of these languages and in none of the others. */
const OWN_WORDS: Record<string, readonly string[]> = {
  en: [
    "the",
    "and",
    "this",
    "that",
    "is",
    "are",
    "was",
    "not",
    "with",
    "for",
    "to",
    "of",
    "you",
    "your",
    "has",
    "have",
    "be",
    "been",
    "by",
    "from",
    "it",
    "or",
    "no",
    "on",
    "at",
    "will",
  ],
  nl: [
    "het",
    "een",
    "niet",
    "van",
    "voor",
    "met",
    "deze",
    "dit",
    "wordt",
    "werd",
    "uw",
    "je",
    "geen",
    "nog",
    "naar",
    "bij",
    "zijn",
    "kan",
    "om",
    "of",
    "op",
    "als",
    "die",
    "dat",
    "er",
    "niets",
    "ook",
    "aan",
  ],
  fr: [
    "le",
    "la",
    "les",
    "des",
    "du",
    "est",
    "pas",
    "pour",
    "avec",
    "vous",
    "votre",
    "vos",
    "une",
    "sur",
    "aux",
    "été",
    "ce",
    "cette",
    "qui",
    "que",
    "au",
    "ou",
    "rien",
    "dans",
    "par",
    "sont",
    "être",
    "il",
    "elle",
  ],
  de: [
    "der",
    "die",
    "das",
    "und",
    "ist",
    "nicht",
    "mit",
    "für",
    "sie",
    "ihr",
    "ein",
    "eine",
    "wird",
    "wurde",
    "auf",
    "zu",
    "von",
    "nichts",
    "oder",
    "bei",
  ],
};

function score(words: string[], language: string): number {
  const own = new Set(OWN_WORDS[language] ?? []);
  const others = new Set(Object.entries(OWN_WORDS).flatMap(([l, list]) => (l === language ? [] : list)));
  return words.filter((word) => own.has(word) && !others.has(word)).length;
}

/**
 * The language `text` reads as when that is not `language`: at least two words of one other
 * language and more of them than of its own. Placeholders, commands and code are left out.
 */
export function suspectLanguage(text: string, language: string): string | null {
  const words = text
    .replace(/\{\w+\}|`[^`]*`|\*\*[^*]*\*\*|https?:\S+/g, " ")
    .toLowerCase()
    .split(/[^\p{L}']+/u)
    .flatMap((word) => word.split("'"))
    .filter((word) => word !== "");
  const own = score(words, language);
  let suspect: string | null = null;
  let best = Math.max(own, 1);
  for (const other of Object.keys(OWN_WORDS)) {
    if (other === language) continue;
    const theirs = score(words, other);
    if (theirs > best) {
      suspect = other;
      best = theirs;
    }
  }
  return suspect;
}
