// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Claim, ClaimFlag } from "@claimdesk/shared";
import { ARTICLE_ID, claims as makeClaims, reviewer, session } from "../../../test/fixtures.ts";
import { renderApp } from "../../../test/render-app.tsx";
import { reviewServer } from "./review-test-api.ts";
import { FLAG_LABELS, FLAG_OPTIONS } from "./claim-filters.ts";

const EXPLANATION = "The article itself says this claim is false or unsupported";

let claims: Claim[];

const flagged = (c: Claim, flags: ClaimFlag[]): Claim => ({ ...c, details: { ...c.details, flags } });

beforeEach(() => {
  // #1 has no flags, #2 is disputed (and an opinion), #3 is only an opinion.
  const [one, two, three] = makeClaims();
  claims = [one!, flagged(two!, ["disputed", "opinion"]), flagged(three!, ["opinion"])];
  reviewServer({ claims: () => claims, users: [reviewer] });
});

const claimList = () => screen.getByRole("listbox", { name: "Claims" });
const claimOptions = () => within(claimList()).getAllByRole("option");
const shownNumbers = () => claimOptions().map((o) => /#(\d+)/.exec(o.textContent ?? "")?.[1]);

async function openWorkspace() {
  const user = userEvent.setup();
  renderApp(`/articles/${ARTICLE_ID}`, session(reviewer));
  await screen.findByRole("heading", { level: 1, name: "Deportations rise" });
  return user;
}

describe("claim flags in the review list", () => {
  it("the Flag filter narrows the list to claims with the chosen flag, and Any flag shows them all again", async () => {
    const user = await openWorkspace();
    const flag = screen.getByLabelText("Flag") as HTMLSelectElement;
    expect(
      within(flag)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Any flag", ...FLAG_OPTIONS.map((f) => FLAG_LABELS[f])]);
    expect(shownNumbers()).toEqual(["1", "2", "3"]);

    await user.selectOptions(flag, "Disputed in the article");
    expect(shownNumbers()).toEqual(["2"]);
    expect(screen.getByRole("heading", { name: /Claims/ }).textContent).toContain("1 of 3");

    await user.selectOptions(flag, "Opinion");
    expect(shownNumbers()).toEqual(["2", "3"]);

    await user.selectOptions(flag, "Unnamed source");
    expect(screen.getByText("No claims match these filters.")).toBeTruthy();

    await user.selectOptions(flag, "Any flag");
    expect(flag.value).toBe("");
    expect(shownNumbers()).toEqual(["1", "2", "3"]);
  });

  it("badges only the claims the article itself disputes, explaining the badge", async () => {
    await openWorkspace();
    const [one, two, three] = claimOptions();
    const badge = within(two!).getByTitle(EXPLANATION);
    expect(badge.textContent).toBe("Disputed");
    // Read out once with the row (the short badge is hidden from screen readers), not only on hover.
    expect(badge.getAttribute("aria-hidden")).toBe("true");
    expect(within(two!).getByText(`Disputed in the article: ${EXPLANATION}`).className).toBe("visually-hidden");
    expect(within(one!).queryByTitle(EXPLANATION)).toBeNull();
    expect(within(three!).queryByTitle(EXPLANATION)).toBeNull();
    expect(one!.textContent).not.toContain("Disputed");
    expect(three!.textContent).not.toContain("Disputed");
  });

  it("names the flags in the details pane with the same labels", async () => {
    const user = await openWorkspace();
    await user.click(claimOptions()[1]!);
    await screen.findByRole("heading", { name: /Claim #2/ });
    expect(screen.getByText("Flags").nextElementSibling!.textContent).toBe("Disputed in the article, Opinion");
  });
});
