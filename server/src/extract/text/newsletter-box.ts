// The Guardian's newsletter box as a paste keeps it: the newsletter's blurb, with no final mark,
// over its privacy notice ("Our morning email breaks down the key stories of the day, telling you
// what's happening and why it matters" / "Privacy Notice: Newsletters may contain info about
// charities, online ads, and content funded by outside parties. For more information see our
// Privacy Policy. We use Google reCaptcha to protect our website and the Google Privacy Policy and
// Terms of Service apply."). Read as one sentence, the blurb and the notice made claims.

const PRIVACY_NOTICE = "Privacy Notice:";

/**
 * Does a line open with the notice at `at`? The line over it is then a sentence of its own: the
 * blurb has no final mark and would run into the notice (sentence-splitter.ts).
 */
export function opensPrivacyNotice(text: string, at: number): boolean {
  return text.startsWith(PRIVACY_NOTICE, at);
}

/** The notice's sentences, each furniture wherever it stands (news-furniture.ts's FURNITURE). */
export const NEWSLETTER_NOTICES = [
  /^Privacy Notice:\s*Newsletters may contain\b/i,
  /^For more information,? see our Privacy Policy\.?\s*$/i,
  /^We use Google reCaptcha to protect our website\b/i,
];

/**
 * The newsletter's blurb: "Our morning email breaks down …". A prompt, read unless it holds a
 * claim of its own (news-furniture.ts's PROMPTS and OWN_CLAIM).
 */
export const NEWSLETTER_BLURBS = [
  /^Our (?:(?:free|daily|weekly|morning|evening|new)\s+)*(?:e-?mail|newsletter|briefing)s? (?:breaks? down|rounds? up)\b/i,
];
