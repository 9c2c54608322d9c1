import { Migration } from '@mikro-orm/migrations';

export class Migration20261201193532 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "institution" add column "name_sv" varchar(255) null, add column "name_en" varchar(255) null;`);

    this.addSql(`alter table "culture_event" add column "name_sv" varchar(255) null, add column "name_en" varchar(255) null, add column "description_sv" text null, add column "description_en" text null;`);

    this.addSql(`alter table "hobby_group" add column "name_sv" varchar(255) null, add column "name_en" varchar(255) null, add column "description_sv" text null, add column "description_en" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "culture_event" drop column "name_sv", drop column "name_en", drop column "description_sv", drop column "description_en";`);

    this.addSql(`alter table "hobby_group" drop column "name_sv", drop column "name_en", drop column "description_sv", drop column "description_en";`);

    this.addSql(`alter table "institution" drop column "name_sv", drop column "name_en";`);
  }

}
