import { Migration } from '@mikro-orm/migrations';

export class Migration20261201195706 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`choice_refusal\` (\`id\` integer not null primary key autoincrement, \`run_id\` integer not null, \`child_id\` integer not null, \`group_id\` integer not null, \`rank\` integer not null, \`why\` text not null, constraint \`choice_refusal_run_id_foreign\` foreign key(\`run_id\`) references \`match_run\`(\`id\`) on update cascade, constraint \`choice_refusal_child_id_foreign\` foreign key(\`child_id\`) references \`child\`(\`id\`) on update cascade, constraint \`choice_refusal_group_id_foreign\` foreign key(\`group_id\`) references \`hobby_group\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`choice_refusal_run_id_index\` on \`choice_refusal\` (\`run_id\`);`);
    this.addSql(`create index \`choice_refusal_child_id_index\` on \`choice_refusal\` (\`child_id\`);`);
    this.addSql(`create index \`choice_refusal_group_id_index\` on \`choice_refusal\` (\`group_id\`);`);
  }

}
