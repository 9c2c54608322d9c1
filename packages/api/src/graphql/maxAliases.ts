import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql'

/**
 * A validation rule: at most `limit` aliased fields in one document. Aliases let one request ask for the
 * same expensive field hundreds of times (1,000 `demoAccounts` kept the server busy for ~50 s); the web
 * app uses none.
 */
export function maxAliases(limit: number) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0
    return {
      Field(node) {
        if (node.alias && ++aliases === limit + 1)
          context.reportError(new GraphQLError(`Too many aliases: at most ${limit} in one request.`, { nodes: [node] }))
      },
    }
  }
}
