// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { queryKeys } from "../../../lib/query-keys.ts";
import { editor, reviewer, session } from "../../../test/fixtures.ts";
import "../../../test/setup-dom.ts";
import { ExportReport } from "./export-report.tsx";

function renderAs(user: typeof editor) {
  const client = new QueryClient();
  client.setQueryData(queryKeys.session, session(user));
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

  it("is hidden from reviewers", () => {
    renderAs(reviewer);
    expect(screen.queryByText("Export report")).toBeNull();
  });
});
