import { Migration } from '@mikro-orm/migrations';

/**
 * One child record for both programmes: `pupil` (school) and `godchild` (culture) become `child`, with
 * guardians in `child_guardian`. Pupils keep their ids; godchildren are numbered after them, and their
 * event enrolments and free-spot subscriptions follow. Every row is kept.
 */

export class Migration20261201093151 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "event_enrolment" drop constraint "event_enrolment_godchild_id_foreign";`);

    this.addSql(`alter table "free_spot_subscription" drop constraint "free_spot_subscription_godchild_id_foreign";`);

    this.addSql(`alter table "enrolment" drop constraint "enrolment_pupil_id_foreign";`);

    this.addSql(`alter table "offer" drop constraint "offer_pupil_id_foreign";`);

    this.addSql(`alter table "pupil_guardian" drop constraint "pupil_guardian_pupil_id_foreign";`);

    this.addSql(`alter table "survey_answer" drop constraint "survey_answer_pupil_id_foreign";`);

    this.addSql(`alter table "survey_code" drop constraint "survey_code_pupil_id_foreign";`);

    this.addSql(`create table "child" ("id" serial primary key, "first_name" varchar(255) not null, "last_name" varchar(255) null, "gender" varchar(16) not null default 'unspecified', "home_languages" jsonb not null, "district" varchar(255) null, "birth_year" int null, "school_class_id" int null, "registered_at" timestamptz null, "field_ranking" jsonb not null, "track_id" int null, "version" int not null default 0);`);
    this.addSql(`create index "child_birth_year_index" on "child" ("birth_year");`);

    this.addSql(`create table "child_guardian" ("child_id" int not null, "user_id" int not null, constraint "child_guardian_pkey" primary key ("child_id", "user_id"));`);

    // Every row kept: pupils keep their ids, godchildren are numbered after them, and their culture rows follow.
    this.addSql(`insert into "child" ("id", "first_name", "last_name", "gender", "home_languages", "school_class_id", "field_ranking", "version") select "id", "first_name", "last_name", "gender", jsonb_build_array("home_language"), "school_class_id", '[]'::jsonb, 0 from "pupil";`);
    this.addSql(`insert into "child" ("id", "first_name", "gender", "home_languages", "district", "birth_year", "registered_at", "field_ranking", "track_id", "version") select "id" + (select coalesce(max("id"), 0) from "pupil"), "first_name", 'unspecified', "home_languages", "district", "birth_year", "registered_at", "field_ranking", "track_id", "version" from "godchild";`);
    this.addSql(`insert into "child_guardian" ("child_id", "user_id") select "pupil_id", "user_id" from "pupil_guardian";`);
    this.addSql(`insert into "child_guardian" ("child_id", "user_id") select "id" + (select coalesce(max("id"), 0) from "pupil"), "guardian_id" from "godchild";`);
    this.addSql(`update "event_enrolment" set "godchild_id" = "godchild_id" + (select coalesce(max("id"), 0) from "pupil");`);
    this.addSql(`update "free_spot_subscription" set "godchild_id" = "godchild_id" + (select coalesce(max("id"), 0) from "pupil");`);
    this.addSql(`select setval(pg_get_serial_sequence('"child"', 'id'), (select coalesce(max("id"), 0) + 1 from "child"), false);`);

    this.addSql(`alter table "child" add constraint "child_school_class_id_foreign" foreign key ("school_class_id") references "school_class" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "child" add constraint "child_track_id_foreign" foreign key ("track_id") references "track" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "child_guardian" add constraint "child_guardian_child_id_foreign" foreign key ("child_id") references "child" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "child_guardian" add constraint "child_guardian_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`drop table if exists "godchild" cascade;`);

    this.addSql(`drop table if exists "pupil" cascade;`);

    this.addSql(`drop table if exists "pupil_guardian" cascade;`);

    this.addSql(`alter table "survey_code" drop constraint "survey_code_survey_id_pupil_id_unique";`);

    this.addSql(`alter table "survey_code" rename column "pupil_id" to "child_id";`);
    this.addSql(`alter table "survey_code" add constraint "survey_code_child_id_foreign" foreign key ("child_id") references "child" ("id") on update cascade;`);
    this.addSql(`alter table "survey_code" add constraint "survey_code_survey_id_child_id_unique" unique ("survey_id", "child_id");`);

    this.addSql(`alter table "survey_answer" drop constraint "survey_answer_survey_id_pupil_id_unique";`);

    this.addSql(`alter table "survey_answer" rename column "pupil_id" to "child_id";`);
    this.addSql(`alter table "survey_answer" add constraint "survey_answer_child_id_foreign" foreign key ("child_id") references "child" ("id") on update cascade;`);
    this.addSql(`alter table "survey_answer" add constraint "survey_answer_survey_id_child_id_unique" unique ("survey_id", "child_id");`);

    this.addSql(`alter table "free_spot_subscription" drop constraint "free_spot_subscription_occurrence_id_godchild_id_unique";`);

    this.addSql(`alter table "free_spot_subscription" rename column "godchild_id" to "child_id";`);
    this.addSql(`alter table "free_spot_subscription" add constraint "free_spot_subscription_child_id_foreign" foreign key ("child_id") references "child" ("id") on update cascade;`);
    this.addSql(`alter table "free_spot_subscription" add constraint "free_spot_subscription_occurrence_id_child_id_unique" unique ("occurrence_id", "child_id");`);

    this.addSql(`alter table "event_enrolment" drop constraint "event_enrolment_occurrence_id_godchild_id_unique";`);

    this.addSql(`alter table "event_enrolment" rename column "godchild_id" to "child_id";`);
    this.addSql(`alter table "event_enrolment" add constraint "event_enrolment_child_id_foreign" foreign key ("child_id") references "child" ("id") on update cascade;`);
    this.addSql(`alter table "event_enrolment" add constraint "event_enrolment_occurrence_id_child_id_unique" unique ("occurrence_id", "child_id");`);

    this.addSql(`alter table "enrolment" drop constraint "enrolment_pupil_id_group_id_unique";`);

    this.addSql(`alter table "enrolment" rename column "pupil_id" to "child_id";`);
    this.addSql(`alter table "enrolment" add constraint "enrolment_child_id_foreign" foreign key ("child_id") references "child" ("id") on update cascade;`);
    this.addSql(`alter table "enrolment" add constraint "enrolment_child_id_group_id_unique" unique ("child_id", "group_id");`);

    this.addSql(`alter table "offer" drop constraint "offer_run_id_pupil_id_group_id_unique";`);

    this.addSql(`alter table "offer" rename column "pupil_id" to "child_id";`);
    this.addSql(`alter table "offer" add constraint "offer_child_id_foreign" foreign key ("child_id") references "child" ("id") on update cascade;`);
    this.addSql(`alter table "offer" add constraint "offer_run_id_child_id_group_id_unique" unique ("run_id", "child_id", "group_id");`);
  }

  override async down(): Promise<void> {
    throw new Error('One child record cannot be split back into pupils and godchildren: restore a backup instead.');
  }

}
