/**
 * People and places: areas, schools, classes, the accounts that sign in (guardians and staff), and the
 * children, one record each for both programmes.
 */
import type { EntityManager } from '@mikro-orm/core'
import { byId } from '../../graphql/byId.js'
import { defineModule } from '../../graphql/ApiModule.js'
import { AreaEntity, type Area } from './area/area.entity.js'
import { AreaResolver } from './area/area.resolver.js'
import { ClassListResolver } from './classList/classList.resolver.js'
import { ChildEntity, type Child } from './child/child.entity.js'
import { ChildResolver } from './child/child.resolver.js'
import { SchoolEntity, type School } from './school/school.entity.js'
import { SchoolResolver } from './school/school.resolver.js'
import { SchoolClassEntity, type SchoolClass } from './schoolClass/schoolClass.entity.js'
import { SchoolClassResolver } from './schoolClass/schoolClass.resolver.js'
import { ClassMembershipEntity } from './schoolClass/classMembership.entity.js'
import { LoginAttemptEntity } from './user/loginAttempt.entity.js'
import { SignInLinkEntity } from './user/signInLink.entity.js'
import { UserEntity } from './user/user.entity.js'
import { UserResolver } from './user/user.resolver.js'
import { accountsById } from './user/accountsById.js'
import { childPersonalData } from './child/childPersonalData.js'
import DataLoader from 'dataloader'
import { namesakeMarks } from './child/namesakes.js'

// What the programmes may use of people and places: the rest of this folder is its own.
export { FOLLOWS_CHILD, KNOWS_CHILD, NAMES_CHILD } from './access/childFields.js'
export { coordinatesArea, guardsChild, seesClass, staffedInstitution, staffsClub, teachesClass } from './access/scopes.js'
export { AreaEntity, type Area } from './area/area.entity.js'
export { AreaType } from './area/area.type.js'
export { ChildEntity, type Child } from './child/child.entity.js'
export { isPupil, type Pupil } from './child/child.service.js'
export { GUARDIAN_CONTACT_COLUMNS, guardianContactOf, guardiansOf, type GuardianContact, type GuardianContactRow } from './child/guardiansOf.js'
export { ChildType, GenderEnum } from './child/child.type.js'
export { HELSINKI_DISTRICTS } from './child/helsinkiDistricts.js'
export { SchoolEntity, type School } from './school/school.entity.js'
export { SchoolType } from './school/school.type.js'
export { SchoolClassEntity, type SchoolClass } from './schoolClass/schoolClass.entity.js'
export { ClassMembershipEntity } from './schoolClass/classMembership.entity.js'
export { SchoolClassType } from './schoolClass/schoolClass.type.js'
export { LessonsImportReportType } from './classList/classList.type.js'
export type { LessonsImportReport } from './classList/importLessons.js'
export { SESSION_SECONDS, type Tokens, type TokenSession } from './user/tokens.js'
export { EMAIL, UserEntity, type User } from './user/user.entity.js'
export type { Account, ScopeRef } from './user/account.js'
export { UserType } from './user/user.type.js'

function createLoaders(em: EntityManager) {
  return {
    area: byId<Area>(em, AreaEntity),
    school: byId<School>(em, SchoolEntity),
    schoolClass: byId<SchoolClass>(em, SchoolClassEntity),
    child: byId<Child>(em, ChildEntity),
    /** Each child's mark among classmates of the same name, one query per request for all their classes. */
    namesake: new DataLoader((children: readonly Child[]) => namesakeMarks(em, children), { cacheKeyFn: (child) => child.id }),
  }
}

export const peopleModule = defineModule({
  name: 'people',
  entities: [AreaEntity, SchoolEntity, SchoolClassEntity, ClassMembershipEntity, UserEntity, LoginAttemptEntity, SignInLinkEntity, ChildEntity],
  resolvers: [AreaResolver, ClassListResolver, SchoolResolver, SchoolClassResolver, UserResolver, ChildResolver],
  createLoaders,
  createSharedLoaders: (newEm: () => EntityManager) => ({ accounts: accountsById(newEm) }),
  personalData: childPersonalData,
})
