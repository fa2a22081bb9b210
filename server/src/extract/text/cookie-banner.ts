/**
 * A site's cookie banner as a pasted page keeps it (decision 720): "We use cookies to improve your
 * experience. By continuing to browse you agree to our use of cookies." over its buttons, "Accept
 * all cookies" and "Manage preferences". Each sentence and each button was a claim of the
 * article's. The notice's sentences are prompts (news-furniture.ts's PROMPTS), read when they hold
 * a claim of their own ("We use cookies, which 40% of readers block, the editor said"); the buttons
 * are whole lines (LINE_FURNITURE), so "Accept all cookies, the regulator urged" goes on and is read.
 */

import { OCCUPATIONS, ORGANISATION_WORDS, ROLE_WORDS } from "../analysis/lexicon.ts";
import { SOURCE_VERBS_IN_THE_PRESENT } from "./source-verbs-in-the-present.ts";

/**
 * A clause that reports the sentence after its last comma: "We use cookies to track children, a
 * whistleblower claimed", "This website uses cookies that break UK law, the judge ruled". A story
 * about a site's cookies, not its banner, which reports nothing; OWN_CLAIM's "said", "found" and
 * "told" left these verbs out (decision 720's review). Tried only after a notice's opening words.
 */
const REPORTED =
  "(?![^\\n]*,\\s[^,\\n]{0,60}?\\b(?:admit(?:s|ted)|warn(?:s|ed)|claim(?:s|ed)?|alleg(?:e|es|ed)|rul(?:es|ed)|insist(?:s|ed)?|argu(?:e|es|ed)|stat(?:es|ed)|conced(?:es|ed)|explain(?:s|ed)|reveal(?:s|ed)|confirm(?:s|ed)|maintain(?:s|ed)?|contend(?:s|ed)?|assert(?:s|ed)|complain(?:s|ed)|testified|den(?:ies|ied)|acknowledg(?:es|ed))\\b[^,\\n]{0,40}\\s*$)";

/**
 * A source and its verb in the past closing the sentence after its last comma, whatever the verb:
 * "We use cookies to track children, the firm boasted", "…, its owner bragged", "…, a former
 * engineer disclosed" (decision 740; REPORTED's list cannot hold every verb a story reports with).
 * The source opens with "the", "a", "an", "its" or "their" and has at most two words before its
 * verb, so a banner's own clauses ("…, to analyse our traffic", "…, some of which are essential")
 * are no source, nor is a banner's own clause in the passive ("…, the data is anonymised", "…, the
 * settings are saved"; decision 740's review): no word of the source is "is", "are", "was", "were",
 * "be" or "been". Tried only after a notice's opening words.
 */
const REPORTED_IN_THE_PAST =
  "(?![^\\n]*,\\s(?:the|a|an|its|their)\\s(?:(?!(?:is|are|was|were|be|been)\\s)[a-z'’-]+\\s){1,2}[a-z]{2,}ed\\s*[.!]?\\s*$)";

/** The notice's sentences: what the site uses cookies for and what browsing on means. */
export const COOKIE_NOTICES = [
  new RegExp(
    `^(?:We(?: and our (?:partners|vendors))?|This (?:site|website)|Our (?:site|website)) uses? cookies\\b${REPORTED}${REPORTED_IN_THE_PAST}`,
    "i",
  ),
  new RegExp(
    `^By (?:continuing|clicking|using|browsing)\\b[^.!?\\n]{0,80}?\\byou(?:['’]re| are)? (?:agree|agreeing|consent|consenting|accept|accepting)\\b[^.!?\\n]{0,60}?\\bcookies\\b${REPORTED}${REPORTED_IN_THE_PAST}`,
    "i",
  ),
  // A consent box's notice (decision 740): "We and our partners store and/or access information on
  // a device, such as cookies and process personal data." Its own words, "information on a device"
  // or "such as cookies", not "personal data", "cookies" or "on a device" after other words: a
  // company's statement in a story or a letter ("We and our partners process personal data only with
  // consent, Meta responded", "… store cookies only with users' consent, Meta responded", "… store
  // personal data on a device for no longer than 30 days") is read (decision 740's review).
  new RegExp(
    `^We and our (?:\\d+ )?(?:partners|vendors) (?:store|access|process|use)\\b[^.!?\\n]{0,80}?\\b(?:such as cookies|information on (?:a|your) device)\\b${REPORTED}${REPORTED_IN_THE_PAST}`,
    "i",
  ),
];

