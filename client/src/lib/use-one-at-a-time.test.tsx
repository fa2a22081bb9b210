// @vitest-environment jsdom
// The guard holds only if every way to send goes through it.
import { describe, expect, it } from "vitest";
import { renderHook } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import "../test/setup-dom.ts";
import { useOneAtATimeMutation } from "./use-one-at-a-time.ts";

function renderMutation() {
  const client = new QueryClient();
  let sent = 0;
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  const { result } = renderHook(
    () => useOneAtATimeMutation({ mutationFn: () => (sent++, new Promise<number>(() => {})) }),
    { wrapper },
  );
  return { result, sent: () => sent };
}

describe("useOneAtATimeMutation", () => {
  it("sends nothing while the previous request is on its way", async () => {
    const { result, sent } = renderMutation();
    expect(result.current.mutate(undefined)).toBe(true);
    expect(result.current.mutate(undefined)).toBe(false);
    await Promise.resolve();
    expect(sent()).toBe(1);
  });

  it("offers no way around the guard (mutateAsync)", () => {
    const { result } = renderMutation();
    expect("mutateAsync" in result.current).toBe(false);
  });
});
