import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

const { claims, quoting } = claimsOn("2026-11-27");

describe("a body named as owned or backed by someone speaks (decision 470)", () => {
  it("reads 'The state-owned operator said' as 'the operator said' is read", () => {
    const c = quoting("The state-owned operator said 40 trains would be cancelled on Monday.", "40 trains");
    expect(c.text).toBe("According to the state-owned operator, 40 trains would be cancelled on Monday");
  });
  it("reads 'publicly-owned' and 'government-backed' the same way", () => {
    expect(
      quoting("The publicly-owned operator said 40 trains would be cancelled on Monday.", "40 trains").claimant.name,
    ).toBe("publicly-owned operator");
    expect(
      quoting("The government-backed lender said 40 homes would be sold on Monday.", "40 homes").claimant.name,
    ).toBe("government-backed lender");
  });
  it("keeps a verb made with a prefix a verb: 'The couple co-owned the shop'", () => {
    const c = quoting("The couple co-owned the shop, which sold 40 cakes on Monday, police said.", "co-owned");
    expect(c.text).toBe("According to the police, the couple co-owned the shop, which sold 40 cakes on Monday");
  });
  it("keeps 'The state-run operator said' as it was", () => {
    expect(
      quoting("The state-run operator said 40 trains would be cancelled on Monday.", "40 trains").claimant.name,
    ).toBe("state-run operator");
  });
});

describe("a title that opens with 'First' keeps it (decision 470)", () => {
  it("'First Minister Eluned Morgan said' keeps 'First'", () => {
    const c = quoting("First Minister Eluned Morgan said 40 schools would close on Monday.", "40 schools");
    expect(c.text).toBe("According to First Minister Eluned Morgan, 40 schools would close on Monday");
    expect(c.claimant.name).toBe("Eluned Morgan");
  });
  it("'First Lady Jill Biden said' keeps 'First'", () => {
    const c = quoting("First Lady Jill Biden said 40 schools would close on Monday.", "40 schools");
    expect(c.text).toBe("According to First Lady Jill Biden, 40 schools would close on Monday");
  });
  it("still drops the adverb of 'First, …' and of a later 'first said'", () => {
    expect(quoting("First, Eluned Morgan said 40 schools would close on Monday.", "40 schools").text).toBe(
      "According to Eluned Morgan, 40 schools would close on Monday",
    );
    expect(quoting("Minister Eluned Morgan first said 40 schools would close on Monday.", "40 schools").text).toBe(
      "According to Minister Eluned Morgan, 40 schools would close on Monday",
    );
  });
});

describe("a role described by a body's name with 'for' or 'of' takes its article (decision 470)", () => {
  it("'A Department for Transport spokesperson said' is worded with 'the'", () => {
    const c = quoting(
      "A Department for Transport spokesperson said 40 trains would be cancelled on Monday.",
      "40 trains",
    );
    expect(c.text).toBe(
      "According to the Department for Transport spokesperson, 40 trains would be cancelled on Monday",
    );
  });
  it("'A Department of Health and Social Care spokesperson said' is too", () => {
    const c = quoting(
      "A Department of Health and Social Care spokesperson said 40 wards would close on Monday.",
      "40 wards",
    );
    expect(c.text).toBe(
      "According to the Department of Health and Social Care spokesperson, 40 wards would close on Monday",
    );
  });
  it("keeps 'the Ford spokesperson' and 'Secretary of State Marco Rubio' as they were", () => {
    expect(quoting("A Ford spokesperson said 40 cars would be recalled on Monday.", "40 cars").text).toBe(
      "According to the Ford spokesperson, 40 cars would be recalled on Monday",
    );
    expect(quoting("Secretary of State Marco Rubio said 40 envoys would leave on Monday.", "40 envoys").text).toBe(
      "According to Secretary of State Marco Rubio, 40 envoys would leave on Monday",
    );
  });
  it("reads every claim of a body with no role as before", () => {
    expect(claims("The Department for Transport said 40 trains would be cancelled on Monday.")[0]!.claimant.name).toBe(
      "Department for Transport",
    );
  });
});
