import { describe, expect, it } from 'vitest'
import { MAX_EVENT_CHARS, SseParser } from '../../web/sse.ts'

describe('SseParser', () => {
  it('parses named events, multi-line data and comments across chunk boundaries', () => {
    const parser = new SseParser()
    const events = [
      ...parser.feed(': keep-alive\n\nevent: progress\ndata: {"done":1,'),
      ...parser.feed('"total":5}\n\nevent: status\r\ndata: {"status":\r\n'),
      ...parser.feed('data: "done"}\r\n\r\ndata: plain\n\n'),
    ]
    expect(events).toEqual([
      { event: 'progress', data: '{"done":1,"total":5}' },
      { event: 'status', data: '{"status":\n"done"}' },
      { event: 'message', data: 'plain' },
    ])
  })

  it('waits for the blank line before dispatching', () => {
    const parser = new SseParser()
    expect(parser.feed('event: status\ndata: {}\n')).toEqual([])
    expect(parser.feed('\n')).toEqual([{ event: 'status', data: '{}' }])
  })

  it('drops an oversized event and recovers for the next one', () => {
    const parser = new SseParser()
    expect(parser.feed(`event: progress\ndata: ${'x'.repeat(MAX_EVENT_CHARS + 10)}\n`)).toEqual([])
    expect(parser.feed('\nevent: status\ndata: {"status":"done"}\n\n')).toEqual([
      { event: 'status', data: '{"status":"done"}' },
    ])
  })
})
