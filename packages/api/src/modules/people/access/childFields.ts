import type { Role } from '../user/user.entity.js'

/**
 * Which roles may read which of a child's fields, however they reached the child (the operation that
 * led there has checked the scope: the guardian's own child, the teacher's class, the coordinator's
 * area, the club's group). Each role sees what its task needs and no more: a club's roster names the
 * child; a teacher also knows the child as a pupil; only the family and the programme's coordinators
 * follow the child's hobbies and culture across providers. A field outside a role's set is refused
 * with `auth/forbidden`, so nothing leaks through a type that several roles reach.
 */

/** The last name: whoever works with the child in person. */
export const NAMES_CHILD: Role[] = ['guardian', 'coordinator', 'teacher', 'club']

/** Gender, home languages, district, birth year, class: who knows the child as a pupil. */
export const KNOWS_CHILD: Role[] = ['guardian', 'coordinator', 'teacher']

/** The child's hobbies, offers, culture registration and events: the family and the programme only. */
export const FOLLOWS_CHILD: Role[] = ['guardian', 'coordinator']
