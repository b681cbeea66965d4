import { describe, expect, it } from 'vitest'
import { BlockedDestinationError } from '../../scanner/errors.ts'
import { isPublicAddress, makePolicy } from '../../scanner/net/address-policy.ts'
import { resolveGuarded } from '../../scanner/net/resolve.ts'

const NOT_PUBLIC = [
  '127.0.0.1',
  '127.255.255.254',
  '0.0.0.0',
  '10.0.0.1',
  '172.16.0.1',
  '192.168.1.1',
  '169.254.169.254',
  '100.64.0.1',
  '100.100.100.200',
  '224.0.0.1',
  '255.255.255.255',
  '192.0.2.1',
  '198.18.0.1',
  '240.0.0.1',
  '::1',
  '::',
  'fe80::1',
  'fd00:ec2::254',
  'ff02::1',
  '::ffff:127.0.0.1',
  '::ffff:169.254.169.254',
  '64:ff9b::a9fe:a9fe',
  '::7f00:1', // IPv4-compatible 127.0.0.1 (deprecated)
  '::a9fe:a9fe',
  '4000::1', // outside 2000::/3, not yet allocated
  '2002:a9fe:a9fe::1',
  '2001::1',
  '2001:db8::1',
  'not-an-ip',
  '',
]
const PUBLIC = ['8.8.8.8', '1.1.1.1', '203.119.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8']

describe('isPublicAddress', () => {
  it.each(NOT_PUBLIC)('refuses %s', (ip) => expect(isPublicAddress(ip)).toBe(false))
  it.each(PUBLIC)('allows %s', (ip) => expect(isPublicAddress(ip)).toBe(true))
})

describe('resolveGuarded', () => {
  it('refuses a loopback literal unless private addresses are allowed', async () => {
    await expect(resolveGuarded('127.0.0.1', 443, makePolicy())).rejects.toBeInstanceOf(
      BlockedDestinationError
    )
    await expect(
      resolveGuarded('127.0.0.1', 443, makePolicy({ allowPrivate: true }))
    ).resolves.toEqual([{ address: '127.0.0.1', family: 4 }])
  })

  it('refuses local names before looking them up', async () => {
    await expect(resolveGuarded('localhost', 443, makePolicy())).rejects.toThrow(
      /local or reserved name/
    )
    await expect(resolveGuarded('printer.local', 443, makePolicy())).rejects.toThrow(
      /local or reserved name/
    )
  })

  it('checks the pinned --resolve address against the policy too', async () => {
    const resolve = new Map([['www.example.com:443', '10.1.2.3']])
    await expect(resolveGuarded('www.example.com', 443, makePolicy({ resolve }))).rejects.toThrow(
      /private network address/
    )
    const allowed = makePolicy({ resolve, allowPrivate: true })
    await expect(resolveGuarded('www.example.com', 443, allowed)).resolves.toEqual([
      { address: '10.1.2.3', family: 4 },
    ])
  })

  it('refuses ports outside the allow-list', async () => {
    const policy = makePolicy({ allowPrivate: true })
    await expect(resolveGuarded('127.0.0.1', 6379, policy)).rejects.toThrow(
      /Port 6379 is not allowed/
    )
    await expect(
      resolveGuarded('127.0.0.1', 8443, makePolicy({ allowPrivate: true, extraPorts: [8443] }))
    ).resolves.toHaveLength(1)
    await expect(
      resolveGuarded('127.0.0.1', 6379, makePolicy({ allowPrivate: true, allowedPorts: 'any' }))
    ).resolves.toHaveLength(1)
  })
})
