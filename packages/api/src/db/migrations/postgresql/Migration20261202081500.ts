import { Migration } from '@mikro-orm/migrations';

/**
 * A run's instance and result, and the outbox's parameters, as `json` (text, checked but not parsed
 * into `jsonb`): megabytes per city-sized run and thousands of messages per publish, written once, read
 * whole, never queried inside. The run's documents with lz4 where the server has it (faster than the
 * default pglz at about the same size).
 */
export class Migration20261202081500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "match_run" alter column "instance" type json using "instance"::json, alter column "result" type json using "result"::json;`);
    this.addSql(`alter table "message" alter column "params" type json using "params"::json;`);
    this.addSql(`do $$ begin
      if exists (select 1 from pg_settings where name = 'default_toast_compression' and 'lz4' = any(enumvals)) then
        alter table "match_run" alter column "instance" set compression lz4, alter column "result" set compression lz4;
      end if;
    end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "message" alter column "params" type jsonb using "params"::jsonb;`);
    this.addSql(`alter table "match_run" alter column "instance" type jsonb using "instance"::jsonb, alter column "result" type jsonb using "result"::jsonb;`);
  }

}
