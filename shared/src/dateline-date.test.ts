import { describe, expect, it } from "vitest";
import { datelineDate } from "./dateline-date.ts";

describe("datelineDate", () => {
  it.each([
    ["WASHINGTON, June 10, 2025 — The Senate voted on Tuesday.", "2025-06-10"],
    ["Harbor board approves limits\n\nBy Jane Doe\nCALDER, Wash., Jun. 9, 2025 (AP) — The board voted.", "2025-06-09"],
    ["For immediate release: 10 June 2025\n\nThe ministry said exports rose.", "2025-06-10"],
    ["Tuesday, September 2nd, 2025\nCouncil passes budget", "2025-09-02"],
    ["Quarterly results\n2025-07-31\nRevenue rose 12%.", "2025-07-31"],
    ["Sept. 30, 2024\nThe fiscal year ended.", "2024-09-30"],
  ])("finds the date at the top of %j", (text, date) => {
    expect(datelineDate(text)).toBe(date);
  });

  it.each([
    ["The council voted on Tuesday. Turnout was 40%."],
    // A date the story reports, deep in a sentence, is not when it ran.
    [
      "Council approves budget\n\nThe council voted on Tuesday to approve a budget that the mayor first proposed in a speech on March 3, 2024.",
    ],
    ["The council voted on June 10, 2025 to approve the plan."],
    // Not a real day.
    ["February 30, 2025 — A date that does not exist."],
    // Below the top of the story.
    ["One\nTwo\nThree\nFour\nFive\nSix\nJune 10, 2025"],
  ])("finds none in %j", (text) => {
    expect(datelineDate(text)).toBeNull();
  });
});
