import { Migration } from '@mikro-orm/migrations';

export class Migration20261201153116 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "survey" add column "targeting" jsonb null;`);

    this.addSql(`alter table "survey_answer" add column "regular_hobby" boolean null;`);

    this.addSql(`alter table "offer" add column "reserve" varchar(32) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "offer" drop column "reserve";`);

    this.addSql(`alter table "survey" drop column "targeting";`);

    this.addSql(`alter table "survey_answer" drop column "regular_hobby";`);
  }

}
