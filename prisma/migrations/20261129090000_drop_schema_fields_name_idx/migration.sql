-- No query looks schema fields up by name alone: every read goes through the product
-- ("productId", name). The index only cost each saved field an entry in a 2-million-row btree,
-- about a tenth of writing the field (230,000 of them in a 10,000-file `meshwork apply`).
DROP INDEX "schema_fields_name_idx";
