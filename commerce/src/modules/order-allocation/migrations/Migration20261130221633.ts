import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261130221633 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "order_line_allocation" drop constraint if exists "order_line_allocation_line_item_id_unique";`);
    this.addSql(`create table if not exists "order_line_allocation" ("id" text not null, "order_id" text not null, "line_item_id" text not null, "product_id" text not null, "producer_id" text null, "fulfilment" text check ("fulfilment" in ('delivery', 'pickup')) not null, "stock_location_id" text null, "sales_point_id" text null, "quantity" integer not null, "status" text check ("status" in ('placed', 'prepared', 'shipped', 'ready_for_pickup', 'delivered', 'canceled')) not null default 'placed', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "order_line_allocation_pkey" primary key ("id"), constraint order_line_allocation_quantity_positive check (quantity > 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_line_allocation_deleted_at" ON "order_line_allocation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_order_line_allocation_line_item_id_unique" ON "order_line_allocation" ("line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_line_allocation_order_id" ON "order_line_allocation" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_line_allocation_producer_id_status_created_at" ON "order_line_allocation" ("producer_id", "status", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_line_allocation_sales_point_id_status" ON "order_line_allocation" ("sales_point_id", "status") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "order_line_allocation" cascade;`);
  }

}
