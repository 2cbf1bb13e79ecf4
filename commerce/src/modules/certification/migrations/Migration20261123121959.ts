import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123121959 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "certificate_reminder" drop constraint if exists "certificate_reminder_certificate_id_days_before_unique";`);
    this.addSql(`create table if not exists "certificate_reminder" ("id" text not null, "certificate_id" text not null, "days_before" integer not null, "valid_until" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "certificate_reminder_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_reminder_deleted_at" ON "certificate_reminder" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_certificate_reminder_certificate_id_days_before_unique" ON "certificate_reminder" ("certificate_id", "days_before") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "certificate_reminder" cascade;`);
  }

}
