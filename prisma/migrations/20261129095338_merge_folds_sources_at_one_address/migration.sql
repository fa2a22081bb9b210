-- ---------------------------------------------------------------------------------------------
-- Written by hand: the trigger it drops was written by hand (20261129090900_sources_live_address_unique).
-- ---------------------------------------------------------------------------------------------

-- A merge no longer keeps two live sources at one address on the claim it keeps: it folds a
-- merged claim's source into the one already there, removing it with an audit event, before it
-- moves the sources (server/src/claims/fold-merged-sources.ts, decision 190). The trigger that
-- gave a moved duplicate a key of its own is gone with it, so the unique index refuses a move
-- that would make a second live source at an address, as it refuses any other writer. Sources it
-- marked before stay as they are, like the duplicates the first backfill marked: removing one is
-- a reviewer's decision.
DROP TRIGGER "sources_moved_address_key" ON "sources";
DROP FUNCTION sources_moved_address_key();
