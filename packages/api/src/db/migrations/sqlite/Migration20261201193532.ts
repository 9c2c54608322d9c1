import { Migration } from '@mikro-orm/migrations';

export class Migration20261201193532 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`institution\` add column \`name_sv\` text null;`);
    this.addSql(`alter table \`institution\` add column \`name_en\` text null;`);

    this.addSql(`alter table \`culture_event\` add column \`name_sv\` text null;`);
    this.addSql(`alter table \`culture_event\` add column \`name_en\` text null;`);
    this.addSql(`alter table \`culture_event\` add column \`description_sv\` text null;`);
    this.addSql(`alter table \`culture_event\` add column \`description_en\` text null;`);

    this.addSql(`alter table \`hobby_group\` add column \`name_sv\` text null;`);
    this.addSql(`alter table \`hobby_group\` add column \`name_en\` text null;`);
    this.addSql(`alter table \`hobby_group\` add column \`description_sv\` text null;`);
    this.addSql(`alter table \`hobby_group\` add column \`description_en\` text null;`);
  }

}
