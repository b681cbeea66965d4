export type * from './http.ts'
export type * from './tls.ts'
