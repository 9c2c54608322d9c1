import { Migration } from '@mikro-orm/migrations';

export class Migration20261123112044 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`culture_event\` (\`id\` integer not null primary key autoincrement, \`institution_id\` integer not null, \`name\` text not null, \`description\` text not null default '', \`year\` integer not null, \`event_group\` text not null, \`invitation\` text not null, constraint \`culture_event_institution_id_foreign\` foreign key(\`institution_id\`) references \`institution\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`culture_event_institution_id_index\` on \`culture_event\` (\`institution_id\`);`);

    this.addSql(`create table \`occurrence\` (\`id\` integer not null primary key autoincrement, \`event_id\` integer not null, \`starts_at\` datetime not null, \`venue\` text not null, \`language\` text not null, \`capacity\` integer not null, \`places_taken\` integer not null default 0, constraint \`occurrence_event_id_foreign\` foreign key(\`event_id\`) references \`culture_event\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`occurrence_event_id_index\` on \`occurrence\` (\`event_id\`);`);

    this.addSql(`create table \`free_spot_subscription\` (\`id\` integer not null primary key autoincrement, \`occurrence_id\` integer not null, \`godchild_id\` integer not null, \`created_at\` datetime not null, \`notified_at\` datetime null, constraint \`free_spot_subscription_occurrence_id_foreign\` foreign key(\`occurrence_id\`) references \`occurrence\`(\`id\`) on update cascade, constraint \`free_spot_subscription_godchild_id_foreign\` foreign key(\`godchild_id\`) references \`godchild\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`free_spot_subscription_occurrence_id_index\` on \`free_spot_subscription\` (\`occurrence_id\`);`);
    this.addSql(`create index \`free_spot_subscription_godchild_id_index\` on \`free_spot_subscription\` (\`godchild_id\`);`);
    this.addSql(`create unique index \`free_spot_subscription_occurrence_id_godchild_id_unique\` on \`free_spot_subscription\` (\`occurrence_id\`, \`godchild_id\`);`);

    this.addSql(`create table \`event_enrolment\` (\`id\` integer not null primary key autoincrement, \`occurrence_id\` integer not null, \`godchild_id\` integer not null, \`adults\` integer not null, \`status\` text not null, \`ticket_code\` text not null, \`checked_in_at\` datetime null, \`created_at\` datetime not null, constraint \`event_enrolment_occurrence_id_foreign\` foreign key(\`occurrence_id\`) references \`occurrence\`(\`id\`) on update cascade, constraint \`event_enrolment_godchild_id_foreign\` foreign key(\`godchild_id\`) references \`godchild\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`event_enrolment_occurrence_id_index\` on \`event_enrolment\` (\`occurrence_id\`);`);
    this.addSql(`create index \`event_enrolment_godchild_id_index\` on \`event_enrolment\` (\`godchild_id\`);`);
    this.addSql(`create unique index \`event_enrolment_ticket_code_unique\` on \`event_enrolment\` (\`ticket_code\`);`);
    this.addSql(`create unique index \`event_enrolment_occurrence_id_godchild_id_unique\` on \`event_enrolment\` (\`occurrence_id\`, \`godchild_id\`);`);

    this.addSql(`alter table \`app_user\` add column \`institution_id\` integer null constraint \`app_user_institution_id_foreign\` references \`institution\` (\`id\`) on update cascade on delete set null;`);
    this.addSql(`create index \`app_user_institution_id_index\` on \`app_user\` (\`institution_id\`);`);

    this.addSql(`alter table \`godchild\` add column \`version\` integer not null default 0;`);
  }

}
