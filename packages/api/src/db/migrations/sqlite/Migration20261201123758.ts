import { Migration } from '@mikro-orm/migrations';

export class Migration20261201123758 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`audit_event\` (\`id\` integer not null primary key autoincrement, \`at\` datetime not null, \`actor_id\` integer null, \`actor_role\` text not null, \`address\` text not null, \`operation\` text not null, \`kind\` text not null, \`child_ids\` json not null);`);
    this.addSql(`create index \`audit_event_at_index\` on \`audit_event\` (\`at\`);`);
    this.addSql(`create index \`audit_event_actor_id_at_index\` on \`audit_event\` (\`actor_id\`, \`at\`);`);
  }

}
