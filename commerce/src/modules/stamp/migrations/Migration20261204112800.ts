import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204112800 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "stamp" add column if not exists "voided_at" timestamptz null, add column if not exists "voided_reason" text null, add column if not exists "voided_by" text null;`);
    this.addSql(`alter table if exists "stamp" add constraint stamp_voiding check((voided_at IS NULL) = (voided_reason IS NULL) AND (voided_at IS NULL) = (voided_by IS NULL));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "stamp" drop constraint if exists stamp_voiding;`);
    this.addSql(`alter table if exists "stamp" drop column if exists "voided_at", drop column if exists "voided_reason", drop column if exists "voided_by";`);
  }

}
