import { Migration } from '@mikro-orm/migrations';

export class Migration20261201130631 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "child" add column "pupil_key" varchar(64) null;`);
    this.addSql(`alter table "child" add constraint "child_pupil_key_unique" unique ("pupil_key");`);

    this.addSql(`alter table "app_user" add column "phone" varchar(20) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app_user" drop column "phone";`);

    this.addSql(`alter table "child" drop constraint "child_pupil_key_unique";`);
    this.addSql(`alter table "child" drop column "pupil_key";`);
  }

}
