// A sports broadcaster's prompts set between a story's paragraphs and at its foot, as Sky Sports
// sets them: "Watch Sky Sports News for the latest transfer news and updates.", "Download the Sky
// Sports app", "Get Sky Sports", "Stream with NOW", "Transfer Centre LIVE!", a channel's name alone
// ("Sky Sports Football"), "Follow us on social media", and a betting advert's "Bet responsibly.
// 18+ only. Begambleaware.org". Each sells a channel or an app and asserts nothing. A sentence that
// names the channel as a source ("…, sources at both clubs have told Sky Sports News") is no prompt.

/** Sky Sports' channels: "Sky Sports Premier League", "Sky Sports Main Event". */
const CHANNEL =
  "(?:News|Football|Premier League|Cricket|F1|Golf|Tennis|Racing|Boxing|Darts|NFL|Main Event|Arena|Action|Mix)";

/** Prompts, read unless they hold a claim of their own (news-furniture.ts's PROMPTS and OWN_CLAIM). */
export const BROADCASTER_PROMPTS = [
  // "Watch Sky Sports News for the latest transfer news and updates."
  /^Watch Sky Sports(?: \p{Lu}[\p{L}+]*){0,2} for (?:the latest|all the|more|live|every)\b[^.!?:;\n]{0,80}[.!]?\s*$/u,
  // "Watch Arsenal v Chelsea live on Sky Sports Premier League from 4pm": live, or on a named
  // channel ("Watch parties drew crowds on Sky Sports' big night" is read).
  new RegExp(
    `^Watch [^.!?:;\\n]{1,80}? (?:live (?:and exclusively )?on Sky Sports\\b|on Sky Sports ${CHANNEL}\\b)[^.!?:;\\n]{0,60}[.!]?\\s*$`,
    "u",
  ),
  // "Download the Sky Sports app", "Get Sky Sports", "Stream with NOW", "Stream the Ashes with NOW".
  /^(?:Download the Sky Sports app|Get Sky Sports|Stream (?:[^.!?:;\n]{1,60}? )?(?:with|on) NOW)\b[^.!?:;\n]{0,60}[.!]?\s*$/u,
  // "Get the latest transfer news and rumours from across the Premier League and the EFL".
  /^Get the latest [^.!?:;\n\d]{0,30}\bnews\b[^.!?:;\n\d]{0,80}[.!]?\s*$/u,
];

/** Labels and an advert's warnings alone on their line (news-furniture.ts's LINE_FURNITURE). */
export const BROADCASTER_LINES = [
  /^(?:Transfer Centre LIVE!?|Follow us on social media[.!]?)\s*$/,
  // A channel's name alone, a link to its page: "Sky Sports Football", "Sky Sports News".
  new RegExp(`^Sky Sports(?: ${CHANNEL})?\\s*$`),
  /^(?:Sky Bet\s*:\s*)?(?:Please )?(?:Bet|Gamble) responsibly[.!]?\s*$|^18\+ only[.!]?\s*$|^(?:www\.)?BeGambleAware\.org\s*$/i,
];
