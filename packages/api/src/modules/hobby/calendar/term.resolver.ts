import { Query, Resolver } from 'type-graphql'
import { upcomingTerms } from './termOf.js'

@Resolver()
export class TermResolver {
  @Query(() => [String], {
    description: 'The term now, in Helsinki, and the next three ("2026-autumn", "2027-spring", …): the terms the forms offer for groups and surveys.',
  })
  upcomingTerms(): string[] {
    return upcomingTerms(new Date())
  }
}
