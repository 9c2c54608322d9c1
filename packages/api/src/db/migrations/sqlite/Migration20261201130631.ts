import { Migration } from '@mikro-orm/migrations';

export class Migration20261201130631 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`child\` add column \`pupil_key\` text null;`);
    this.addSql(`create unique index \`child_pupil_key_unique\` on \`child\` (\`pupil_key\`);`);

    this.addSql(`alter table \`app_user\` add column \`phone\` text null;`);
  }

}
