import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261130222035 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "stamp_report" drop constraint if exists "stamp_report_status_check";`);

    this.addSql(`alter table if exists "stamp_report" add column if not exists "resolution_note" text null, add column if not exists "closed_by" text null, add column if not exists "closed_at" timestamptz null;`);
    this.addSql(`alter table if exists "stamp_report" add constraint "stamp_report_status_check" check("status" in ('open', 'resolved', 'dismissed'));`);
    this.addSql(`alter table if exists "stamp_report" add constraint stamp_report_closing check((status = 'open') = (closed_at IS NULL) AND (status = 'open' OR (resolution_note IS NOT NULL AND closed_by IS NOT NULL)));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "stamp_report" drop constraint if exists "stamp_report_status_check";`);

    this.addSql(`alter table if exists "stamp_report" drop constraint if exists stamp_report_closing;`);
    this.addSql(`alter table if exists "stamp_report" drop column if exists "resolution_note", drop column if exists "closed_by", drop column if exists "closed_at";`);

    this.addSql(`alter table if exists "stamp_report" add constraint "stamp_report_status_check" check("status" in ('open', 'closed'));`);
  }

}
