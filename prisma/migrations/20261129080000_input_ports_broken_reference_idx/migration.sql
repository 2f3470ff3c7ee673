-- An input port whose product was deleted keeps its reference ("sourceRef") with neither a product
-- nor a source system. Lineage looks these up for the products it shows; without this index the
-- planner read them off the "sourceSystemId" index's NULL entries, which are every input port that
-- reads a product (most of them in a real mesh), on each 1-hop query. Such ports are rare, so the
-- partial index stays tiny. Not in schema.prisma: Prisma cannot describe a partial index.
CREATE INDEX "input_ports_broken_reference_idx" ON "input_ports" ("productId")
  WHERE "sourceRef" IS NOT NULL AND "sourceProductId" IS NULL AND "sourceSystemId" IS NULL;
