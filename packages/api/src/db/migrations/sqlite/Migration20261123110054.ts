import { Migration } from '@mikro-orm/migrations';

export class Migration20261123110054 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`activity\` (\`code\` text not null, \`name_fi\` text not null, \`name_sv\` text not null, \`name_en\` text not null, primary key (\`code\`));`);

    this.addSql(`create table \`area\` (\`id\` integer not null primary key autoincrement, \`name\` text not null);`);
    this.addSql(`create unique index \`area_name_unique\` on \`area\` (\`name\`);`);

    this.addSql(`create table \`club\` (\`id\` integer not null primary key autoincrement, \`name\` text not null);`);
    this.addSql(`create unique index \`club_name_unique\` on \`club\` (\`name\`);`);

    this.addSql(`create table \`school\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`area_id\` integer not null, constraint \`school_area_id_foreign\` foreign key(\`area_id\`) references \`area\`(\`id\`) on update cascade);`);
    this.addSql(`create unique index \`school_name_unique\` on \`school\` (\`name\`);`);
    this.addSql(`create index \`school_area_id_index\` on \`school\` (\`area_id\`);`);

    this.addSql(`create table \`hobby_group\` (\`id\` integer not null primary key autoincrement, \`club_id\` integer not null, \`school_id\` integer null, \`name\` text not null, \`activity\` text not null, \`description\` text not null default '', \`venue\` text not null default '', \`capacity\` integer not null, \`girls_reserved_seats\` integer not null default 0, \`girls_only\` integer not null default false, \`family_group\` integer not null default false, \`grades\` json not null, \`kind\` text not null, \`term\` text not null, \`sessions\` json not null, \`seats_taken\` integer not null default 0, constraint \`hobby_group_club_id_foreign\` foreign key(\`club_id\`) references \`club\`(\`id\`) on update cascade, constraint \`hobby_group_school_id_foreign\` foreign key(\`school_id\`) references \`school\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`hobby_group_club_id_index\` on \`hobby_group\` (\`club_id\`);`);
    this.addSql(`create index \`hobby_group_school_id_index\` on \`hobby_group\` (\`school_id\`);`);

    this.addSql(`create table \`school_class\` (\`id\` integer not null primary key autoincrement, \`school_id\` integer not null, \`name\` text not null, \`grade\` integer not null, \`school_year\` text not null, \`lessons\` json not null, constraint \`school_class_school_id_foreign\` foreign key(\`school_id\`) references \`school\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`school_class_school_id_index\` on \`school_class\` (\`school_id\`);`);
    this.addSql(`create unique index \`school_class_school_id_name_school_year_unique\` on \`school_class\` (\`school_id\`, \`name\`, \`school_year\`);`);

    this.addSql(`create table \`pupil\` (\`id\` integer not null primary key autoincrement, \`first_name\` text not null, \`last_name\` text not null, \`school_class_id\` integer not null, \`gender\` text not null, \`home_language\` text not null, constraint \`pupil_school_class_id_foreign\` foreign key(\`school_class_id\`) references \`school_class\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`pupil_school_class_id_index\` on \`pupil\` (\`school_class_id\`);`);

    this.addSql(`create table \`enrolment\` (\`id\` integer not null primary key autoincrement, \`pupil_id\` integer not null, \`group_id\` integer not null, \`status\` text not null, \`created_at\` datetime not null, constraint \`enrolment_pupil_id_foreign\` foreign key(\`pupil_id\`) references \`pupil\`(\`id\`) on update cascade, constraint \`enrolment_group_id_foreign\` foreign key(\`group_id\`) references \`hobby_group\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`enrolment_pupil_id_index\` on \`enrolment\` (\`pupil_id\`);`);
    this.addSql(`create index \`enrolment_group_id_index\` on \`enrolment\` (\`group_id\`);`);
    this.addSql(`create unique index \`enrolment_pupil_id_group_id_unique\` on \`enrolment\` (\`pupil_id\`, \`group_id\`);`);

    this.addSql(`create table \`attendance\` (\`id\` integer not null primary key autoincrement, \`enrolment_id\` integer not null, \`date\` text not null, \`present\` integer not null, constraint \`attendance_enrolment_id_foreign\` foreign key(\`enrolment_id\`) references \`enrolment\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`attendance_enrolment_id_index\` on \`attendance\` (\`enrolment_id\`);`);
    this.addSql(`create unique index \`attendance_enrolment_id_date_unique\` on \`attendance\` (\`enrolment_id\`, \`date\`);`);

    this.addSql(`create table \`class_activity\` (\`id\` integer not null primary key autoincrement, \`school_class_id\` integer not null, \`group_id\` integer not null, constraint \`class_activity_school_class_id_foreign\` foreign key(\`school_class_id\`) references \`school_class\`(\`id\`) on update cascade, constraint \`class_activity_group_id_foreign\` foreign key(\`group_id\`) references \`hobby_group\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`class_activity_school_class_id_index\` on \`class_activity\` (\`school_class_id\`);`);
    this.addSql(`create index \`class_activity_group_id_index\` on \`class_activity\` (\`group_id\`);`);
    this.addSql(`create unique index \`class_activity_school_class_id_group_id_unique\` on \`class_activity\` (\`school_class_id\`, \`group_id\`);`);

    this.addSql(`create table \`survey\` (\`id\` integer not null primary key autoincrement, \`area_id\` integer not null, \`grade\` integer not null, \`term\` text not null, \`opens_at\` datetime not null, \`closes_at\` datetime not null, \`published_run_id\` integer null, constraint \`survey_area_id_foreign\` foreign key(\`area_id\`) references \`area\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`survey_area_id_index\` on \`survey\` (\`area_id\`);`);

    this.addSql(`create table \`survey_answer\` (\`id\` integer not null primary key autoincrement, \`survey_id\` integer not null, \`pupil_id\` integer not null, \`ranking\` json not null, \`free_windows\` json null, \`consent\` integer not null, \`updated_at\` datetime not null, constraint \`survey_answer_survey_id_foreign\` foreign key(\`survey_id\`) references \`survey\`(\`id\`) on update cascade, constraint \`survey_answer_pupil_id_foreign\` foreign key(\`pupil_id\`) references \`pupil\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`survey_answer_survey_id_index\` on \`survey_answer\` (\`survey_id\`);`);
    this.addSql(`create index \`survey_answer_pupil_id_index\` on \`survey_answer\` (\`pupil_id\`);`);
    this.addSql(`create unique index \`survey_answer_survey_id_pupil_id_unique\` on \`survey_answer\` (\`survey_id\`, \`pupil_id\`);`);

    this.addSql(`create table \`survey_code\` (\`id\` integer not null primary key autoincrement, \`survey_id\` integer not null, \`pupil_id\` integer not null, \`code\` text not null, \`used_at\` datetime null, constraint \`survey_code_survey_id_foreign\` foreign key(\`survey_id\`) references \`survey\`(\`id\`) on update cascade, constraint \`survey_code_pupil_id_foreign\` foreign key(\`pupil_id\`) references \`pupil\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`survey_code_survey_id_index\` on \`survey_code\` (\`survey_id\`);`);
    this.addSql(`create index \`survey_code_pupil_id_index\` on \`survey_code\` (\`pupil_id\`);`);
    this.addSql(`create unique index \`survey_code_code_unique\` on \`survey_code\` (\`code\`);`);
    this.addSql(`create unique index \`survey_code_survey_id_pupil_id_unique\` on \`survey_code\` (\`survey_id\`, \`pupil_id\`);`);

    this.addSql(`create table \`app_user\` (\`id\` integer not null primary key autoincrement, \`email\` text not null, \`name\` text not null, \`password_hash\` text null, \`role\` text not null, \`club_id\` integer null, \`school_id\` integer null, \`area_id\` integer null, constraint \`app_user_club_id_foreign\` foreign key(\`club_id\`) references \`club\`(\`id\`) on delete set null on update cascade, constraint \`app_user_school_id_foreign\` foreign key(\`school_id\`) references \`school\`(\`id\`) on delete set null on update cascade, constraint \`app_user_area_id_foreign\` foreign key(\`area_id\`) references \`area\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create unique index \`app_user_email_unique\` on \`app_user\` (\`email\`);`);
    this.addSql(`create index \`app_user_club_id_index\` on \`app_user\` (\`club_id\`);`);
    this.addSql(`create index \`app_user_school_id_index\` on \`app_user\` (\`school_id\`);`);
    this.addSql(`create index \`app_user_area_id_index\` on \`app_user\` (\`area_id\`);`);

    this.addSql(`create table \`pupil_guardian\` (\`pupil_id\` integer not null, \`user_id\` integer not null, constraint \`pupil_guardian_pupil_id_foreign\` foreign key(\`pupil_id\`) references \`pupil\`(\`id\`) on delete cascade on update cascade, constraint \`pupil_guardian_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade, primary key (\`pupil_id\`, \`user_id\`));`);
    this.addSql(`create index \`pupil_guardian_pupil_id_index\` on \`pupil_guardian\` (\`pupil_id\`);`);
    this.addSql(`create index \`pupil_guardian_user_id_index\` on \`pupil_guardian\` (\`user_id\`);`);

    this.addSql(`create table \`match_run\` (\`id\` integer not null primary key autoincrement, \`survey_id\` integer not null, \`mechanism\` text not null, \`seed\` integer not null, \`max_placements\` integer not null, \`instance\` json not null, \`result\` json not null, \`created_by_id\` integer not null, \`created_at\` datetime not null, \`published_at\` datetime null, constraint \`match_run_survey_id_foreign\` foreign key(\`survey_id\`) references \`survey\`(\`id\`) on update cascade, constraint \`match_run_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`match_run_survey_id_index\` on \`match_run\` (\`survey_id\`);`);
    this.addSql(`create index \`match_run_created_by_id_index\` on \`match_run\` (\`created_by_id\`);`);

    this.addSql(`create table \`offer\` (\`id\` integer not null primary key autoincrement, \`run_id\` integer not null, \`pupil_id\` integer not null, \`group_id\` integer not null, \`status\` text not null, \`position\` integer null, \`deadline\` datetime null, \`rank\` integer not null default 1, constraint \`offer_run_id_foreign\` foreign key(\`run_id\`) references \`match_run\`(\`id\`) on update cascade, constraint \`offer_pupil_id_foreign\` foreign key(\`pupil_id\`) references \`pupil\`(\`id\`) on update cascade, constraint \`offer_group_id_foreign\` foreign key(\`group_id\`) references \`hobby_group\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`offer_run_id_index\` on \`offer\` (\`run_id\`);`);
    this.addSql(`create index \`offer_pupil_id_index\` on \`offer\` (\`pupil_id\`);`);
    this.addSql(`create index \`offer_group_id_index\` on \`offer\` (\`group_id\`);`);
    this.addSql(`create index \`offer_group_id_status_position_index\` on \`offer\` (\`group_id\`, \`status\`, \`position\`);`);
    this.addSql(`create unique index \`offer_run_id_pupil_id_group_id_unique\` on \`offer\` (\`run_id\`, \`pupil_id\`, \`group_id\`);`);
  }

}
