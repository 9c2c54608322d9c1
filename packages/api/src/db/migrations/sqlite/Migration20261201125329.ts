import { Migration } from '@mikro-orm/migrations';

export class Migration20261201125329 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`school\` add column \`service_map_id\` integer null;`);
  }

}
