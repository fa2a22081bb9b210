import { describe, expect, it } from "vitest";
import { sectionRowName } from "./table-section-rows.ts";

// Decision 500: a line between a table's rows that names no group of them is no section row.
describe("sectionRowName", () => {
  it.each([
    "Office for National Statistics",
    "HM Land Registry",
    "ONS",
    "Reuters",
    "Getty Images",
    "Institute for Fiscal Studies",
    "WORLD NEWS",
    "Markets Rally As Inflation Cools",
    "Top Scorers",
    "Biggest Fallers",
    "Rents by Borough",
  ])("takes no section of “%s”", (line) => {
    expect(sectionRowName(line)).toBeNull();
  });

  it.each([
    "North",
    "Inner London",
    "Rest of England",
    "Survey Respondents",
    "Premier League",
    "Most Deprived",
    // The review of decision 500: a sector, a country, a name, a scheme, a budget's group, a band.
    "Business",
    "Russian Federation",
    "Social Media",
    "Theresa May",
    "Right To Buy",
    "Winners",
    "Top Rate",
  ])("still takes “%s”", (line) => {
    expect(sectionRowName(line)).not.toBeNull();
  });
});
