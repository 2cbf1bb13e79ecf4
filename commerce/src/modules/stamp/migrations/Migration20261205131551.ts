import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205131551 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stamp_batch_id_voided_at" ON "stamp" ("batch_id", "voided_at") WHERE voided_at IS NOT NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_stamp_batch_id_voided_at";`);
  }

}
