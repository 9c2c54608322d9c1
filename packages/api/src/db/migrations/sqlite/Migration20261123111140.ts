import { Migration } from '@mikro-orm/migrations';

export class Migration20261123111140 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`art_field\` (\`id\` integer not null primary key autoincrement, \`code\` text not null, \`name_fi\` text not null, \`name_sv\` text not null, \`name_en\` text not null);`);
    this.addSql(`create unique index \`art_field_code_unique\` on \`art_field\` (\`code\`);`);

    this.addSql(`create table \`cohort\` (\`id\` integer not null primary key autoincrement, \`birth_year\` integer not null, \`sponsor\` text not null, \`assigned_at\` datetime null);`);
    this.addSql(`create unique index \`cohort_birth_year_unique\` on \`cohort\` (\`birth_year\`);`);

    this.addSql(`create table \`institution\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`field_id\` integer not null, constraint \`institution_field_id_foreign\` foreign key(\`field_id\`) references \`art_field\`(\`id\`) on update cascade);`);
    this.addSql(`create unique index \`institution_name_unique\` on \`institution\` (\`name\`);`);
    this.addSql(`create index \`institution_field_id_index\` on \`institution\` (\`field_id\`);`);

    this.addSql(`create table \`track\` (\`id\` integer not null primary key autoincrement, \`cohort_id\` integer not null, \`field_id\` integer not null, \`institution_id\` integer not null, \`capacity\` integer not null, \`languages\` json not null, \`reserved_districts\` json not null, \`reserved_seats\` integer not null default 0, \`placed\` integer not null default 0, constraint \`track_cohort_id_foreign\` foreign key(\`cohort_id\`) references \`cohort\`(\`id\`) on update cascade, constraint \`track_field_id_foreign\` foreign key(\`field_id\`) references \`art_field\`(\`id\`) on update cascade, constraint \`track_institution_id_foreign\` foreign key(\`institution_id\`) references \`institution\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`track_cohort_id_index\` on \`track\` (\`cohort_id\`);`);
    this.addSql(`create index \`track_field_id_index\` on \`track\` (\`field_id\`);`);
    this.addSql(`create index \`track_institution_id_index\` on \`track\` (\`institution_id\`);`);

    this.addSql(`create table \`godchild\` (\`id\` integer not null primary key autoincrement, \`guardian_id\` integer not null, \`first_name\` text not null, \`birth_year\` integer not null, \`district\` text not null, \`home_languages\` json not null, \`field_ranking\` json not null, \`track_id\` integer null, \`registered_at\` datetime not null, constraint \`godchild_guardian_id_foreign\` foreign key(\`guardian_id\`) references \`app_user\`(\`id\`) on update cascade, constraint \`godchild_track_id_foreign\` foreign key(\`track_id\`) references \`track\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`godchild_guardian_id_index\` on \`godchild\` (\`guardian_id\`);`);
    this.addSql(`create index \`godchild_birth_year_index\` on \`godchild\` (\`birth_year\`);`);
    this.addSql(`create index \`godchild_track_id_index\` on \`godchild\` (\`track_id\`);`);
  }

}
