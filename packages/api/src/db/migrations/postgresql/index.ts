// Written by `pnpm --filter @mukana/api migration`: every migration of this dialect, oldest first.
import { Migration20261123110054 } from './Migration20261123110054.js'
import { Migration20261123111140 } from './Migration20261123111140.js'
import { Migration20261123112045 } from './Migration20261123112045.js'
import { Migration20261123113220 } from './Migration20261123113220.js'
import { Migration20261201093151 } from './Migration20261201093151.js'
import { Migration20261201094331 } from './Migration20261201094331.js'
import { Migration20261201120212 } from './Migration20261201120212.js'
import { Migration20261201122944 } from './Migration20261201122944.js'
import { Migration20261201123415 } from './Migration20261201123415.js'
import { Migration20261201123758 } from './Migration20261201123758.js'
import { Migration20261201125055 } from './Migration20261201125055.js'
import { Migration20261201125329 } from './Migration20261201125329.js'
import { Migration20261201130631 } from './Migration20261201130631.js'
import { Migration20261201133640 } from './Migration20261201133640.js'
import { Migration20261201144501 } from './Migration20261201144501.js'
import { Migration20261201153116 } from './Migration20261201153116.js'

export const MIGRATIONS = [{ name: 'Migration20261123110054', class: Migration20261123110054 }, { name: 'Migration20261123111140', class: Migration20261123111140 }, { name: 'Migration20261123112045', class: Migration20261123112045 }, { name: 'Migration20261123113220', class: Migration20261123113220 }, { name: 'Migration20261201093151', class: Migration20261201093151 }, { name: 'Migration20261201094331', class: Migration20261201094331 }, { name: 'Migration20261201120212', class: Migration20261201120212 }, { name: 'Migration20261201122944', class: Migration20261201122944 }, { name: 'Migration20261201123415', class: Migration20261201123415 }, { name: 'Migration20261201123758', class: Migration20261201123758 }, { name: 'Migration20261201125055', class: Migration20261201125055 }, { name: 'Migration20261201125329', class: Migration20261201125329 }, { name: 'Migration20261201130631', class: Migration20261201130631 }, { name: 'Migration20261201133640', class: Migration20261201133640 }, { name: 'Migration20261201144501', class: Migration20261201144501 }, { name: 'Migration20261201153116', class: Migration20261201153116 }]
