// Adding a source whose address the claim already has is refused (409): say which source that is,
// by its title and address, rather than a bare "conflict". It is often one a colleague attached a
// moment ago, which the thread refetched on the 409 now shows.
import { sourceSchema, type Source } from "@claimdesk/shared";
import { sourceAddressKey } from "@claimdesk/shared/source-address";
import { isApiError } from "../../../lib/api-error.ts";

/** The sentence for a refused duplicate, or null when `error` is something else. */
export function duplicateSourceMessage(
  error: unknown,
  sentUrl: string | undefined,
  sources: Source[],
  myId: string | undefined,
): string | null {
  if (!isApiError(error) || error.status !== 409 || error.code === "version_conflict") return null;
  const named = sourceSchema.safeParse(error.current);
  const existing = named.success
    ? named.data
    : sentUrl === undefined
      ? undefined
      : sources.find((s) => sourceAddressKey(s.url) === sourceAddressKey(sentUrl));
  if (!existing)
    return `${error.detail || "This claim already has a source with this address."} Check the sources listed above.`;
  const name = existing.title ? `“${existing.title}” (${existing.url})` : existing.url;
  const by = !existing.addedBy
    ? ""
    : existing.addedBy.id === myId
      ? ", which you added"
      : `, added by ${existing.addedBy.name}`;
  return `This claim already has this source: ${name}${by}. Change the address, or cancel and edit that source instead.`;
}
