import { Query, Resolver, registerEnumType } from 'type-graphql'
import { ERROR_CODES, errorCodeName } from './ApiError.js'

/** The stable refusal codes as an enum of the schema, so that clients can check their translations against it. */
export const ErrorCodeEnum = Object.fromEntries(ERROR_CODES.map((code) => [errorCodeName(code), code]))
registerEnumType(ErrorCodeEnum, {
  name: 'ErrorCode',
  description: 'Every code a refusal carries in `extensions.code` (as its value, e.g. `enrolment/group_full`); clients translate them.',
})

@Resolver()
export class ErrorCodeResolver {
  @Query(() => [ErrorCodeEnum], { description: 'Every refusal code the API answers with: the contract the clients translate.' })
  errorCodes() {
    return ERROR_CODES
  }
}
