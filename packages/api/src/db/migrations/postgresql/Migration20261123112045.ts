import { Migration } from '@mikro-orm/migrations';

export class Migration20261123112045 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "culture_event" ("id" serial primary key, "institution_id" int not null, "name" varchar(255) not null, "description" text not null default '', "year" int not null, "event_group" varchar(255) not null, "invitation" varchar(20) not null);`);

    this.addSql(`create table "occurrence" ("id" serial primary key, "event_id" int not null, "starts_at" timestamptz not null, "venue" varchar(255) not null, "language" varchar(8) not null, "capacity" int not null, "places_taken" int not null default 0);`);

    this.addSql(`create table "free_spot_subscription" ("id" serial primary key, "occurrence_id" int not null, "godchild_id" int not null, "created_at" timestamptz not null, "notified_at" timestamptz null);`);
    this.addSql(`alter table "free_spot_subscription" add constraint "free_spot_subscription_occurrence_id_godchild_id_unique" unique ("occurrence_id", "godchild_id");`);

    this.addSql(`create table "event_enrolment" ("id" serial primary key, "occurrence_id" int not null, "godchild_id" int not null, "adults" int not null, "status" varchar(16) not null, "ticket_code" varchar(16) not null, "checked_in_at" timestamptz null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "event_enrolment" add constraint "event_enrolment_ticket_code_unique" unique ("ticket_code");`);
    this.addSql(`alter table "event_enrolment" add constraint "event_enrolment_occurrence_id_godchild_id_unique" unique ("occurrence_id", "godchild_id");`);

    this.addSql(`alter table "culture_event" add constraint "culture_event_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on update cascade;`);

    this.addSql(`alter table "occurrence" add constraint "occurrence_event_id_foreign" foreign key ("event_id") references "culture_event" ("id") on update cascade;`);

    this.addSql(`alter table "free_spot_subscription" add constraint "free_spot_subscription_occurrence_id_foreign" foreign key ("occurrence_id") references "occurrence" ("id") on update cascade;`);
    this.addSql(`alter table "free_spot_subscription" add constraint "free_spot_subscription_godchild_id_foreign" foreign key ("godchild_id") references "godchild" ("id") on update cascade;`);

    this.addSql(`alter table "event_enrolment" add constraint "event_enrolment_occurrence_id_foreign" foreign key ("occurrence_id") references "occurrence" ("id") on update cascade;`);
    this.addSql(`alter table "event_enrolment" add constraint "event_enrolment_godchild_id_foreign" foreign key ("godchild_id") references "godchild" ("id") on update cascade;`);

    this.addSql(`alter table "app_user" add column "institution_id" int null;`);
    this.addSql(`alter table "app_user" add constraint "app_user_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "godchild" add column "version" int not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "occurrence" drop constraint "occurrence_event_id_foreign";`);

    this.addSql(`alter table "free_spot_subscription" drop constraint "free_spot_subscription_occurrence_id_foreign";`);

    this.addSql(`alter table "event_enrolment" drop constraint "event_enrolment_occurrence_id_foreign";`);

    this.addSql(`drop table if exists "culture_event" cascade;`);

    this.addSql(`drop table if exists "occurrence" cascade;`);

    this.addSql(`drop table if exists "free_spot_subscription" cascade;`);

    this.addSql(`drop table if exists "event_enrolment" cascade;`);

    this.addSql(`alter table "app_user" drop constraint "app_user_institution_id_foreign";`);

    this.addSql(`alter table "app_user" drop column "institution_id";`);

    this.addSql(`alter table "godchild" drop column "version";`);
  }

}
