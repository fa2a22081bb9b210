-- AlterTable
-- Filled in for existing rows, in the same transaction, by this migration's data step
-- (server/src/sources/backfill-source-address-keys.ts; decision 190).
ALTER TABLE "sources" ADD COLUMN     "address_key" TEXT;

