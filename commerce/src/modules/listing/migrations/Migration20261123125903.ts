import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123125903 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "product_listing" drop constraint if exists "product_listing_product_id_unique";`);
    this.addSql(`create table if not exists "product_listing" ("id" text not null, "product_id" text not null, "handle" text not null, "title" text not null, "published" boolean not null, "producer_handle" text null, "producer_active" boolean not null, "certificate_id" text null, "certificate_status" text null, "stars" integer null, "product_group" text null, "decision_date" timestamptz null, "valid_until" timestamptz null, "price_vnd" integer null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_listing_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_listing_product_id_unique" ON "product_listing" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_listing_deleted_at" ON "product_listing" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_listing_newest" ON "product_listing" ("decision_date", "id") WHERE published = true AND producer_active = true AND certificate_status = 'active' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_listing_stars" ON "product_listing" ("stars", "decision_date", "id") WHERE published = true AND producer_active = true AND certificate_status = 'active' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_listing_group" ON "product_listing" ("product_group", "decision_date", "id") WHERE published = true AND producer_active = true AND certificate_status = 'active' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_listing_price" ON "product_listing" ("price_vnd", "id") WHERE published = true AND producer_active = true AND certificate_status = 'active' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_listing_title" ON "product_listing" ("title", "id") WHERE published = true AND producer_active = true AND certificate_status = 'active' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_listing_producer" ON "product_listing" ("producer_handle") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "product_listing" cascade;`);
  }

}
