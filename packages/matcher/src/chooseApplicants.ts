/** An applicant as an offering's choice function sees one: a priority key (lower first) and tags. */
export interface Applicant {
  key: number
  tags: readonly number[]
}

export interface ReserveSeats {
  tag: number
  seats: number
}

/**
 * The literal choice function of an offering with reserves: for each reserve in order, the best
 * not-yet-chosen applicants carrying its tag, up to its seats; then the remaining capacity from all
 * remaining applicants by priority. Returns, per applicant index, the reserve index it was chosen for,
 * -1 for an open seat, or undefined when not chosen.
 *
 * Deliberately simple (it sorts): it is the specification that the fast deferred acceptance and the
 * independent stability checks are measured against.
 */
export function chooseApplicants(applicants: readonly Applicant[], capacity: number, reserves: readonly ReserveSeats[]): Map<number, number> {
  const order = applicants.map((_, i) => i).sort((a, b) => applicants[a].key - applicants[b].key)
  const chosen = new Map<number, number>()
  let left = capacity
  reserves.forEach((reserve, r) => {
    let seats = Math.min(reserve.seats, left)
    for (const i of order) {
      if (seats === 0) break
      if (!chosen.has(i) && applicants[i].tags.includes(reserve.tag)) {
        chosen.set(i, r)
        seats--
        left--
      }
    }
  })
  for (const i of order) {
    if (left === 0) break
    if (!chosen.has(i)) {
      chosen.set(i, -1)
      left--
    }
  }
  return chosen
}
