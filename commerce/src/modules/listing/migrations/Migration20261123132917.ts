import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123132917 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "product_listing" add column if not exists "synced_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "product_listing" drop column if exists "synced_at";`);
  }

}
