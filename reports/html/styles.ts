/** Inline CSS: no web fonts, no external images; readable on screen and on A4 paper. */
export const STYLES = `
:root{--ink:#1d2733;--muted:#5b6673;--line:#d9dee4;--bg:#f5f7f9;--accent:#0b5cab;
--crit:#8b0000;--high:#c62828;--med:#e65100;--low:#8d6e00;--info:#37618a}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 -apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",
"PingFang HK","Microsoft JhengHei",sans-serif;color:var(--ink);background:#fff}
main{max-width:960px;margin:0 auto;padding:24px}
h1{font-size:26px;margin:0 0 4px}h2{font-size:20px;margin:32px 0 12px;padding-bottom:4px;
border-bottom:2px solid var(--line)}h3{font-size:16px;margin:0 0 6px}
p{margin:6px 0}.muted{color:var(--muted)}.small{font-size:13px}
a{color:var(--accent);overflow-wrap:anywhere}.url{overflow-wrap:anywhere}
header.report{border-bottom:4px solid var(--accent);padding-bottom:12px;margin-bottom:16px}
.grades{display:flex;gap:12px;flex-wrap:wrap}
.grade{flex:1 1 200px;border:1px solid var(--line);border-radius:8px;padding:12px;display:flex;
gap:12px;break-inside:avoid}
.badge{min-width:64px;height:64px;border-radius:8px;color:#fff;font-size:30px;font-weight:700;
display:flex;align-items:center;justify-content:center;-webkit-print-color-adjust:exact;
print-color-adjust:exact}
.g-a{background:#2e7d32}.g-b{background:#689f38}.g-c{background:#f9a825;color:#222}
.g-d{background:#ef6c00}.g-f{background:#c62828}.g-none{background:#78909c}
.grade ul{margin:4px 0 0;padding-left:18px;font-size:13px}
.notice{border-left:4px solid var(--med);background:#fff4e5;padding:10px 12px;margin:12px 0;
break-inside:avoid}
.notice.error{border-color:var(--high);background:#fdecea}
.card{border:1px solid var(--line);border-radius:8px;padding:12px 14px;margin:10px 0;
break-inside:avoid-page}
.sev{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600;
color:#fff;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.sev-critical{background:var(--crit)}.sev-high{background:var(--high)}
.sev-medium{background:var(--med)}.sev-low{background:var(--low)}.sev-info{background:var(--info)}
table{border-collapse:collapse;width:100%;font-size:13px;margin:8px 0}
th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top;
overflow-wrap:anywhere}
th{background:var(--bg)}
tr{break-inside:avoid}
pre{background:var(--bg);border:1px solid var(--line);border-radius:4px;padding:8px;
font:12px/1.4 Consolas,"DejaVu Sans Mono",monospace;white-space:pre-wrap;overflow-wrap:anywhere}
code{font:12px Consolas,"DejaVu Sans Mono",monospace}
ol.top li{margin-bottom:8px}
.new{color:var(--high);font-weight:600}.fixed{color:#2e7d32;font-weight:600}
footer{margin-top:40px;padding-top:8px;border-top:1px solid var(--line);font-size:12px;
color:var(--muted)}
svg text{font-family:Arial,sans-serif}
@page{size:A4;margin:18mm 12mm}
@media print{body{font-size:12px}main{max-width:none;padding:0 2px}h2{break-after:avoid}
a{color:var(--ink);text-decoration:none}section.appendix{break-before:page}}
`
