import { apiSuite } from './api-suite.ts'

apiSuite('embedded SQLite store and queue', async () => ({}))
