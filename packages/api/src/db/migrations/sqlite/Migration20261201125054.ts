import { Migration } from '@mikro-orm/migrations';

export class Migration20261201125054 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`sign_in_link\` (\`id\` integer not null primary key autoincrement, \`user_id\` integer not null, \`token_hash\` text not null, \`purpose\` text not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`used_at\` datetime null, constraint \`sign_in_link_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`sign_in_link_user_id_index\` on \`sign_in_link\` (\`user_id\`);`);
    this.addSql(`create unique index \`sign_in_link_token_hash_unique\` on \`sign_in_link\` (\`token_hash\`);`);
  }

}
