CREATE TABLE "guest_consents" (
	"id" text PRIMARY KEY NOT NULL,
	"guest_id" text NOT NULL,
	"purpose" text NOT NULL,
	"channel" text NOT NULL,
	"granted" boolean NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"source" text NOT NULL,
	"wording_version" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "guest_identities" (
	"id" text PRIMARY KEY NOT NULL,
	"brand_id" text NOT NULL,
	"guest_id" text NOT NULL,
	"kind" text NOT NULL,
	"namespace" text DEFAULT '' NOT NULL,
	"value_index" text NOT NULL,
	"value_enc" text NOT NULL,
	"masked" text NOT NULL,
	"source" text NOT NULL,
	"collected_at" timestamp with time zone NOT NULL,
	"verified_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "guest_merges" (
	"id" text PRIMARY KEY NOT NULL,
	"brand_id" text NOT NULL,
	"survivor_id" text NOT NULL,
	"merged_id" text NOT NULL,
	"reason" text NOT NULL,
	"moved" jsonb NOT NULL,
	"filled_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"actor_id" text,
	"at" timestamp with time zone NOT NULL,
	"undone_at" timestamp with time zone,
	"undone_by" text
);
--> statement-breakpoint
CREATE TABLE "guests" (
	"id" text PRIMARY KEY NOT NULL,
	"brand_id" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"merged_into" text,
	"name_enc" text,
	"name_index" text,
	"birthday_enc" text,
	"birth_month" smallint,
	"gender" text,
	"language" text,
	"addresses_enc" text,
	"tastes" text[] DEFAULT '{}' NOT NULL,
	"allergies" text[] DEFAULT '{}' NOT NULL,
	"tags" text[] DEFAULT '{}' NOT NULL,
	"notes" text,
	"field_sources" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"source_channel" text NOT NULL,
	"home_store_id" text,
	"visits" integer DEFAULT 0 NOT NULL,
	"spend_fen" bigint DEFAULT 0 NOT NULL,
	"first_visit_at" timestamp with time zone,
	"last_visit_at" timestamp with time zone,
	"last_verified_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"erased_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "merge_candidates" (
	"id" text PRIMARY KEY NOT NULL,
	"brand_id" text NOT NULL,
	"guest_a" text NOT NULL,
	"guest_b" text NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" text
);
--> statement-breakpoint
CREATE TABLE "menu_availability" (
	"item_id" text NOT NULL,
	"store_id" text NOT NULL,
	"available" boolean NOT NULL,
	CONSTRAINT "menu_availability_item_id_store_id_pk" PRIMARY KEY("item_id","store_id")
);
--> statement-breakpoint
CREATE TABLE "menu_items" (
	"id" text PRIMARY KEY NOT NULL,
	"brand_id" text NOT NULL,
	"sku" text NOT NULL,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"size" text,
	"line" text,
	"price_fen" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "guest_item_stats" (
	"guest_id" text NOT NULL,
	"item_name" text NOT NULL,
	"quantity" integer NOT NULL,
	"last_at" timestamp with time zone NOT NULL,
	CONSTRAINT "guest_item_stats_guest_id_item_name_pk" PRIMARY KEY("guest_id","item_name")
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"caller_id" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"status" text NOT NULL,
	"response_status" integer,
	"response_body" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotency_keys_caller_id_key_pk" PRIMARY KEY("caller_id","key")
);
--> statement-breakpoint
CREATE TABLE "order_events" (
	"id" text PRIMARY KEY NOT NULL,
	"order_id" text NOT NULL,
	"kind" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"reason" text,
	"external_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "order_lines" (
	"order_id" text NOT NULL,
	"line_no" smallint NOT NULL,
	"item_id" text,
	"sku" text,
	"name" text NOT NULL,
	"category" text,
	"size" text,
	"quantity" integer NOT NULL,
	"unit_price_fen" bigint NOT NULL,
	"amount_fen" bigint NOT NULL,
	CONSTRAINT "order_lines_order_id_line_no_pk" PRIMARY KEY("order_id","line_no")
);
--> statement-breakpoint
CREATE TABLE "orders" (
	"id" text PRIMARY KEY NOT NULL,
	"brand_id" text NOT NULL,
	"store_id" text NOT NULL,
	"guest_id" text,
	"channel" text NOT NULL,
	"source" text NOT NULL,
	"external_id" text NOT NULL,
	"platform_order_id" text,
	"placed_at" timestamp with time zone NOT NULL,
	"local_date" text NOT NULL,
	"local_hour" smallint NOT NULL,
	"local_dow" smallint NOT NULL,
	"gross_fen" bigint NOT NULL,
	"discount_fen" bigint DEFAULT 0 NOT NULL,
	"paid_fen" bigint NOT NULL,
	"refunded_fen" bigint DEFAULT 0 NOT NULL,
	"payment_method" text,
	"status" text DEFAULT 'completed' NOT NULL,
	"item_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"topic" text NOT NULL,
	"entity_id" text NOT NULL,
	"payload" jsonb NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox_cursors" (
	"consumer" text PRIMARY KEY NOT NULL,
	"last_seq" bigint NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "integrations" (
	"id" text PRIMARY KEY NOT NULL,
	"brand_id" text NOT NULL,
	"source" text NOT NULL,
	"name" text NOT NULL,
	"secret_enc" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "import_jobs" (
	"id" text PRIMARY KEY NOT NULL,
	"brand_id" text NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"file_hash" text NOT NULL,
	"mapping" jsonb NOT NULL,
	"status" text NOT NULL,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"processed_rows" integer DEFAULT 0 NOT NULL,
	"good_rows" integer DEFAULT 0 NOT NULL,
	"bad_rows" integer DEFAULT 0 NOT NULL,
	"report" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "guest_consents" ADD CONSTRAINT "guest_consents_guest_id_guests_id_fk" FOREIGN KEY ("guest_id") REFERENCES "public"."guests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guest_identities" ADD CONSTRAINT "guest_identities_guest_id_guests_id_fk" FOREIGN KEY ("guest_id") REFERENCES "public"."guests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guest_merges" ADD CONSTRAINT "guest_merges_survivor_id_guests_id_fk" FOREIGN KEY ("survivor_id") REFERENCES "public"."guests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guest_merges" ADD CONSTRAINT "guest_merges_merged_id_guests_id_fk" FOREIGN KEY ("merged_id") REFERENCES "public"."guests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guests" ADD CONSTRAINT "guests_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "merge_candidates" ADD CONSTRAINT "merge_candidates_guest_a_guests_id_fk" FOREIGN KEY ("guest_a") REFERENCES "public"."guests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "merge_candidates" ADD CONSTRAINT "merge_candidates_guest_b_guests_id_fk" FOREIGN KEY ("guest_b") REFERENCES "public"."guests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "menu_availability" ADD CONSTRAINT "menu_availability_item_id_menu_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."menu_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "menu_availability" ADD CONSTRAINT "menu_availability_store_id_stores_id_fk" FOREIGN KEY ("store_id") REFERENCES "public"."stores"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "menu_items" ADD CONSTRAINT "menu_items_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guest_item_stats" ADD CONSTRAINT "guest_item_stats_guest_id_guests_id_fk" FOREIGN KEY ("guest_id") REFERENCES "public"."guests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_events" ADD CONSTRAINT "order_events_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_store_id_stores_id_fk" FOREIGN KEY ("store_id") REFERENCES "public"."stores"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_guest_id_guests_id_fk" FOREIGN KEY ("guest_id") REFERENCES "public"."guests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrations" ADD CONSTRAINT "integrations_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "guest_consents_guest_idx" ON "guest_consents" USING btree ("guest_id","purpose","channel","at");--> statement-breakpoint
CREATE UNIQUE INDEX "guest_identities_value_uq" ON "guest_identities" USING btree ("brand_id","kind","namespace","value_index");--> statement-breakpoint
CREATE INDEX "guest_identities_guest_idx" ON "guest_identities" USING btree ("guest_id");--> statement-breakpoint
CREATE INDEX "guest_identities_value_idx" ON "guest_identities" USING btree ("value_index");--> statement-breakpoint
CREATE INDEX "guest_merges_survivor_idx" ON "guest_merges" USING btree ("survivor_id");--> statement-breakpoint
CREATE INDEX "guest_merges_merged_idx" ON "guest_merges" USING btree ("merged_id");--> statement-breakpoint
CREATE INDEX "guests_brand_idx" ON "guests" USING btree ("brand_id","id");--> statement-breakpoint
CREATE INDEX "guests_name_idx" ON "guests" USING btree ("brand_id","name_index");--> statement-breakpoint
CREATE INDEX "guests_tags_idx" ON "guests" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "guests_last_visit_idx" ON "guests" USING btree ("brand_id","last_visit_at");--> statement-breakpoint
CREATE INDEX "guests_merged_into_idx" ON "guests" USING btree ("merged_into");--> statement-breakpoint
CREATE INDEX "guests_home_store_idx" ON "guests" USING btree ("home_store_id");--> statement-breakpoint
CREATE UNIQUE INDEX "merge_candidates_pair_uq" ON "merge_candidates" USING btree ("guest_a","guest_b");--> statement-breakpoint
CREATE INDEX "merge_candidates_open_idx" ON "merge_candidates" USING btree ("brand_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "menu_items_sku_uq" ON "menu_items" USING btree ("brand_id","sku");--> statement-breakpoint
CREATE INDEX "menu_items_category_idx" ON "menu_items" USING btree ("brand_id","category");--> statement-breakpoint
CREATE UNIQUE INDEX "order_events_external_uq" ON "order_events" USING btree ("order_id","external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "orders_source_external_uq" ON "orders" USING btree ("brand_id","source","external_id");--> statement-breakpoint
CREATE INDEX "orders_guest_idx" ON "orders" USING btree ("guest_id","placed_at");--> statement-breakpoint
CREATE INDEX "orders_store_idx" ON "orders" USING btree ("store_id","placed_at");--> statement-breakpoint
CREATE INDEX "orders_brand_placed_idx" ON "orders" USING btree ("brand_id","placed_at");--> statement-breakpoint
CREATE INDEX "outbox_topic_idx" ON "outbox" USING btree ("topic","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "integrations_source_uq" ON "integrations" USING btree ("brand_id","source");--> statement-breakpoint
CREATE INDEX "import_jobs_file_idx" ON "import_jobs" USING btree ("brand_id","kind","file_hash");