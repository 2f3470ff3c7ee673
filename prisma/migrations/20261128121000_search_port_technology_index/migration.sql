-- Search counts port technologies per matched product; with the technology in the index this is an
-- index-only lookup per product instead of a heap visit (or a scan of the whole output_ports table).
CREATE INDEX "output_ports_productId_technology_idx" ON "output_ports"("productId", "technology");
