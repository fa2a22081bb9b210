/**
 * How a report and the review pane name who makes a claim: the title the article gives a person,
 * their name, and the outlet that relayed it ("Defense Secretary Pete Hegseth", "unnamed sources
 * (via El Espectador)").
 */
export function claimantLabel(c: { name: string; title?: string | null; via?: string | null }): string {
  const named = c.title ? `${c.title} ${c.name}` : c.name;
  return c.via && c.via !== c.name ? `${named} (via ${c.via})` : named;
}

/** Courtesy titles, which schema.org calls an honorific prefix; any other title is a job title. */
const HONORIFIC = /^(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sir|Dame|Lord|Lady)\.?$/;

/** "Dr." is an honorific; "Defense Secretary", "Dr. … lead author" are a job title (schema.org Person). */
export function isHonorific(title: string): boolean {
  return HONORIFIC.test(title);
}
