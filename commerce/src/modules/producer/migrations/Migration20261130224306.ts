import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261130224306 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "producer_member" drop constraint if exists "producer_member_producer_id_email_unique";`);
    this.addSql(`alter table if exists "producer_invite" drop constraint if exists "producer_invite_token_hash_unique";`);
    this.addSql(`create table if not exists "producer_invite" ("id" text not null, "email" text not null, "role" text check ("role" in ('owner', 'staff')) not null default 'staff', "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "member_id" text null, "invited_by" text not null, "producer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_invite_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_invite_token_hash_unique" ON "producer_invite" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_invite_producer_id" ON "producer_invite" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_invite_deleted_at" ON "producer_invite" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_invite_producer_id_created_at" ON "producer_invite" ("producer_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "producer_member" ("id" text not null, "email" text not null, "name" text not null, "role" text check ("role" in ('owner', 'staff')) not null default 'staff', "producer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_member_producer_id" ON "producer_member" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_member_deleted_at" ON "producer_member" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_member_producer_id_email_unique" ON "producer_member" ("producer_id", "email") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "producer_invite" add constraint "producer_invite_producer_id_foreign" foreign key ("producer_id") references "producer" ("id") on update cascade;`);

    this.addSql(`alter table if exists "producer_member" add constraint "producer_member_producer_id_foreign" foreign key ("producer_id") references "producer" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "producer_invite" cascade;`);

    this.addSql(`drop table if exists "producer_member" cascade;`);
  }

}
