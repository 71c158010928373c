<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nb_NO">
<context>
    <name>BalancePage</name>
    <message>
        <source>Is the set balanced?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A good set is small, gives every goal an early warning, and mixes numbers with at least one judgement of quality.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished">Mål</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation type="unfinished">KPI-er</translation>
    </message>
    <message>
        <source>Leading</source>
        <translation type="unfinished">Ledende</translation>
    </message>
    <message>
        <source>Lagging</source>
        <translation type="unfinished">Etterslepende</translation>
    </message>
    <message>
        <source>&amp;Go on with this set anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KPIs &amp;per goal:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KPIs per goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to &amp;consider:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to consider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} KPIs in all: {1} quantitative, {2} qualitative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The set is balanced. Well done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{0}” has no KPI: without one you cannot tell whether the goal is getting closer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{0}” has {1} KPIs: more than {2} blur the picture; keep the ones you would act on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{0}” has no leading KPI: you will only see the result when it is too late to act.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only {0} KPIs in all: with fewer than {1} important parts of the business go unseen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} KPIs in all: more than {1} are hard to follow up every month.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only numbers: add a qualitative KPI (e.g. customer satisfaction) to see quality too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only judgements: add a number you can count, so progress can be measured exactly.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BenchmarksModel</name>
    <message>
        <source>Industry standard</source>
        <translation>Bransjestandard</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Konkurrent</translation>
    </message>
    <message>
        <source>Own best</source>
        <translation>Egen beste</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Betegnelse</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Per dato</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Eksempel</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check each KPI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A KPI only helps if someone can measure it regularly. Say where each number comes from, who looks after it, and which goals it serves.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. the till system, accounting, a survey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a name, or pick someone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data &amp;source:</source>
        <translation type="unfinished">&amp;Datakilde:</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished">Datakilde</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">Ansvarlig</translation>
    </message>
    <message>
        <source>Serves &amp;goals:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goals the KPI serves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without a data source nobody knows where to find the number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without an owner the KPI tends to be forgotten.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A KPI that serves no goal is probably not needed.</source>
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
    <name>CustomKpiDialog</name>
    <message>
        <source>Give the KPI a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The code starts with a letter and holds only A–Z, 0–9 and _.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A KPI with the code {0} is chosen already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your own KPI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Navn:</translation>
    </message>
    <message>
        <source>KPI name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Cakes sold before noon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KPI code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A short unique code in capital letters, used in formulas and imports.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation type="unfinished">&amp;Mål:</translation>
    </message>
    <message>
        <source>Goal the KPI serves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished">En&amp;het:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">Enhet</translation>
    </message>
    <message>
        <source>&amp;Better when:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished">Retning</translation>
    </message>
    <message>
        <source>&amp;Measured every:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished">Frekvens</translation>
    </message>
    <message>
        <source>&amp;Leading or lagging:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leading or lagging</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leading: an early warning you can act on. Lagging: the result you want in the end.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished">Problem</translation>
    </message>
</context>
<context>
    <name>DataEntryScreen</name>
    <message>
        <source>Enter a value</source>
        <translation>Legg inn en verdi</translation>
    </message>
    <message>
        <source>Data entry</source>
        <translation>Dataregistrering</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Tøm</translation>
    </message>
    <message>
        <source>Edit &amp;comment…</source>
        <translation>&amp;Rediger kommentar …</translation>
    </message>
    <message>
        <source>Paste {0} values</source>
        <translation>Lim inn {0} verdier</translation>
    </message>
    <message>
        <source>Clear {0} values</source>
        <translation>Tøm {0} verdier</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Comment on {0}, {1}:</source>
        <translation>Kommentar til {0}, {1}:</translation>
    </message>
    <message>
        <source>Edit a comment</source>
        <translation>Rediger en kommentar</translation>
    </message>
</context>
<context>
    <name>EntryEdits</name>
    <message>
        <source>The clipboard holds no values to paste.</source>
        <translation>Utklippstavlen har ingen verdier å lime inn.</translation>
    </message>
    <message>
        <source>The pasted block has {0} rows and {1} columns, but from the selected cell there is room for {2} rows and {3} columns. Nothing was pasted.</source>
        <translation>Blokken du limer inn har {0} rader og {1} kolonner, men fra den valgte cellen er det bare plass til {2} rader og {3} kolonner. Ingenting ble limt inn.</translation>
    </message>
    <message>
        <source>The pasted block could not be read: {0}</source>
        <translation>Blokken du limte inn kunne ikke leses: {0}</translation>
    </message>
    <message>
        <source>Row {0}, column {1} of the pasted block: “{2}” is not a number. Write numbers like {3}. Nothing was pasted.</source>
        <translation>Rad {0}, kolonne {1} i blokken: «{2}» er ikke et tall. Skriv tall som {3}. Ingenting ble limt inn.</translation>
    </message>
    <message>
        <source>({0} more cells could not be read.)</source>
        <translation>({0} celler til kunne ikke leses.)</translation>
    </message>
    <message>
        <source>Row {0}, column {1} of the pasted block: {2} is outside the scale of “{3}” ({4} to {5}). Nothing was pasted.</source>
        <translation>Rad {0}, kolonne {1} i blokken: {2} er utenfor skalaen til «{3}» ({4} til {5}). Ingenting ble limt inn.</translation>
    </message>