/**
 * A consent box's long notice, past the 160 chars the other notices are asked within (decision
 * 765): "We and our partners use cookies and similar technologies to store and access information
 * on your device, to personalise content and ads, …", the IAB box's "We and our 842 partners store
 * and/or access information on a device, such as cookies and process personal data, such as unique
 * identifiers …". Only the box's own opening words, and no reporting clause at its end, as the
 * short notices.
 */
export const LONG_CONSENT_NOTICE = new RegExp(
  `^We and our (?:\\d+ )?(?:partners|vendors) (?:use cookies and similar technologies|store and\\/or access information on (?:a|your) device)\\b${REPORTED}${REPORTED_IN_THE_PAST}`,
);

/**
 * The banner's buttons, each alone on its line: "Accept all cookies", "Reject all", "Cookie settings";
 * and its heading, "We value your privacy" (decision 740), so "We value your privacy, the bank wrote
 * to 2 million customers" goes on and is read.
 */
export const COOKIE_BUTTONS = [
  /^(?:We value your privacy|(?:Accept|Reject|Allow|Decline|Refuse)(?: all)?(?: cookies)?|(?:Accept|Allow) (?:necessary|essential|selected) cookies(?: only)?|Manage (?:preferences|cookies|cookie (?:settings|preferences)|my choices)|Cookie (?:settings|preferences|policy))\s*$/i,
];

/**
 * What may follow a story's source and its verb: when or where it spoke ("…, Google boasted in a
 * slide shown to investors", "…, the company boasts in its annual report").
 */
const WHEN_OR_WHERE = "(?: (?:in|on|at|to|during|before|after|last|this|when|while)\\b[^,\\n]{0,60}?)?";
/**
 * A source named with its own capitals and a verb in "-ed" after the last comma: "…, Google
 * boasted", "…, Meta responded" (decision 765). COOKIE_NOTICES ignore case, so there "Meta" is any
 * word; here the source's words must open with a capital and its verb be lowercase, as no banner's
 * clause after a comma is ("…, and to show you ads", "…, to analyse our traffic"). A verb in "-s"
 * after a name is left out, as a brand's plural ends so ("…, Google ads"), and "…, Google Analytics
 * included" names what a banner uses, not who spoke. So do a banner's other participles after what
 * it names or sets (decision 765's review): "…, Google Analytics enabled", "…, Hotjar installed",
 * "…, Cookie Settings saved", "…, Last updated in May 2024".
 */
const BANNER_PARTICIPLE =
  "(?!(?:included|enabled|disabled|required|installed|embedded|updated|saved|selected|blocked|loaded|stored|placed|used|activated|deactivated)\\b)";
/** One to three words that open with a capital: "Google", "BBC Panorama", "Information Commissioner Edwards". */
const BRAND_NAME_RUN = "\\p{Lu}[\\p{L}\\p{N}'’.&-]*(?: \\p{Lu}[\\p{L}\\p{N}'’.&-]*){0,2}";
const NAMED_SOURCE = new RegExp(
  `^${BRAND_NAME_RUN} ${BANNER_PARTICIPLE}[a-z]{2,}ed${WHEN_OR_WHERE}\\s*[.!]?\\s*$`,
  "u",
);
/**
 * The same name with a verb in "-s" (decision 840): "…, TikTok boasts", "…, Meta writes in its pitch
 * to advertisers". The verb is kept for SOURCE_VERBS_IN_THE_PRESENT to judge, as a brand's plural
 * ends in "-s" too ("…, Google ads", "…, Facebook pixels").
 */
