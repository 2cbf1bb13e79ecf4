import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205130158 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "stamp_report" rename column "photo_url" to "photo_file_id";`);
    // A photo stored before was public at <backend>/static/<key>: the local file provider's id is that last part.
    this.addSql(`update "stamp_report" set "photo_file_id" = regexp_replace("photo_file_id", '^.*/', '') where "photo_file_id" like '%/%';`);
  }

  override async down(): Promise<void> {
    // Ids stay ids: the backend address the old URLs began with is not known here.
    this.addSql(`alter table if exists "stamp_report" rename column "photo_file_id" to "photo_url";`);
  }

}
