import { Migration } from '@mikro-orm/migrations';

export class Migration20261201122943 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`calendar_feed\` (\`id\` integer not null primary key autoincrement, \`child_id\` integer not null, \`guardian_id\` integer not null, \`key\` text not null, \`created_at\` datetime not null, constraint \`calendar_feed_child_id_foreign\` foreign key(\`child_id\`) references \`child\`(\`id\`) on delete cascade on update cascade, constraint \`calendar_feed_guardian_id_foreign\` foreign key(\`guardian_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`calendar_feed_child_id_index\` on \`calendar_feed\` (\`child_id\`);`);
    this.addSql(`create index \`calendar_feed_guardian_id_index\` on \`calendar_feed\` (\`guardian_id\`);`);
    this.addSql(`create unique index \`calendar_feed_key_unique\` on \`calendar_feed\` (\`key\`);`);
    this.addSql(`create unique index \`calendar_feed_child_id_guardian_id_unique\` on \`calendar_feed\` (\`child_id\`, \`guardian_id\`);`);
  }

}
