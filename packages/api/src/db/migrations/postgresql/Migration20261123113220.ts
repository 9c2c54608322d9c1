import { Migration } from '@mikro-orm/migrations';

export class Migration20261123113220 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "cohort" add column "births" int null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "cohort" drop column "births";`);
  }

}