</context>
<context>
    <name>EntryGrid</name>
    <message>
        <source>Target: between {0} and {1}.</source>
        <translation>Målverdi: mellom {0} og {1}.</translation>
    </message>
    <message>
        <source>Target: {0} (stretch {1}).</source>
        <translation>Målverdi: {0} (strekkmål {1}).</translation>
    </message>
    <message>
        <source>Target: {0}.</source>
        <translation>Målverdi: {0}.</translation>
    </message>
    <message>
        <source>Status: {0} {1}.</source>
        <translation>Status: {0} {1}.</translation>
    </message>
    <message>
        <source>No value yet for {0}.</source>
        <translation>Ingen verdi ennå for {0}.</translation>
    </message>
    <message>
        <source>Comment: {0}</source>
        <translation>Kommentar: {0}</translation>
    </message>
</context>
<context>
    <name>EntryScreen</name>
    <message>
        <source>&amp;Frequency:</source>
        <translation>Fre&amp;kvens:</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frekvens</translation>
    </message>
    <message>
        <source>Show the KPIs measured this often</source>
        <translation>Vis KPI-ene som måles med denne frekvensen</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>Fr&amp;a:</translation>
    </message>
    <message>
        <source>First period shown</source>
        <translation>Første periode som vises</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>Last period shown</source>
        <translation>Siste periode som vises</translation>
    </message>
    <message>
        <source>Type a value and press Enter · Shift+F2: comment · Ctrl+V: paste from a spreadsheet</source>
        <translation>Skriv en verdi og trykk Enter · Shift+F2: kommentar · Ctrl+V: lim inn fra et regneark</translation>
    </message>
    <message>
        <source>How to enter values</source>
        <translation>Slik legger du inn verdier</translation>
    </message>
    <message>
        <source>Values by KPI and period</source>
        <translation>Verdier per KPI og periode</translation>
    </message>
    <message>
        <source>There are no KPIs to type values for yet. Add KPIs on the KPIs screen first.</source>
        <translation>Det finnes ingen KPI-er å legge inn verdier for ennå. Legg først til KPI-er under «KPI-er».</translation>
    </message>
    <message>
        <source>No KPIs yet</source>
        <translation>Ingen KPI-er ennå</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
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
        <source>Damaged file</source>
        <translation>Skadet fil</translation>
    </message>
    <message>
        <source>Do you want to choose a backup to restore it from?</source>
        <translation>Vil du velge en sikkerhetskopi å gjenopprette den fra?</translation>
    </message>
    <message>
        <source>Restoring …</source>
        <translation>Gjenoppretter …</translation>
    </message>
    <message>
        <source>Restored from the backup; the previous file is kept as {0}</source>
        <translation>Gjenopprettet fra sikkerhetskopien; den forrige filen er tatt vare på som {0}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Gjenopprett fra sikkerhetskopi</translation>
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
        <translation>Alle områder</translation>
    </message>
    <message>
        <source>Both kinds</source>
        <translation>Begge typer</translation>
    </message>
    <message>
        <source>Leading and lagging</source>
        <translation>Ledende og etterslepende</translation>
    </message>
    <message>
        <source>All goals</source>
        <translation>Alle mål</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Alle kanaler</translation>
    </message>
    <message>
        <source>Split by channel</source>
        <translation>Brutt ned på kanal</translation>
    </message>
