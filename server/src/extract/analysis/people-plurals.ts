/**
 * People in the plural, named by their trade, role or tie, whose word has no flag of its own:
 * "the lawyers", "his solicitors", "landlords", "fans". Who may speak as a group ("the lawyers
 * said", `speech-subject.ts`), whom a share may be of ("30% of landlords", `share-group-heads.ts`),
 * and who, beside "him" or "her", name no one a "He" or "She" after them could stand for
 * ("Hecklers interrupted him.", `sentence-naming-no-one.ts`; decision 1090).
 */
export const PEOPLE_PLURALS: ReadonlySet<string> = new Set(
  "lawyers solicitors attorneys doctors nurses teachers parents residents workers researchers scientists investigators prosecutors judges organisers organizers protesters hecklers campaigners activists voters members leaders ministers players owners executives managers negotiators authors lawmakers senators councillors councilors officers firefighters paramedics farmers students families people victims survivors inspectors engineers pilots rebels fighters troops soldiers militants insurgents refugees migrants tenants landlords priests bishops miners patients customers drivers fans".split(
    " ",
  ),
);
