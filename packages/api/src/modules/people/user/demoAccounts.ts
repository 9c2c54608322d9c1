import type { Role } from './user.entity.js'

/** The password of every demo account (demo databases only). */
export const DEMO_PASSWORD = 'mukana-demo'

/** The demo accounts, one per role, all with DEMO_PASSWORD. */
export const DEMO_ACCOUNTS: { email: string; name: string; role: Role }[] = [
  { email: 'coordinator@mukana.test', name: 'Kaisa Koordinaattori', role: 'coordinator' },
  { email: 'club@mukana.test', name: 'Ville Valmentaja (Kontulan Kisa)', role: 'club' },
  { email: 'teacher@mukana.test', name: 'Outi Opettaja (Kontulan ala-aste)', role: 'teacher' },
  { email: 'guardian@mukana.test', name: 'Helena Huoltaja', role: 'guardian' },
  { email: 'admin@mukana.test', name: 'Aaro Admin (kaupunki)', role: 'admin' },
  { email: 'institution@mukana.test', name: 'Iida Instituutio (Helsingin kaupunginorkesteri)', role: 'institution' },
]
