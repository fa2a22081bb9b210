// Every writer of a source stores its address key with its address: the column is required, and the
// unique index on a claim's live keys (sources_live_address_key, decision 190) holds only if each
// key is computed by the one rule the route's check and the client use. Writers through Prisma pass
// their data through here; the route's plain SQL insert (insert-source.ts) calls the rule itself.
import { sourceAddressKey } from "@claimdesk/shared/source-address";

export function withAddressKey<T extends { url: string }>(data: T): T & { addressKey: string } {
  return { ...data, addressKey: sourceAddressKey(data.url) };
}
