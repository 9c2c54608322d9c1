import { Migration } from '@mikro-orm/migrations';

/** One name for the seats a track or an occurrence has given (as hobby groups already had): seats_taken. */
export class Migration20261201094331 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "occurrence" rename column "places_taken" to "seats_taken";`);

    this.addSql(`alter table "track" rename column "placed" to "seats_taken";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "occurrence" rename column "seats_taken" to "places_taken";`);

    this.addSql(`alter table "track" rename column "seats_taken" to "placed";`);
  }

}
