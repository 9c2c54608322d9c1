// Written by `pnpm --filter @mukana/api migration`: every migration of this dialect, oldest first.
import { Migration20261123110054 } from './Migration20261123110054.js'
import { Migration20261123111140 } from './Migration20261123111140.js'
import { Migration20261123112044 } from './Migration20261123112044.js'
import { Migration20261123113220 } from './Migration20261123113220.js'
import { Migration20261201093150 } from './Migration20261201093150.js'
import { Migration20261201094330 } from './Migration20261201094330.js'
import { Migration20261201120211 } from './Migration20261201120211.js'
import { Migration20261201122943 } from './Migration20261201122943.js'
import { Migration20261201123414 } from './Migration20261201123414.js'
import { Migration20261201123758 } from './Migration20261201123758.js'
import { Migration20261201125054 } from './Migration20261201125054.js'
import { Migration20261201125329 } from './Migration20261201125329.js'
import { Migration20261201130631 } from './Migration20261201130631.js'
import { Migration20261201133639 } from './Migration20261201133639.js'
import { Migration20261201144501 } from './Migration20261201144501.js'
import { Migration20261201153116 } from './Migration20261201153116.js'

export const MIGRATIONS = [{ name: 'Migration20261123110054', class: Migration20261123110054 }, { name: 'Migration20261123111140', class: Migration20261123111140 }, { name: 'Migration20261123112044', class: Migration20261123112044 }, { name: 'Migration20261123113220', class: Migration20261123113220 }, { name: 'Migration20261201093150', class: Migration20261201093150 }, { name: 'Migration20261201094330', class: Migration20261201094330 }, { name: 'Migration20261201120211', class: Migration20261201120211 }, { name: 'Migration20261201122943', class: Migration20261201122943 }, { name: 'Migration20261201123414', class: Migration20261201123414 }, { name: 'Migration20261201123758', class: Migration20261201123758 }, { name: 'Migration20261201125054', class: Migration20261201125054 }, { name: 'Migration20261201125329', class: Migration20261201125329 }, { name: 'Migration20261201130631', class: Migration20261201130631 }, { name: 'Migration20261201133639', class: Migration20261201133639 }, { name: 'Migration20261201144501', class: Migration20261201144501 }, { name: 'Migration20261201153116', class: Migration20261201153116 }]
