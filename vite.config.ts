import { defineConfig } from 'vite'

/**
 * The Lit front end: source in web/, built to web/dist, which `harbourscan serve` serves at /.
 * No inline scripts or styles in the output, so the server's strict CSP holds.
 */
export default defineConfig({
  root: 'web',
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    target: 'es2022',
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
})
