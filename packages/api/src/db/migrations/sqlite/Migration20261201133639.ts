import { Migration } from '@mikro-orm/migrations';

export class Migration20261201133639 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`class_membership\` (\`id\` integer not null primary key autoincrement, \`child_id\` integer not null, \`school_class_id\` integer not null, constraint \`class_membership_child_id_foreign\` foreign key(\`child_id\`) references \`child\`(\`id\`) on delete cascade on update cascade, constraint \`class_membership_school_class_id_foreign\` foreign key(\`school_class_id\`) references \`school_class\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`class_membership_child_id_index\` on \`class_membership\` (\`child_id\`);`);
    this.addSql(`create index \`class_membership_school_class_id_index\` on \`class_membership\` (\`school_class_id\`);`);
    this.addSql(`create unique index \`class_membership_child_id_school_class_id_unique\` on \`class_membership\` (\`child_id\`, \`school_class_id\`);`);
  }

}
