-- AlterTable
-- Every writer sets the key with the address (decision 190); the previous migration's data step
-- keyed the rows written without one.
ALTER TABLE "sources" ALTER COLUMN "address_key" SET NOT NULL;
