-- Rows written since the last vacuum sit in a GIN index's pending list, which every scan of that
-- index reads in full, not through the index's tree. Every write to a product adds its entries
-- there (~100 search lexemes, ~20-40 trigrams per name or title), and an update of an indexed
-- column such as the governance score cannot be HOT, so a bulk recompute of the scores left each
-- list near its 4 MB default (512 pages) until autovacuum came by. On the 100k bench the search
-- document index then read 306 pages instead of 149 for "customer master" (22 ms instead of 13),
-- and the name and title trigram indexes, which the typo fallback and the typeahead read, held
-- 486 and 484 pending pages each.
-- 256 kB bounds what a search may have to read there to 32 pages per index, while bulk writers
-- still merge their entries in batches (fastupdate off would insert every entry of every updated
-- row one by one, slowing the recompute). The bulk loader recreates these indexes from their
-- definitions, which keep the setting. (schema.prisma has no syntax for index storage parameters.)
ALTER INDEX "data_products_searchVector_idx" SET (gin_pending_list_limit = 256);
ALTER INDEX "data_products_name_trgm_idx" SET (gin_pending_list_limit = 256);
ALTER INDEX "data_products_title_trgm_idx" SET (gin_pending_list_limit = 256);
ALTER INDEX "data_products_title_trgm_distinct_idx" SET (gin_pending_list_limit = 256);
ALTER INDEX "data_products_tags_idx" SET (gin_pending_list_limit = 256);

-- Merge what is pending now rather than leaving it to the next vacuum.
SELECT gin_clean_pending_list(i.indexrelid::regclass)
  FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
 WHERE i.indrelid = '"data_products"'::regclass AND a.amname = 'gin';
