import tls from 'node:tls'

/** Options that only shape the context (the same for every handshake that uses it). */
const CONTEXT_KEYS = new Set([
  'ca',
  'ciphers',
  'minVersion',
  'maxVersion',
  'ecdhCurve',
  'sigalgs',
  'honorCipherOrder',
  'secureOptions',
])
/** Per-connection options: tls.connect applies them to the socket, never to the context. */
const SOCKET_KEYS = new Set([
  'ALPNProtocols',
  'requestOCSP',
  'servername',
  'rejectUnauthorized',
  'session',
  'checkServerIdentity',
  'minDHSize',
  'host',
  'port',
])
const MAX_CONTEXTS = 64
const contexts = new Map<string, tls.SecureContext>()

/**
 * The client SecureContext for these options, built once per distinct option set and reused:
 * building one (cipher list, protocol range, root store) costs a few ms of CPU, and a scan makes
 * dozens of handshakes with a handful of option sets. Node's client contexts keep no session
 * cache of their own (resumption only happens through the `session` option), so sharing one
 * changes nothing on the wire. Options this module does not know (keys, certificates, an explicit
 * context) get a fresh context, as tls.connect would build.
 */
export function withSharedContext(options: tls.ConnectionOptions): tls.ConnectionOptions {
  const keys = Object.keys(options)
  if (keys.some((k) => !CONTEXT_KEYS.has(k) && !SOCKET_KEYS.has(k))) return options
  const picked = [...CONTEXT_KEYS].map((k) => options[k as keyof tls.ConnectionOptions] ?? null)
  const id = JSON.stringify(picked)
  let context = contexts.get(id)
  if (!context) {
    if (contexts.size >= MAX_CONTEXTS) contexts.clear()
    context = tls.createSecureContext(options)
    contexts.set(id, context)
  }
  return { ...options, secureContext: context }
}
