/**
 * Server configuration snippets shared by the TLS rules: Mozilla "intermediate" (6.0) settings for
 * nginx, Apache, IIS and hosting panels. One source, so every rule gives the same advice.
 */
import type { FixSnippet } from '../types.ts'

const INTERMEDIATE_SUITES =
  'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305'

const PANEL =
  'cPanel/WHM: Service Configuration → Apache Configuration → Global Configuration → SSL/TLS Protocols "TLSv1.2 TLSv1.3" and SSL Cipher Suite (Mozilla intermediate). Plesk: Tools & Settings → SSL/TLS Settings → tick only TLS 1.2 and 1.3. Shared hosting or a CDN (Cloudflare: SSL/TLS → Edge Certificates → Minimum TLS Version 1.2, TLS 1.3 on): ask the host to apply Mozilla "intermediate".'

export const PROTOCOL_AND_CIPHER_FIXES: FixSnippet[] = [
  {
    platform: 'nginx',
    snippet: `ssl_protocols TLSv1.2 TLSv1.3;\nssl_ciphers ${INTERMEDIATE_SUITES};\nssl_prefer_server_ciphers off;\n# then: sudo nginx -t && sudo systemctl reload nginx`,
  },
  {
    platform: 'Apache',
    snippet: `SSLProtocol -all +TLSv1.2 +TLSv1.3\nSSLCipherSuite ${INTERMEDIATE_SUITES}\nSSLHonorCipherOrder off\n# then: sudo apachectl configtest && sudo systemctl reload apache2`,
  },
  {
    platform: 'IIS',
    snippet:
      'Run IIS Crypto (Nartac) and apply the "Best Practices" template, or in PowerShell:\nDisable-TlsCipherSuite -Name "TLS_RSA_WITH_3DES_EDE_CBC_SHA"\nNew-Item "HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Server" -Force | New-ItemProperty -Name Enabled -Value 0 -PropertyType DWord\n# repeat for SSL 2.0, SSL 3.0 and TLS 1.1, then reboot',
  },
  { platform: 'Hosting panel (cPanel, Plesk, CDN)', snippet: PANEL },
]

export const DH_FIXES: FixSnippet[] = [
  {
    platform: 'nginx',
    snippet:
      '# Prefer ECDHE only (Mozilla intermediate), or use a 2048-bit standard group:\ncurl https://ssl-config.mozilla.org/ffdhe2048.txt > /etc/nginx/dhparam.pem\nssl_dhparam /etc/nginx/dhparam.pem;',
  },
  {
    platform: 'Apache',
    snippet:
      '# Apache 2.4.8+: append the group to the certificate file, or drop DHE suites:\ncurl https://ssl-config.mozilla.org/ffdhe2048.txt >> /etc/ssl/example.com/fullchain.pem',
  },
  {
    platform: 'IIS',
    snippet:
      'New-Item "HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\KeyExchangeAlgorithms\\Diffie-Hellman" -Force | New-ItemProperty -Name ServerMinKeyBitLength -Value 2048 -PropertyType DWord',
  },
  { platform: 'Hosting panel (cPanel, Plesk, CDN)', snippet: PANEL },
]

export const RENEGOTIATION_FIXES: FixSnippet[] = [
  {
    platform: 'nginx',
    snippet:
      '# Secure renegotiation (RFC 5746) comes with any OpenSSL since 0.9.8m: upgrade OpenSSL/nginx.\nsudo apt-get update && sudo apt-get install --only-upgrade nginx openssl',
  },
  {
    platform: 'Apache',
    snippet:
      '# Upgrade mod_ssl/OpenSSL; never set SSLInsecureRenegotiation on.\nSSLInsecureRenegotiation off',
  },
  {
    platform: 'IIS',
    snippet:
      'Install current Windows updates (MS10-049 added RFC 5746); remove AllowInsecureRenegoClients / AllowInsecureRenegoServers from HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL.',
  },
  {
    platform: 'Hosting panel (cPanel, Plesk, CDN)',
    snippet:
      'Ask the host to update the web server and OpenSSL, or put the site behind a CDN that terminates TLS.',
  },
]

export const COMPRESSION_FIXES: FixSnippet[] = [
  {
    platform: 'nginx',
    snippet:
      '# nginx disables TLS compression since 1.3.2; upgrade nginx and OpenSSL (built without zlib).',
  },
  { platform: 'Apache', snippet: 'SSLCompression off' },
  {
    platform: 'IIS',
    snippet: 'Schannel has never offered TLS compression: check a proxy or load balancer in front.',
  },
  {
    platform: 'Hosting panel (cPanel, Plesk, CDN)',
    snippet:
      'Ask the host to turn off TLS compression ("SSLCompression off") or update the server.',
  },
]

export const OCSP_FIXES: FixSnippet[] = [
  {
    platform: 'nginx',
    snippet:
      'ssl_stapling on;\nssl_stapling_verify on;\nssl_trusted_certificate /etc/ssl/example.com/chain.pem;\nresolver 1.1.1.1 9.9.9.9 valid=300s;',
  },
  {
    platform: 'Apache',
    snippet:
      'SSLUseStapling On\nSSLStaplingCache "shmcb:logs/ssl_stapling(32768)"   # outside <VirtualHost>',
  },
  {
    platform: 'IIS',
    snippet:
      "IIS staples OCSP by default when the server can reach the CA's OCSP URL: allow outbound HTTP to it.",
  },
  {
    platform: 'Hosting panel (cPanel, Plesk, CDN)',
    snippet: 'Most CDNs staple automatically. cPanel/Plesk: ask the host to enable OCSP stapling.',
  },
]

const INSTALL_CHAIN =
  'Install the full chain: your certificate followed by the intermediate certificate(s) from your CA (Let’s Encrypt: fullchain.pem).'

export const CERTIFICATE_FIXES: FixSnippet[] = [
  {
    platform: 'nginx',
    snippet:
      'ssl_certificate     /etc/ssl/example.com/fullchain.pem;   # leaf + intermediates\nssl_certificate_key /etc/ssl/example.com/privkey.pem;',
  },
  {
    platform: 'Apache',
    snippet:
      'SSLCertificateFile    /etc/ssl/example.com/fullchain.pem   # leaf + intermediates (2.4.8+)\nSSLCertificateKeyFile /etc/ssl/example.com/privkey.pem',
  },
  {
    platform: 'IIS',
    snippet: `Import the CA's intermediate into "Intermediate Certification Authorities" (certlm.msc), then re-bind the certificate. ${INSTALL_CHAIN}`,
  },
  {
    platform: 'Hosting panel (cPanel, Plesk, CDN)',
    snippet:
      'cPanel: SSL/TLS → Install an SSL Certificate → paste the CA bundle too, or run AutoSSL. Plesk: SSL/TLS Certificates → upload the CA certificate, or use the free Let’s Encrypt extension.',
  },
]

export const NEW_KEY_FIXES: FixSnippet[] = [
  {
    platform: 'OpenSSL (any server)',
    snippet:
      '# A new ECDSA P-256 key (or RSA 2048+) and request, signed with SHA-256:\nopenssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -sha256 -nodes \\\n  -keyout example.com.key -out example.com.csr -subj "/CN=example.com"',
  },
  ...CERTIFICATE_FIXES,
]
