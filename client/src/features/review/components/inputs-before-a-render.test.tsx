// @vitest-environment jsdom
// The "1"-"4" shortcuts choose a verdict from an effect, and React renders a change made in an
// effect later, on a scheduled task, while a browser runs input first. Typing at once after the key
// then reached a form that had not yet seen the verdict: CI saved "1" and a rationale as a rationale
// with no verdict. Here the events arrive in the browser's order, outside act(), which would render
// between them.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { screen } from "@testing-library/react";
import type { Claim } from "@claimdesk/shared";
import { FakeApi, json } from "../../../test/fake-api.ts";
import { ARTICLE_ID, claims as makeClaims, reviewer, session } from "../../../test/fixtures.ts";
import { renderApp } from "../../../test/render-app.tsx";
import { reviewServer } from "./review-test-api.ts";

const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
let claims: Claim[];
let api: FakeApi;

beforeEach(() => {
  claims = makeClaims();
  api = reviewServer({ claims: () => claims, users: [reviewer] });
  api.on("PUT", /\/verdict$/, (req) => {
    const body = req.body as { verdict: Claim["verdict"]; rationale: string | null };
    return json({ ...claims[0]!, ...body, reviewState: "verdict_given", version: claims[0]!.version + 1 });
  });
});
afterEach(() => {
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
});

/** What a browser does with typed text: set the value the way React cannot see, then say so. */
function typeInto(field: HTMLTextAreaElement, text: string) {
  Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!.call(field, text);
  field.dispatchEvent(new Event("input", { bubbles: true }));
}

describe("a verdict shortcut and typing at once", () => {
  it("the verdict chosen by its key and the rationale typed straight after are saved together", async () => {
    renderApp(`/articles/${ARTICLE_ID}?claim=${claims[0]!.id}`, session(reviewer));
    const rationale = (await screen.findByLabelText("Rationale")) as HTMLTextAreaElement;
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;

    document.body.dispatchEvent(new KeyboardEvent("keydown", { key: "1", bubbles: true }));
    // The key's own render runs in a microtask, and its effects with it; what the effect changed
    // waits for the scheduler's next task. The typing comes first.
    for (let i = 0; i < 5; i++) await Promise.resolve();
    typeInto(rationale, "The release confirms it.");
    await vi.waitFor(() => expect(screen.getByRole("radio", { name: /True/ })).toHaveProperty("checked", true));
    await vi.waitFor(() => expect(rationale.value).toBe("The release confirms it."));

    screen.getByRole("button", { name: "Save verdict" }).click();
    await vi.waitFor(() => expect(api.sent("PUT", /\/verdict$/)).toHaveLength(1));
    expect(api.sent("PUT", /\/verdict$/)[0]!.body).toMatchObject({
      verdict: "true",
      rationale: "The release confirms it.",
    });
  });
});
