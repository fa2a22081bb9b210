// @vitest-environment jsdom
// The report is fetched, not followed as a link, so that a failed export is explained where it was
// asked for. Before, an error answer was saved as the report or replaced the page.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { MemoryRouter } from "react-router";
import { queryKeys } from "../../../lib/query-keys.ts";
import { FakeApi, problem } from "../../../test/fake-api.ts";
import { editor, session } from "../../../test/fixtures.ts";
import "../../../test/setup-dom.ts";
import { ExportReport } from "./export-report.tsx";

const REPORT = "/api/articles/a1/report";
const markdown = () =>
  new Response("# Deportations rise", {
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Disposition": 'attachment; filename="deportations-rise-2026-03-28.md"',
    },
  });

let api: FakeApi;
let fetchSpy: ReturnType<typeof vi.fn>;
/** Every file handed to the browser to save: its name and contents. */
let saved: Array<{ name: string; blob: Blob }>;

beforeEach(() => {
  api = new FakeApi();
  fetchSpy = vi.fn(api.fetch);
  vi.stubGlobal("fetch", fetchSpy);
  saved = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:report-${blobs.size}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => {};
  // The temporary link saveFile clicks; the report link itself is never followed by a plain click.
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.getAttribute("href")!)! });
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

function renderExport(at = "/articles/a1") {
  const client = new QueryClient();
  client.setQueryData(queryKeys.session, session(editor));
  render(
    <MemoryRouter initialEntries={[at]}>
      <QueryClientProvider client={client}>
        <ExportReport articleId="a1" />
      </QueryClientProvider>
    </MemoryRouter>,
  );
  return screen.getByText("Export report");
}

const downloadLink = () => screen.getByRole("link", { name: /Download report|Preparing/ });

describe("downloading a report", () => {
  it("fetches it with the session cookie and saves it under the name the server gives", async () => {
    api.on("GET", REPORT, markdown);
    const user = userEvent.setup();
    await user.click(renderExport());
    await user.click(downloadLink());

    expect(await screen.findByText("Downloaded deportations-rise-2026-03-28.md.")).toBeTruthy();
    expect(saved.map((f) => f.name)).toEqual(["deportations-rise-2026-03-28.md"]);
    expect(await saved[0]!.blob.text()).toBe("# Deportations rise");
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    const [url, init] = fetchSpy.mock.calls[0]!;
    expect(url).toBe(`${REPORT}?format=markdown`);
    expect(init).toMatchObject({ credentials: "same-origin" });
  });

  it("says it is preparing the file and starts one export however often it is clicked", async () => {
    let answer!: (response: Response) => void;
    api.on("GET", REPORT, () => new Promise<Response>((resolve) => (answer = resolve)));
    const user = userEvent.setup();
    await user.click(renderExport());
    await user.selectOptions(screen.getByLabelText("Report format"), "pdf");
    await user.dblClick(downloadLink());
    await user.click(downloadLink());

    expect(downloadLink().textContent).toBe("Preparing PDF…");
    expect(downloadLink().getAttribute("aria-disabled")).toBe("true");
    expect(screen.getAllByRole("status").some((s) => s.textContent?.startsWith("Preparing PDF…"))).toBe(true);
    expect(api.sent("GET", REPORT)).toHaveLength(1);

    answer(new Response("%PDF-", { headers: { "Content-Disposition": 'attachment; filename="a.pdf"' } }));
    expect(await screen.findByText("Downloaded a.pdf.")).toBeTruthy();
    expect(downloadLink().textContent).toBe("Download report");
    expect(downloadLink().hasAttribute("aria-disabled")).toBe(false);
  });

  it("shows the server's error in an alert beside the control, saves nothing, and retries", async () => {
    const detail =
      "Something went wrong on our side. Nothing was changed; try again, and report the request id if it persists.";
    api.on("GET", REPORT, () => problem(500, "internal", detail, { requestId: "req-42" }));
    const user = userEvent.setup();
    await user.click(renderExport());
    await user.click(downloadLink());

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(`The report could not be downloaded: ${detail} (request req-42)`);
    expect(downloadLink().getAttribute("aria-describedby")).toBe(alert.id);
    expect(saved).toEqual([]);

    api.on("GET", REPORT, markdown);
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("Downloaded deportations-rise-2026-03-28.md.")).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
    expect(api.sent("GET", REPORT)).toHaveLength(2);
  });

  it("retries with the options as they read now, not the ones that failed", async () => {
    api.on("GET", REPORT, () => problem(500, "internal", "The PDF could not be rendered."));
    const user = userEvent.setup();
    await user.click(renderExport());
    await user.selectOptions(screen.getByLabelText("Report format"), "pdf");
    await user.click(downloadLink());
    const alert = await screen.findByRole("alert");

    api.on("GET", REPORT, markdown);
    await user.selectOptions(screen.getByLabelText("Report format"), "markdown");
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("Downloaded deportations-rise-2026-03-28.md.")).toBeTruthy();
    expect(api.sent("GET", REPORT).map((r) => r.query.get("format"))).toEqual(["pdf", "markdown"]);
  });

  it("explains an answer that is not problem+json, such as a proxy's timeout page", async () => {
    api.on(
      "GET",
      REPORT,
      () => new Response("<h1>Gateway Timeout</h1>", { status: 504, statusText: "Gateway Timeout" }),
    );
    const user = userEvent.setup();
    await user.click(renderExport());
    await user.click(downloadLink());
    expect((await screen.findByRole("alert")).textContent).toContain("The server answered 504 Gateway Timeout.");
    expect(saved).toEqual([]);
  });

  it("leaves a click that opens a new tab to the browser", async () => {
    api.on("GET", REPORT, markdown);
    const user = userEvent.setup();
    await user.click(renderExport());
    // Seen after the app's handlers: whether they left the click alone (then jsdom, which cannot
    // open tabs, is stopped here).
    const leftToBrowser: boolean[] = [];
    const record = (e: Event) => (leftToBrowser.push(!e.defaultPrevented), e.preventDefault());
    window.addEventListener("click", record);
    window.addEventListener("auxclick", record);
    fireEvent.click(downloadLink(), { ctrlKey: true });
    fireEvent.click(downloadLink(), { shiftKey: true });
    window.removeEventListener("click", record);
    window.removeEventListener("auxclick", record);
    expect(leftToBrowser).toEqual([true, true]);
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
