import { Migration } from '@mikro-orm/migrations';

export class Migration20261201123414 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`app_user\` add column \`subject\` text null;`);
    this.addSql(`create unique index \`app_user_subject_unique\` on \`app_user\` (\`subject\`);`);
  }

}
