import { Migration } from '@mikro-orm/migrations'

/**
 * One child record for both programmes: `pupil` (school) and `godchild` (culture) become `child`, with
 * guardians in `child_guardian`. Pupils keep their ids; godchildren are numbered after them, and their
 * event enrolments and free-spot subscriptions follow. Every row is kept.
 *
 * SQLite cannot change a column's nullability in place, so `child` is built anew and the references are
 * moved to it by renaming: a table renamed in SQLite carries the foreign keys that point at it. The
 * migrations run with foreign keys off, and openDatabase checks them all afterwards (SQLite's own
 * procedure for such changes).
 */
export class Migration20261201093150 extends Migration {
  override async up(): Promise<void> {
    const offset = '(select coalesce(max(`id`), 0) from `pupil`)'
    this.addSql(
      'create table `child_new` (`id` integer not null primary key autoincrement, `first_name` text not null, `last_name` text null, `gender` text not null default \'unspecified\', `home_languages` json not null, `district` text null, `birth_year` integer null, `school_class_id` integer null, `registered_at` datetime null, `field_ranking` json not null, `track_id` integer null, `version` integer not null default 0, constraint `child_school_class_id_foreign` foreign key(`school_class_id`) references `school_class`(`id`) on delete set null on update cascade, constraint `child_track_id_foreign` foreign key(`track_id`) references `track`(`id`) on delete set null on update cascade);',
    )
    this.addSql(
      "insert into `child_new` (`id`, `first_name`, `last_name`, `gender`, `home_languages`, `school_class_id`, `field_ranking`, `version`) select `id`, `first_name`, `last_name`, `gender`, json_array(`home_language`), `school_class_id`, '[]', 0 from `pupil`;",
    )
    this.addSql(
      `insert into \`child_new\` (\`id\`, \`first_name\`, \`gender\`, \`home_languages\`, \`district\`, \`birth_year\`, \`registered_at\`, \`field_ranking\`, \`track_id\`, \`version\`) select \`id\` + ${offset}, \`first_name\`, 'unspecified', \`home_languages\`, \`district\`, \`birth_year\`, \`registered_at\`, \`field_ranking\`, \`track_id\`, \`version\` from \`godchild\`;`,
    )
    this.addSql(
      'create table `child_guardian` (`child_id` integer not null, `user_id` integer not null, constraint `child_guardian_child_id_foreign` foreign key(`child_id`) references `child`(`id`) on delete cascade on update cascade, constraint `child_guardian_user_id_foreign` foreign key(`user_id`) references `app_user`(`id`) on delete cascade on update cascade, primary key (`child_id`, `user_id`));',
    )
    this.addSql('insert into `child_guardian` (`child_id`, `user_id`) select `pupil_id`, `user_id` from `pupil_guardian`;')
    this.addSql(`insert into \`child_guardian\` (\`child_id\`, \`user_id\`) select \`id\` + ${offset}, \`guardian_id\` from \`godchild\`;`)
    this.addSql('create index `child_guardian_child_id_index` on `child_guardian` (`child_id`);')
    this.addSql('create index `child_guardian_user_id_index` on `child_guardian` (`user_id`);')

    // The culture rows follow their children's new ids.
    for (const table of ['event_enrolment', 'free_spot_subscription']) {
      this.addSql(`update \`${table}\` set \`godchild_id\` = \`godchild_id\` + ${offset};`)
    }

    // Column renames, with their indexes (the foreign keys still name the old tables: see below).
    const renamed: [string, string, string[][]][] = [
      ['survey_code', 'pupil_id', [['survey_id', 'child_id']]],
      ['survey_answer', 'pupil_id', [['survey_id', 'child_id']]],
      ['free_spot_subscription', 'godchild_id', [['occurrence_id', 'child_id']]],
      ['event_enrolment', 'godchild_id', [['occurrence_id', 'child_id']]],
      ['enrolment', 'pupil_id', [['child_id', 'group_id']]],
      ['offer', 'pupil_id', [['run_id', 'child_id', 'group_id']]],
    ]
    for (const [table, column, uniques] of renamed) {
      for (const unique of uniques) this.addSql(`drop index \`${table}_${unique.join('_').replace('child_id', column)}_unique\`;`)
      this.addSql(`drop index \`${table}_${column}_index\`;`)
      this.addSql(`alter table \`${table}\` rename column \`${column}\` to \`child_id\`;`)
      this.addSql(`create index \`${table}_child_id_index\` on \`${table}\` (\`child_id\`);`)
      for (const unique of uniques) this.addSql(`create unique index \`${table}_${unique.join('_')}_unique\` on \`${table}\` (${unique.map((c) => `\`${c}\``).join(', ')});`)
    }

    this.addSql('drop table `pupil_guardian`;')
    this.addSql('drop table `pupil`;')
    this.addSql('drop table `godchild`;')
    // Renaming carries the references along: those to `godchild`, then those to `pupil`, all end at `child`.
    this.addSql('alter table `child_new` rename to `godchild`;')
    this.addSql('alter table `godchild` rename to `pupil`;')
    this.addSql('alter table `pupil` rename to `child`;')
    this.addSql('create index `child_birth_year_index` on `child` (`birth_year`);')
    this.addSql('create index `child_school_class_id_index` on `child` (`school_class_id`);')
    this.addSql('create index `child_track_id_index` on `child` (`track_id`);')
  }

  override async down(): Promise<void> {
    throw new Error('One child record cannot be split back into pupils and godchildren: restore a backup instead.')
  }
}
