import { Migration } from '@mikro-orm/migrations';

/**
 * When a published run's families were told: a job queues its offers' messages after the publish
 * commits. Runs published before this told theirs in the publishing transaction: marked told.
 */
export class Migration20261202100714 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "match_run" add column "offers_told_at" timestamptz null;`);
    this.addSql(`update "match_run" set "offers_told_at" = "published_at" where "published_at" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "match_run" drop column "offers_told_at";`);
  }

}
