import { Migration } from '@mikro-orm/migrations';

export class Migration20261201154649 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "club" add column "email" varchar(255) null, add column "phone" varchar(20) null, add column "website" varchar(255) null, add column "description" text not null default '';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "club" drop column "email", drop column "phone", drop column "website", drop column "description";`);
  }

}
