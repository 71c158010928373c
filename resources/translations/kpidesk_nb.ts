<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nb_NO">
<context>
    <name>BenchmarksModel</name>
    <message>
        <source>Industry standard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Competitor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Own best</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>KPIDesk</source>
        <translation>KPIDesk</translation>
    </message>
    <message>
        <source>Something went wrong: {0}</source>
        <translation>Noe gikk galt: {0}</translation>
    </message>
    <message>
        <source>Your data is safe: every change is saved as it is made. The details below are also in the log file.</source>
        <translation>Dataene dine er trygge: hver endring lagres idet den gjøres. Detaljene nedenfor står også i loggfilen.</translation>
    </message>
</context>
<context>
    <name>DataEntryScreen</name>
    <message>
        <source>Enter a value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit &amp;comment…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste {0} values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear {0} values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment on {0}, {1}:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit a comment</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EntryScreen</name>
    <message>
        <source>&amp;Frequency:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the KPIs measured this often</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First period shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last period shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a value and press Enter · Shift+F2: comment · Ctrl+V: paste from a spreadsheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How to enter values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Values by KPI and period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no KPIs to type values for yet. Add KPIs on the KPIs screen first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No KPIs yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>KPIDesk files (*.kpidesk)</source>
        <translation>KPIDesk-filer (*.kpidesk)</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Åpne fil</translation>
    </message>
    <message>
        <source>Check of the file</source>
        <translation>Kontroll av filen</translation>
    </message>
    <message>
        <source>File in use</source>
        <translation>Filen er i bruk</translation>
    </message>
    <message>
        <source>You can open it read-only and look, but not change anything.</source>
        <translation>Du kan åpne den skrivebeskyttet og se, men ikke endre noe.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Åpne &amp;skrivebeskyttet</translation>
    </message>
    <message>
        <source>Open a KPIDesk file</source>
        <translation>Åpne en KPIDesk-fil</translation>
    </message>
    <message>
        <source>Save the new business as</source>
        <translation>Lagre den nye virksomheten som</translation>
    </message>
    <message>
        <source>New business</source>
        <translation>Ny virksomhet</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Lagre en kopi som</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopi</translation>
    </message>
    <message>
        <source>Saved a copy to {0}</source>
        <translation>Lagret en kopi i {0}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Both kinds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leading and lagging</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All goals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Split by channel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GoalCommands</name>
    <message>
        <source>Add goal “{0}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit goal “{0}”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>New goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} – {1} ({2})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} – retired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tip: link one to three KPIs, at least one of them leading.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tip: add a leading KPI, so you see problems before the results do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} KPIs linked; one to three per goal keeps the focus.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title: give the goal a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Grow online sales by 30 % by the end of next year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Horizon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D&amp;ue by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The goal has a due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;KPIs that serve this goal (tick to link, untick to unlink):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KPIs that serve this goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Horizon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KPIs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archived on {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GoalsScreen</name>
    <message>
        <source>Goals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shown: {0} of {1} goals.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shown: {0} of {1} goals (archived goals hidden: {2}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore the selected goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archive the selected goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archive goal “{0}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore goal “{0}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search goals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title, description or owner (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show archi&amp;ved goals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show archived goals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New goal…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a goal (Insert)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the selected goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the selected goal and its KPIs (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide the goal from lists; its history is kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description of the selected goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;KPIs serving this goal:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KPIs serving the selected goal</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>KPI guide</source>
        <translation>KPI-veiledning</translation>
    </message>
</context>
<context>
    <name>KpiCommands</name>
    <message>
        <source>Add KPI {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit KPI {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retire KPI {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KpiDialog</name>
    <message>
        <source>Formula: unknown KPI code “{0}” at position {1}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Formula: syntax error at position {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code: give the KPI a short code, such as WEB_ORDERS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code: use only letters A–Z, digits and _, and start with a letter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code: another KPI already has the code {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drives: there is no other KPI with the code {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decimals: choose between 0 and 6 decimals.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score scale: the lowest score must be below the highest score.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score labels: write line {0} as “1 = Poor”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score labels: the score {0} on line {1} is outside the scale.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New KPI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KPI {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not split (total only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marketing channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not from the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retired on {0}. Reason: {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name: give the KPI a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Baseline: “{0}” is not a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0}: “{1}” is not a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Realistic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stretch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Range low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Range high</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target: type a realistic target (or a range) first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Range low: must not exceed range high.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Effective from: a target from {0} exists already; targets are never rewritten, so choose another date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label: say what the benchmark is, e.g. whose figure.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value: type the figure.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KPI editor sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gen&amp;eral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. WEB_ORDERS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>De&amp;finition:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data &amp;source:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where the number comes from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dri&amp;ves:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drives (codes of the lagging KPIs this KPI moves)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Codes, separated by commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Timing:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. NOK, %, visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Decimals:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decimals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fre&amp;quency:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>R&amp;oll-up:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roll-up over time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;plit by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Split by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value before you started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For&amp;mula:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Formula</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional, over other KPI codes, e.g. WEB_ORDERS / WEB_VISITS * 100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score scale (qualitative KPIs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lowest score (m&amp;inimum):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lowest score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Highest score (ma&amp;ximum):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Highest score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score &amp;labels:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score labels, one per line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One per line, e.g. 1 = Poor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tar&amp;gets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new target applies from its date on; earlier periods keep the targets that were in force then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Effective &amp;from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Effective from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Realistic:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Realistic target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Stretch:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stretch target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Segmen&amp;t:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Warning at:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Range &amp;low:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lowest good value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Range h&amp;igh:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Highest good value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Benc&amp;hmarks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Figures to compare with: industry standards, competitors or your own best. Type them from a source you trust; KPIDesk never invents them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Benchmarks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New benchmark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Benchmark kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Benchmark label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Trade association average</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Benchmark value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As &amp;of:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As of date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Benchmark source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. a report, with its year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Example figure, not a real one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xample figure, not a real one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add benchmark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add benchmark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>KpisModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retired on {0}: {1}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KpisScreen</name>
    <message>
        <source>KPIs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shown: {0} of {1} KPIs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>V&amp;iew…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reinstate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reinstate the selected KPI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retire the selected KPI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reinstate KPI {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search KPIs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code, name or definition (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show retire&amp;d KPIs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show retired KPIs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New KPI…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New KPI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a KPI (Insert)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the selected KPI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the KPI, its targets and benchmarks (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop tracking the KPI; its values and targets are kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Timing:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by timing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by marketing channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Retail</source>
        <translation>Butikkhandel</translation>
    </message>
    <message>
        <source>Online shop</source>
        <translation>Nettbutikk</translation>
    </message>
    <message>
        <source>Café, restaurant or hotel</source>
        <translation>Kafé, restaurant eller hotell</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Tjenester</translation>
    </message>
    <message>
        <source>Construction and trades</source>
        <translation>Bygg og håndverk</translation>
    </message>
    <message>
        <source>Wholesale</source>
        <translation>Engroshandel</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Økonomi</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Salg</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Markedsføring</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Medarbeidere</translation>
    </message>
    <message>
        <source>Quantitative</source>
        <translation>Kvantitativ</translation>
    </message>
    <message>
        <source>Qualitative</source>
        <translation>Kvalitativ</translation>
    </message>
    <message>
        <source>Leading</source>
        <translation>Ledende</translation>
    </message>
    <message>
        <source>Lagging</source>
        <translation>Etterslepende</translation>
    </message>
    <message>
        <source>Long term</source>
        <translation>Langsiktig</translation>
    </message>
    <message>
        <source>Short term</source>
        <translation>Kortsiktig</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Høyere er bedre</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Lavere er bedre</translation>
    </message>
    <message>
        <source>Stay within a range</source>
        <translation>Hold seg innenfor et intervall</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daglig</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Ukentlig</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Månedlig</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Kvartalsvis</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Årlig</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Gjennomsnitt</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>Siste verdi</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Lavest</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Høyest</translation>
    </message>
    <message>
        <source>Stretch met</source>
        <translation>Strekkmål nådd</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>I rute</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>I faresonen</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Ikke i rute</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Ingen data</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Ingen målverdi</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>About KPIDesk</source>
        <translation>Om KPIDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;KPIDesk {0}&lt;/h3&gt;&lt;p&gt;Goals, KPIs, targets and scorecards for small businesses — offline, on your own computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KPIDesk {0}&lt;/h3&gt;&lt;p&gt;Mål, KPI-er, måltall og resultatkort for små virksomheter – uten nett, på din egen datamaskin.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Åpne fil</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivebeskyttet</translation>
    </message>
    <message>
        <source>KPIDesk</source>
        <translation>KPIDesk</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Deler</translation>
    </message>
    <message>
        <source>Current section</source>
        <translation>Valgt del</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Åpne &amp;nylig brukt</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;New Business…</source>
        <translation>&amp;Ny virksomhet …</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Å&amp;pne …</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Lagre en &amp;kopi som …</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Ta sikkerhetskopi nå</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Innstillinger …</translation>
    </message>
    <message>
        <source>KPI &amp;Guide</source>
        <translation>KPI-&amp;veiledning</translation>
    </message>
    <message>
        <source>&amp;About KPIDesk</source>
        <translation>&amp;Om KPIDesk</translation>
    </message>
</context>
<context>
    <name>NewBusinessDialog</name>
    <message>
        <source>Give the business a name.</source>
        <translation>Gi virksomheten et navn.</translation>
    </message>
    <message>
        <source>The currency is a three-letter code such as NOK or EUR.</source>
        <translation>Valutaen er en kode på tre bokstaver, som NOK eller EUR.</translation>
    </message>
    <message>
        <source>New business</source>
        <translation>Ny virksomhet</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Virksomhetens navn</translation>
    </message>
    <message>
        <source>e.g. Fjordbakeriet AS</source>
        <translation>f.eks. Fjordbakeriet AS</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Bransje:</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Bransje</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>&amp;Fiscal year starts in:</source>
        <translation>&amp;Regnskapsåret starter i:</translation>
    </message>
    <message>
        <source>First month of the fiscal year</source>
        <translation>Første måned i regnskapsåret</translation>
    </message>
    <message>
        <source>&amp;Language of the business data:</source>
        <translation>&amp;Språk for virksomhetens data:</translation>
    </message>
    <message>
        <source>Language of the business data</source>
        <translation>Språk for virksomhetens data</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>NumberDelegate</name>
    <message>
        <source>“{0}” is not a number. Write numbers like {1}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value for the selected cell</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The system's language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>A new language is used from the next start of KPIDesk.</source>
        <translation>Et nytt språk tas i bruk neste gang KPIDesk starter.</translation>
    </message>
</context>
<context>
    <name>RetireKpiDialog</name>
    <message>
        <source>{0} leaves the dashboards and lists from this date. Its values, targets and benchmarks are kept, so old reports stay true.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason: say why, so the team knows later on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retire KPI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retired &amp;from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retired from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. replaced by a better measure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replaced &amp;by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replaced by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ScoreDelegate</name>
    <message>
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no score)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SetValuesCommand</name>
    <message>
        <source>Nothing was saved: {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <source>Realistic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stretch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Range low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Range high</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New — saved when you press OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Effective from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set by</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to KPIDesk</source>
        <translation>Velkommen til KPIDesk</translation>
    </message>
    <message>
        <source>Set goals, choose the right KPIs, follow them every month.</source>
        <translation>Sett mål, velg riktige KPI-er og følg dem opp hver måned.</translation>
    </message>
    <message>
        <source>About KPIDesk</source>
        <translation>Om KPIDesk</translation>
    </message>
    <message>
        <source>&amp;New business…</source>
        <translation>&amp;Ny virksomhet …</translation>
    </message>
    <message>
        <source>New business</source>
        <translation>Ny virksomhet</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>Å&amp;pne en fil …</translation>
    </message>
    <message>
        <source>Open a file</source>
        <translation>Åpne en fil</translation>
    </message>
    <message>
        <source>Open the &amp;demo business</source>
        <translation>Åpne &amp;demovirksomheten</translation>
    </message>
    <message>
        <source>Open the demo business</source>
        <translation>Åpne demovirksomheten</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>Ny&amp;lig brukte filer</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Nylig brukte filer</translation>
    </message>
</context>
</TS>