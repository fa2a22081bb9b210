/**
 * What a saved or pasted news web page holds besides its story: site navigation, related links,
 * share bars, newsletter boxes, advertisements, footers. These helpers find the story's element
 * and tell which elements are page chrome.
 */

/** Elements whose content is page chrome wherever they stand. */
export const CHROME_ELEMENTS = new Set(["nav", "footer", "aside", "form", "button", "dialog", "menu", "figure"]);

/**
 * class, id or role values of chrome: "ad-slot", "related-stories", "newsletter-signup",
 * "share-bar", a site's logo, a breaking-news ticker from other stories, a copyright line.
 */
const CHROME_ATTRIBUTE =
  /\s(?:class|id|role)\s*=\s*["'][^"']*\b(?:ad|ads|advert|advertisement|newsletter|related|share|sharing|social|promo|subscribe|subscription|cookie|banner|navigation|complementary|breadcrumbs?|caption|credit|sidebar|menu|masthead|site-header|site-footer|site-top|logo|most-read|popular|trending|widget|toolbar|breaking|ticker|copyright)\b/i;
const HIDDEN_ATTRIBUTE = /\s(?:hidden|aria-hidden\s*=\s*["']true["'])(?=[\s/>])/i;

/** Is the element this opening tag starts page chrome, by name or by its attributes? */
export function isChromeTag(name: string, tag: string): boolean {
  return CHROME_ELEMENTS.has(name) || CHROME_ATTRIBUTE.test(tag) || HIDDEN_ATTRIBUTE.test(tag);
}

const TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)[^>]*>/g;
const VOID = new Set(["br", "img", "hr", "input", "meta", "link", "source", "wbr", "area", "col", "embed", "track"]);

/**
 * Index just past the element that opens at `start` (tag `name`), counting nested elements of
 * the same name; the end of the input when it is never closed.
 */
export function elementEnd(raw: string, start: number, name: string): number {
  if (VOID.has(name)) return raw.indexOf(">", start) + 1 || raw.length;
  TAG.lastIndex = start;
  let depth = 0;
  for (let m = TAG.exec(raw); m !== null; m = TAG.exec(raw)) {
    if (m[1]!.toLowerCase() !== name || m[0].endsWith("/>")) continue;
    depth += m[0][1] === "/" ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return raw.length;
}

/**
 * The story's range in the page: the `<article>` element with the most paragraph text (related
 * stories are often `<article>` cards too), else the `<main>` element, else null (the whole page).
 */
export function storyRange(raw: string, from: number): { start: number; end: number } | null {
  return largestElement(raw, from, "article") ?? largestElement(raw, from, "main");
}

function largestElement(raw: string, from: number, name: string): { start: number; end: number } | null {
  let best: { start: number; end: number; text: number } | null = null;
  const opening = new RegExp(`<${name}\\b[^>]*>`, "gi");
  opening.lastIndex = from;
  for (let m = opening.exec(raw); m !== null; m = opening.exec(raw)) {
    const end = elementEnd(raw, m.index, name);
    const text = paragraphTextLength(raw, m.index, end);
    if (text > 0 && (!best || text > best.text)) best = { start: m.index, end, text };
    // An element of the same name inside this one is part of it.
    opening.lastIndex = end;
  }
  return best && { start: best.start, end: best.end };
}

function paragraphTextLength(raw: string, start: number, end: number): number {
  let n = 0;
  const p = /<p\b[^>]*>([^<]*)/gi;
  p.lastIndex = start;
  for (let m = p.exec(raw); m !== null && m.index < end; m = p.exec(raw)) n += m[1]!.length;
  return n;
}
