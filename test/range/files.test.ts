import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { filesFromDir } from './files.ts'

let dir: string

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'range-files-'))
  fs.mkdirSync(path.join(dir, 'js', 'vendor'), { recursive: true })
  fs.writeFileSync(path.join(dir, 'index.html'), '<p>hi</p>')
  fs.writeFileSync(path.join(dir, 'js', 'vendor', 'lib.js'), 'var x = 1')
})

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('filesFromDir', () => {
  it('maps every file under a URL prefix', () => {
    const files = filesFromDir(dir, { prefix: '/static' })
    expect(Object.keys(files).sort()).toEqual(['/static/index.html', '/static/js/vendor/lib.js'])
    expect(files['/static/js/vendor/lib.js']?.toString()).toBe('var x = 1')
  })

  it('refuses directories over its bounds', () => {
    expect(() => filesFromDir(dir, { maxFiles: 1 })).toThrow(/more than 1 files/)
    expect(() => filesFromDir(dir, { maxBytes: 5 })).toThrow(/5 bytes/)
  })
})
