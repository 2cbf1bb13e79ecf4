import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123115714 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "sales_point" drop constraint if exists "sales_point_handle_unique";`);
    this.addSql(`create table if not exists "sales_point" ("id" text not null, "handle" text not null, "name" text not null, "location_type" text check ("location_type" in ('transport_hub', 'highway_rest_stop', 'market_or_mall', 'tourist_area', 'craft_village', 'commercial_centre', 'fair_centre', 'post_office')) not null, "operator" text not null, "province" text not null, "commune" text not null, "street" text null, "legacy_address" text null, "opening_hours" text not null, "latitude" real not null, "longitude" real not null, "phone" text null, "status" text check ("status" in ('active', 'closed')) not null default 'active', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "sales_point_pkey" primary key ("id"), constraint sales_point_latitude_range check (latitude BETWEEN -90 AND 90), constraint sales_point_longitude_range check (longitude BETWEEN -180 AND 180));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_sales_point_handle_unique" ON "sales_point" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_point_deleted_at" ON "sales_point" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_point_province" ON "sales_point" ("province") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "sales_point" cascade;`);
  }

}
