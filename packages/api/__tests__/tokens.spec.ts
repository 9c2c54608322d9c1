import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { Tokens } from '../src/modules/people/user/tokens'

describe('session tokens', () => {
  const tokens = new Tokens(randomBytes(32).toString('hex'))

  it("carry how strongly the person was identified at the city's login, and nothing for a password", async () => {
    expect(await tokens.verify(await tokens.sign(7, { loa: 'substantial', amr: ['suomi_fi'] }))).toEqual({
      userId: 7,
      identification: { loa: 'substantial', amr: ['suomi_fi'] },
    })
    expect(await tokens.verify(await tokens.sign(8))).toEqual({ userId: 8, identification: { loa: null, amr: [] } })
  })

  it('refuses another secret’s token and a tampered one', async () => {
    const other = await new Tokens(randomBytes(32).toString('hex')).sign(7)
    expect(await tokens.verify(other)).toBeNull()
    const [header, , signature] = (await tokens.sign(7)).split('.')
    const forged = Buffer.from(JSON.stringify({ sub: '1', iss: 'mukana', loa: 'high' })).toString('base64url')
    expect(await tokens.verify(`${header}.${forged}.${signature}`)).toBeNull()
  })
})
