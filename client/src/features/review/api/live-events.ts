// Server-sent events for one article: whatever others change is refetched, and the screen is
// told how many changes arrived so it can say so discreetly.
import { useEffect, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { liveEventSchema, type LiveEvent } from "@claimdesk/shared";
import { queryKeys } from "../../../lib/query-keys.ts";

export function useLiveArticleEvents(articleId: string, myUserId: string) {
  const queryClient = useQueryClient();
  const [othersChanges, setOthersChanges] = useState<LiveEvent[]>([]);
  const [connected, setConnected] = useState(false);
  // Set once an open connection dropped: the screen says so until it is back.
  const [lost, setLost] = useState<false | "retrying" | "closed">(false);

  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const source = new EventSource(`/api/articles/${encodeURIComponent(articleId)}/events`, { withCredentials: true });
    const onChange = (e: MessageEvent<string>) => {
      let event: LiveEvent;
      try {
        event = liveEventSchema.parse(JSON.parse(e.data));
      } catch {
        return; // A malformed event is ignored rather than breaking the screen.
      }
      void queryClient.invalidateQueries({ queryKey: queryKeys.article(articleId) });
      if (event.claimId) void queryClient.invalidateQueries({ queryKey: queryKeys.claim(event.claimId) });
      // A revised article text re-anchors every claim but arrives as one article event.
      if (event.entityType === "article") void queryClient.invalidateQueries({ queryKey: ["claims"] });
      void queryClient.invalidateQueries({ queryKey: ["articles", "list"] });
      if (event.actorId !== myUserId) setOthersChanges((prev) => [...prev.slice(-49), event]);
    };
    source.addEventListener("change", onChange as EventListener);
    let wasOpen = false;
    source.onopen = () => {
      setConnected(true);
      setLost(false);
      // Events sent while the connection was not open are gone: those between the screen's first
      // fetch and the stream's first opening, and those while it was down. Fetch what is shown again.
      void queryClient.invalidateQueries({ queryKey: queryKeys.article(articleId) });
      void queryClient.invalidateQueries({ queryKey: ["claims"] });
      void queryClient.invalidateQueries({ queryKey: ["articles", "list"] });
      wasOpen = true;
    };
    source.onerror = () => {
      setConnected(false);
      if (wasOpen) {
        // The browser retries by itself, unless the server refused the stream (CLOSED).
        setLost(source.readyState === 2 ? "closed" : "retrying");
      }
    };
    return () => {
      source.removeEventListener("change", onChange as EventListener);
      source.close();
    };
  }, [articleId, myUserId, queryClient]);

  return { othersChanges, connected, lost, acknowledge: () => setOthersChanges([]) };
}
