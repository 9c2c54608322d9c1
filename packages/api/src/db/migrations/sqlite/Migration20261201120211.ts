import { Migration } from '@mikro-orm/migrations';

export class Migration20261201120211 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`login_attempt\` (\`id\` integer not null primary key autoincrement, \`key\` text not null, \`at\` datetime not null);`);
    this.addSql(`create index \`login_attempt_key_at_index\` on \`login_attempt\` (\`key\`, \`at\`);`);
    this.addSql(`create index \`login_attempt_at_index\` on \`login_attempt\` (\`at\`);`);
  }

}
