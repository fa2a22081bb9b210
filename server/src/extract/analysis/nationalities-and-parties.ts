/**
 * Words that describe a person by nationality or party in news copy ("Italian Prime Minister
 * Giorgia Meloni", "Republican Winsome Earle-Sears"). Listed, not guessed from endings: "Brian",
 * "Eric" and "Christian" end like "Italian" or "Icelandic" and are given names.
 */
const WORDS = `American British Chinese Russian Ukrainian French German Italian Spanish Portuguese Dutch
Belgian Swiss Austrian Swedish Norwegian Danish Finnish Icelandic Polish Czech Slovak Hungarian
Romanian Bulgarian Greek Turkish Serbian Croatian Bosnian Albanian Slovenian Estonian Latvian
Lithuanian Belarusian Moldovan Georgian Armenian Azerbaijani Irish Scottish Welsh English Maltese
Cypriot Canadian Mexican Brazilian Argentine Argentinian Chilean Colombian Venezuelan Peruvian
Ecuadorian Bolivian Paraguayan Uruguayan Cuban Haitian Dominican Guatemalan Honduran Salvadoran
Nicaraguan Panamanian Jamaican Japanese Korean Taiwanese Vietnamese Thai Indonesian Malaysian
Filipino Singaporean Cambodian Burmese Indian Pakistani Bangladeshi Nepali Afghan Kazakh Uzbek
Mongolian Iranian Iraqi Syrian Lebanese Jordanian Israeli Palestinian Saudi Emirati Qatari Kuwaiti
Bahraini Yemeni Omani Egyptian Libyan Tunisian Algerian Moroccan Sudanese Ethiopian Eritrean Somali
Kenyan Ugandan Tanzanian Rwandan Congolese Nigerian Ghanaian Senegalese Malian Cameroonian
Zimbabwean Zambian Angolan Mozambican Australian Zealander
Republican Democrat Democratic Conservative Labour Liberal Socialist Communist Libertarian
Progressive Independent Tory`;

export const NATIONALITIES_AND_PARTIES: readonly string[] = WORDS.split(/\s+/);
const LOOKUP: ReadonlySet<string> = new Set(NATIONALITIES_AND_PARTIES);

export function isNationalityOrParty(word: string): boolean {
  return LOOKUP.has(word);
}
