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

describe("counter-examples from a review", () => {
  it("still reads 'The bank, majority-owned by the state, said' as the bank's, with the aside the article's", () => {
    const body = "The bank, majority-owned by the state, said profits rose 40% last year.";
    const c = quoting(body, "profits rose");
    expect(c.text).toBe("According to the bank, profits rose 40% last year");
    expect(c.claimant.name).toBe("bank");
    expect(quoting(body, "majority-owned").text).toBe("The bank was majority-owned by the state");
  });
  it("reads an aside opened by '-funded' or '-owned' without 'by' the same way", () => {
    expect(
      quoting("The hospital, privately-funded by a charity, said 40 beds were closed.", "40 beds").claimant.name,
    ).toBe("hospital");
    expect(quoting("The club, fan-owned since 2013, said 40 staff would go.", "40 staff").text).toBe(
      "According to the club, 40 staff would go",
    );
  });
  it("names 'First Secretary Lee' as Lee, as 'Secretary Lee' was, keeping the title in the wording", () => {
    const c = quoting("First Secretary Lee said 40 trade deals were signed.", "40 trade deals");
    expect(c.text).toBe("According to First Secretary Lee, 40 trade deals were signed");
    expect(c.claimant.name).toBe("Lee");
  });
  it("names 'First Secretary of State Oliver Dowden' as Oliver Dowden", () => {
    const c = quoting("First Secretary of State Oliver Dowden said 40 civil servants would move.", "40 civil");
    expect(c.text).toBe("According to First Secretary of State Oliver Dowden, 40 civil servants would move");
    expect(c.claimant.name).toBe("Oliver Dowden");
  });
  it("keeps 'First Lady Jill Biden' and 'First Minister Eluned Morgan' named as before", () => {
    expect(quoting("First Lady Jill Biden said 40 schools would get new libraries.", "40 schools").claimant.name).toBe(
      "Jill Biden",
    );
    expect(quoting("First Minister Eluned Morgan said 40 schools would close.", "40 schools").claimant.name).toBe(
      "Eluned Morgan",
    );
  });
});
