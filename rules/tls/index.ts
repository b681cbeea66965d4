import type { AnyRule } from '../types.ts'
import { certificateChainIncomplete } from './certificate-chain-incomplete.ts'
import { certificateExpired } from './certificate-expired.ts'
import { certificateExpiringSoon } from './certificate-expiring-soon.ts'
import { certificateKeyWeak } from './certificate-key-weak.ts'
import { certificateNameMismatch } from './certificate-name-mismatch.ts'
import { certificateNotYetValid } from './certificate-not-yet-valid.ts'
import { certificateSignatureWeak } from './certificate-signature-weak.ts'
import { certificateUntrusted } from './certificate-untrusted.ts'
import { tls12OrLaterMissing } from './tls-1-2-or-later-missing.ts'
import { tls13Missing } from './tls-1-3-missing.ts'
import { tlsAeadMissing } from './tls-aead-missing.ts'
import { tlsCipherInsecure } from './tls-cipher-insecure.ts'
import { tlsCipherWeak } from './tls-cipher-weak.ts'
import { tlsCompressionEnabled } from './tls-compression-enabled.ts'
import { tlsDhWeak } from './tls-dh-weak.ts'
import { tlsForwardSecrecyMissing } from './tls-forward-secrecy-missing.ts'
import { tlsInsecureRenegotiation } from './tls-insecure-renegotiation.ts'
import { tlsOcspStaplingMissing } from './tls-ocsp-stapling-missing.ts'
import { tlsProtocolDeprecated } from './tls-protocol-deprecated.ts'
import { tlsProtocolObsolete } from './tls-protocol-obsolete.ts'

export const tlsRules: AnyRule[] = [
  certificateExpired,
  certificateNameMismatch,
  certificateExpiringSoon,
  certificateNotYetValid,
  certificateUntrusted,
  certificateChainIncomplete,
  certificateKeyWeak,
  certificateSignatureWeak,
  tlsProtocolObsolete,
  tlsProtocolDeprecated,
  tls12OrLaterMissing,
  tls13Missing,
  tlsCipherInsecure,
  tlsCipherWeak,
  tlsForwardSecrecyMissing,
  tlsAeadMissing,
  tlsDhWeak,
  tlsInsecureRenegotiation,
  tlsCompressionEnabled,
  tlsOcspStaplingMissing,
]
