-- A product's schema fields become one document per product instead of one row per field. They
-- are only ever read and written as a product's whole schema, and the per-row costs (a foreign-key
-- check, two btree entries, row overhead) made the 230,000 field rows of a 10,000-file
-- `meshwork apply` its most expensive statement: a quarter of its time. The document keeps the
-- spec's own field shape, as recordToSpec exports it: `required` always said, no empty `enum`,
-- no null `description` or `pii`. It is json, not jsonb: nothing queries inside it, json keeps the
-- keys in the spec's order, and storing it only checks the text, which took half the time of
-- converting it to jsonb.
CREATE TABLE "product_schemas" (
    "productId" INTEGER NOT NULL,
    "fields" JSON NOT NULL,

    CONSTRAINT "product_schemas_pkey" PRIMARY KEY ("productId")
);

ALTER TABLE "product_schemas" ADD CONSTRAINT "product_schemas_productId_fkey"
    FOREIGN KEY ("productId") REFERENCES "data_products"("id") ON DELETE CASCADE ON UPDATE CASCADE;

INSERT INTO "product_schemas" ("productId", "fields")
SELECT "productId",
       json_agg(json_strip_nulls(json_build_object(
           'name', "name", 'type', "type", 'description', "description", 'pii', "pii", 'required', "required",
           'enum', CASE WHEN cardinality("enumValues") > 0 THEN to_json("enumValues") END)) ORDER BY "position", "id")
FROM "schema_fields"
GROUP BY "productId";

-- The field names now come from the document, still in position order after the output ports.
CREATE OR REPLACE FUNCTION refresh_product_search(product_ids INTEGER[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "data_products" p SET "searchVector" = product_search_vector(p."name", p."title", p."tags", p."description", d."slug", d."name", t."name", (
          SELECT string_agg(n, ' ' ORDER BY k, position) FROM (
            SELECT o."name" AS n, 0 AS k, o."position" FROM "output_ports" o WHERE o."productId" = p."id"
            UNION ALL SELECT f."value" ->> 'name', 1, f."ordinality" FROM "product_schemas" s, json_array_elements(s."fields") WITH ORDINALITY f
             WHERE s."productId" = p."id"
          ) names))
  FROM "domains" d, "teams" t
  WHERE p."id" = ANY(product_ids) AND d."id" = p."domainId" AND t."id" = p."owningTeamId";
$$;

DROP TABLE "schema_fields";
