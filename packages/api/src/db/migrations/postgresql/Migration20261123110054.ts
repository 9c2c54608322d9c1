import { Migration } from '@mikro-orm/migrations';

export class Migration20261123110054 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "activity" ("code" varchar(40) not null, "name_fi" varchar(255) not null, "name_sv" varchar(255) not null, "name_en" varchar(255) not null, constraint "activity_pkey" primary key ("code"));`);

    this.addSql(`create table "area" ("id" serial primary key, "name" varchar(255) not null);`);
    this.addSql(`alter table "area" add constraint "area_name_unique" unique ("name");`);

    this.addSql(`create table "club" ("id" serial primary key, "name" varchar(255) not null);`);
    this.addSql(`alter table "club" add constraint "club_name_unique" unique ("name");`);

    this.addSql(`create table "school" ("id" serial primary key, "name" varchar(255) not null, "area_id" int not null);`);
    this.addSql(`alter table "school" add constraint "school_name_unique" unique ("name");`);

    this.addSql(`create table "hobby_group" ("id" serial primary key, "club_id" int not null, "school_id" int null, "name" varchar(255) not null, "activity" varchar(255) not null, "description" text not null default '', "venue" varchar(255) not null default '', "capacity" int not null, "girls_reserved_seats" int not null default 0, "girls_only" boolean not null default false, "family_group" boolean not null default false, "grades" jsonb not null, "kind" varchar(16) not null, "term" varchar(16) not null, "sessions" jsonb not null, "seats_taken" int not null default 0);`);

    this.addSql(`create table "school_class" ("id" serial primary key, "school_id" int not null, "name" varchar(16) not null, "grade" int not null, "school_year" varchar(9) not null, "lessons" jsonb not null);`);
    this.addSql(`alter table "school_class" add constraint "school_class_school_id_name_school_year_unique" unique ("school_id", "name", "school_year");`);

    this.addSql(`create table "pupil" ("id" serial primary key, "first_name" varchar(255) not null, "last_name" varchar(255) not null, "school_class_id" int not null, "gender" varchar(16) not null, "home_language" varchar(8) not null);`);

    this.addSql(`create table "enrolment" ("id" serial primary key, "pupil_id" int not null, "group_id" int not null, "status" varchar(16) not null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "enrolment" add constraint "enrolment_pupil_id_group_id_unique" unique ("pupil_id", "group_id");`);

    this.addSql(`create table "attendance" ("id" serial primary key, "enrolment_id" int not null, "date" varchar(10) not null, "present" boolean not null);`);
    this.addSql(`alter table "attendance" add constraint "attendance_enrolment_id_date_unique" unique ("enrolment_id", "date");`);

    this.addSql(`create table "class_activity" ("id" serial primary key, "school_class_id" int not null, "group_id" int not null);`);
    this.addSql(`alter table "class_activity" add constraint "class_activity_school_class_id_group_id_unique" unique ("school_class_id", "group_id");`);

    this.addSql(`create table "survey" ("id" serial primary key, "area_id" int not null, "grade" int not null, "term" varchar(16) not null, "opens_at" timestamptz not null, "closes_at" timestamptz not null, "published_run_id" int null);`);

    this.addSql(`create table "survey_answer" ("id" serial primary key, "survey_id" int not null, "pupil_id" int not null, "ranking" jsonb not null, "free_windows" jsonb null, "consent" boolean not null, "updated_at" timestamptz not null);`);
    this.addSql(`alter table "survey_answer" add constraint "survey_answer_survey_id_pupil_id_unique" unique ("survey_id", "pupil_id");`);

    this.addSql(`create table "survey_code" ("id" serial primary key, "survey_id" int not null, "pupil_id" int not null, "code" varchar(16) not null, "used_at" timestamptz null);`);
    this.addSql(`alter table "survey_code" add constraint "survey_code_code_unique" unique ("code");`);
    this.addSql(`alter table "survey_code" add constraint "survey_code_survey_id_pupil_id_unique" unique ("survey_id", "pupil_id");`);

    this.addSql(`create table "app_user" ("id" serial primary key, "email" varchar(255) not null, "name" varchar(255) not null, "password_hash" varchar(255) null, "role" varchar(16) not null, "club_id" int null, "school_id" int null, "area_id" int null);`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(`create table "pupil_guardian" ("pupil_id" int not null, "user_id" int not null, constraint "pupil_guardian_pkey" primary key ("pupil_id", "user_id"));`);

    this.addSql(`create table "match_run" ("id" serial primary key, "survey_id" int not null, "mechanism" varchar(32) not null, "seed" int not null, "max_placements" int not null, "instance" jsonb not null, "result" jsonb not null, "created_by_id" int not null, "created_at" timestamptz not null, "published_at" timestamptz null);`);

    this.addSql(`create table "offer" ("id" serial primary key, "run_id" int not null, "pupil_id" int not null, "group_id" int not null, "status" varchar(16) not null, "position" int null, "deadline" timestamptz null, "rank" int not null default 1);`);
    this.addSql(`create index "offer_group_id_status_position_index" on "offer" ("group_id", "status", "position");`);
    this.addSql(`alter table "offer" add constraint "offer_run_id_pupil_id_group_id_unique" unique ("run_id", "pupil_id", "group_id");`);

    this.addSql(`alter table "school" add constraint "school_area_id_foreign" foreign key ("area_id") references "area" ("id") on update cascade;`);

    this.addSql(`alter table "hobby_group" add constraint "hobby_group_club_id_foreign" foreign key ("club_id") references "club" ("id") on update cascade;`);
    this.addSql(`alter table "hobby_group" add constraint "hobby_group_school_id_foreign" foreign key ("school_id") references "school" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "school_class" add constraint "school_class_school_id_foreign" foreign key ("school_id") references "school" ("id") on update cascade;`);

    this.addSql(`alter table "pupil" add constraint "pupil_school_class_id_foreign" foreign key ("school_class_id") references "school_class" ("id") on update cascade;`);

    this.addSql(`alter table "enrolment" add constraint "enrolment_pupil_id_foreign" foreign key ("pupil_id") references "pupil" ("id") on update cascade;`);
    this.addSql(`alter table "enrolment" add constraint "enrolment_group_id_foreign" foreign key ("group_id") references "hobby_group" ("id") on update cascade;`);

    this.addSql(`alter table "attendance" add constraint "attendance_enrolment_id_foreign" foreign key ("enrolment_id") references "enrolment" ("id") on update cascade;`);

    this.addSql(`alter table "class_activity" add constraint "class_activity_school_class_id_foreign" foreign key ("school_class_id") references "school_class" ("id") on update cascade;`);
    this.addSql(`alter table "class_activity" add constraint "class_activity_group_id_foreign" foreign key ("group_id") references "hobby_group" ("id") on update cascade;`);

    this.addSql(`alter table "survey" add constraint "survey_area_id_foreign" foreign key ("area_id") references "area" ("id") on update cascade;`);

    this.addSql(`alter table "survey_answer" add constraint "survey_answer_survey_id_foreign" foreign key ("survey_id") references "survey" ("id") on update cascade;`);
    this.addSql(`alter table "survey_answer" add constraint "survey_answer_pupil_id_foreign" foreign key ("pupil_id") references "pupil" ("id") on update cascade;`);

    this.addSql(`alter table "survey_code" add constraint "survey_code_survey_id_foreign" foreign key ("survey_id") references "survey" ("id") on update cascade;`);
    this.addSql(`alter table "survey_code" add constraint "survey_code_pupil_id_foreign" foreign key ("pupil_id") references "pupil" ("id") on update cascade;`);

    this.addSql(`alter table "app_user" add constraint "app_user_club_id_foreign" foreign key ("club_id") references "club" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "app_user" add constraint "app_user_school_id_foreign" foreign key ("school_id") references "school" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "app_user" add constraint "app_user_area_id_foreign" foreign key ("area_id") references "area" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "pupil_guardian" add constraint "pupil_guardian_pupil_id_foreign" foreign key ("pupil_id") references "pupil" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "pupil_guardian" add constraint "pupil_guardian_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "match_run" add constraint "match_run_survey_id_foreign" foreign key ("survey_id") references "survey" ("id") on update cascade;`);
    this.addSql(`alter table "match_run" add constraint "match_run_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "offer" add constraint "offer_run_id_foreign" foreign key ("run_id") references "match_run" ("id") on update cascade;`);
    this.addSql(`alter table "offer" add constraint "offer_pupil_id_foreign" foreign key ("pupil_id") references "pupil" ("id") on update cascade;`);
    this.addSql(`alter table "offer" add constraint "offer_group_id_foreign" foreign key ("group_id") references "hobby_group" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "school" drop constraint "school_area_id_foreign";`);

    this.addSql(`alter table "survey" drop constraint "survey_area_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_area_id_foreign";`);

    this.addSql(`alter table "hobby_group" drop constraint "hobby_group_club_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_club_id_foreign";`);

    this.addSql(`alter table "hobby_group" drop constraint "hobby_group_school_id_foreign";`);

    this.addSql(`alter table "school_class" drop constraint "school_class_school_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_school_id_foreign";`);

    this.addSql(`alter table "enrolment" drop constraint "enrolment_group_id_foreign";`);

    this.addSql(`alter table "class_activity" drop constraint "class_activity_group_id_foreign";`);

    this.addSql(`alter table "offer" drop constraint "offer_group_id_foreign";`);

    this.addSql(`alter table "pupil" drop constraint "pupil_school_class_id_foreign";`);

    this.addSql(`alter table "class_activity" drop constraint "class_activity_school_class_id_foreign";`);

    this.addSql(`alter table "enrolment" drop constraint "enrolment_pupil_id_foreign";`);

    this.addSql(`alter table "survey_answer" drop constraint "survey_answer_pupil_id_foreign";`);

    this.addSql(`alter table "survey_code" drop constraint "survey_code_pupil_id_foreign";`);

    this.addSql(`alter table "pupil_guardian" drop constraint "pupil_guardian_pupil_id_foreign";`);

    this.addSql(`alter table "offer" drop constraint "offer_pupil_id_foreign";`);

    this.addSql(`alter table "attendance" drop constraint "attendance_enrolment_id_foreign";`);

    this.addSql(`alter table "survey_answer" drop constraint "survey_answer_survey_id_foreign";`);

    this.addSql(`alter table "survey_code" drop constraint "survey_code_survey_id_foreign";`);

    this.addSql(`alter table "match_run" drop constraint "match_run_survey_id_foreign";`);

    this.addSql(`alter table "pupil_guardian" drop constraint "pupil_guardian_user_id_foreign";`);

    this.addSql(`alter table "match_run" drop constraint "match_run_created_by_id_foreign";`);

    this.addSql(`alter table "offer" drop constraint "offer_run_id_foreign";`);

    this.addSql(`drop table if exists "activity" cascade;`);

    this.addSql(`drop table if exists "area" cascade;`);

    this.addSql(`drop table if exists "club" cascade;`);

    this.addSql(`drop table if exists "school" cascade;`);

    this.addSql(`drop table if exists "hobby_group" cascade;`);

    this.addSql(`drop table if exists "school_class" cascade;`);

    this.addSql(`drop table if exists "pupil" cascade;`);

    this.addSql(`drop table if exists "enrolment" cascade;`);

    this.addSql(`drop table if exists "attendance" cascade;`);

    this.addSql(`drop table if exists "class_activity" cascade;`);

    this.addSql(`drop table if exists "survey" cascade;`);

    this.addSql(`drop table if exists "survey_answer" cascade;`);

    this.addSql(`drop table if exists "survey_code" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "pupil_guardian" cascade;`);

    this.addSql(`drop table if exists "match_run" cascade;`);

    this.addSql(`drop table if exists "offer" cascade;`);
  }

}
