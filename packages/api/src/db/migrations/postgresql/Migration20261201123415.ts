import { Migration } from '@mikro-orm/migrations';

export class Migration20261201123415 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" add column "subject" varchar(64) null;`);
    this.addSql(`alter table "app_user" add constraint "app_user_subject_unique" unique ("subject");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app_user" drop constraint "app_user_subject_unique";`);
    this.addSql(`alter table "app_user" drop column "subject";`);
  }

}
