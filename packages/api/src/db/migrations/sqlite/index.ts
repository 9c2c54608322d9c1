// Written by `pnpm --filter @mukana/api migration`: every migration of this dialect, oldest first.
import { Migration20261123110054 } from './Migration20261123110054.js'

export const MIGRATIONS = [{ name: 'Migration20261123110054', class: Migration20261123110054 }]
