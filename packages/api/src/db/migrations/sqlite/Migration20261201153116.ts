import { Migration } from '@mikro-orm/migrations';

export class Migration20261201153116 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`survey\` add column \`targeting\` json null;`);

    this.addSql(`alter table \`survey_answer\` add column \`regular_hobby\` integer null;`);

    this.addSql(`alter table \`offer\` add column \`reserve\` text null;`);
  }

}
