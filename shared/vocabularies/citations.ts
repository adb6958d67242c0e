// Citations of the GDPR and the Danish Data Protection Act (DBL) in the forms registers use:
// "Art. 6, stk. 1, litra b", "artikel 9, stk. 2, litra a", "databeskyttelseslovens § 11, stk. 2,
// nr. 1", "GDPR art. 6(1)(f)", "Article 9(2)(a)". `citationKey` reduces each to one key
// ("gdpr:6:1:b", "dbl:11:2:1") so a vocabulary entry is found by the citation it carries, and
// `joinCitationPieces` puts back together a citation that a comma split cut into pieces.

/** Words naming the GDPR; a citation with "art." and no other act is the GDPR. */
const GDPR_WORDS = /\b(gdpr|databeskyttelsesforordning\w*|forordning\w*|regulation|rgpd|dsgvo)\b/i;
/** Words naming the Danish Data Protection Act; a bare "§" is read as DBL. */
const DBL_WORDS = /\b(dbl|databeskyttelseslov\w*|data protection act)\b/i;
/** Another act named beside a "§" ("bogføringslovens § 12"): not a DBL citation. */
const OTHER_ACT = /\b\w+lov(en|ens)?\b|\b\w+ act\b/i;

const HEAD = /(?:\bart(?:ikel|icle|\.)?|§|\bsection)\s*(\d+)\s*/iy;
const PARTS: readonly RegExp[] = [
  /\(\s*(\d+|[a-z])\s*\)/iy,
  /(?:stk|paragraph|para|subsection|par)\.?\s*(\d+)/iy,
  /(?:litra|point|letter|lit)\.?\s*\(?\s*([a-z])\s*\)?/iy,
  /(?:nr|no|number)\.?\s*(\d+)/iy,
];
const GAP = /[\s,.]*/y;

/**
 * The act and provision a citation names, e.g. "gdpr:6:1:b" or "dbl:11:2:3", or null when the
 * text is not one citation of the GDPR or the DBL. Words around it are allowed ("Samtykke,
 * art. 6(1)(a)"), another act beside a "§" is not.
 */
export function citationKey(text: string): string | null {
  const start = text.search(/\bart(?:ikel|icle|\.)?\s*\d|§\s*\d|\bsection\s*\d/i);
  if (start < 0) return null;
  HEAD.lastIndex = start;
  const head = HEAD.exec(text);
  if (!head) return null;
  const isParagraph = /§|section/i.test(head[0]);
  const act = isParagraph ? dblAct(text) : 'gdpr';
  if (!act) return null;
  const parts = [head[1]!];
  let at = HEAD.lastIndex;
  for (;;) {
    GAP.lastIndex = at;
    GAP.exec(text);
    const from = GAP.lastIndex;
    const hit = PARTS.map((re) => {
      re.lastIndex = from;
      const m = re.exec(text);
      return m ? { value: m[1]!, end: re.lastIndex } : null;
    }).find((m) => m !== null);
    if (!hit) break;
    parts.push(hit.value.toLowerCase());
    at = hit.end;
  }
  return `${act}:${parts.join(':')}`;
}

function dblAct(text: string): 'dbl' | null {
  if (DBL_WORDS.test(text)) return 'dbl';
  if (GDPR_WORDS.test(text) || OTHER_ACT.test(text)) return null;
  return 'dbl';
}

/** A piece that continues a citation: "stk. 1", "litra b", "nr. 3", "paragraph 2", "point (a)". */
const CONTINUATION =
  /^(?:(?:stk|paragraph|para|subsection|nr|no)\.?\s*\d+|(?:litra|point|letter)\.?\s*\(?[a-z]\)?)(?:\s|$|[,.(])/i;
/** A piece that holds the start of a citation: "Art. 6", "artikel 9", "§ 11". */
const CITATION_START = /\bart(?:ikel|icle|\.)?\s*\d|§\s*\d|\bsection\s*\d/i;

/**
 * Pieces of a comma-separated cell with every citation whole again: ["Art. 6", "stk. 1",
 * "litra b", "Art. 9(2)(a)"] becomes ["Art. 6, stk. 1, litra b", "Art. 9(2)(a)"].
 */
export function joinCitationPieces(pieces: readonly string[]): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    const previous = out[out.length - 1];
    if (previous !== undefined && CITATION_START.test(previous) && CONTINUATION.test(piece)) {
      out[out.length - 1] = `${previous}, ${piece}`;
    } else {
      out.push(piece);
    }
  }
  return out;
}
