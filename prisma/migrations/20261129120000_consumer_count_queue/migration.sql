-- Upstream products whose consumer count a batch write changed, recounted together shortly after
-- (lib/catalog/consumer-counts.ts). One row per batch holding its ids, with no unique key, so
-- batches committing side by side never wait for each other here.
CREATE TABLE "consumer_count_queue" (
    "id" SERIAL NOT NULL,
    "productIds" INTEGER[] NOT NULL,
    "queuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "consumer_count_queue_pkey" PRIMARY KEY ("id")
);
