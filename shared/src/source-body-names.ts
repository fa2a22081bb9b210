/**
 * Bodies a newsroom names by one word, no body's word in it, as the whole source of figures:
 * wires, a statistics office, regulators, pollsters and property sites ("Source: Ofcom", "Reuters"
 * alone on its line under a table). One list for the readers that take such a name as a source:
 * the table's source line (server's text/table-source.ts) and the labels that name no rows of a
 * table (labels-naming-no-rows.ts). Each adds the names only it reads, and says why.
 */
export const SOURCE_BODY_NAMES: readonly string[] = [
  "Reuters",
  "Bloomberg",
  "Eurostat",
  "Ofcom",
  "Ofgem",
  "Ofwat",
  "Ofsted",
  "YouGov",
  "Ipsos",
  "Nielsen",
  "Rightmove",
  "Zoopla",
];
