import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261130055942 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "stamp" drop constraint if exists "stamp_serial_unique";`);
    this.addSql(`create table if not exists "stamp_batch" ("id" text not null, "product_id" text not null, "certificate_id" text not null, "producer_handle" text null, "quantity" integer not null, "lot" text null, "gtin" text null, "production_date" timestamptz null, "expiry_date" timestamptz null, "status" text check ("status" in ('active', 'revoked')) not null default 'active', "revoked_reason" text null, "revoked_by" text null, "revoked_at" timestamptz null, "issued_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stamp_batch_pkey" primary key ("id"), constraint stamp_batch_quantity_range check (quantity BETWEEN 1 AND 100000), constraint stamp_batch_revocation_reason check (status <> 'revoked' OR (revoked_reason IS NOT NULL AND revoked_at IS NOT NULL)), constraint stamp_batch_dates_order check (production_date IS NULL OR expiry_date IS NULL OR expiry_date > production_date));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stamp_batch_deleted_at" ON "stamp_batch" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stamp_batch_product_id_created_at" ON "stamp_batch" ("product_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stamp_batch_producer_handle_created_at" ON "stamp_batch" ("producer_handle", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stamp_batch_status_created_at" ON "stamp_batch" ("status", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "stamp" ("id" text not null, "serial" text not null, "code" text not null, "position" integer not null, "scan_count" integer not null default 0, "first_verified_at" timestamptz null, "last_verified_at" timestamptz null, "batch_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stamp_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stamp_serial_unique" ON "stamp" ("serial") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stamp_batch_id" ON "stamp" ("batch_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stamp_deleted_at" ON "stamp" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stamp_batch_id_position" ON "stamp" ("batch_id", "position") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "stamp_report" ("id" text not null, "code" text not null, "stamp_id" text null, "batch_id" text null, "verdict" text not null, "where_bought" text not null, "message" text not null, "photo_url" text null, "device_hash" text not null, "status" text check ("status" in ('open', 'closed')) not null default 'open', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stamp_report_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stamp_report_deleted_at" ON "stamp_report" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stamp_report_status_created_at" ON "stamp_report" ("status", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stamp_report_batch_id" ON "stamp_report" ("batch_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "stamp_scan" ("id" text not null, "stamp_id" text not null, "batch_id" text not null, "scanned_at" timestamptz not null, "device_hash" text not null, "ua_family" text not null, "verdict" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stamp_scan_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stamp_scan_deleted_at" ON "stamp_scan" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stamp_scan_stamp_id_scanned_at" ON "stamp_scan" ("stamp_id", "scanned_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stamp_scan_batch_id_scanned_at" ON "stamp_scan" ("batch_id", "scanned_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "stamp" add constraint "stamp_batch_id_foreign" foreign key ("batch_id") references "stamp_batch" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "stamp" drop constraint if exists "stamp_batch_id_foreign";`);

    this.addSql(`drop table if exists "stamp_batch" cascade;`);

    this.addSql(`drop table if exists "stamp" cascade;`);

    this.addSql(`drop table if exists "stamp_report" cascade;`);

    this.addSql(`drop table if exists "stamp_scan" cascade;`);
  }

}
