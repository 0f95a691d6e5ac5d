/**
 * Order ids pasted by the user: one per line, comma-, semicolon- or space-separated, with
 * stray "#" signs. Ids are kept as text (not every panel uses numbers).
 */
export interface ParsedIds {
  ids: string[];
  /** Ids given more than once (kept once). */
  duplicates: string[];
  /** Pieces that cannot be an order id (spaces inside quotes, URLs …). */
  invalid: string[];
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function parseOrderIds(text: string): ParsedIds {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  const invalid: string[] = [];
  for (const raw of text.split(/[\s,;]+/)) {
    const piece = raw.trim().replace(/^#/, '');
    if (!piece) continue;
    if (!ID.test(piece)) {
      invalid.push(raw.trim());
      continue;
    }
    if (seen.has(piece)) duplicates.add(piece);
    else seen.add(piece);
  }
  return { ids: [...seen], duplicates: [...duplicates], invalid };
}
