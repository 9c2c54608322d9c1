import type { ApolloServerPlugin } from '@apollo/server'
import type { Context } from './context.js'

/**
 * A mutation may have queued messages (an offer, a confirmation, a sign-in link): the sender is nudged
 * when it answers, so that families hear within seconds, not at the sender's next minute. Nudges are
 * coalesced by the job runner; one after a mutation that queued nothing costs a sweep that finds nothing.
 */
export const deliverAfterMutations: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ operation, contextValue }) {
        if (operation?.operation === 'mutation') contextValue.jobs.nudge('deliverMessages')
      },
    }
  },
}
