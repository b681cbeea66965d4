export type * from './http.ts'
export type * from './tls.ts'
export type * from './software.ts'
