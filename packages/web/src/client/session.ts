import { reactive } from 'vue'
import type { MeFragment } from '../graphql/generated'

const KEY = 'mukana.session'

export interface Session {
  token: string | null
  user: MeFragment | null
}

function restore(): Session {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Session | null
    if (saved?.token && saved.user) return saved
  } catch {
    // A damaged entry is the same as no login.
  }
  return { token: null, user: null }
}

/** Who is logged in, kept across reloads of the tab (the token lasts 12 hours on the server). */
export const session = reactive<Session>(restore())

export function signIn(token: string, user: MeFragment): void {
  session.token = token
  session.user = user
  localStorage.setItem(KEY, JSON.stringify({ token, user }))
}

export function signOut(): void {
  session.token = null
  session.user = null
  localStorage.removeItem(KEY)
}

/** The page each role starts from. */
export function homeOf(role: MeFragment['role'] | undefined): string {
  switch (role) {
    case 'GUARDIAN':
      return '/guardian'
    case 'CLUB':
      return '/club'
    case 'TEACHER':
      return '/teacher'
    case 'COORDINATOR':
      return '/coordinator'
    case 'INSTITUTION':
      return '/institution'
    default:
      return '/'
  }
}
