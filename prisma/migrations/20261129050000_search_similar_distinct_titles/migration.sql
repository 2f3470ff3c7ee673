-- The typo fallback looked names and titles up in two trigram indexes, but a title is usually the
-- name's words ("Payment Segments" for payment-segments): same trigrams, so the title lookup
-- repeated the name lookup at the same cost. Only titles that say something else are indexed for
-- it now (a partial index, which schema.prisma cannot express). When the typed words and their
-- slug have the same trigrams (the usual case) the other titles add nothing; otherwise the full
-- title index still answers, so the set returned is exactly the one before.
CREATE INDEX "data_products_title_trgm_distinct_idx" ON "data_products" USING gin ("title" gin_trgm_ops)
  WHERE lower("title") <> replace("name", '-', ' ');

CREATE OR REPLACE FUNCTION "search_similar_products"("slug" TEXT, "words" TEXT) RETURNS SETOF INTEGER
  LANGUAGE sql STABLE PARALLEL SAFE ROWS 50 SET pg_trgm.similarity_threshold = 0.4
  AS $$
    SELECT p."id" FROM "data_products" p WHERE p."name" % "slug"
    UNION
    SELECT p."id" FROM "data_products" p WHERE p."title" % "words" AND lower(p."title") <> replace(p."name", '-', ' ')
    UNION
    SELECT p."id" FROM "data_products" p WHERE p."title" % "words" AND show_trgm("slug") <> show_trgm("words")
  $$;
