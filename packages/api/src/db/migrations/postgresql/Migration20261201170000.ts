import { Migration } from '@mikro-orm/migrations';
import { CATALOGUE } from '../../../modules/hobby/activity/catalogue.js';

/**
 * The activity catalogue is reference data, there from the first start: a city's empty database can
 * take groups at once (it came only with the demo data before). Rows a database has already stay.
 */
export class Migration20261201170000 extends Migration {

  override async up(): Promise<void> {
    const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
    const rows = CATALOGUE.map((row) => `(${row.map(quote).join(', ')})`).join(', ');
    this.addSql(`insert into "activity" ("code", "name_fi", "name_sv", "name_en") values ${rows} on conflict ("code") do nothing;`);
  }

}
