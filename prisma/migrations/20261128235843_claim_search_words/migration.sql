-- AlterTable
ALTER TABLE "claims" ADD COLUMN     "search_words" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "claims_search_words_idx" ON "claims" USING GIN ("search_words");


-- The key words follow the claim's text whatever path writes it (import, manual claim, edit, split,
-- merge, revision), so no application code has to remember them. Decision 080.
CREATE FUNCTION claims_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_words := tsvector_to_array(to_tsvector('english', NEW.text));
  RETURN NEW;
END
$$;

CREATE TRIGGER "claims_search_words" BEFORE INSERT OR UPDATE OF "text" ON "claims"
  FOR EACH ROW EXECUTE FUNCTION claims_search_words();

UPDATE "claims" SET "search_words" = tsvector_to_array(to_tsvector('english', "text"));
