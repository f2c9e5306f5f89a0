"""The web page's style sheet and its one script (html_export's page).

- A table stacks each row as a block of labelled lines on a phone (up to 40em), and wider,
  where it would not fit its box, once the script has found so (``cards``): between 640 and
  900 px 集計 was cut off at its right edge behind a sideways scroll no one was told of
  (review 125 #4). Without the script such a table scrolls in its box.
- The script makes a table's box a focusable region, named by its caption, only where it
  still scrolls, and says so above it: 748 tables of a national survey that never scroll were
  each a Tab stop (review 125 #9).
- Printed on A4, a heading kept with its lead (the policy's sentence, the legend, the
  caption) and its table's header and first row: a policy's heading and sentence were left at
  a page's foot, a third of the page blank, its table moved whole to the next (review 127 #2;
  review 125 #4: Letter size, a heading alone at a page's foot). A table breaks between rows,
  its header repeated, each project's rows (a <tbody>) kept together where they fit, the
  first's too, its heading moving with it (世田谷区's 1-1-1 ran over a page, ④⑤ under an
  empty cell: review 130 #1); a project's cell unshaded (one longer than a page spilled its
  shading below the table); a row whole, but for one whose project cell spans rows (kept
  whole, the rows it spans would be too); a うち重点 line with its group's row; a note under a
  table whole, and with the table's last row where it fits; a table of a few rows whole on
  one page (``kept``: html_cells.KEPT_ROWS), with its caption and its heading; a longer
  one's last row never alone, its header never apart from its caption (review 134 #3, #10),
  its direction named above its header (``named``, a header row shown in print alone) on every
  page it runs onto, as Word's title row and Excel's 「…（続き）」 name it (review 134).
- Japanese broken between phrases (``word-break: auto-phrase``, a phrase longer than its line
  still broken), no line starting with a small kana or 」 (``line-break: strict``): 「検討／し」,
  「集／計結果」, 「【拡／充】」 (review 130 #3); a table's names and free text only at the <wbr>
  between their phrases (html_phrases: the browser's phrases broke 「周知方／法」, review 134 #7).
"""

from __future__ import annotations

import re

