import { Migration } from '@mikro-orm/migrations';

export class Migration20261201213944 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "club" add column "most_targeted_share" int not null default 100;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "club" drop column "most_targeted_share";`);
  }

}
