import { makePolicy } from '../../scanner/net/address-policy.ts'
import { createHttpClient, type HttpClient } from '../../scanner/net/http-client.ts'

/** A scan's HTTP client that may reach the loopback range, closed once `use` is done. */
export async function withRangeClient<T>(use: (client: HttpClient) => Promise<T>): Promise<T> {
  const client = createHttpClient({
    policy: makePolicy({ allowPrivate: true, allowedPorts: 'any' }),
  })
  try {
    return await use(client)
  } finally {
    await client.close()
  }
}
