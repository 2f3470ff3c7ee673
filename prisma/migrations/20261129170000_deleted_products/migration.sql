-- A deleted product leaves its address, title and who deleted it when, so that old links and API
-- calls can say it was deleted (410 Gone) instead of that it never existed. Deleting it again after
-- it was created anew updates the row.
CREATE TABLE "deleted_products" (
    "id" SERIAL NOT NULL,
    "domainSlug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "restricted" BOOLEAN NOT NULL,
    "deletedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedById" INTEGER,
    CONSTRAINT "deleted_products_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "deleted_products_domainSlug_name_key" ON "deleted_products"("domainSlug", "name");
ALTER TABLE "deleted_products" ADD CONSTRAINT "deleted_products_deletedById_fkey" FOREIGN KEY ("deletedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
