-- The search documents' GIN index, in two halves: products read by at least three others ("in use")
-- and the rest. Search orders by relevance and by most consumers start with the consumer count, so
-- when a word matches more than a thousand products in use (the bound a search works within), the
-- little-used half is never read: "customer master" on the 100k bench mesh reads 1,344 rows instead
-- of 3,074, and "data" 3,293 instead of 7,683. A search that needs both names both halves with an OR,
-- and the planner ORs their bitmaps. Each product is in exactly one half, so writes cost the same.
DROP INDEX "data_products_searchVector_idx";
CREATE INDEX "data_products_searchVector_in_use_idx" ON "data_products" USING GIN ("searchVector")
  WITH (gin_pending_list_limit = 256) WHERE "consumerCount" >= 3;
CREATE INDEX "data_products_searchVector_little_used_idx" ON "data_products" USING GIN ("searchVector")
  WITH (gin_pending_list_limit = 256) WHERE "consumerCount" < 3;

-- Sorting by score walks this index for a common word and stops after a thousand matches; on the
-- score alone it had to read every product of the last score it reached and sort them (7,544 rows
-- read for "customer" instead of about 3,000).
DROP INDEX "data_products_governanceScore_idx";
CREATE INDEX "data_products_governanceScore_consumerCount_updatedAt_id_idx"
  ON "data_products" ("governanceScore", "consumerCount", "updatedAt", "id");
