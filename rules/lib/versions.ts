/**
 * Version comparison exactly as Retire.js does it (not semver): split on "." and "-", compare
 * numeric segments as numbers and everything else as strings, and a string segment sorts below a
 * number or a missing segment (missing counts as 0). So "3.0.0-beta1" < "3.0.0", "1.9.0b1" < "1.9.0",
 * "2.2" == "2.2.0", "1.2.3.4" > "1.2.3" and "1.12.4-aem" < "1.12.4".
 */

/** A range entry as Retire.js writes it. */
export interface VersionRange {
  atOrAbove?: string
  below: string
  excludes?: readonly string[]
}

type Segment = number | string

function toComparable(part: string | undefined): Segment {
  if (part === undefined) return 0
  return /^[0-9]+$/.test(part) ? Number.parseInt(part, 10) : part
}

/** -1, 0 or 1, following Retire.js's isAtOrAbove ordering. */
export function compareVersions(a: string, b: string): -1 | 0 | 1 {
  const left = a.split(/[.-]/)
  const right = b.split(/[.-]/)
  const length = Math.max(left.length, right.length)
  for (let i = 0; i < length; i++) {
    const x = toComparable(left[i])
    const y = toComparable(right[i])
    // Mixed types: the number wins ("1.9.0b1" is a pre-release of "1.9.0").
    if (typeof x !== typeof y) return typeof x === 'number' ? 1 : -1
    if (x > y) return 1
    if (x < y) return -1
  }
  return 0
}

export function isAtOrAbove(version: string, bound: string): boolean {
  return compareVersions(version, bound) >= 0
}

/** Whether `version` falls in a Retire.js range entry: atOrAbove <= v < below, not excluded. */
export function inRange(version: string, range: VersionRange): boolean {
  if (isAtOrAbove(version, range.below)) return false
  if (range.atOrAbove !== undefined && !isAtOrAbove(version, range.atOrAbove)) return false
  return !(range.excludes ?? []).includes(version)
}

/** Shape check for versions taken from hostile input (URLs, banners, page globals). */
export function isPlausibleVersion(value: string): boolean {
  return value.length <= 40 && /^\d[\w.-]*$/.test(value)
}

/** Strips a trailing ".min"/"-min", as Retire.js does for versions captured from file names. */
export function stripMinSuffix(version: string): string {
  return version.replace(/[.-]min$/, '')
}

/** Highest of a list of versions by the Retire.js ordering, or undefined for an empty list. */
export function maxVersion(versions: readonly string[]): string | undefined {
  let best: string | undefined
  for (const v of versions) if (best === undefined || compareVersions(v, best) > 0) best = v
  return best
}
