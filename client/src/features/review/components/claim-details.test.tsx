// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen } from "@testing-library/react";
import { claim } from "../../../test/fixtures.ts";
import { ClaimDetails } from "./claim-details.tsx";

/** The "Claimant" entry of the details pane. */
function claimantShown(): string {
  return screen.getByText("Claimant").nextElementSibling!.textContent!;
}

afterEach(cleanup);

describe("the claimant in the claim's details", () => {
  it("names a person with the title the article gives them, and the outlet that relayed them", () => {
    const c = claim(1, 0, 50, { claimant: "Pete Hegseth" });
    c.details.claimant = { name: "Pete Hegseth", type: "person", via: "X", title: "Defense Secretary" };
    render(<ClaimDetails claim={c} />);
    expect(claimantShown()).toBe("Defense Secretary Pete Hegseth (via X)");
  });

  it("shows the name a reviewer gave the claimant, not the extractor's", () => {
    const c = claim(1, 0, 50, { claimant: "Pentagon press office" });
    c.details.claimant = { name: "Pete Hegseth", type: "person", via: null, title: "Defense Secretary" };
    render(<ClaimDetails claim={c} />);
    expect(claimantShown()).toBe("Pentagon press office");
  });

  it("tells the day the claimant said it from the dates the claim asserts", () => {
    const c = claim(1, 0, 50);
    c.details.dates = [
      { text: "in June", start: 10, end: 17, value: "2025-06", granularity: "month", relative: true },
      {
        text: "on Tuesday",
        start: 60,
        end: 70,
        value: "2025-08-05",
        granularity: "day",
        relative: true,
        ofStatement: true,
      },
    ];
    render(<ClaimDetails claim={c} />);
    expect(screen.getByText("Dates").nextElementSibling!.textContent).toBe(
      "in June → 2025-06 (resolved); said on Tuesday → 2025-08-05 (resolved)",
    );
  });

  it("shows the days of a week or a quarter, not only the year that holds it", () => {
    const c = claim(1, 0, 50);
    c.details.dates = [
      {
        text: "second quarter of 2025",
        start: 10,
        end: 32,
        value: "2025",
        granularity: "year",
        relative: false,
        firstDay: "2025-04-01",
        lastDay: "2025-06-30",
      },
    ];
    render(<ClaimDetails claim={c} />);
    expect(screen.getByText("Dates").nextElementSibling!.textContent).toBe(
      "second quarter of 2025 → 2025-04-01 to 2025-06-30",
    );
  });
});

describe("the quantities in the claim's details", () => {
  const shown = (): string => screen.getByText("Quantities").nextElementSibling!.textContent!;

  it("shows the group a share is of", () => {
    const c = claim(1, 0, 50);
    c.details.quantities = [
      { text: "40 per cent", start: 17, end: 28, value: 40, unit: "%", qualifier: null, group: "adults in Wales" },
      { text: "about 3%", start: 40, end: 48, value: 3, unit: "%", qualifier: "approximately" },
    ];
    render(<ClaimDetails claim={c} />);
    // A per cent's group after "of", with no brackets, since decision 980.
    expect(shown()).toBe("40% of adults in Wales; approximately 3%");
  });

  it("does not repeat a group the unit already names", () => {
    const c = claim(1, 0, 50);
    c.details.quantities = [
      {
        text: "One in five children",
        start: 0,
        end: 20,
        value: 0.2,
        unit: "share of children",
        qualifier: null,
        group: "children",
      },
    ];
    render(<ClaimDetails claim={c} />);
    expect(shown()).toBe("20% of children");
  });
});