_PAGE = """*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;color:#1a1a1a;background:#fff;line-height:1.7;
word-break:auto-phrase;line-break:strict;
font-family:"Hiragino Sans","Yu Gothic","Meiryo","Noto Sans CJK JP",sans-serif}
main{max-width:72em;margin:0 auto;padding:1em}
h1{font-size:1.6em;line-height:1.4;margin:.5em 0;word-break:keep-all;overflow-wrap:anywhere}
h2{font-size:1.3em;line-height:1.4;margin:1.8em 0 .6em;padding-bottom:.2em;
border-bottom:2px solid #1f4e79}
h3{font-size:1.1em;line-height:1.4;margin:1.4em 0 .4em}
h3.body{border-left:.3em solid #1f4e79;padding-left:.4em}h4{font-size:1em;margin:1.2em 0 .4em}
p{margin:.5em 0}.legend{font-size:.95em}
.table-box{overflow-x:auto;margin:0 0 1.5em;max-width:100%}
.table-box:has(+.note){margin-bottom:.3em}.note{font-size:.9em;margin:0 0 1.5em}
.table-box:focus-visible{outline:3px solid #1f4e79;outline-offset:2px}
.table-box.scrolls::before{content:"表は横にスクロールできます →";display:block;position:sticky;left:0;
font-size:.85em;color:#444;margin-bottom:.2em}
table{border-collapse:collapse;width:100%}thead tr.named{display:none}
caption{text-align:left;padding:.3em 0;font-size:.95em;position:sticky;left:0;
max-width:calc(100vw - 2em)}
th,td{border:1px solid #595959;padding:.3em .5em;vertical-align:top;text-align:left}
thead th{background:#ddebf7;font-weight:bold;vertical-align:bottom}
tbody th{font-weight:normal;background:#f5f8fc}
td.number{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.value.numeric{word-break:keep-all;text-align:right}td.value:not(.numeric):not(:empty){min-width:7em}
td.value:not(.numeric),:is(table.chapter3,table.issues) td.dept{word-break:keep-all;overflow-wrap:break-word}
.figure{white-space:nowrap}
td.status{text-align:center;word-break:keep-all}td.mark{text-align:center;white-space:nowrap}
.id{white-space:nowrap}
table.chapter3{min-width:34em}
table.chapter3 th[scope=row]{min-width:8em}table.chapter3 td.item{min-width:10em}
table.chapter3 td.status{width:1%}table.chapter3 td.status.sub{min-width:7em}
table.chapter3 td.value.numeric{width:1%}
table.chapter3 td.issue{min-width:9em}table.chapter3 .short{white-space:nowrap}
table.chapter3 thead th{word-break:keep-all;overflow-wrap:break-word}
:is(table.chapter3,table.issues) :is(th[scope=row],td.item,td.issue){word-break:keep-all;
overflow-wrap:break-word}
table.summary th[scope=row]{min-width:8em}table.summary :is(th,td){padding:.3em .4em}
table.summary thead th{word-break:keep-all}table.summary thead .of{display:block}
table.summary thead th.word{white-space:nowrap}table.summary thead th.phrase{overflow-wrap:normal}
table.summary thead th:first-child{white-space:nowrap}
table.summary th .group{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
table.issues{min-width:44em}table.issues td.item{min-width:10em}
table.issues thead th{white-space:nowrap}
table.issues td.body{white-space:nowrap}table.issues th .lead{display:none}table.issues td.dept{word-break:keep-all}
abbr[title]{text-decoration:underline dotted;text-underline-offset:.3em;cursor:help}
tbody abbr[title]{text-decoration:none}
nav.contents ol{margin:.3em 0 1em;padding-left:1.8em}nav.contents li{margin:.15em 0}
nav.contents details ol{columns:9em;margin:.3em 0 .5em}nav.contents summary{cursor:pointer}
a{color:#1f4e79}"""

# a row as a block of labelled lines (「達成状況：○（計画どおり実施）」, 「◎：4　○：12」)
_STACKED = """table.stacked{min-width:0!important;table-layout:auto}table.stacked colgroup{display:none}
table.stacked caption{display:block;position:static;max-width:none}
table.stacked thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
table.stacked tbody,table.stacked tr,table.stacked th,table.stacked td{
display:block;width:auto!important;min-width:0!important;text-align:left!important}
table.stacked tr{border-top:1px solid #595959;padding:.2em 0}
table.stacked th,table.stacked td{border:0;padding:.15em .3em}
table.stacked tbody th{background:#ddebf7;font-weight:bold;margin-top:.4em}
table.stacked td[data-label]::before{content:attr(data-label) "：";font-weight:bold}
table.stacked td.number{display:inline-block;margin-right:1em;text-align:left}
table.stacked td:empty{display:none}table.stacked .short{white-space:normal}
table.stacked td.id{display:inline-block;font-weight:bold}
table.stacked td.status abbr[title]::after{content:"（" attr(title) "）"}
table.issues.stacked th .lead{display:inline}table.issues.stacked td.body{display:none}
table.summary.stacked tr{display:flex;flex-wrap:wrap;align-items:baseline}
table.summary.stacked tr>*{order:1}table.summary.stacked tbody th{flex-basis:100%}
table.summary.stacked td.id{display:none}
table.summary.stacked th[data-id]::before{content:attr(data-id) "　"}
table.summary.stacked th[data-word]::before{content:attr(data-word)}
table.summary.stacked th[data-code]::before{content:attr(data-code) "　"}
table.summary.stacked th .group{position:static;width:auto;height:auto;clip-path:none}
table.summary.stacked tr::before,table.summary.stacked tr::after{content:"";flex-basis:100%}
table.summary.stacked tr::before{order:2}table.summary.stacked td.sum{order:3}
table.summary.stacked tr::after{order:4}table.summary.stacked td.share{order:5}"""

