import { describe, expect, it } from 'vitest'
import { instanceFromCsv, MatchInputError } from '@mukana/matcher'

const OFFERINGS = `id,capacity,activity,reserved,onlyTags,priorityTags,grades,sessions
o1,12,football,girl:4,,school:kontula,3|4,mon 14:00-15:30|wed 14:00-15:30
o2,10,dance,,girl,,,
`
const PARTICIPANTS = `id;ranking;tags;grade;lottery;available
p1;o1|o2;girl|school:kontula;3;;mon 13:15-17:00|wed 13:15-17:00
p2;o2;;3;0,25;
`

function issuesOf(run: () => unknown): string[] {
  try {
    run()
  } catch (error) {
    if (error instanceof MatchInputError) return error.issues.map((issue) => `${issue.path}: ${issue.message}`)
    throw error
  }
  throw new Error('expected a MatchInputError')
}

describe('instanceFromCsv', () => {
  it('builds an instance from a participants file and an offerings file', () => {
    const instance = instanceFromCsv({ participants: PARTICIPANTS, offerings: OFFERINGS, seed: 7, maxPlacements: 2 })
    expect(instance).toEqual({
      format: 'mukana-match/1',
      seed: 7,
      maxPlacements: 2,
      offerings: [
        {
          id: 'o1',
          capacity: 12,
          activity: 'football',
          reserved: [{ tag: 'girl', seats: 4 }],
          priorityTags: ['school:kontula'],
          grades: [3, 4],
          sessions: [
            { day: 'mon', start: '14:00', end: '15:30' },
            { day: 'wed', start: '14:00', end: '15:30' },
          ],
        },
        { id: 'o2', capacity: 10, activity: 'dance', onlyTags: ['girl'] },
      ],
      participants: [
        {
          id: 'p1',
          ranking: ['o1', 'o2'],
          tags: ['girl', 'school:kontula'],
          grade: 3,
          available: [
            { day: 'mon', start: '13:15', end: '17:00' },
            { day: 'wed', start: '13:15', end: '17:00' },
          ],
        },
        { id: 'p2', ranking: ['o2'], grade: 3, lottery: 0.25 },
      ],
    })
  })

  it('names the file, line and column of each problem', () => {
    const participants = 'id,ranking\np1,o1|o9\np2,o2\n'
    expect(issuesOf(() => instanceFromCsv({ participants, offerings: OFFERINGS.replace('o2,10', 'o2,ten'), seed: 1, participantsName: 'pupils.csv' }))).toEqual(
      [
        'offerings.csv line 3 (id "o2"), column "capacity": must be a whole number ≥ 0, got "ten"',
        'pupils.csv line 2 (id "p1"), column "ranking" item 2: names offering "o9", which does not exist',
      ],
    )
    expect(issuesOf(() => instanceFromCsv({ participants: 'id,wish\np1,o1\n', offerings: 'id,capacity,sessions\no1,3,monday 2pm\n', seed: 1 }))).toEqual([
      'offerings.csv line 2, column "sessions": "monday 2pm" is not a weekly time like "mon 14:00-15:30"',
      'participants.csv line 1: unknown column "wish" (allowed: id, ranking, tags, grade, lottery, available)',
    ])
    expect(issuesOf(() => instanceFromCsv({ participants: 'name\nx\n', offerings: 'id,capacity,reserved\no1,3,girls\n', seed: 1 }))).toEqual([
      'offerings.csv line 2, column "reserved": "girls" is not a reserve like "girl:4"',
      'participants.csv line 1: needs an "id" column (columns: id, ranking, tags, grade, lottery, available)',
      'participants.csv line 1: unknown column "name" (allowed: id, ranking, tags, grade, lottery, available)',
    ])
  })
})
