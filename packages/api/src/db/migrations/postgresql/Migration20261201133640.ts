import { Migration } from '@mikro-orm/migrations';

export class Migration20261201133640 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "class_membership" ("id" serial primary key, "child_id" int not null, "school_class_id" int not null);`);
    this.addSql(`alter table "class_membership" add constraint "class_membership_child_id_school_class_id_unique" unique ("child_id", "school_class_id");`);

    this.addSql(`alter table "class_membership" add constraint "class_membership_child_id_foreign" foreign key ("child_id") references "child" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "class_membership" add constraint "class_membership_school_class_id_foreign" foreign key ("school_class_id") references "school_class" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "class_membership" cascade;`);
  }

}
