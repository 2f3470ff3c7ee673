-- The search document of one product as a function of the values it is made of, so the batch
-- writer can store it in the INSERT that creates the product: refreshing it afterwards wrote each
-- new row a second time, with a new entry in every one of data_products' indexes (four of them
-- GIN). refresh_product_search builds the document with the same function, so both agree.
-- Weights: A name/title, B tags/domain/team, C description, D port and field names.
CREATE FUNCTION product_search_vector(name TEXT, title TEXT, tags TEXT[], description TEXT, domain_slug TEXT, domain_name TEXT, team_name TEXT, names TEXT)
  RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('simple', coalesce(name, '') || ' ' || replace(coalesce(name, ''), '-', ' ') || ' ' || coalesce(title, '')), 'A')
      || setweight(to_tsvector('simple', array_to_string(tags, ' ') || ' ' || domain_slug || ' ' || domain_name || ' ' || team_name), 'B')
      || setweight(to_tsvector('english', coalesce(description, '')), 'C')
      || setweight(to_tsvector('simple', coalesce(names, '')), 'D')
$$;

-- The names are taken in a fixed order (output ports, then fields, each by position), the order
-- the batch writer passes them in: they used to come in whatever order the plan read them, so the
-- same product could be stored with different word positions.
CREATE OR REPLACE FUNCTION refresh_product_search(product_ids INTEGER[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "data_products" p SET "searchVector" = product_search_vector(p."name", p."title", p."tags", p."description", d."slug", d."name", t."name", (
          SELECT string_agg(n, ' ' ORDER BY k, position) FROM (
            SELECT o."name" AS n, 0 AS k, o."position" FROM "output_ports" o WHERE o."productId" = p."id"
            UNION ALL SELECT f."name", 1, f."position" FROM "schema_fields" f WHERE f."productId" = p."id"
          ) names))
  FROM "domains" d, "teams" t
  WHERE p."id" = ANY(product_ids) AND d."id" = p."domainId" AND t."id" = p."owningTeamId";
$$;
