import { createHmac } from 'node:crypto'

/**
 * Keyed pseudonyms for research: the same child gets the same pseudonym in every export made with the
 * same key (so that a study can follow a child across terms), and without the key nobody can tell whose
 * it is, nor try every child id to find out. The key is the city's (MUKANA_RESEARCH_KEY), kept apart
 * from the exports.
 */
export class Pseudonyms {
  constructor(private readonly key: string) {
    if (key.length < 32) throw new Error('the research key must be at least 32 characters')
  }

  of(kind: string, id: number): string {
    return createHmac('sha256', this.key).update(`${kind}:${id}`).digest('base64url').slice(0, 22)
  }
}
