import { Migration } from '@mikro-orm/migrations';

export class Migration20261201201232 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`hobby_group\` add column \`adult_places\` integer not null default 0;`);
    this.addSql(`alter table \`hobby_group\` add column \`adults_taken\` integer not null default 0;`);

    this.addSql(`alter table \`enrolment\` add column \`adults\` integer not null default 0;`);
  }

}