const NAMED_SOURCE_IN_THE_PRESENT = new RegExp(`^${BRAND_NAME_RUN} ([a-z]{2,}s)${WHEN_OR_WHERE}\\s*[.!]?\\s*$`, "u");
/**
 * "…, the firm boasts", "…, its maker brags": a source in REPORTED_IN_THE_PAST's shape with its verb
 * in the present (decision 765). A plural ends in "-s" too ("…, a few cookies"), so the word before
 * the verb must be a body's, a role's or an occupation's (the claim reader's own lists). A body's
 * word also names what a banner covers, with a plural after it ("…, the company websites", "…, the
 * group brands", "…, the publisher titles"; decision 765's review): those plurals are no verb.
 */
const SOURCE_IN_THE_PRESENT = new RegExp(
  `^(?:the|a|an|its|their) (?:[a-z'’-]+ )?([a-z]+) (?!(?:websites|sites|brands|titles|apps|products|services|pages|platforms|partners|publications|newspapers|channels|stores|tools|ads)\\b)([a-z]{2,}[a-rt-z]s)${WHEN_OR_WHERE}\\s*[.!]?\\s*$`,
);

/**
 * Does a sentence that opens as a cookie notice does close on a story's source after its last
 * comma (NAMED_SOURCE, SOURCE_IN_THE_PRESENT)? Then it is a story's sentence about a site's cookies,
 * not the banner. Asked only of a sentence that matched a prompt or LONG_CONSENT_NOTICE, and only
 * when it names cookies or a device, so other prompts are read as before.
 */
export function closesOnAStorySource(notice: string): boolean {
  if (!notice.includes("ookie") && !notice.includes("device")) return false;
  const comma = notice.lastIndexOf(", ");
  if (comma < 0) return false;
  const tail = notice.slice(comma + 2);
  if (NAMED_SOURCE.test(tail)) return true;
  const named = NAMED_SOURCE_IN_THE_PRESENT.exec(tail)?.[1];
  if (named !== undefined) return SOURCE_VERBS_IN_THE_PRESENT.has(named);
  const present = SOURCE_IN_THE_PRESENT.exec(tail);
  if (present === null) return false;
  const source = present[1]!;
  // A source outside the lists is read by its verb: "…, its owner brags" (decision 840).
  if (ORGANISATION_WORDS.has(source) || ROLE_WORDS.has(source) || OCCUPATIONS.has(source)) return true;
  return SOURCE_VERBS_IN_THE_PRESENT.has(present[2]!);
}

/**
 * Does the sentence open as a site's cookie notice does (COOKIE_NOTICES)? Asked only after
 * closesOnAStorySource answered true, so an app's or a newsletter's prompt that names a device
 * ("Download the BBC News app on any device, Apple approved") stays a prompt (decision 765's review).
 */
export function opensAsACookieNotice(sentence: string): boolean {
  return COOKIE_NOTICES.some((notice) => notice.test(sentence));
}

/**
 * The close of a consent box's long notice after its last comma: a purpose in the box's own
 * lowercase words, an infinitive ("…, to provide social media features and to analyse our
 * traffic", "…, and to analyse how our site is used", "…, and for audience research") or what the
 * data is for ("…, and audience insights", "…, audience research and services development"). A
 * story's long sentence in the box's words closes otherwise: on a source ("…, court papers show",
 * "…, Information Commissioner John Edwards disclosed") or a clause of its own ("…, and no data from
 * the site has been sold …", "…, and then to sell the data to brokers") (decision 765's review).
 */
const BOX_PURPOSE_CLOSE =
  /^(?=[a-z /-]+[.!]?\s*$)(?:(?:and )?(?:to|for) |.*\b(?:traffic|insights|development|measurement|services|products|experience|content)[.!]?\s*$)/;

/** Does the long notice close, after its last ", ", on the box's purposes (BOX_PURPOSE_CLOSE)? */
export function closesOnTheBoxsPurposes(notice: string): boolean {
  const comma = notice.lastIndexOf(", ");
  return comma >= 0 && BOX_PURPOSE_CLOSE.test(notice.slice(comma + 2));
}
