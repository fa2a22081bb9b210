// Page furniture from the twenty-first read (decision 515): a podcast's show notes, an Australian
// broadcaster's business page, a wire roundup of briefs, a court-news site and a local news site.
// Each line labels, times, credits or links the page and asserts nothing; each pattern is a whole
// line, so a sentence that opens with the same words and goes on is read.

import { CREDIT_LINE } from "./photo-credits.ts";

/** The wires a roundup names as its sources. */
const WIRE = "(?:AFP|AP|Reuters|dpa|EFE|ANSA|Kyodo|Xinhua|AAP|PA|Bloomberg|Associated Press)";

/** Whole-line furniture (news-furniture.ts's LINE_FURNITURE, sentences of at most 120 chars). */
export const SHOW_NOTES_AND_PAGE_LINES = [
  // A podcast's chapter list is told from a live blog's entries by its lines around it
  // (podcast-chapters.ts, read in extract-claims.ts).
  // The episode's date and length, as a player sets it: "Nov 27, 2026 · 58 min".
  /^\p{Lu}\p{Ll}{2,8}\.? \d{1,2}, \d{4}\s*[·•|]\s*\d{1,3}\s*(?:min|mins|minutes)\s*$/u,
  // A player's and a page's buttons: "Play episode", "Share article", "Read the full transcript",
  // "Read the ruling (PDF)", "Sign up here", "Register and Post".
  /^(?:Play (?:episode|now)|Share (?:article|story)|Register and Post|Sign up here|Read the (?:full )?(?:transcript|ruling|opinion|judgment|order|complaint|indictment|filing)(?: \(PDF\))?)\s*[.!]?\s*$/i,
  // ABC's topic tag and its time stamp as the page pastes it, the short and the long form run
  // together: "Topic:Interest Rates", "Posted 2h ago2 hours ago, updated 47m ago47 minutes ago".
  /^Topics?:\s*\p{Lu}[\p{L}&,' ]{0,60}$/u,
  /^(?:Posted|Updated) \d{1,2}[mhd] ago\d{1,2} (?:minutes?|hours?|days?) ago(?:, updated \d{1,2}[mhd] ago\d{1,2} (?:minutes?|hours?|days?) ago)?\s*$/,
  // A video's length under its title: "Duration: 32 minutes 14 seconds".
  /^Duration:\s*\d{1,3} (?:minutes?|mins?|hours?)(?: \d{1,2} (?:minutes?|seconds?))?\s*$/,
  // A roundup's sources: "From AFP, Reuters and AP", "Sources: AFP, Reuters, AP."
  new RegExp(`^(?:From|Sources?:)\\s+${WIRE}(?:(?:,|,? and| &)\\s+${WIRE})*\\s*\\.?\\s*$`),
  // A caption's credit alone on its line, in brackets: "(Karen Lisko/Patch)", "(Courthouse News
  // photo / Maria Delgado)" (photo-credits.ts).
  CREDIT_LINE,
  // ABC's share prompt, with the story's address run on under it: "Help keep family & friends
  // informed by sharing this article" over "abc.net.au/news/…".
  /^Help keep (?:your )?family (?:&|and) friends informed by sharing this (?:article|story)\s*(?:\n\s*[\w.-]+\.[a-z]{2,}\/\S*)?\s*$/u,
  // A show's credits: "Produced by Mara Ortiz.", "Music by Blue Dot Sessions." A name and nothing
  // more ("Produced by Tesla, the car sold 40,000 units" is read).
  /^(?:Produced|Mixed|Engineered|Hosted|Music|Artwork|Sound design) by (?:\p{Lu}[\p{L}.'’-]*\s?){1,4}\.?\s*$/u,
  // The show's publisher, and a contributors' site's note and prompt: "The Energy Gang is a
  // production of Canary Media.", "The views expressed in this post are the author's own.", "Want
  // to post on Patch?"
  /^(?:The )?\p{Lu}[\p{L}'’ ]{1,40} is a (?:production|podcast) of (?:the )?\p{Lu}[\p{L}'’ ]{1,40}\.?\s*$/u,
  /^The views expressed in this (?:post|article|piece) are (?:the author['’]s|their) own\.?\s*$|^Want to post on \p{Lu}\p{L}+\?\s*$/u,
  // A show's address for listeners: "Email us at gang@canarymedia.com or leave us a voicemail at
  // 555-0142".
  /^(?:E-?mail|Write to|Contact) us at \S+@\S+(?: or [^.!?\n\d]{1,40} at [\d-]{7,14})?\.?\s*$/i,
  // A podcast's sponsor read: "This episode is brought to you by Voltline." A name, nothing more.
  /^This (?:episode|show|podcast) is (?:brought to you|sponsored|supported) by (?:\p{Lu}[\p{L}.'’-]*\s?){1,4}\.?\s*$/u,
];

/**
 * Headings that end in a colon over a list, run into its first item by the splitter
 * (news-furniture.ts's isColonHeadingLine): "In this episode:", "Key numbers from the episode:",
 * "Key points from the RBA statement:", "Links mentioned in this episode:", "Credits:", "Thanks to
 * our sponsor:", "Share this:". The items under them are read.
 */
export const LIST_COLON_HEADING =
  /^(?:In this episode|Key (?:numbers|points|facts) from (?:the|this) [\p{L} ]{1,24}|Links mentioned in this episode|Credits|Thanks to our sponsors?|Share this)\s*:\s*$/iu;
