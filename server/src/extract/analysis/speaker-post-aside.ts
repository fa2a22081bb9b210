import { standsBeforeSpeechVerb } from "./speaker-phrase.ts";
import { lowerWordAt, type Token } from "./tokens.ts";
import { LOWERCASE_REPORTING_VERB } from "./word-flags.ts";

/**
 * "Delgado, who served at the Federal Energy Regulatory Commission from 2019 to 2024, says …": the
 * aside gives the speaker's past post, the reason the reader should hear them out, as a byline's
 * job line does. It frames the quote, and a checker checks what the speaker says, so it yields no
 * claim. Only a post and its years: "who served 12 years in prison for fraud", "who worked at the
 * bank when it lost $2bn" and "who served in the cabinet that approved the cuts" say more, and stay
 * claims; so do a second act or an end after the post ("who served as mayor from 2011 to 2019 and
 * was later convicted of bribery", "who served as chief executive until he was ousted in 2019") and
 * a time that ties the post to an event ("who served on the board during the accounting scandal");
 * "who served as a judge until 2020" only dates the post.
 */
const POST_HELD = /^(?:(?:previously|formerly|once|later) )?(?:served|worked) (?:as|at|on|in|for|with)\b/;
/**
 * Anything in the aside beyond a post and the years it was held, in any case ("from 2005 to 2008
 * WHEN it dominated software" says more too).
 */
const MORE_THAN_A_POST =
  /\b(?:prison|jail|custody|detention|sentence|time|when|while|where|which|that|who|after|before|and|but|during|amid|(?:until|till)(?! (?:19|20)\d\d\b))\b/i;
/**
 * "who worked at the WHO from 2005 to 2015": the World Health Organization's initials, in capitals,
 * are no second clause's "who". Only they are set aside: reading the whole aside minding case let
 * a capitalised "AND" or "WHEN" through.
 */
const WHO_INITIALS = /\bWHO\b/g;
const YEAR = /\b(?:19|20)\d\d\b/g;

/** Is the aside text (after "who") only the post the speaker held, with its years? */
export function isSpeakersPostAside(aside: string): boolean {
  return (
    aside.length <= 100 &&
    POST_HELD.test(aside) &&
    !MORE_THAN_A_POST.test(aside.replace(WHO_INITIALS, "")) &&
    // "from 2019 to 2024" dates the post; any other figure is a claim to check.
    !/\d/.test(aside.replace(YEAR, ""))
  );
}

/**
 * "Dr Lee, who worked at the WHO from 2005 to 2015, said …": tokens (relative, main) are a "who"
 * clause after the sentence's subject and `main` opens its predicate. Is the clause the speaker's
 * post, the predicate a verb of speech (after "has", "also", …)? The clause reader splits such an
 * aside off a titled name before the speaker is read, so it asks this as the speaker's reader does.
 */
export function speakersPostBeforeSpeech(
  body: string,
  tokens: readonly Token[],
  relative: number,
  main: number,
): boolean {
  if (lowerWordAt(body, tokens[relative]!) !== "who") return false;
  let verb = main;
  while (verb < tokens.length - 1 && standsBeforeSpeechVerb(body, tokens[verb]!)) verb++;
  return (
    (tokens[verb]!.flags & LOWERCASE_REPORTING_VERB) !== 0 &&
    isSpeakersPostAside(body.slice(tokens[relative + 1]!.start, tokens[main - 1]!.end))
  );
}
