/** Which finished scan the checklist is compared with, remembered in localStorage. */
const PICK_KEY = 'harbourscan.checklistScan'

/** null: nothing chosen yet (use the latest); '': the owner chose no scan. */
export function readPick(): string | null {
  try {
    return localStorage.getItem(PICK_KEY)
  } catch {
    return null
  }
}

export function writePick(id: string): void {
  try {
    localStorage.setItem(PICK_KEY, id)
  } catch {
    // Not kept; the choice still applies until the page is reloaded.
  }
}
