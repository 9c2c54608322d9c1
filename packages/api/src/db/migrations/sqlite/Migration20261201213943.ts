import { Migration } from '@mikro-orm/migrations';

export class Migration20261201213943 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`club\` add column \`most_targeted_share\` integer not null default 100;`);
  }

}