</context>
<context>
    <name>GoalCommands</name>
    <message>
        <source>Add goal “{0}”</source>
        <translation>Legg til målet «{0}»</translation>
    </message>
    <message>
        <source>Edit goal “{0}”</source>
        <translation>Rediger målet «{0}»</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>New goal</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Rediger mål</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>{0} – {1} ({2})</source>
        <translation>{0} – {1} ({2})</translation>
    </message>
    <message>
        <source>{0} – retired</source>
        <translation>{0} – avviklet</translation>
    </message>
    <message>
        <source>Tip: link one to three KPIs, at least one of them leading.</source>
        <translation>Tips: koble til én til tre KPI-er, og minst én av dem bør være ledende.</translation>
    </message>
    <message>
        <source>Tip: add a leading KPI, so you see problems before the results do.</source>
        <translation>Tips: legg til en ledende KPI, så ser du problemer før de viser seg i resultatene.</translation>
    </message>
    <message>
        <source>{0} KPIs linked; one to three per goal keeps the focus.</source>
        <translation>{0} KPI-er koblet til; én til tre per mål gir best fokus.</translation>
    </message>
    <message>
        <source>Title: give the goal a title.</source>
        <translation>Tittel: gi målet en tittel.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>e.g. Grow online sales by 30 % by the end of next year</source>
        <translation>f.eks. Øke nettsalget med 30 % innen utgangen av neste år</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>Tids&amp;horisont:</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Tidshorisont</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Område:</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ansvarlig:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>D&amp;ue by:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <source>The goal has a due date</source>
        <translation>Målet har en frist</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>&amp;KPIs that serve this goal (tick to link, untick to unlink):</source>
        <translation>&amp;KPI-er som støtter dette målet (huk av for å koble til, fjern haken for å koble fra):</translation>
    </message>
    <message>
        <source>KPIs that serve this goal</source>
        <translation>KPI-er som støtter dette målet</translation>
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
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Tidshorisont</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI-er</translation>
    </message>
    <message>
        <source>Archived on {0}</source>
        <translation>Arkivert {0}</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>Your goals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start with what you want to achieve, in your own words. Each goal gets a few KPIs that show whether you are getting there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. More regular customers in the café</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Examples:&lt;/b&gt; More regular customers in the café · Grow online sales this year · Fewer late deliveries · A better margin on every job · Happier staff who stay longer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation type="unfinished">&amp;Mål:</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation type="unfinished">Nytt mål</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goals &amp;chosen:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goals chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>– already in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You can add {0} more goal(s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Five new goals is the most: fewer goals get more attention.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GoalsScreen</name>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Shown: {0} of {1} goals.</source>
        <translation>Viser {0} av {1} mål.</translation>
    </message>
    <message>
        <source>Shown: {0} of {1} goals (archived goals hidden: {2}).</source>
        <translation>Viser {0} av {1} mål (skjulte arkiverte mål: {2}).</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gjenopprett</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Arkiver</translation>
    </message>
    <message>
        <source>Restore the selected goal</source>
        <translation>Gjenopprett det valgte målet</translation>
    </message>
    <message>
        <source>Archive the selected goal</source>
        <translation>Arkiver det valgte målet</translation>
    </message>
    <message>
        <source>Archive goal “{0}”</source>
        <translation>Arkiver målet «{0}»</translation>
    </message>
    <message>
        <source>Restore goal “{0}”</source>
        <translation>Gjenopprett målet «{0}»</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>Search goals</source>
        <translation>Søk i mål</translation>
    </message>
    <message>
        <source>Title, description or owner (Ctrl+F)</source>
        <translation>Tittel, beskrivelse eller ansvarlig (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show archi&amp;ved goals</source>
        <translation>Vis arki&amp;verte mål</translation>
    </message>
    <message>
        <source>Show archived goals</source>
        <translation>Vis arkiverte mål</translation>
    </message>
    <message>
        <source>&amp;New goal…</source>
        <translation>&amp;Nytt mål …</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <source>Add a goal (Insert)</source>
        <translation>Legg til et mål (Insert)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Red&amp;iger …</translation>
    </message>
    <message>
        <source>Edit the selected goal</source>
        <translation>Rediger det valgte målet</translation>
    </message>
    <message>
        <source>Edit the selected goal and its KPIs (Enter)</source>
        <translation>Rediger det valgte målet og tilhørende KPI-er (Enter)</translation>
    </message>
    <message>
        <source>Hide the goal from lists; its history is kept</source>
        <translation>Skjul målet i listene; historikken beholdes</translation>
    </message>
    <message>
        <source>Description of the selected goal</source>
        <translation>Beskrivelse av det valgte målet</translation>
    </message>
    <message>
        <source>&amp;KPIs serving this goal:</source>
        <translation>&amp;KPI-er som støtter dette målet:</translation>
    </message>
    <message>
        <source>KPIs serving the selected goal</source>
        <translation>KPI-er som støtter det valgte målet</translation>
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
    <name>HomeScreen</name>
    <message>
        <source>Home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year to date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} (so far)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All goals</source>
        <translation type="unfinished">Alle mål</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished">Alle</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation type="unfinished">Alle kanaler</translation>
    </message>
    <message>
        <source>✓ Nothing to do: every value is in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;To do ({0})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✎ {0}: no value for {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✎ {0}: {1} days without a value, from {2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✎ {0}: {1} weeks without a value, from {2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✎ {0}: {1} months without a value, from {2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✎ {0}: {1} quarters without a value, from {2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✎ {0}: {1} years without a value, from {2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⟳ Review of the goal {0} was due {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⟳ Review of {0} was due {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⟳ Review of all goals and KPIs was due {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>○ {0} has no target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opens Data entry at the first missing value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opens the KPI on the KPIs screen, where you can set a target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opens the Goals screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No KPIs to show. Add KPIs on the KPIs screen, or clear the filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no KPIs yet. Add them on the KPIs screen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year to date through {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KPIs not linked to a goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goal {0}: {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} score {1} – {2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the year to date through {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} of {1} goals on track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goals in {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind of period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A month, a quarter, a year, or the year so far</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation type="unfinished">&amp;Mål:</translation>
    </message>
    <message>
        <source>Show the KPIs of a goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the KPIs of an owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the KPIs of a marketing channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;resent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full screen, one goal at a time, for a team meeting (F11)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the goals are doing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;To do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click or press Enter to take care of it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KPIs by goal</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KpiCommands</name>
    <message>
        <source>Add KPI {0}</source>
        <translation>Legg til KPI {0}</translation>
    </message>
    <message>
        <source>Edit KPI {0}</source>
        <translation>Rediger KPI {0}</translation>
    </message>
    <message>
        <source>Retire KPI {0}</source>
        <translation>Avvikle KPI {0}</translation>
    </message>
</context>
<context>
    <name>KpiDialog</name>
    <message>
        <source>Formula: unknown KPI code “{0}” at position {1}.</source>
        <translation>Formel: ukjent KPI-kode «{0}» i posisjon {1}.</translation>
    </message>
    <message>
        <source>Formula: syntax error at position {0}.</source>
        <translation>Formel: syntaksfeil i posisjon {0}.</translation>
    </message>
    <message>
        <source>Code: give the KPI a short code, such as WEB_ORDERS.</source>
        <translation>Kode: gi KPI-en en kort kode, for eksempel WEB_ORDERS.</translation>
    </message>
    <message>
        <source>Code: use only letters A–Z, digits and _, and start with a letter.</source>
        <translation>Kode: bruk bare bokstavene A–Z, sifre og _, og begynn med en bokstav.</translation>
    </message>
    <message>
        <source>Code: another KPI already has the code {0}.</source>
        <translation>Kode: en annen KPI har allerede koden {0}.</translation>
    </message>
    <message>
        <source>Drives: there is no other KPI with the code {0}.</source>
        <translation>Påvirker: det finnes ingen annen KPI med koden {0}.</translation>
    </message>
    <message>
        <source>Decimals: choose between 0 and 6 decimals.</source>
        <translation>Desimaler: velg mellom 0 og 6 desimaler.</translation>
    </message>
    <message>
        <source>Score scale: the lowest score must be below the highest score.</source>
        <translation>Poengskala: laveste poeng må være lavere enn høyeste poeng.</translation>
    </message>
    <message>
        <source>Score labels: write line {0} as “1 = Poor”.</source>
        <translation>Poengtekster: skriv linje {0} som «1 = Dårlig».</translation>
    </message>
    <message>
        <source>Score labels: the score {0} on line {1} is outside the scale.</source>
        <translation>Poengtekster: poengverdien {0} på linje {1} er utenfor skalaen.</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>Ny KPI</translation>
    </message>
    <message>
        <source>KPI {0}</source>
        <translation>KPI {0}</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Not split (total only)</source>
        <translation>Ikke brutt ned (bare totalt)</translation>
    </message>
    <message>
        <source>Marketing channel</source>
        <translation>Markedsføringskanal</translation>
    </message>
    <message>
        <source>Not from the library</source>
        <translation>Ikke fra biblioteket</translation>
    </message>
    <message>
        <source>Retired on {0}. Reason: {1}</source>
        <translation>Avviklet {0}. Begrunnelse: {1}</translation>
    </message>
    <message>
        <source>Name: give the KPI a name.</source>
        <translation>Navn: gi KPI-en et navn.</translation>
    </message>
    <message>
        <source>Baseline: “{0}” is not a number.</source>
        <translation>Utgangsverdi: «{0}» er ikke et tall.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>{0}: “{1}” is not a number.</source>
        <translation>{0}: «{1}» er ikke et tall.</translation>
    </message>
    <message>
        <source>Realistic</source>
        <translation>Realistisk</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Strekkmål</translation>
    </message>
    <message>
        <source>Warning at</source>
        <translation>Varsel ved</translation>
    </message>
    <message>
        <source>Range low</source>
        <translation>Nedre grense</translation>
    </message>
    <message>
        <source>Range high</source>
        <translation>Øvre grense</translation>
    </message>
    <message>
        <source>Target: type a realistic target (or a range) first.</source>
        <translation>Målverdi: skriv først inn en realistisk målverdi (eller et intervall).</translation>
    </message>
    <message>
        <source>Range low: must not exceed range high.</source>
        <translation>Nedre grense: kan ikke være høyere enn øvre grense.</translation>
    </message>
    <message>
        <source>Effective from: a target from {0} exists already; targets are never rewritten, so choose another date.</source>
        <translation>Gyldig fra: det finnes allerede en målverdi fra {0}. Målverdier skrives aldri om, så velg en annen dato.</translation>
    </message>
    <message>
        <source>Label: say what the benchmark is, e.g. whose figure.</source>
        <translation>Betegnelse: skriv hva sammenligningstallet er, f.eks. hvem tallet gjelder.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Value: type the figure.</source>
        <translation>Verdi: skriv inn tallet.</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>KPI editor sections</source>
        <translation>Deler av KPI-redigeringen</translation>
    </message>
    <message>
        <source>Gen&amp;eral</source>
        <translation>&amp;Generelt</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>e.g. WEB_ORDERS</source>
        <translation>f.eks. WEB_ORDERS</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>De&amp;finition:</source>
        <translation>Definis&amp;jon:</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definisjon</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Område:</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Ansvarlig:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Data &amp;source:</source>
        <translation>&amp;Datakilde:</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Datakilde</translation>
    </message>
    <message>
        <source>Where the number comes from</source>
        <translation>Hvor tallet kommer fra</translation>
    </message>
    <message>
        <source>Dri&amp;ves:</source>
        <translation>P&amp;åvirker:</translation>
    </message>
    <message>
        <source>Drives (codes of the lagging KPIs this KPI moves)</source>
        <translation>Påvirker (kodene til de etterslepende KPI-ene som denne KPI-en påvirker)</translation>
    </message>
    <message>
        <source>Codes, separated by commas</source>
        <translation>Koder, skilt med komma</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>Bibliotek:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Timing:</source>
        <translation>&amp;Tidsaspekt:</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Tidsaspekt</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>En&amp;het:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>e.g. NOK, %, visits</source>
        <translation>f.eks. NOK, %, besøk</translation>
    </message>
    <message>
        <source>&amp;Decimals:</source>
        <translation>D&amp;esimaler:</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>Desimaler</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>&amp;Retning:</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <source>Fre&amp;quency:</source>
        <translation>Frek&amp;vens:</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frekvens</translation>
    </message>
    <message>
        <source>R&amp;oll-up:</source>
        <translation>&amp;Sammenstilling:</translation>
    </message>
    <message>
        <source>Roll-up over time</source>
        <translation>Sammenstilling over tid</translation>
    </message>
    <message>
        <source>S&amp;plit by:</source>
        <translation>&amp;Brutt ned på:</translation>
    </message>
    <message>
        <source>Split by</source>
        <translation>Brutt ned på</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Utgangsverdi:</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Utgangsverdi</translation>
    </message>
    <message>
        <source>Value before you started</source>
        <translation>Verdien før du begynte</translation>
    </message>
    <message>
        <source>For&amp;mula:</source>
        <translation>&amp;Formel:</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>Optional, over other KPI codes, e.g. WEB_ORDERS / WEB_VISITS * 100</source>
        <translation>Valgfritt, med andre KPI-koder, f.eks. WEB_ORDERS / WEB_VISITS * 100</translation>
    </message>
    <message>
        <source>Score scale (qualitative KPIs)</source>
        <translation>Poengskala (kvalitative KPI-er)</translation>
    </message>
    <message>
        <source>Lowest score (m&amp;inimum):</source>
        <translation>&amp;Laveste poeng (minimum):</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>Laveste poeng</translation>
    </message>
    <message>
        <source>Highest score (ma&amp;ximum):</source>
        <translation>H&amp;øyeste poeng (maksimum):</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Høyeste poeng</translation>
    </message>
    <message>
        <source>Score &amp;labels:</source>
        <translation>&amp;Poengtekster:</translation>
    </message>
    <message>
        <source>Score labels, one per line</source>
        <translation>Poengtekster, én per linje</translation>
    </message>
    <message>
        <source>One per line, e.g. 1 = Poor</source>
        <translation>Én per linje, f.eks. 1 = Dårlig</translation>
    </message>
    <message>
        <source>Tar&amp;gets</source>
        <translation>&amp;Målverdier</translation>
    </message>
    <message>
        <source>A new target applies from its date on; earlier periods keep the targets that were in force then.</source>
        <translation>En ny målverdi gjelder fra og med datoen sin; tidligere perioder beholder målverdiene som gjaldt da.</translation>
    </message>
    <message>
        <source>Target history</source>
        <translation>Historikk for målverdier</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>Ny målverdi</translation>
    </message>
    <message>
        <source>Effective &amp;from:</source>
        <translation>Gyldig &amp;fra:</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Gyldig fra</translation>
    </message>
    <message>
        <source>&amp;Realistic:</source>
        <translation>&amp;Realistisk:</translation>
    </message>
    <message>
        <source>Realistic target</source>
        <translation>Realistisk målverdi</translation>
    </message>
    <message>
        <source>&amp;Stretch:</source>
        <translation>&amp;Strekkmål:</translation>
    </message>
    <message>
        <source>Stretch target</source>
        <translation>Strekkmål</translation>
    </message>
    <message>
        <source>Segmen&amp;t:</source>
        <translation>Segmen&amp;t:</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>&amp;Warning at:</source>
        <translation>&amp;Varsel ved:</translation>
    </message>
    <message>
        <source>Warning threshold</source>
        <translation>Varslingsgrense</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otat:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Range &amp;low:</source>
        <translation>&amp;Nedre grense:</translation>
    </message>
    <message>
        <source>Lowest good value</source>
        <translation>Laveste gode verdi</translation>
    </message>
    <message>
        <source>Range h&amp;igh:</source>
        <translation>Øvr&amp;e grense:</translation>
    </message>
    <message>
        <source>Highest good value</source>
        <translation>Høyeste gode verdi</translation>
    </message>
    <message>
        <source>&amp;Add target</source>
        <translation>&amp;Legg til målverdi</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Legg til målverdi</translation>
    </message>
    <message>
        <source>Benc&amp;hmarks</source>
        <translation>Sammenl&amp;igningstall</translation>
    </message>
    <message>
        <source>Figures to compare with: industry standards, competitors or your own best. Type them from a source you trust; KPIDesk never invents them.</source>
        <translation>Tall å sammenligne med: bransjestandarder, konkurrenter eller ditt eget beste resultat. Skriv dem inn fra en kilde du stoler på; KPIDesk finner aldri på slike tall.</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>Sammenligningstall</translation>
    </message>
    <message>
        <source>New benchmark</source>
        <translation>Nytt sammenligningstall</translation>
    </message>
    <message>
        <source>Benchmark kind</source>
        <translation>Type sammenligningstall</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Betegnelse:</translation>
    </message>
    <message>
        <source>Benchmark label</source>
        <translation>Betegnelse på sammenligningstallet</translation>
    </message>
    <message>
        <source>e.g. Trade association average</source>
        <translation>f.eks. Gjennomsnitt fra bransjeforeningen</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Verdi:</translation>
    </message>
    <message>
        <source>Benchmark value</source>
        <translation>Verdien til sammenligningstallet</translation>
    </message>
    <message>
        <source>As &amp;of:</source>
        <translation>&amp;Per dato:</translation>
    </message>
    <message>
        <source>As of date</source>
        <translation>Gjelder per dato</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Kilde:</translation>
    </message>
    <message>
        <source>Benchmark source</source>
        <translation>Kilde for sammenligningstallet</translation>
    </message>
    <message>
        <source>e.g. a report, with its year</source>
        <translation>f.eks. en rapport, med årstall</translation>
    </message>
    <message>
        <source>Example figure, not a real one</source>
        <translation>Eksempeltall, ikke et reelt tall</translation>
    </message>
    <message>
        <source>E&amp;xample figure, not a real one</source>
        <translation>&amp;Eksempeltall, ikke et reelt tall</translation>
    </message>
    <message>
        <source>&amp;Add benchmark</source>
        <translation>&amp;Legg til sammenligningstall</translation>
    </message>
    <message>
        <source>Add benchmark</source>
        <translation>Legg til sammenligningstall</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>KpiListPage</name>
    <message>
        <source>Chosen &amp;KPIs:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chosen KPIs</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <source>{0}: {1}, {2}, {3}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>target {0} – {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>target {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} vs previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} vs last year</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KpiWizard</name>
    <message>
        <source>Just me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2–9 people</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>10–49 people</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>50 people or more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose KPIs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KPI charter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your goals and KPIs are saved. Would you like a KPI charter – one page per KPI with its definition, owner and targets – as a PDF to print or share?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the KPI charter as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file is open read-only.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KpisModel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Tidsaspekt</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frekvens</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Avviklet</translation>
    </message>
    <message>
        <source>Retired on {0}: {1}</source>
        <translation>Avviklet {0}: {1}</translation>
    </message>
</context>
<context>
    <name>KpisScreen</name>
    <message>
        <source>KPIs</source>
        <translation>KPI-er</translation>
    </message>
    <message>
        <source>Shown: {0} of {1} KPIs.</source>
        <translation>Viser {0} av {1} KPI-er.</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Red&amp;iger …</translation>
    </message>
    <message>
        <source>V&amp;iew…</source>
        <translation>V&amp;is …</translation>
    </message>
    <message>
        <source>&amp;Reinstate</source>
        <translation>&amp;Gjeninnfør</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>&amp;Avvikle …</translation>
    </message>
    <message>
        <source>Reinstate the selected KPI</source>
        <translation>Gjeninnfør den valgte KPI-en</translation>
    </message>
    <message>
        <source>Retire the selected KPI</source>
        <translation>Avvikle den valgte KPI-en</translation>
    </message>
    <message>
        <source>Reinstate KPI {0}</source>
        <translation>Gjeninnfør KPI {0}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>Search KPIs</source>
        <translation>Søk i KPI-er</translation>
    </message>
    <message>
        <source>Code, name or definition (Ctrl+F)</source>
        <translation>Kode, navn eller definisjon (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show retire&amp;d KPIs</source>
        <translation>Vis avvikle&amp;de KPI-er</translation>
    </message>
    <message>
        <source>Show retired KPIs</source>
        <translation>Vis avviklede KPI-er</translation>
    </message>
    <message>
        <source>&amp;New KPI…</source>
        <translation>&amp;Ny KPI …</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>Ny KPI</translation>
    </message>
    <message>
        <source>Add a KPI (Insert)</source>
        <translation>Legg til en KPI (Insert)</translation>
    </message>
    <message>
        <source>Edit the selected KPI</source>
        <translation>Rediger den valgte KPI-en</translation>
    </message>
    <message>
        <source>Edit the KPI, its targets and benchmarks (Enter)</source>
        <translation>Rediger KPI-en med målverdier og sammenligningstall (Enter)</translation>
    </message>
    <message>
        <source>Stop tracking the KPI; its values and targets are kept</source>
        <translation>Slutt å følge opp KPI-en; verdiene og målverdiene beholdes</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>Filter by goal</source>
        <translation>Filtrer på mål</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Område:</translation>
    </message>
    <message>
        <source>Filter by area</source>
        <translation>Filtrer på område</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filtrer på type</translation>
    </message>
    <message>
        <source>&amp;Timing:</source>
        <translation>&amp;Tidsaspekt:</translation>
    </message>
    <message>
        <source>Filter by timing</source>
        <translation>Filtrer på tidsaspekt</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Ans&amp;varlig:</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Filtrer på ansvarlig</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>Filter by marketing channel</source>
        <translation>Filtrer på markedsføringskanal</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>N&amp;ullstill filtre</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Nullstill filtre</translation>
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
    <message>
        <source>count</source>
        <translation>antall</translation>
    </message>
    <message>
        <source>score</source>
        <translation>poeng</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Gjenopprett fra sikkerhetskopi …</translation>
    </message>
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
        <translation>&lt;h3&gt;KPIDesk {0}&lt;/h3&gt;&lt;p&gt;Mål, KPI-er, målverdier og resultatkort for små virksomheter – uten nett, på din egen datamaskin.&lt;/p&gt;</translation>
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
        <source>{0} is open in KPIDesk by {1} on {2} (process {3}).</source>
        <translation>{0} er åpen i KPIDesk hos {1} på {2} (prosess {3}).</translation>
    </message>
    <message>
        <source>{0} was saved by a newer KPIDesk.</source>
        <translation>{0} ble lagret av en nyere KPIDesk.</translation>
    </message>
    <message>
        <source>{0} is write-protected.</source>
        <translation>{0} er skrivebeskyttet.</translation>
    </message>
    <message>
        <source>The folder of {0} cannot be written to.</source>
        <translation>Mappen til {0} kan ikke skrives til.</translation>
    </message>
    <message>
        <source>The file is open read-only.</source>
        <translation>Filen er åpnet skrivebeskyttet.</translation>
    </message>
    <message>
        <source>You can look at everything, but not change it.</source>
        <translation>Du kan se på alt, men ikke endre noe.</translation>
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
        <source>Choose &amp;KPIs…</source>
        <translation type="unfinished" />
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
        <translation>«{0}» er ikke et tall. Skriv tall slik: {1}.</translation>
    </message>
    <message>
        <source>Value for the selected cell</source>
        <translation>Verdi for den valgte cellen</translation>
    </message>
</context>
<context>
    <name>PeriodLabels</name>
    <message>
        <source>W{0} {1}</source>
        <translation>U{0} {1}</translation>
    </message>
    <message>
        <source>Q{0} {1}</source>
        <translation>K{0} {1}</translation>
    </message>
    <message>
        <source>{0} ({1} – {2})</source>
        <translation>{0} ({1} – {2})</translation>
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
    <name>PresentationView</name>
    <message>
        <source>KPIDesk – presentation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Presentation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KPIs not linked to a goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>score {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goal {0} of {1}  ·  ← → to move  ·  Esc to leave</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Not given</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gjenopprett</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daglig</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Tatt for hånd</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Før en oppgradering</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tatt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI-er</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Verdier</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Gjenopprett fra sikkerhetskopi</translation>
    </message>
    <message>
        <source>Choose a backup to put in place of the open file. The current file is kept beside it as a copy ending in “.before-restore”.</source>
        <translation>Velg en sikkerhetskopi som skal erstatte den åpne filen. Filen slik den er nå, blir liggende ved siden av som en kopi med navn som slutter på «.before-restore».</translation>
    </message>
    <message>
        <source>&amp;Backups, newest first:</source>
        <translation>&amp;Sikkerhetskopier, nyeste først:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sikkerhetskopier</translation>
    </message>
    <message>
        <source>There are no backups of this file yet.</source>
        <translation>Det finnes ingen sikkerhetskopier av denne filen ennå.</translation>
    </message>
</context>
<context>
    <name>RetireKpiDialog</name>
    <message>
        <source>{0} leaves the dashboards and lists from this date. Its values, targets and benchmarks are kept, so old reports stay true.</source>
        <translation>{0} forsvinner fra oversiktene og listene fra denne datoen. Verdiene, målverdiene og sammenligningstallene beholdes, så gamle rapporter fortsatt stemmer.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Reason: say why, so the team knows later on.</source>
        <translation>Begrunnelse: skriv hvorfor, så teamet vet det senere.</translation>
    </message>
    <message>
        <source>Retire KPI</source>
        <translation>Avvikle KPI</translation>
    </message>
    <message>
        <source>Retired &amp;from:</source>
        <translation>Avviklet &amp;fra:</translation>
    </message>
    <message>
        <source>Retired from</source>
        <translation>Avviklet fra</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrunnelse:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>e.g. replaced by a better measure</source>
        <translation>f.eks. erstattet av et bedre nøkkeltall</translation>
    </message>
    <message>
        <source>Replaced &amp;by:</source>
        <translation>Erstattet &amp;av:</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Erstattet av</translation>
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
        <translation>Poeng</translation>
    </message>
    <message>
        <source>(no score)</source>
        <translation>(ingen verdi)</translation>
    </message>
</context>
<context>
    <name>SetValuesCommand</name>
    <message>
        <source>Nothing was saved: {0}</source>
        <translation>Ingenting ble lagret: {0}</translation>
    </message>
</context>
<context>
    <name>SuggestionsPage</name>
    <message>
        <source>Choose KPIs for each goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick the KPIs that tell you whether a goal is within reach. Two or three per goal is plenty: one early warning and one result.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished">KPI</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Why it fits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. reviews, margin, newsletter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add &amp;to goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Define your &amp;own KPI…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Suggested KPIs:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suggested KPIs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the &amp;library:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library KPIs found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;For goal:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished">Mål</translation>
    </message>
    <message>
        <source>Already in use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chosen from the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your own KPI</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the plan. “Create” stores it all at once; Cancel stores nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>target {0}, stretch {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also added, because formulas above are calculated from them: {0}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <source>Realistic</source>
        <translation>Realistisk</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Strekkmål</translation>
    </message>
    <message>
        <source>Warning at</source>
        <translation>Varsel ved</translation>
    </message>
    <message>
        <source>Range low</source>
        <translation>Nedre grense</translation>
    </message>
    <message>
        <source>Range high</source>
        <translation>Øvre grense</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>New — saved when you press OK</source>
        <translation>Ny – lagres når du trykker OK</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Gyldig fra</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Satt av</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <source>Targets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where are you now, what is realistic, and what would be a great result? You can leave a target empty and set it later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Use the proposal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Measured:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished">Frekvens</translation>
    </message>
    <message>
        <source>&amp;Baseline (now):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished">Utgangsverdi</translation>
    </message>
    <message>
        <source>&amp;Realistic target:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Realistic target</source>
        <translation type="unfinished">Realistisk målverdi</translation>
    </message>
    <message>
        <source>S&amp;tretch target:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stretch target</source>
        <translation type="unfinished">Strekkmål</translation>
    </message>
    <message>
        <source>A KPI with history keeps its frequency; change it in the KPI editor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit: {0}. {1}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From the trend of your values: realistic {0}, stretch {1}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stretch target is less ambitious than the realistic one: swap them?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The realistic target is more than 50 % away from where you are now: is that really realistic?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stretch target needs a jump of more than 50 % from where you are now.</source>
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
<context>
    <name>WizardProfilePage</name>
    <message>
        <source>Your business</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A few facts about the business decide which KPIs fit and how periods are counted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Navn:</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation type="unfinished">Virksomhetens navn</translation>
    </message>
    <message>
        <source>e.g. Fjordbakeriet AS</source>
        <translation type="unfinished">f.eks. Fjordbakeriet AS</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation type="unfinished">&amp;Bransje:</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished">Bransje</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size of the business</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished">&amp;Valuta:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished">Valuta</translation>
    </message>
    <message>
        <source>&amp;Fiscal year starts in:</source>
        <translation type="unfinished">&amp;Regnskapsåret starter i:</translation>
    </message>
    <message>
        <source>First month of the fiscal year</source>
        <translation type="unfinished">Første måned i regnskapsåret</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished">Problem</translation>
    </message>
</context>
<context>
    <name>wizard</name>
    <message>
        <source>Grow online sales this year</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>