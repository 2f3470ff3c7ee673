-- Search reads each matched product's stored search document to rank it. At ~1 kB the document
-- tipped most rows over PostgreSQL's 2 kB inline limit and was moved out of line, so every ranked
-- row cost a TOAST lookup (most of a search's time). MAIN keeps it in the row: the toaster moves
-- the description and extras out first, which search only reads for the page it shows.
ALTER TABLE "data_products" ALTER COLUMN "searchVector" SET STORAGE MAIN;

-- The distinct technologies of a product's output ports, for the search facet and filter: read
-- from the matched row itself instead of one output_ports lookup per matched product. Kept current
-- by the triggers below, so every writer (single save, bulk save, loaders) fills it.
ALTER TABLE "data_products" ADD COLUMN "portTechnologies" TEXT[] DEFAULT ARRAY[]::TEXT[];

CREATE FUNCTION "data_products_refresh_port_technologies"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids INTEGER[];
BEGIN
  -- Each trigger runs only its own branch, so each reads only the transition tables it declares.
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT "productId") INTO ids FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT "productId") INTO ids FROM old_rows;
  ELSE
    SELECT array_agg(x."productId") INTO ids FROM (SELECT "productId" FROM new_rows UNION SELECT "productId" FROM old_rows) x;
  END IF;
  -- Only rows whose technologies changed are written: a save re-upserts every port.
  UPDATE "data_products" p
     SET "portTechnologies" = t."technologies"
    FROM (SELECT i."id", coalesce((SELECT array_agg(DISTINCT o."technology" ORDER BY o."technology") FROM "output_ports" o WHERE o."productId" = i."id"),
                                  ARRAY[]::TEXT[]) AS "technologies"
            FROM unnest(ids) AS i("id")) t
   WHERE p."id" = t."id" AND p."portTechnologies" IS DISTINCT FROM t."technologies";
  RETURN NULL;
END $$;

CREATE TRIGGER "output_ports_technologies_insert" AFTER INSERT ON "output_ports"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_products_refresh_port_technologies"();
CREATE TRIGGER "output_ports_technologies_update" AFTER UPDATE ON "output_ports"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_products_refresh_port_technologies"();
CREATE TRIGGER "output_ports_technologies_delete" AFTER DELETE ON "output_ports"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_products_refresh_port_technologies"();

-- Backfill both: rewriting the document makes the toaster store it under the new rule.
UPDATE "data_products" p
   SET "searchVector" = p."searchVector" || ''::tsvector,
       "portTechnologies" = coalesce((SELECT array_agg(DISTINCT o."technology" ORDER BY o."technology") FROM "output_ports" o WHERE o."productId" = p."id"),
                                     ARRAY[]::TEXT[]);
