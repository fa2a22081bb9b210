/**
 * "The storm killed Jones, 55, a farmer": the trades and the stations of life that a person in
 * apposition is named by, beyond the person's nouns, roles and professions that `isPersonNoun`
 * knows (decision 705). Read only where `personInApposition` has found the noun's head after
 * ", a" or ", an", so a word here changes no pronoun's or counted noun's reading; a word in
 * "-man" or "-woman" ("fisherman", "postwoman", "lifeboatman") is a person's too. No place's or
 * thing's noun is listed ("a county", "a region", "a nation").
 */
const TRADES = new Set(
  (
    "farmer fisher builder plumber electrician carpenter joiner labourer laborer mechanic miner " +
    "shepherd gardener baker butcher grocer shopkeeper trader publican landlord landlady cleaner " +
    "carer caretaker porter cook chef waiter waitress cashier clerk courier postie " +
    "trucker plasterer roofer painter decorator welder bricklayer tiler scaffolder glazier " +
    "pensioner retiree grandmother grandfather grandparent widow widower volunteer " +
    "firefighter lifeguard coastguard paramedic vet soldier sailor veteran priest vicar " +
    "minister rabbi imam nun monk hiker walker climber swimmer surfer jogger runner angler " +
    "tourist holidaymaker visitor mum dad"
  ).split(" "),
);

/** Is the lowercase head of a noun in apposition a trade's or a person's station ("farmer", "fisherman")? */
export function isTradeNoun(word: string): boolean {
  // Cheap first: the set, then the ending's last letter.
  if (TRADES.has(word)) return true;
  return word.length > 4 && word.charCodeAt(word.length - 1) === 0x6e && /(?:[^o]|wo)man$/.test(word);
}
