import { Migration } from '@mikro-orm/migrations';

export class Migration20261201154649 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`club\` add column \`email\` text null;`);
    this.addSql(`alter table \`club\` add column \`phone\` text null;`);
    this.addSql(`alter table \`club\` add column \`website\` text null;`);
    this.addSql(`alter table \`club\` add column \`description\` text not null default '';`);
  }

}
