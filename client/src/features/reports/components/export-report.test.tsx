// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { queryKeys } from "../../../lib/query-keys.ts";
import { claims, editor, reviewer, session } from "../../../test/fixtures.ts";
import "../../../test/setup-dom.ts";
import { ExportReport } from "./export-report.tsx";

function renderAs(user: typeof editor, articleClaims?: ReturnType<typeof claims>) {
  const client = new QueryClient();
  client.setQueryData(queryKeys.session, session(user));
  if (articleClaims) client.setQueryData(queryKeys.articleClaims("a1"), articleClaims);
  return render(
    <QueryClientProvider client={client}>
      <ExportReport articleId="a1" />
    </QueryClientProvider>,
  );
}

describe("export report", () => {
  it("links to the report in the chosen format with the chosen options", async () => {
    const user = userEvent.setup();
    renderAs(editor);
    await user.click(screen.getByText("Export report"));
    await user.selectOptions(screen.getByLabelText("Report format"), "claimreview");
    await user.click(screen.getByLabelText("Include claims not yet reviewed"));
    expect(screen.getByRole("link", { name: "Download report" }).getAttribute("href")).toBe(
      "/api/articles/a1/report?format=claimreview&includeUnreviewed=true",
    );
  });

  it("says how many claims the report will list before it is downloaded, and why none", async () => {
    const [a, b, c] = claims();
    const given = { verdict: "false" as const, rationale: "No.", reviewState: "verdict_given" as const };
    const approved = { approvedAt: "2026-03-28T11:00:00.000Z", reviewState: "approved" as const };
    const user = userEvent.setup();
    const view = renderAs(editor, [{ ...a!, ...given }, { ...b!, ...given }, c!]);
    await user.click(screen.getByText("Export report"));
    // No verdict approved yet: the default report would be empty.
    expect(screen.getByText(/lists no claims/).textContent).toMatch(/No verdict is approved yet/);
    await user.click(screen.getByLabelText("Approved verdicts only"));
    expect(screen.getByText("This report lists 2 of 3 claims.")).toBeTruthy();
    view.unmount();

    renderAs(editor, [{ ...a!, ...given, ...approved }, { ...b!, ...given }, c!]);
    await user.click(screen.getByText("Export report"));
    expect(screen.getByText("This report lists 1 of 3 claims.")).toBeTruthy();
    await user.click(screen.getByLabelText("Include claims not yet reviewed"));
    expect(screen.getByText("This report lists 3 of 3 claims.")).toBeTruthy();
  });

  it("says the article has nothing to report when every claim is dismissed, instead of asking for a tick that cannot help", async () => {
    const user = userEvent.setup();
    renderAs(
      editor,
      claims().map((c) => ({ ...c, dismissed: true })),
    );
    await user.click(screen.getByText("Export report"));
    await user.click(screen.getByLabelText("Include claims not yet reviewed"));
    const status = screen.getByText(/^This report lists/);
    expect(status.textContent).toBe(
      "This report lists no claims. Every claim of this article is dismissed, and reports leave dismissed claims out.",
    );
  });

  it("says so when the article has no claims at all", async () => {
    const user = userEvent.setup();
    renderAs(editor, []);
    await user.click(screen.getByText("Export report"));
    expect(screen.getByText(/^This report lists/).textContent).toBe(
      "This report lists no claims. This article has no claims yet.",
    );
  });

  it("is hidden from reviewers", () => {
    renderAs(reviewer);
    expect(screen.queryByText("Export report")).toBeNull();
  });
});
