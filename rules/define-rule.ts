import type { ArtifactName } from '../scanner/artifacts.ts'
import type { Rule } from './types.ts'

/** Identity helper that infers a rule's artifact and message-id types from its meta. */
export function defineRule<R extends ArtifactName, M extends string>(rule: Rule<R, M>): Rule<R, M> {
  return rule
}
