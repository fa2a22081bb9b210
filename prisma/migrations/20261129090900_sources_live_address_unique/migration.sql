-- ---------------------------------------------------------------------------------------------
-- Written by hand: a partial unique index, which Prisma's datamodel cannot express.
-- ---------------------------------------------------------------------------------------------

-- A claim cites each address once among its live sources, whatever writes the row: two racing
-- requests, or any writer other than the route's check (server/src/sources/duplicate-source.ts).
-- Removed sources keep their rows (deleted_at) and their address may be cited again, so only live
-- rows count. address_key was filled in by the previous migration's data step, which gave later
-- duplicates already stored a key of their own (decision 190).
CREATE UNIQUE INDEX "sources_live_address_key" ON "sources"("claim_id", "address_key") WHERE "deleted_at" IS NULL;

-- Merging claims moves the merged claims' sources onto the one kept (split-merge-claims.ts), and
-- two of them may cite one address. The merge keeps both, as it did before this index, rather
-- than fail: a live source moved onto a claim that already has a live source at its address gets
-- a key of its own, marked the way the previous migration's data step marks a duplicate stored
-- before the index (backfill-source-address-keys.ts). Only a move does this: an insert, or a
-- change of address, that would make a second live source at an address is still refused. A
-- volatile BEFORE ROW trigger sees the rows its statement moved before, so two sources moved in
-- one statement are told apart too.
CREATE FUNCTION sources_moved_address_key() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.deleted_at IS NULL AND NEW.address_key IS NOT NULL AND EXISTS (
    SELECT 1 FROM "sources"
    WHERE "claim_id" = NEW.claim_id AND "address_key" = NEW.address_key AND "deleted_at" IS NULL AND "id" <> NEW.id
  ) THEN
    NEW.address_key := NEW.address_key || ' (duplicate ' || NEW.id || ')';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "sources_moved_address_key" BEFORE UPDATE OF "claim_id" ON "sources"
  FOR EACH ROW WHEN (OLD.claim_id IS DISTINCT FROM NEW.claim_id) EXECUTE FUNCTION sources_moved_address_key();
