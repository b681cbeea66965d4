/**
 * The registry package whose Retire.js copy is the offline baseline: stale (derived from the v2
 * format: no func checks, no excludes, 62 libraries) but legal and installable (libraries.md §6).
 */
export const BASELINE_PACKAGE = '@salesforce/code-analyzer-retirejs-engine@0.32.0'
