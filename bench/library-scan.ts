/**
 * One HarbourScan library-detection process, as the benchmark times it: load the imported data,
 * fetch the page and its scripts over HTTP from the range, detect, print the Scripts artifact.
 * Usage: node bench/library-scan.ts <url>   (HARBOURSCAN_DATA_DIR points at the imported data)
 */
import { collect } from '../scanner/collect.ts'
import { mainResponseCollector } from '../scanner/collectors/main-response.ts'
import { redirectChainCollector } from '../scanner/collectors/redirect-chain.ts'
import { scriptsCollector } from '../scanner/collectors/scripts.ts'
import { scanOptionsFor } from '../scanner/scan.ts'
import { parseTarget } from '../scanner/target.ts'

const url = process.argv[2]
if (!url) throw new Error('usage: node bench/library-scan.ts <url>')
const target = parseTarget(url)
const collected = await collect(
  target,
  scanOptionsFor(target, { allowPrivate: true, anyPort: true }),
  {
    collectors: [redirectChainCollector, mainResponseCollector, scriptsCollector],
  }
)
process.stdout.write(
  `${JSON.stringify({ scripts: collected.values.Scripts, errors: collected.errors })}\n`
)
