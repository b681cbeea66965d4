/** Entry point: sets the page language, then defines the application shell. */
import { applyLang } from './i18n/index.ts'
import './components/hs-app.ts'

applyLang()
