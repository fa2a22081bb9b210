import { lineEndFrom } from "./lines.ts";

/**
 * A web page's lists of links that a pasted story carries: a heading ("Related", "Related
 * topics", "More on this story", "More about", "Most Popular") and, under it, one link a line: a
 * topic ("Road safety"), another story's headline ("Family pays tribute to cyclist killed in
 * lorry crash", "Apple's iOS 20 beta is out now"), its "Published" line and date. Deadline heads
 * its tags "Read More About:" and other stories "Must Read Stories", the Reach papers their tags
 * "More On", Reuters "Suggested Topics:", Bloomberg "More From Bloomberg", the Guardian its
 * tags "Explore more on these topics", NBC and the Standard their headlines "Read more" and the
 * Telegraph "More stories", other sites "You might also like" and "Recommended for you" (decision
 * 720). A headline under such a heading is another story's, not a claim of this one.
 *
 * The list is the lines right under the heading (blank lines between the heading and the first
 * link are skipped), each short and without a sentence's final mark, up to the first blank line.
 * A line that ends as a sentence does ("Cyclists were hit 41 times.") ends the list and is read; a
 * headline that asks ("Heathrow third runway: what happens next?") is a link like the others, and
 * asks and asserts nothing.
 * "Top stories" and "Recommended" are no such heading: a briefing lists its own news under the
 * first ("Top stories\nThe strike has closed 300 schools, the union said"), and a report its
 * advice, or a review its verdict, under the second.
 */
const LINK_LIST_HEADING =
  /^(?:Explore more on (?:these|this) topics?|Related(?: topics| stories| articles| content| coverage| links| fact[- ]checks)?|More on(?: this story)?|More about|Read more(?: about)?|More stories|More episodes|More from this section|Most (?:popular|read|viewed|shared)|Must read(?: stories)?|Suggested topics|You (?:may|might) also like|Recommended for you|Trending)\s*:?\s*$/i;
/**
 * "More From Bloomberg", "More from The Verge": a publisher's name after "More from", each word
 * capitalised (case matters here, unlike LINK_LIST_HEADING: "More from the council" over a
 * sentence is the story's). In sentence case the heading is a live page's entry as often ("More
 * from the Met Office", "More from Starmer", "More from BBC Wales" over what they said, without a
 * final mark): "from" in lower case heads links only before a title with "The" ("More from The
 * Verge").
 */
const MORE_FROM_HEADING =
  /^More (?:From (?:The |the )?|from The )\p{Lu}[\p{L}&'’.-]*(?: \p{Lu}[\p{L}&'’.-]*){0,2}\s*$/u;
/**
 * "Read more Courthouse News:", "Read more from Reuters:" over its headlines (decision 550): a
 * publisher's name, capitalised, and the colon ("Read more Shakespeare" over a sentence is read).
 */
const READ_MORE_FROM_HEADING =
  /^Read more (?:from )?(?:The |the )?\p{Lu}[\p{L}&'’.-]*(?: \p{Lu}[\p{L}&'’.-]*){0,3}\s*:$/u;
/**
 * "More from Westfield" as the page's last line: a heading whose links were not pasted. In sentence
 * case with text under it, it is a live page's entry (MORE_FROM_HEADING).
 */
const MORE_FROM_AT_FOOT = /^More from \p{Lu}[\p{L}&'’.-]*(?: \p{Lu}[\p{L}&'’.-]*){0,2}$/u;
/**
 * "Follow Manchester Evening News" over the networks' names, one a line ("Facebook", "X",
 * "Instagram"): a prompt whose links are the lines under it. Only when a network's name is the next
 * line: "Follow the Money" over a sentence is a heading of the story's.
 */
const FOLLOW_HEADING = /^Follow (?:us|\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})\s*$/u;
const NETWORK_LINE = /^(?:X|Twitter|Instagram|Bluesky|Threads|Facebook|TikTok|LinkedIn|Mastodon|YouTube|WhatsApp)\s*$/;
/** The longest follow prompt read. */
const FOLLOW_MAX = 48;

/** The longest heading and the longest link line read. */
const HEADING_MAX = 32;
const LINK_MAX = 120;
/** The most link lines one heading is taken to head. */
const LINKS_MAX = 8;
/**
 * A statement's final mark at a line's end (after closing quotes): a line that ends so is prose. A
 * question mark is not one: a list's headline may ask.
 */
const SENTENCE_END = /[.!;:]["”’']?$/;

function isBlank(body: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = body.charCodeAt(i);
    if (c !== 32 && c !== 13 && c !== 9) return false;
  }
  return true;
}

/**
 * When the line body[start, lineEnd) is a heading of a list of links, where the list under it
 * ends (the heading's own line end when no link follows); -1 when the line is no such heading.
 */
export function linkListEnd(body: string, start: number, lineEnd: number): number {
  // "R", "M", "S", "T", "Y", "E" (or "F" for a follow prompt) first and a short line: one char test
  // before the regex.
  const first = body.charCodeAt(start);
  if (first === 70) return followListEnd(body, start, lineEnd);
  if (first !== 82 && first !== 77 && first !== 83 && first !== 84 && first !== 89 && first !== 69) return -1;
  if (lineEnd - start > HEADING_MAX) return -1;
  const heading = body.slice(start, lineEnd).trimEnd();
  if (first === 77 && MORE_FROM_AT_FOOT.test(heading) && body.slice(lineEnd).trim() === "") return body.length;
  if (
    !LINK_LIST_HEADING.test(heading) &&
    !(first === 77 && MORE_FROM_HEADING.test(heading)) &&
    !(first === 82 && READ_MORE_FROM_HEADING.test(heading))
  )
    return -1;
  return linksUnder(body, lineEnd);
}

/** When body[start, lineEnd) is a follow prompt over a network's name (FOLLOW_HEADING), where its list ends; else -1. */
function followListEnd(body: string, start: number, lineEnd: number): number {
  if (lineEnd - start > FOLLOW_MAX || lineEnd + 1 >= body.length) return -1;
  if (!FOLLOW_HEADING.test(body.slice(start, lineEnd).trimEnd())) return -1;
  const next = lineEndFrom(body, lineEnd + 1);
  if (!NETWORK_LINE.test(body.slice(lineEnd + 1, next).trim())) return -1;
  return linksUnder(body, lineEnd);
}

/** Where the list of links under a heading whose line ends at `lineEnd` ends. */
function linksUnder(body: string, lineEnd: number): number {
  let end = lineEnd;
  let at = lineEnd + 1;
  // Blank lines between the heading and its first link.
  while (at < body.length) {
    const e = lineEndFrom(body, at);
    if (!isBlank(body, at, e)) break;
    at = e + 1;
  }
  for (let n = 0; n < LINKS_MAX && at < body.length; n++) {
    const e = lineEndFrom(body, at);
    const line = body.slice(at, e).trim();
    if (line.length === 0 || line.length > LINK_MAX || SENTENCE_END.test(line)) break;
    end = e;
    at = e + 1;
  }
  return end;
}
