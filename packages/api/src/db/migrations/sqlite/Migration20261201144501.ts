import { Migration } from '@mikro-orm/migrations';

export class Migration20261201144501 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`message\` (\`id\` integer not null primary key autoincrement, \`key\` text not null, \`kind\` text not null, \`channel\` text not null, \`recipient_id\` integer null, \`address\` text not null, \`child_id\` integer null, \`language\` text not null, \`params\` json not null, \`area_id\` integer null, \`status\` text not null default 'queued', \`attempts\` integer not null default 0, \`last_error\` text null, \`not_before\` datetime not null, \`claim\` text null, \`lease_until\` datetime null, \`created_at\` datetime not null, \`sent_at\` datetime null);`);
    this.addSql(`create unique index \`message_key_unique\` on \`message\` (\`key\`);`);
    this.addSql(`create index \`message_recipient_id_index\` on \`message\` (\`recipient_id\`);`);
    this.addSql(`create index \`message_child_id_index\` on \`message\` (\`child_id\`);`);
    this.addSql(`create index \`message_claim_index\` on \`message\` (\`claim\`);`);
    this.addSql(`create index \`message_status_not_before_index\` on \`message\` (\`status\`, \`not_before\`);`);
    this.addSql(`create index \`message_kind_status_index\` on \`message\` (\`kind\`, \`status\`);`);

    this.addSql(`alter table \`survey\` add column \`opened_notice_at\` datetime null;`);
    this.addSql(`alter table \`survey\` add column \`closing_notice_at\` datetime null;`);

    this.addSql(`alter table \`app_user\` add column \`language\` text null;`);
    this.addSql(`alter table \`app_user\` add column \`message_channels\` text not null default 'email';`);
    this.addSql(`alter table \`app_user\` add column \`reminders\` integer not null default true;`);
  }

}
