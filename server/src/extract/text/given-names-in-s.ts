/**
 * Given names that end in "s" (decision 675). A title-case headline's subject before "Fall at" is a
 * plural in "-s" ("Profits Fall at Tesco", decision 635), and a reporter's given name in "-s" read as
 * one made a match report's byline ("James Fall at Twickenham") a headline. Only names no plural
 * noun is: "Chris", "Lewis", not "Miles" (a distance) nor "Rhodes".
 */
export const GIVEN_NAMES_IN_S =
  "James|Charles|Thomas|Nicholas|Lewis|Louis|Chris|Marcus|Rhys|Ross|Douglas|Dennis|Francis|Frances|Curtis|Giles|Jules|Agnes|Doris|Iris|Phyllis|Lucas|Tobias|Elias|Matthias|Andreas|Nikolaos|Carlos|Jesus|Jonas|Niklas|Klaus|Hans|Alexis|Travis|Otis|Amos|Angus|Fergus|Silas|Cyrus|Julius|Marcos|Mateus|Tomas|Jess|Bess|Tess|Gus|Les|Des|Wes|Russ|Ellis|Morris|Harris";
