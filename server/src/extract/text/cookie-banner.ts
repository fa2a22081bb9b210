/**
 * A site's cookie banner as a pasted page keeps it (decision 720): "We use cookies to improve your
 * experience. By continuing to browse you agree to our use of cookies." over its buttons, "Accept
 * all cookies" and "Manage preferences". Each sentence and each button was a claim of the
 * article's. The notice's sentences are prompts (news-furniture.ts's PROMPTS), read when they hold
 * a claim of their own ("We use cookies, which 40% of readers block, the editor said"); the buttons
 * are whole lines (LINE_FURNITURE), so "Accept all cookies, the regulator urged" goes on and is read.
 */

/** The notice's sentences: what the site uses cookies for and what browsing on means. */
export const COOKIE_NOTICES = [
  /^(?:We(?: and our (?:partners|vendors))?|This (?:site|website)|Our (?:site|website)) uses? cookies\b/i,
  /^By (?:continuing|clicking|using|browsing)\b[^.!?\n]{0,80}?\byou(?:['’]re| are)? (?:agree|agreeing|consent|consenting|accept|accepting)\b[^.!?\n]{0,60}?\bcookies\b/i,
];

/** The banner's buttons, each alone on its line: "Accept all cookies", "Reject all", "Cookie settings". */
export const COOKIE_BUTTONS = [
  /^(?:(?:Accept|Reject|Allow|Decline|Refuse)(?: all)?(?: cookies)?|(?:Accept|Allow) (?:necessary|essential|selected) cookies(?: only)?|Manage (?:preferences|cookies|cookie (?:settings|preferences)|my choices)|Cookie (?:settings|preferences|policy))\s*$/i,
];
