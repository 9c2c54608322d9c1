import { Migration } from '@mikro-orm/migrations';

export class Migration20261201201233 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "hobby_group" add column "adult_places" int not null default 0, add column "adults_taken" int not null default 0;`);

    this.addSql(`alter table "enrolment" add column "adults" int not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "enrolment" drop column "adults";`);

    this.addSql(`alter table "hobby_group" drop column "adult_places", drop column "adults_taken";`);
  }

}
