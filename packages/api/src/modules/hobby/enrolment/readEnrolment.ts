import type { EntityManager } from '@mikro-orm/core'
import type DataLoader from 'dataloader'
import { batchAcrossRequests } from '../../../db/batchAcrossRequests.js'
import { isPostgres } from '../../../db/isPostgres.js'
import { groupByKey } from '../../../graphql/groupByKey.js'
import { ApiError } from '../../../graphql/ApiError.js'
import { jsonColumn } from '../../../db/jsonColumn.js'
import { runSql } from '../../../db/runSql.js'
import { GUARDIAN_CONTACT_COLUMNS, guardianContactOf, type Child, type GuardianContact, type GuardianContactRow, type Account } from '../../people/index.js'
import type { HobbyGroup } from '../hobbyGroup/hobbyGroup.entity.js'

/** What an enrolment needs of the child: who it is, and its class (grade) and school's area if a pupil. */
export interface ChildToEnrol extends Pick<Child, 'id' | 'firstName' | 'gender' | 'homeLanguages'> {
  schoolClass: { grade: number } | null
  areaId: number | null
}

/** What an enrolment needs of the group: who it is for, and what the confirmation says of it. */
export interface GroupToEnrol extends Pick<HobbyGroup, 'id' | 'name' | 'nameSv' | 'nameEn' | 'grades' | 'girlsOnly' | 'sessions' | 'venue'> {
  club: { name: string }
}

/** One request's read: who asks, for which child, into which group. */
export interface EnrolmentAsk {
  userId: number
  childId: number
  groupId: number
}

/** The reads of enrolments, shared by a process's requests. */
export type EnrolmentReads = DataLoader<EnrolmentAsk, EnrolmentRow[]>

/**
 * Everything a guardian's enrolment reads: the child (only if the user is one of its guardians, as
 * guardsChild asks), its class and area, the group and its club, and the child's guardians to confirm
 * to, one row per guardian. Plain rows, no entities: in a rush every request reads this, and three ORM
 * queries with their hydration were most of an enrolment's time. The reads of simultaneous requests go
 * in one statement (db/batchAcrossRequests): each ask is a row of a JSON parameter, joined on its own
 * user, child and group, so one family's ask never sees another's rows.
 */
export async function readEnrolment(
  reads: EnrolmentReads,
  user: Account,
  childId: number,
  groupId: number,
): Promise<{ child: ChildToEnrol; group: GroupToEnrol; guardians: GuardianContact[] }> {
  const rows = user.role === 'guardian' ? await reads.load({ userId: user.id, childId, groupId }) : []
  const [first] = rows
  if (!first) throw new ApiError('auth/forbidden', 'Only a guardian of this child can do this.')
  if (first.group_id === null) throw new ApiError('not_found', `No hobby group ${groupId}.`)
  return {
    child: {
      id: childId,
      firstName: first.first_name,
      gender: first.gender as Child['gender'],
      homeLanguages: jsonColumn(first.home_languages),
      schoolClass: first.grade === null ? null : { grade: Number(first.grade) },
      areaId: first.area_id === null ? null : Number(first.area_id),
    },
    group: {
      id: Number(first.group_id),
      name: first.name,
      nameSv: first.name_sv as GroupToEnrol['nameSv'],
      nameEn: first.name_en as GroupToEnrol['nameEn'],
      grades: jsonColumn(first.grades),
      girlsOnly: Boolean(first.girls_only),
      sessions: jsonColumn(first.sessions),
      venue: first.venue,
      club: { name: first.club_name },
    },
    guardians: rows.map(guardianContactOf),
  }
}

export interface EnrolmentRow extends GuardianContactRow {
  ask: number
  first_name: string
  gender: string
  home_languages: string | string[]
  grade: number | null
  area_id: number | null
  group_id: number | null
  name: string
  name_sv: string | null
  name_en: string | null
  grades: string | number[]
  girls_only: boolean | number
  sessions: string | HobbyGroup['sessions']
  venue: string
  club_name: string
}

/** The asks as rows: PostgreSQL spreads the JSON into typed columns, SQLite reads each field. */
const ASKS = {
  postgresql: 'json_to_recordset(cast(? as json)) as a (ask integer, user_id integer, child_id integer, group_id integer)',
  sqlite: `(select json_extract(value, '$.ask') as ask, json_extract(value, '$.user_id') as user_id,
      json_extract(value, '$.child_id') as child_id, json_extract(value, '$.group_id') as group_id from json_each(?)) as a`,
}

/** Reads the asks of requests that come at once, in one statement, each ask's rows in its guardians' order. */
export function enrolmentReads(newEm: () => EntityManager): EnrolmentReads {
  return batchAcrossRequests(async (asks: readonly EnrolmentAsk[]) => {
    const em = newEm()
    const parameter = JSON.stringify(asks.map((ask, i) => ({ ask: i, user_id: ask.userId, child_id: ask.childId, group_id: ask.groupId })))
    const rows = await runSql<EnrolmentRow[]>(
      em,
      `select a.ask, c.first_name, c.gender, c.home_languages, k.grade, s.area_id,
         g.id as group_id, g.name, g.name_sv, g.name_en, g.grades, g.girls_only, g.sessions, g.venue, b.name as club_name,
         ${GUARDIAN_CONTACT_COLUMNS}
       from ${isPostgres(em) ? ASKS.postgresql : ASKS.sqlite}
       join child c on c.id = a.child_id
       join child_guardian mine on mine.child_id = c.id and mine.user_id = a.user_id
       left join school_class k on k.id = c.school_class_id
       left join school s on s.id = k.school_id
       left join hobby_group g on g.id = a.group_id
       left join club b on b.id = g.club_id
       join child_guardian cg on cg.child_id = c.id
       join app_user u on u.id = cg.user_id
       order by a.ask, u.id`,
      [parameter],
      'all',
      { prepared: true },
    )
    return groupByKey(
      asks.map((_, i) => i),
      rows,
      (row) => Number(row.ask),
    )
  })
}
