-- The typo fallback: products whose name or title looks like what was typed. At pg_trgm's default
-- threshold (0.3) trigrams common to many names ("pay", "ent") make the index hand back thousands
-- of candidates to recheck; 0.4 still forgives a typo per word at a fraction of the cost. A
-- function because the threshold is a setting: its SET clause applies it to this lookup only,
-- inside the one search statement, without a transaction around it.
CREATE FUNCTION "search_similar_products"("slug" TEXT, "words" TEXT) RETURNS SETOF INTEGER
  LANGUAGE sql STABLE PARALLEL SAFE ROWS 50 SET pg_trgm.similarity_threshold = 0.4
  AS $$ SELECT p."id" FROM "data_products" p WHERE p."name" % "slug" OR p."title" % "words" $$;
