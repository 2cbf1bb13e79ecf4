import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123115713 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "certificate" ("id" text not null, "decision_number" text not null, "decision_date" timestamptz not null, "issuing_authority_name" text not null, "issuing_authority_level" text check ("issuing_authority_level" in ('district', 'province', 'national')) not null, "regime" text check ("regime" in ('qd_1048_2019', 'qd_148_2023', 'qd_1489_2025')) not null, "stars" integer not null, "score" real null, "product_group" text check ("product_group" in ('food', 'drinks', 'herbal', 'handicraft', 'ornamental', 'tourism')) not null, "valid_from" timestamptz not null, "valid_until" timestamptz not null, "status" text check ("status" in ('active', 'suspended', 'revoked', 'expired')) not null default 'active', "status_reason" text null, "documented" boolean not null default false, "supersedes_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "certificate_pkey" primary key ("id"), constraint certificate_stars_range check (stars BETWEEN 3 AND 5), constraint certificate_score_matches_stars check (score IS NULL OR (score >= 0 AND score <= 100 AND ((stars = 3 AND score >= 50 AND score < 70) OR (stars = 4 AND score >= 70 AND score < 90) OR (stars = 5 AND score >= 90)))), constraint certificate_validity_order check (valid_until > valid_from), constraint certificate_reason_required check (status NOT IN ('suspended', 'revoked') OR status_reason IS NOT NULL));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_deleted_at" ON "certificate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_status_valid_until" ON "certificate" ("status", "valid_until") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_decision_number_decision_date" ON "certificate" ("decision_number", "decision_date") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "certificate_event" ("id" text not null, "type" text check ("type" in ('issued', 'suspended', 'reinstated', 'revoked', 'expired', 'superseded')) not null, "from_status" text null, "to_status" text not null, "actor" text not null, "reason" text null, "certificate_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "certificate_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_event_certificate_id" ON "certificate_event" ("certificate_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_event_deleted_at" ON "certificate_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_event_certificate_id_created_at" ON "certificate_event" ("certificate_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "certificate_event" add constraint "certificate_event_certificate_id_foreign" foreign key ("certificate_id") references "certificate" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "certificate_event" drop constraint if exists "certificate_event_certificate_id_foreign";`);

    this.addSql(`drop table if exists "certificate" cascade;`);

    this.addSql(`drop table if exists "certificate_event" cascade;`);
  }

}