_PRINT = """@media print{@page{size:a4;margin:14mm 12mm}
body{font-size:10pt;line-height:1.5}main{max-width:none;padding:0}
h1,h2,h3,h4,h2+p,.legend,caption,.table-box:has(+.note){break-after:avoid}
h2,h3,h4,.note{break-inside:avoid}
.table-box{overflow:visible}.table-box::before{content:none!important}
thead{display:table-header-group;break-after:avoid}tr:not(:has(>[rowspan])){break-inside:avoid}
table:has(th.project) tbody{break-inside:avoid}th.project{background:none}tbody:first-of-type>tr:first-child,tr:has(.group){break-before:avoid}
.table-box.kept{break-inside:avoid}thead tr.named{display:table-row}
thead tr.named th{background:none;border:0;padding:0 0 .2em}thead,tbody:only-of-type>tr:last-child{break-before:avoid}
a{color:inherit;text-decoration:none}abbr[title]{text-decoration:none}}"""

# a table that would not fit its box as it is, before it is stacked (``tight``, SCRIPT): its
# short names (a department's aside) and titles broken between their phrases, its cells' sides
# narrower, its text a little smaller; each figure still whole. 東上野県's 9 columns (指標名 and
# three figures beside 取組, 課題 and 担当課) were 69 cards at 1280 and 1600 px (review 199 #2).
_TIGHT = """table.tight{font-size:.9em}table.tight .short:not(.dept),table.tight thead th{white-space:normal}
table.tight thead th{word-break:keep-all}
table.tight :is(th,td){padding-left:.3em;padding-right:.3em}"""

STYLE = "\n".join(
    [
        _PAGE,
        # (columns as their <colgroup> sizes them, no narrower than holds them: html_columns)
        "@media screen{table.fixed{table-layout:fixed;min-width:var(--least)!important}"
        "table.fixed :is(th,td.item,td.issue).short{white-space:normal}}",
        "@media (max-width:40em){main{padding:.75em}h1{font-size:1.35em}h2{font-size:1.15em}",
        _STACKED + "}",
        "@media screen{" + _TIGHT + re.sub(r"\.stacked\b", ".stacked.cards", _STACKED) + "}",
        # (集計's names each on its line where the page is at its widest, 72em: review 152 #9)
        "@media screen and (min-width:72em){table.summary thead th[style]{min-width:var(--name)}}",
        _PRINT,
    ]
)

# Each table's box, at this width (again as the window is resized): a table that does not fit
# is set tighter (_TIGHT), and one that still does not fit is stacked (cards); a box that scrolls a
# focusable region saying so. All sizes are read, then written, so a page of a thousand tables
# is laid out three times, not a thousand times.
SCRIPT = """(function(queued){
function over(box){return box.scrollWidth>box.clientWidth+1}
function step(boxes,from,to){boxes.map(over).forEach(function(wide,i){var b=boxes[i],t=b.firstElementChild;
if(wide&&b.classList.contains("stacked")){t.classList.remove(from);t.classList.add(to)}})}
function fit(event){queued=false;var boxes=[].slice.call(document.querySelectorAll(".table-box"));
boxes.forEach(function(b){b.firstElementChild.classList.remove("cards","tight")});
step(boxes,"cards","tight");step(boxes,"tight","cards");
boxes.map(over).forEach(function(wide,i){var b=boxes[i];b.classList.toggle("scrolls",wide);
if(wide){b.setAttribute("tabindex","0");b.setAttribute("role","region");
b.setAttribute("aria-labelledby",b.querySelector("caption").id)}else{b.removeAttribute("tabindex");
b.removeAttribute("role");b.removeAttribute("aria-labelledby")}})}
addEventListener("load",fit);
addEventListener("resize",function(event){if(!queued){queued=true;requestAnimationFrame(fit)}})
})(false);"""
