import { Migration } from '@mikro-orm/migrations';

export class Migration20261123111140 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "art_field" ("id" serial primary key, "code" varchar(40) not null, "name_fi" varchar(255) not null, "name_sv" varchar(255) not null, "name_en" varchar(255) not null);`);
    this.addSql(`alter table "art_field" add constraint "art_field_code_unique" unique ("code");`);

    this.addSql(`create table "cohort" ("id" serial primary key, "birth_year" int not null, "sponsor" varchar(255) not null, "assigned_at" timestamptz null);`);
    this.addSql(`alter table "cohort" add constraint "cohort_birth_year_unique" unique ("birth_year");`);

    this.addSql(`create table "institution" ("id" serial primary key, "name" varchar(255) not null, "field_id" int not null);`);
    this.addSql(`alter table "institution" add constraint "institution_name_unique" unique ("name");`);

    this.addSql(`create table "track" ("id" serial primary key, "cohort_id" int not null, "field_id" int not null, "institution_id" int not null, "capacity" int not null, "languages" jsonb not null, "reserved_districts" jsonb not null, "reserved_seats" int not null default 0, "placed" int not null default 0);`);

    this.addSql(`create table "godchild" ("id" serial primary key, "guardian_id" int not null, "first_name" varchar(255) not null, "birth_year" int not null, "district" varchar(255) not null, "home_languages" jsonb not null, "field_ranking" jsonb not null, "track_id" int null, "registered_at" timestamptz not null);`);
    this.addSql(`create index "godchild_birth_year_index" on "godchild" ("birth_year");`);

    this.addSql(`alter table "institution" add constraint "institution_field_id_foreign" foreign key ("field_id") references "art_field" ("id") on update cascade;`);

    this.addSql(`alter table "track" add constraint "track_cohort_id_foreign" foreign key ("cohort_id") references "cohort" ("id") on update cascade;`);
    this.addSql(`alter table "track" add constraint "track_field_id_foreign" foreign key ("field_id") references "art_field" ("id") on update cascade;`);
    this.addSql(`alter table "track" add constraint "track_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on update cascade;`);

    this.addSql(`alter table "godchild" add constraint "godchild_guardian_id_foreign" foreign key ("guardian_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "godchild" add constraint "godchild_track_id_foreign" foreign key ("track_id") references "track" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "institution" drop constraint "institution_field_id_foreign";`);

    this.addSql(`alter table "track" drop constraint "track_field_id_foreign";`);

    this.addSql(`alter table "track" drop constraint "track_cohort_id_foreign";`);

    this.addSql(`alter table "track" drop constraint "track_institution_id_foreign";`);

    this.addSql(`alter table "godchild" drop constraint "godchild_track_id_foreign";`);

    this.addSql(`drop table if exists "art_field" cascade;`);

    this.addSql(`drop table if exists "cohort" cascade;`);

    this.addSql(`drop table if exists "institution" cascade;`);

    this.addSql(`drop table if exists "track" cascade;`);

    this.addSql(`drop table if exists "godchild" cascade;`);
  }

}
