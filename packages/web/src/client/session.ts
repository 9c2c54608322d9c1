import { reactive } from 'vue'
import type { MeFragment } from '../graphql/generated'

const KEY = 'mukana.session'

/**
 * Who is logged in, as the page shows it. The proof of the login is the server's HttpOnly session
 * cookie, which no script in the page can read; this keeps only the name and role to draw the page
 * with across reloads, and is cleared when the server no longer accepts the cookie.
 */
export interface Session {
  user: MeFragment | null
}

function restore(): Session {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Session | null
    if (saved?.user) return { user: saved.user }
  } catch {
    // A damaged entry is the same as no login.
  }
  return { user: null }
}

export const session = reactive<Session>(restore())

export function signIn(user: MeFragment): void {
  session.user = user
  localStorage.setItem(KEY, JSON.stringify({ user }))
}

/** Forgets the login in this tab (the caller also asks the server to clear the cookie). */
export function signOut(): void {
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
    case 'ADMIN':
      return '/admin'
    default:
      return '/'
  }
}
