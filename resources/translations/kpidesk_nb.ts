<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>BalancePage</name>
    <message>
        <source>Is the set balanced?</source>
        <translation>Er det god balanse i KPI-settet?</translation>
    </message>
    <message>
        <source>A good set is small, gives every goal an early warning, and mixes numbers with at least one judgement of quality.</source>
        <translation>Et godt KPI-sett er lite, gir hvert mål et tidlig varsel og kombinerer tall med minst én vurdering av kvalitet.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI-er</translation>
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
        <source>&amp;Go on with this set anyway</source>
        <translation>&amp;Gå videre med dette settet likevel</translation>
    </message>
    <message>
        <source>KPIs &amp;per goal:</source>
        <translation>KPI-er &amp;per mål:</translation>
    </message>
    <message>
        <source>KPIs per goal</source>
        <translation>KPI-er per mål</translation>
    </message>
    <message>
        <source>What to &amp;consider:</source>
        <translation>Dette bør du &amp;vurdere:</translation>
    </message>
    <message>
        <source>What to consider</source>
        <translation>Dette bør du vurdere</translation>
    </message>
    <message>
        <source>{0} KPIs in all: {1} quantitative, {2} qualitative.</source>
        <translation>{0} KPI-er i alt: {1} kvantitative, {2} kvalitative.</translation>
    </message>
    <message>
        <source>The set is balanced. Well done.</source>
        <translation>Det er god balanse i settet. Godt jobbet!</translation>
    </message>
    <message>
        <source>“{0}” has no KPI: without one you cannot tell whether the goal is getting closer.</source>
        <translation>«{0}» har ingen KPI: uten en KPI kan du ikke se om du nærmer deg målet.</translation>
    </message>
    <message>
        <source>“{0}” has {1} KPIs: more than {2} blur the picture; keep the ones you would act on.</source>
        <translation>«{0}» har {1} KPI-er: flere enn {2} gjør bildet uklart. Behold dem du faktisk ville handlet på.</translation>
    </message>
    <message>
        <source>“{0}” has no leading KPI: you will only see the result when it is too late to act.</source>
        <translation>«{0}» har ingen ledende KPI: du ser bare resultatet når det er for sent å gjøre noe.</translation>
    </message>
    <message>
        <source>Only {0} KPIs in all: with fewer than {1} important parts of the business go unseen.</source>
        <translation>Bare {0} KPI-er i alt: med færre enn {1} mister du oversikten over viktige deler av virksomheten.</translation>
    </message>
    <message>
        <source>{0} KPIs in all: more than {1} are hard to follow up every month.</source>
        <translation>{0} KPI-er i alt: flere enn {1} er vanskelig å følge opp hver måned.</translation>
    </message>
    <message>
        <source>Only numbers: add a qualitative KPI (e.g. customer satisfaction) to see quality too.</source>
        <translation>Bare tall: legg til en kvalitativ KPI (f.eks. kundetilfredshet) for å se kvaliteten også.</translation>
    </message>
    <message>
        <source>Only judgements: add a number you can count, so progress can be measured exactly.</source>
        <translation>Bare vurderinger: legg til et tall du kan telle, så fremgangen kan måles nøyaktig.</translation>
    </message>
</context>
<context>
    <name>BenchmarkPanel</name>
    <message>
        <source>You: no value yet</source>
        <translation>Dere: ingen verdi ennå</translation>
    </message>
    <message>
        <source>You: {0} in {1}</source>
        <translation>Dere: {0} i {1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Compared with others&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sammenlignet med andre&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your latest value</source>
        <translation>Deres siste verdi</translation>
    </message>
    <message>
        <source>Compe&amp;titors…</source>
        <translation>Konkurren&amp;ter …</translation>
    </message>
    <message>
        <source>Competitors and their figures</source>
        <translation>Konkurrenter og tallene deres</translation>
    </message>
    <message>
        <source>Add competitors and their public figures (ratings, prices, followers), each with a date and a source</source>
        <translation>Legg inn konkurrenter og de offentlige tallene deres (vurderinger, priser, følgere), hvert med dato og kilde</translation>
    </message>
    <message>
        <source>No benchmarks or competitor figures for this KPI yet. Add benchmarks under KPIs › Edit… › Benchmarks, and competitors&apos; figures with Competitors….</source>
        <translation>Ingen sammenligningstall eller konkurrenttall for denne KPI-en ennå. Legg inn sammenligningstall under KPI-er › Rediger … › Sammenligningstall, og konkurrentenes tall med Konkurrenter ….</translation>
    </message>
    <message>
        <source>Benchmarks and competitors compared with your latest value</source>
        <translation>Sammenligningstall og konkurrenter sammenlignet med deres siste verdi</translation>
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
    <name>CauseTagsDialog</name>
    <message>
        <source>Name of the cause tag:</source>
        <translation>Navn på årsaksmerket:</translation>
    </message>
    <message>
        <source>Add a cause tag</source>
        <translation>Legg til et årsaksmerke</translation>
    </message>
    <message>
        <source>Rename the cause tag</source>
        <translation>Gi årsaksmerket nytt navn</translation>
    </message>
    <message>
        <source>Remove “{0}”? Values it explains: {1}. They stay, without this tag.</source>
        <translation>Fjerne «{0}»? Verdier det forklarer: {1}. De beholdes, uten dette merket.</translation>
    </message>
    <message>
        <source>Remove “{0}”? No value uses it.</source>
        <translation>Fjerne «{0}»? Ingen verdi bruker det.</translation>
    </message>
    <message>
        <source>Remove the cause tag</source>
        <translation>Fjern årsaksmerket</translation>
    </message>
    <message>
        <source>“{0}” was not saved: there is a cause tag with that name already.</source>
        <translation>«{0}» ble ikke lagret: det finnes allerede et årsaksmerke med det navnet.</translation>
    </message>
    <message>
        <source>Cause tags</source>
        <translation>Årsaksmerker</translation>
    </message>
    <message>
        <source>Cause tags explain values that are off track: tick them when you comment a red value. They show on the charts, in the grid and in the scorecard.</source>
        <translation>Årsaksmerker forklarer verdier som ikke er i rute: kryss dem av når du kommenterer en rød verdi. De vises i diagrammene, i registreringstabellen og i målstyringsrapporten.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Legg til …</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Gi nytt navn …</translation>
    </message>
    <message>
        <source>Rename the selected cause tag</source>
        <translation>Gi det valgte årsaksmerket nytt navn</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Remove the selected cause tag</source>
        <translation>Fjern det valgte årsaksmerket</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
</context>
<context>
    <name>ChangeLog</name>
    <message>
        <source>Values</source>
        <translation>Verdier</translation>
    </message>
    <message>
        <source>Comments and causes</source>
        <translation>Kommentarer og årsaker</translation>
    </message>
    <message>
        <source>KPI definitions</source>
        <translation>KPI-definisjoner</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Målverdier</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Gjennomganger</translation>
    </message>
    <message>
        <source>Benchmarks and competitors</source>
        <translation>Sammenligningstall og konkurrenter</translation>
    </message>
    <message>
        <source>Closing periods</source>
        <translation>Lukking av perioder</translation>
    </message>
    <message>
        <source>Cause tags</source>
        <translation>Årsaksmerker</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Virksomheten</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kode</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>definisjon</translation>
    </message>
    <message>
        <source>area</source>
        <translation>område</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>leading or lagging</source>
        <translation>ledende eller etterslepende</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>enhet</translation>
    </message>
    <message>
        <source>decimals</source>
        <translation>desimaler</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>retning</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>frekvens</translation>
    </message>
    <message>
        <source>roll-up</source>
        <translation>sammenstilling over tid</translation>
    </message>
    <message>
        <source>formula</source>
        <translation>formel</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>skala</translation>
    </message>
    <message>
        <source>data source</source>
        <translation>datakilde</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ansvarlig</translation>
    </message>
    <message>
        <source>split by</source>
        <translation>brutt ned på</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>utgangsverdi</translation>
    </message>
    <message>
        <source>retired from</source>
        <translation>avviklet fra</translation>
    </message>
    <message>
        <source>reason for retiring</source>
        <translation>begrunnelse for avvikling</translation>
    </message>
    <message>
        <source>replaced by</source>
        <translation>erstattet av</translation>
    </message>
    <message>
        <source>drives</source>
        <translation>påvirker</translation>
    </message>
    <message>
        <source>title</source>
        <translation>tittel</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beskrivelse</translation>
    </message>
    <message>
        <source>horizon</source>
        <translation>tidshorisont</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>frist</translation>
    </message>
    <message>
        <source>archived on</source>
        <translation>arkivert</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>bransje</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>valuta</translation>
    </message>
    <message>
        <source>first month of the fiscal year</source>
        <translation>første måned i regnskapsåret</translation>
    </message>
    <message>
        <source>language</source>
        <translation>språk</translation>
    </message>
    <message>
        <source>size</source>
        <translation>størrelse</translation>
    </message>
    <message>
        <source>target</source>
        <translation>målverdi</translation>
    </message>
    <message>
        <source>stretch</source>
        <translation>strekkmål</translation>
    </message>
    <message>
        <source>warning at</source>
        <translation>varsel ved</translation>
    </message>
    <message>
        <source>range low</source>
        <translation>nedre grense</translation>
    </message>
    <message>
        <source>range high</source>
        <translation>øvre grense</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>beholde</translation>
    </message>
    <message>
        <source>adjust the target</source>
        <translation>justere målverdien</translation>
    </message>
    <message>
        <source>change the definition</source>
        <translation>endre definisjonen</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>erstatte</translation>
    </message>
    <message>
        <source>retire</source>
        <translation>avvikle</translation>
    </message>
    <message>
        <source>Comment, {0}</source>
        <translation>Kommentar, {0}</translation>
    </message>
    <message>
        <source>Value, {0}</source>
        <translation>Verdi, {0}</translation>
    </message>
    <message>
        <source>Causes, {0}</source>
        <translation>Årsaker, {0}</translation>
    </message>
    <message>
        <source>Values typed in</source>
        <translation>Verdier skrevet inn</translation>
    </message>
    <message>
        <source>Values imported from {0}</source>
        <translation>Verdier importert fra {0}</translation>
    </message>
    <message>
        <source>{0} new, {1} changed</source>
        <translation>{0} nye, {1} endret</translation>
    </message>
    <message>
        <source>KPI added</source>
        <translation>KPI lagt til</translation>
    </message>
    <message>
        <source>KPI deleted</source>
        <translation>KPI slettet</translation>
    </message>
    <message>
        <source>KPI: {0}</source>
        <translation>KPI: {0}</translation>
    </message>
    <message>
        <source>Target removed (from {0})</source>
        <translation>Målverdi fjernet (fra {0})</translation>
    </message>
    <message>
        <source>Target from {0}</source>
        <translation>Målverdi fra {0}</translation>
    </message>
    <message>
        <source>Goal added</source>
        <translation>Mål lagt til</translation>
    </message>
    <message>
        <source>Goal deleted</source>
        <translation>Mål slettet</translation>
    </message>
    <message>
        <source>Goal “{0}”: KPI linked</source>
        <translation>Målet «{0}»: KPI koblet til</translation>
    </message>
    <message>
        <source>Goal “{0}”: KPI unlinked</source>
        <translation>Målet «{0}»: KPI koblet fra</translation>
    </message>
    <message>
        <source>Goal “{0}”: {1}</source>
        <translation>Målet «{0}»: {1}</translation>
    </message>
    <message>
        <source>Review of {0}: decision</source>
        <translation>Gjennomgang {0}: beslutning</translation>
    </message>
    <message>
        <source>Review of {0}: next review</source>
        <translation>Gjennomgang {0}: neste gjennomgang</translation>
    </message>
    <message>
        <source>Review: {0}</source>
        <translation>Gjennomgang: {0}</translation>
    </message>
    <message>
        <source>Benchmark added</source>
        <translation>Sammenligningstall lagt til</translation>
    </message>
    <message>
        <source>Benchmark removed</source>
        <translation>Sammenligningstall fjernet</translation>
    </message>
    <message>
        <source>Competitor added</source>
        <translation>Konkurrent lagt til</translation>
    </message>
    <message>
        <source>Competitor figure of {0}</source>
        <translation>Konkurrenttall per {0}</translation>
    </message>
    <message>
        <source>Periods reopened</source>
        <translation>Perioder gjenåpnet</translation>
    </message>
    <message>
        <source>Periods closed</source>
        <translation>Perioder lukket</translation>
    </message>
    <message>
        <source>closed through {0}</source>
        <translation>lukket til og med {0}</translation>
    </message>
    <message>
        <source>none closed</source>
        <translation>ingen lukket</translation>
    </message>
    <message>
        <source>Cause tag added</source>
        <translation>Årsaksmerke lagt til</translation>
    </message>
    <message>
        <source>Cause tag renamed</source>
        <translation>Årsaksmerke fikk nytt navn</translation>
    </message>
    <message>
        <source>Cause tag removed</source>
        <translation>Årsaksmerke fjernet</translation>
    </message>
    <message>
        <source>Business: {0}</source>
        <translation>Virksomheten: {0}</translation>
    </message>
</context>
<context>
    <name>ChangeLogDialog</name>
    <message>
        <source>Reading the change log…</source>
        <translation>Leser endringsloggen …</translation>
    </message>
    <message>
        <source>The change log could not be read: {0}</source>
        <translation>Endringsloggen kunne ikke leses: {0}</translation>
    </message>
    <message>
        <source>All KPIs and the business</source>
        <translation>Alle KPI-er og virksomheten</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Changes shown: {0}</source>
        <translation>Endringer som vises: {0}</translation>
    </message>
    <message>
        <source>Changes shown: {0} of {1}</source>
        <translation>Endringer som vises: {0} av {1}</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Endringslogg</translation>
    </message>
    <message>
        <source>&amp;KPI:</source>
        <translation>&amp;KPI:</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Ki&amp;nd:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Type endring</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>Changes from</source>
        <translation>Endringer fra</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>Changes to</source>
        <translation>Endringer til</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>Search the changes</source>
        <translation>Søk i endringene</translation>
    </message>
    <message>
        <source>Words in what changed, old or new value, note</source>
        <translation>Ord i hva som ble endret, gammel eller ny verdi, notat</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Vis &amp;alle</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Fjern filtrene</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Endringer</translation>
    </message>
    <message>
        <source>Changes shown</source>
        <translation>Endringer som vises</translation>
    </message>
</context>
<context>
    <name>ChangeLogModel</name>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Gammel</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check each KPI</source>
        <translation>Sjekk hver KPI</translation>
    </message>
    <message>
        <source>A KPI only helps if someone can measure it regularly. Say where each number comes from, who looks after it, and which goals it serves.</source>
        <translation>En KPI hjelper bare hvis noen kan måle den jevnlig. Skriv hvor hvert tall kommer fra, hvem som har ansvaret for det, og hvilke mål det støtter.</translation>
    </message>
    <message>
        <source>e.g. the till system, accounting, a survey</source>
        <translation>f.eks. kassesystemet, regnskapet, en spørreundersøkelse</translation>
    </message>
    <message>
        <source>a name, or pick someone</source>
        <translation>et navn, eller velg noen</translation>
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
        <source>O&amp;wner:</source>
        <translation>&amp;Ansvarlig:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Serves &amp;goals:</source>
        <translation>&amp;Støtter mål:</translation>
    </message>
    <message>
        <source>Goals the KPI serves</source>
        <translation>Mål som KPI-en støtter</translation>
    </message>
    <message>
        <source>Without a data source nobody knows where to find the number.</source>
        <translation>Uten datakilde vet ingen hvor tallet skal hentes fra.</translation>
    </message>
    <message>
        <source>Without an owner the KPI tends to be forgotten.</source>
        <translation>Uten en ansvarlig blir KPI-en lett glemt.</translation>
    </message>
    <message>
        <source>A KPI that serves no goal is probably not needed.</source>
        <translation>En KPI som ikke støtter noe mål, trengs sannsynligvis ikke.</translation>
    </message>
</context>
<context>
    <name>ClosePeriodsDialog</name>
    <message>
        <source>No period is closed yet.</source>
        <translation>Ingen perioder er lukket ennå.</translation>
    </message>
    <message>
        <source>Closed now: every period that ends on or before {0}.</source>
        <translation>Lukket nå: alle perioder som slutter {0} eller tidligere.</translation>
    </message>
    <message>
        <source>Close periods</source>
        <translation>Lukk perioder</translation>
    </message>
    <message>
        <source>Close the periods you have reviewed: their values can no longer be changed, in the grid or by an import, until they are reopened.</source>
        <translation>Lukk periodene du har gått gjennom: verdiene deres kan ikke lenger endres, verken i tabellen eller ved import, før periodene gjenåpnes.</translation>
    </message>
    <message>
        <source>e.g. reviewed with the accountant</source>
        <translation>f.eks. gått gjennom med regnskapsføreren</translation>
    </message>
    <message>
        <source>&amp;Close Periods</source>
        <translation>&amp;Lukk perioder</translation>
    </message>
    <message>
        <source>Reopen periods</source>
        <translation>Gjenåpne perioder</translation>
    </message>
    <message>
        <source>Reopen closed periods to correct their values. Reopening is kept in the change log with your note.</source>
        <translation>Gjenåpne lukkede perioder for å rette verdiene deres. Gjenåpningen føres i endringsloggen med notatet ditt.</translation>
    </message>
    <message>
        <source>&amp;Keep closed through:</source>
        <translation>&amp;Behold lukket til og med:</translation>
    </message>
    <message>
        <source>Why? e.g. the bank corrected October</source>
        <translation>Hvorfor? F.eks. banken rettet oktober</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Gjenåpne</translation>
    </message>
    <message>
        <source>Nothing: reopen every period</source>
        <translation>Ingenting: gjenåpne alle perioder</translation>
    </message>
    <message>
        <source>{0} (through {1})</source>
        <translation>{0} (til og med {1})</translation>
    </message>
    <message>
        <source>Every ended month is closed already.</source>
        <translation>Alle avsluttede måneder er allerede lukket.</translation>
    </message>
    <message>
        <source>Values of every period that ends on or before {0} become read-only. Closing is kept in the change log.</source>
        <translation>Verdiene i alle perioder som slutter {0} eller tidligere, blir skrivebeskyttet. Lukkingen føres i endringsloggen.</translation>
    </message>
    <message>
        <source>Every period can be changed again.</source>
        <translation>Alle perioder kan endres igjen.</translation>
    </message>
    <message>
        <source>Periods after {0} can be changed again; those up to {0} stay closed.</source>
        <translation>Perioder etter {0} kan endres igjen; de til og med {0} forblir lukket.</translation>
    </message>
    <message>
        <source>Note: say why the periods are reopened, so the team knows later.</source>
        <translation>Notat: skriv hvorfor periodene gjenåpnes, så teamet vet det senere.</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>Lukket nå</translation>
    </message>
    <message>
        <source>&amp;Through:</source>
        <translation>&amp;Til og med:</translation>
    </message>
    <message>
        <source>Closed through</source>
        <translation>Lukket til og med</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notat:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Hva som skjer</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>you lead</source>
        <translation>dere leder</translation>
    </message>
    <message>
        <source>level</source>
        <translation>likt</translation>
    </message>
    <message>
        <source>you lag</source>
        <translation>dere ligger etter</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>no source given</source>
        <translation>ingen kilde oppgitt</translation>
    </message>
    <message>
        <source>{0} (example)</source>
        <translation>{0} (eksempel)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Who or what</source>
        <translation>Hvem eller hva</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>You vs them</source>
        <translation>Dere mot dem</translation>
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
        <source>{0}: {1} as of {2}. Source: {3}</source>
        <translation>{0}: {1} per {2}. Kilde: {3}</translation>
    </message>
</context>
<context>
    <name>CompetitorCommands</name>
    <message>
        <source>Add competitor “{0}”</source>
        <translation>Legg til konkurrenten «{0}»</translation>
    </message>
    <message>
        <source>Edit competitor “{0}”</source>
        <translation>Endre konkurrenten «{0}»</translation>
    </message>
    <message>
        <source>Remove competitor “{0}”</source>
        <translation>Fjern konkurrenten «{0}»</translation>
    </message>
    <message>
        <source>Add a figure of {0}</source>
        <translation>Legg til et tall for {0}</translation>
    </message>
    <message>
        <source>Remove a figure of {0}</source>
        <translation>Fjern et tall for {0}</translation>
    </message>
</context>
<context>
    <name>CompetitorsDialog</name>
    <message>
        <source>Figures</source>
        <translation>Tall</translation>
    </message>
    <message>
        <source>Figures of {0}</source>
        <translation>Tallene til {0}</translation>
    </message>
    <message>
        <source>Name: type the competitor&apos;s name.</source>
        <translation>Navn: skriv navnet på konkurrenten.</translation>
    </message>
    <message>
        <source>Name: {0} is on the list already.</source>
        <translation>Navn: {0} står allerede på listen.</translation>
    </message>
    <message>
        <source>Remove competitor</source>
        <translation>Fjern konkurrent</translation>
    </message>
    <message>
        <source>Remove {0} and its {1} figures? Edit › Undo brings them back.</source>
        <translation>Fjerne {0} og de {1} tallene? Rediger › Angre henter dem tilbake.</translation>
    </message>
    <message>
        <source>Add or choose a competitor first.</source>
        <translation>Legg til eller velg en konkurrent først.</translation>
    </message>
    <message>
        <source>KPI: there is no KPI to add a figure for yet.</source>
        <translation>KPI: det finnes ingen KPI å legge inn et tall for ennå.</translation>
    </message>
    <message>
        <source>Value: “{0}” is not a number.</source>
        <translation>Verdi: «{0}» er ikke et tall.</translation>
    </message>
    <message>
        <source>Value: type the competitor&apos;s figure.</source>
        <translation>Verdi: skriv inn tallet til konkurrenten.</translation>
    </message>
    <message>
        <source>Source: say where the figure comes from, e.g. Google Maps.</source>
        <translation>Kilde: si hvor tallet kommer fra, for eksempel Google Maps.</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Konkurrenter</translation>
    </message>
    <message>
        <source>Competitors&apos; public figures – ratings, prices, followers – compared with your KPIs. Each figure needs a date and a source: KPIDesk never invents them.</source>
        <translation>Konkurrentenes offentlige tall – vurderinger, priser, følgere – sammenlignet med deres KPI-er. Hvert tall trenger dato og kilde: KPIDesk finner aldri på tall.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Competitor&apos;s name</source>
        <translation>Konkurrentens navn</translation>
    </message>
    <message>
        <source>e.g. Kaffekoppen AS</source>
        <translation>f.eks. Kaffekoppen AS</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>Mer&amp;knad:</translation>
    </message>
    <message>
        <source>Note on the competitor</source>
        <translation>Merknad om konkurrenten</translation>
    </message>
    <message>
        <source>Address, website, what they sell</source>
        <translation>Adresse, nettsted, hva de selger</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Legg til</translation>
    </message>
    <message>
        <source>Add a competitor</source>
        <translation>Legg til en konkurrent</translation>
    </message>
    <message>
        <source>Add a competitor with the name and note typed above</source>
        <translation>Legg til en konkurrent med navnet og merknaden over</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>La&amp;gre endringene</translation>
    </message>
    <message>
        <source>Save the name and note of the selected competitor</source>
        <translation>Lagre navnet og merknaden til den valgte konkurrenten</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Fjern …</translation>
    </message>
    <message>
        <source>Remove the selected competitor</source>
        <translation>Fjern den valgte konkurrenten</translation>
    </message>
    <message>
        <source>Remove the competitor and its figures (Edit › Undo brings them back)</source>
        <translation>Fjern konkurrenten og tallene (Rediger › Angre henter dem tilbake)</translation>
    </message>
    <message>
        <source>Figures of the selected competitor</source>
        <translation>Tallene til den valgte konkurrenten</translation>
    </message>
    <message>
        <source>&amp;KPI:</source>
        <translation>&amp;KPI:</translation>
    </message>
    <message>
        <source>KPI the figure is for</source>
        <translation>KPI-en tallet gjelder</translation>
    </message>
    <message>
        <source>As &amp;of:</source>
        <translation>&amp;Per dato:</translation>
    </message>
    <message>
        <source>Date of the figure</source>
        <translation>Datoen for tallet</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Verdi:</translation>
    </message>
    <message>
        <source>The competitor&apos;s figure</source>
        <translation>Tallet til konkurrenten</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>K&amp;ilde:</translation>
    </message>
    <message>
        <source>Where the figure comes from</source>
        <translation>Hvor tallet kommer fra</translation>
    </message>
    <message>
        <source>e.g. Google Maps, the competitor&apos;s menu, their Instagram profile</source>
        <translation>f.eks. Google Maps, menyen deres, Instagram-profilen deres</translation>
    </message>
    <message>
        <source>Add fi&amp;gure</source>
        <translation>Legg til t&amp;all</translation>
    </message>
    <message>
        <source>Add the figure</source>
        <translation>Legg til tallet</translation>
    </message>
    <message>
        <source>Remove f&amp;igure</source>
        <translation>Fjern tall&amp;et</translation>
    </message>
    <message>
        <source>Remove the selected figure</source>
        <translation>Fjern det valgte tallet</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>CompetitorsModel</name>
    <message>
        <source>Competitor</source>
        <translation>Konkurrent</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Per dato</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Endret av noen andre</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Noen andre</translation>
    </message>
    <message>
        <source>{0} saved {1} on {2} at {3}, after you had read it.</source>
        <translation>{0} lagret {1} den {2} kl. {3}, etter at du begynte å redigere.</translation>
    </message>
    <message>
        <source>{0} saved {1} after you had read it.</source>
        <translation>{0} lagret {1} etter at du begynte å redigere.</translation>
    </message>
    <message>
        <source>Theirs (stored now):</source>
        <translation>Deres versjon (lagret nå):</translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation>Din versjon:</translation>
    </message>
    <message>
        <source>Values you saved that were changed by someone else: {0}. Overwriting replaces all of them with yours.</source>
        <translation>Verdier du lagret som noen andre hadde endret: {0}. Overskriver du, erstattes alle med dine.</translation>
    </message>
    <message>
        <source>Keep their change, or overwrite it with yours?</source>
        <translation>Vil du beholde deres endring, eller overskrive den med din?</translation>
    </message>
    <message>
        <source>&amp;Keep Theirs</source>
        <translation>&amp;Behold deres</translation>
    </message>
    <message>
        <source>&amp;Overwrite with Mine</source>
        <translation>&amp;Overskriv med min</translation>
    </message>
    <message>
        <source>Keep theirs and show what is stored now</source>
        <translation>Behold deres og vis det som er lagret nå</translation>
    </message>
    <message>
        <source>Overwrite theirs with my change</source>
        <translation>Overskriv deres med min endring</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>a new value for “{0}” ({1})</source>
        <translation>en ny verdi for «{0}» ({1})</translation>
    </message>
    <message>
        <source>(no target)</source>
        <translation>(ikke noe mål)</translation>
    </message>
    <message>
        <source>a target for “{0}” from {1}</source>
        <translation>et mål for «{0}» fra {1}</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Koble til</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Ny tilkobling</translation>
    </message>
    <message>
        <source>Server: type the server&apos;s name or address.</source>
        <translation>Server: skriv inn serverens navn eller adresse.</translation>
    </message>
    <message>
        <source>Database: type the name of the team database.</source>
        <translation>Database: skriv inn navnet på teamdatabasen.</translation>
    </message>
    <message>
        <source>User name: type the user name you were given.</source>
        <translation>Brukernavn: skriv inn brukernavnet du har fått.</translation>
    </message>
    <message>
        <source>Password: type your password.</source>
        <translation>Passord: skriv inn passordet ditt.</translation>
    </message>
    <message>
        <source>Looking for a saved password…</source>
        <translation>Ser etter et lagret passord …</translation>
    </message>
    <message>
        <source>The keyring did not answer in time: type the password.</source>
        <translation>Nøkkelringen svarte ikke i tide: skriv inn passordet.</translation>
    </message>
    <message>
        <source>This computer has no keyring: type the password. It cannot be remembered.</source>
        <translation>Denne datamaskinen har ingen nøkkelring: skriv inn passordet. Det kan ikke huskes.</translation>
    </message>
    <message>
        <source>The keyring could not be read: type the password.</source>
        <translation>Nøkkelringen kunne ikke leses: skriv inn passordet.</translation>
    </message>
    <message>
        <source>Using the password saved in the keyring.</source>
        <translation>Bruker passordet som er lagret i nøkkelringen.</translation>
    </message>
    <message>
        <source>Connecting to {0} …</source>
        <translation>Kobler til {0} …</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutt.</translation>
    </message>
    <message>
        <source>Connect to Team Database</source>
        <translation>Koble til teamdatabase</translation>
    </message>
    <message>
        <source>Work on a business shared on a PostgreSQL server. Whoever set up the server can tell you these details.</source>
        <translation>Arbeid i en virksomhet som deles på en PostgreSQL-server. Den som satte opp serveren, kan gi deg disse opplysningene.</translation>
    </message>
    <message>
        <source>R&amp;ecent:</source>
        <translation>&amp;Nylige:</translation>
    </message>
    <message>
        <source>Recent connections</source>
        <translation>Nylige tilkoblinger</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Server (host name or address)</source>
        <translation>Server (vertsnavn eller adresse)</translation>
    </message>
    <message>
        <source>e.g. db.bryggen.no</source>
        <translation>f.eks. db.bryggen.no</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Databasenavn</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brukernavn:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;ord:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>&amp;Remember the password in this computer&apos;s keyring</source>
        <translation>&amp;Husk passordet i nøkkelringen på denne datamaskinen</translation>
    </message>
    <message>
        <source>Remember the password in this computer&apos;s keyring</source>
        <translation>Husk passordet i nøkkelringen på denne datamaskinen</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>K&amp;ryptering (TLS):</translation>
    </message>
    <message>
        <source>Encryption (TLS mode)</source>
        <translation>Kryptering (TLS-modus)</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Kobler til</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ConnectProblem</name>
    <message>
        <source>The server does not offer encryption, but the encryption mode “{0}” requires it. Choose “prefer” or ask whoever runs the server to turn TLS on.</source>
        <translation>Serveren tilbyr ikke kryptering, men krypteringsmodusen «{0}» krever det. Velg «prefer», eller be den som drifter serveren, om å slå på TLS.</translation>
    </message>
    <message>
        <source>The server accepts only encrypted connections. Choose the encryption mode “require” (or one that also checks the certificate).</source>
        <translation>Serveren godtar bare krypterte tilkoblinger. Velg krypteringsmodusen «require» (eller en som også sjekker sertifikatet).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be checked. Install the certificate of the authority that signed it, or choose the encryption mode “require”.</source>
        <translation>Serverens sertifikat kunne ikke kontrolleres. Installer sertifikatet til utstederen som signerte det, eller velg krypteringsmodusen «require».</translation>
    </message>
    <message>
        <source>The server refused the password for the user “{0}”. Check the user name and the password.</source>
        <translation>Serveren godtok ikke passordet for brukeren «{0}». Kontroller brukernavnet og passordet.</translation>
    </message>
    <message>
        <source>The server does not know the user “{0}”. Check the user name.</source>
        <translation>Serveren kjenner ikke brukeren «{0}». Kontroller brukernavnet.</translation>
    </message>
    <message>
        <source>The user “{0}” may not use this database. Ask its owner to add you to the team.</source>
        <translation>Brukeren «{0}» har ikke tilgang til denne databasen. Be eieren om å legge deg til i teamet.</translation>
    </message>
    <message>
        <source>There is no database “{0}” on {1}. Check the database name.</source>
        <translation>Det finnes ingen database «{0}» på {1}. Kontroller databasenavnet.</translation>
    </message>
    <message>
        <source>The server “{0}” was not found. Check the server name.</source>
        <translation>Fant ikke serveren «{0}». Kontroller servernavnet.</translation>
    </message>
    <message>
        <source>No answer from {0} on port {1}. Check the server name and port, and that the server is running and can be reached from this computer.</source>
        <translation>Ingen svar fra {0} på port {1}. Kontroller servernavnet og porten, og at serveren kjører og kan nås fra denne datamaskinen.</translation>
    </message>
    <message>
        <source>The database “{0}” holds no KPIDesk business. Ask its owner to set it up for KPIDesk (kpidesk team init), or check the database name.</source>
        <translation>Databasen «{0}» inneholder ingen KPIDesk-virksomhet. Be eieren om å sette den opp for KPIDesk (kpidesk team init), eller kontroller databasenavnet.</translation>
    </message>
    <message>
        <source>Could not connect: {0}</source>
        <translation>Kunne ikke koble til: {0}</translation>
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
        <translation>Gi KPI-en et navn.</translation>
    </message>
    <message>
        <source>The code starts with a letter and holds only A–Z, 0–9 and _.</source>
        <translation>Koden må begynne med en bokstav og kan bare inneholde A–Z, 0–9 og _.</translation>
    </message>
    <message>
        <source>A KPI with the code {0} is chosen already.</source>
        <translation>En KPI med koden {0} er allerede valgt.</translation>
    </message>
    <message>
        <source>Your own KPI</source>
        <translation>Din egen KPI</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>KPI name</source>
        <translation>Navn på KPI-en</translation>
    </message>
    <message>
        <source>e.g. Cakes sold before noon</source>
        <translation>f.eks. Kaker solgt før kl. 12</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>KPI code</source>
        <translation>KPI-kode</translation>
    </message>
    <message>
        <source>A short unique code in capital letters, used in formulas and imports.</source>
        <translation>En kort, unik kode med store bokstaver som brukes i formler og ved import.</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>Goal the KPI serves</source>
        <translation>Mål som KPI-en støtter</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>&amp;Better when:</source>
        <translation>&amp;Bedre når:</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <source>&amp;Measured every:</source>
        <translation>Måles h&amp;ver:</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frekvens</translation>
    </message>
    <message>
        <source>&amp;Leading or lagging:</source>
        <translation>&amp;Ledende eller etterslepende:</translation>
    </message>
    <message>
        <source>Leading or lagging</source>
        <translation>Ledende eller etterslepende</translation>
    </message>
    <message>
        <source>Leading: an early warning you can act on. Lagging: the result you want in the end.</source>
        <translation>Ledende: et tidlig varsel du kan handle på. Etterslepende: resultatet du vil oppnå til slutt.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
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
        <source>You may not change the values of these KPIs.</source>
        <translation>Du har ikke lov til å endre verdiene for disse KPI-ene.</translation>
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
    <name>DataTransfer</name>
    <message>
        <source>&amp;Import Data…</source>
        <translation>&amp;Importer data …</translation>
    </message>
    <message>
        <source>Import values from a spreadsheet, CSV, Google Analytics 4 or Meta file</source>
        <translation>Importer verdier fra et regneark, en CSV-fil eller en fil fra Google Analytics 4 eller Meta</translation>
    </message>
    <message>
        <source>&amp;Export Data…</source>
        <translation>&amp;Eksporter data …</translation>
    </message>
    <message>
        <source>Export every value to a CSV or Excel file</source>
        <translation>Eksporter alle verdier til en CSV- eller Excel-fil</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file, UTF-8 (*.csv)</source>
        <translation>CSV-fil, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>Eksporter data</translation>
    </message>
    <message>
        <source>Exporting values…</source>
        <translation>Eksporterer verdier …</translation>
    </message>
    <message>
        <source>{0} values of {1} KPIs exported to {2}.</source>
        <translation>{0} verdier for {1} KPI-er er eksportert til {2}.</translation>
    </message>
    <message>
        <source>Nothing was exported: {0}</source>
        <translation>Ingenting ble eksportert: {0}</translation>
    </message>
</context>
<context>
    <name>DecisionEditor</name>
    <message>
        <source>Now: {0}.</source>
        <translation>Nå: {0}.</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>ingen målverdi</translation>
    </message>
    <message>
        <source>range {0} to {1}</source>
        <translation>intervall {0} til {1}</translation>
    </message>
    <message>
        <source>target {0}</source>
        <translation>målverdi {0}</translation>
    </message>
    <message>
        <source>{0}, stretch {1}</source>
        <translation>{0}, strekkmål {1}</translation>
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
        <source>Target of the new KPI</source>
        <translation>Målverdi for den nye KPI-en</translation>
    </message>
    <message>
        <source>{0}: “{1}” is not a number.</source>
        <translation>{0}: «{1}» er ikke et tall.</translation>
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
        <source>Row {0} of the pasted block would go into “{1}”, whose values you may not change. Nothing was pasted.</source>
        <translation>Rad {0} i den innlimte blokken ville havnet i «{1}», som du ikke har lov til å endre verdiene for. Ingenting ble limt inn.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ingenting ble endret.</translation>
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
        <source>{0} is closed (periods through {1} are). Its values cannot be changed unless the periods are reopened.</source>
        <translation>{0} er lukket (periodene til og med {1} er det). Verdiene kan ikke endres med mindre periodene gjenåpnes.</translation>
    </message>
    <message>
        <source>Read-only for you: the owner has not given you this KPI to enter values for.</source>
        <translation>Skrivebeskyttet for deg: eieren har ikke gitt deg denne KPI-en å registrere verdier for.</translation>
    </message>
    <message>
        <source>No value yet for {0}.</source>
        <translation>Ingen verdi ennå for {0}.</translation>
    </message>
    <message>
        <source>Comment: {0}</source>
        <translation>Kommentar: {0}</translation>
    </message>
    <message>
        <source>Causes: {0}</source>
        <translation>Årsaker: {0}</translation>
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
        <source>C&amp;lose Periods…</source>
        <translation>&amp;Lukk perioder …</translation>
    </message>
    <message>
        <source>Close periods</source>
        <translation>Lukk perioder</translation>
    </message>
    <message>
        <source>After a review: make the values of periods up to a date read-only</source>
        <translation>Etter en gjennomgang: gjør verdiene i periodene frem til en dato skrivebeskyttet</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>&amp;Gjenåpne …</translation>
    </message>
    <message>
        <source>Reopen closed periods</source>
        <translation>Gjenåpne lukkede perioder</translation>
    </message>
    <message>
        <source>Make closed periods editable again (kept in the change log)</source>
        <translation>Gjør lukkede perioder redigerbare igjen (føres i endringsloggen)</translation>
    </message>
    <message>
        <source>Closed periods</source>
        <translation>Lukkede perioder</translation>
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
    <name>ExplainRedDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Save the comment and causes</source>
        <translation>Lagre kommentaren og årsakene</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Hopp over</translation>
    </message>
    <message>
        <source>Skip: leave the value unexplained</source>
        <translation>Hopp over: la verdien stå uten forklaring</translation>
    </message>
    <message>
        <source>Why is it off track?</source>
        <translation>Hvorfor er den ikke i rute?</translation>
    </message>
    <message>
        <source>Values off track</source>
        <translation>Verdier som ikke er i rute</translation>
    </message>
    <message>
        <source>What happened? A short &amp;comment:</source>
        <translation>Hva skjedde? En kort &amp;kommentar:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>e.g. the café was closed for a week</source>
        <translation>f.eks. kafeen var stengt i en uke</translation>
    </message>
    <message>
        <source>C&amp;auses (tick any that apply):</source>
        <translation>Å&amp;rsaker (kryss av for dem som passer):</translation>
    </message>
    <message>
        <source>Cause tags</source>
        <translation>Årsaksmerker</translation>
    </message>
    <message>
        <source>Tick the causes that explain the value; they show on the chart, in the grid and in the scorecard</source>
        <translation>Kryss av for årsakene som forklarer verdien; de vises i diagrammet, i tabellen og i målstyringsrapporten</translation>
    </message>
    <message>
        <source>&amp;Edit cause tags…</source>
        <translation>R&amp;ediger årsaksmerker …</translation>
    </message>
    <message>
        <source>Edit cause tags</source>
        <translation>Rediger årsaksmerker</translation>
    </message>
    <message>
        <source>Add, rename or remove the cause tags of this business</source>
        <translation>Legg til, gi nytt navn til eller fjern årsaksmerkene til denne virksomheten</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask again (Preferences turns it back on)</source>
        <translation>&amp;Ikke spør igjen (slås på igjen under Innstillinger)</translation>
    </message>
    <message>
        <source>Don&apos;t ask again</source>
        <translation>Ikke spør igjen</translation>
    </message>
</context>
<context>
    <name>FactsView</name>
    <message>
        <source>No definition written yet.</source>
        <translation>Ingen definisjon skrevet ennå.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Last {0} periods:</source>
        <translation>Siste {0} perioder:</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <source>No causes or comments on the last {0} values.</source>
        <translation>Ingen årsaker eller kommentarer på de siste {0} verdiene.</translation>
    </message>
    <message>
        <source>{0} (example)</source>
        <translation>{0} (eksempel)</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Konkurrent</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ingen ennå</translation>
    </message>
    <message>
        <source>{0}: definition changed from “{1}” to “{2}” ({3})</source>
        <translation>{0}: definisjonen endret fra «{1}» til «{2}» ({3})</translation>
    </message>
    <message>
        <source>{0}: took over from {1}: {2}</source>
        <translation>{0}: tok over etter {1}: {2}</translation>
    </message>
    <message>
        <source>Review {0}: {1}</source>
        <translation>Gjennomgang {0}: {1}</translation>
    </message>
    <message>
        <source>No earlier definitions, replacements or reviews.</source>
        <translation>Ingen tidligere definisjoner, erstatninger eller gjennomganger.</translation>
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
        <translation>Dine mål</translation>
    </message>
    <message>
        <source>Start with what you want to achieve, in your own words. Each goal gets a few KPIs that show whether you are getting there.</source>
        <translation>Begynn med hva du vil oppnå, med dine egne ord. Hvert mål får noen få KPI-er som viser om du er på vei dit.</translation>
    </message>
    <message>
        <source>e.g. More regular customers in the café</source>
        <translation>f.eks. Flere faste kunder i kafeen</translation>
    </message>
    <message>
        <source>&amp;Add goal</source>
        <translation>&amp;Legg til mål</translation>
    </message>
    <message>
        <source>&amp;Remove goal</source>
        <translation>Fj&amp;ern mål</translation>
    </message>
    <message>
        <source>&lt;b&gt;Examples:&lt;/b&gt; More regular customers in the café · Grow online sales this year · Fewer late deliveries · A better margin on every job · Happier staff who stay longer</source>
        <translation>&lt;b&gt;Eksempler:&lt;/b&gt; Flere faste kunder i kafeen · Øke nettsalget i år · Færre forsinkede leveranser · Bedre margin på hvert oppdrag · Mer fornøyde ansatte som blir lenger</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>T&amp;idshorisont:</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Tidshorisont</translation>
    </message>
    <message>
        <source>Goals &amp;chosen:</source>
        <translation>&amp;Valgte mål:</translation>
    </message>
    <message>
        <source>Goals chosen</source>
        <translation>Valgte mål</translation>
    </message>
    <message>
        <source>– already in the file</source>
        <translation>– finnes allerede i filen</translation>
    </message>
    <message>
        <source>You can add {0} more goal(s).</source>
        <translation>Du kan legge til {0} mål til.</translation>
    </message>
    <message>
        <source>Five new goals is the most: fewer goals get more attention.</source>
        <translation>Du kan ha høyst fem nye mål: færre mål får mer oppmerksomhet.</translation>
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
    <name>HistoryActions</name>
    <message>
        <source>Change &amp;Log…</source>
        <translation>&amp;Endringslogg …</translation>
    </message>
    <message>
        <source>Who changed what and when, from which value to which</source>
        <translation>Hvem som endret hva og når, fra hvilken verdi til hvilken</translation>
    </message>
    <message>
        <source>Cause &amp;Tags…</source>
        <translation>Årsaks&amp;merker …</translation>
    </message>
    <message>
        <source>Add, rename or remove the causes that explain values off track</source>
        <translation>Legg til, gi nytt navn til eller fjern årsakene som forklarer verdier som ikke er i rute</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Home</source>
        <translation>Hjem</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Hittil i år</translation>
    </message>
    <message>
        <source>{0} (so far)</source>
        <translation>{0} (hittil)</translation>
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
        <source>Nothing to do</source>
        <translation>Ingenting å gjøre</translation>
    </message>
    <message>
        <source>&amp;To do ({0})</source>
        <translation>&amp;Gjøremål ({0})</translation>
    </message>
    <message>
        <source>No KPIs to show. Add KPIs on the KPIs screen, or clear the filters.</source>
        <translation>Ingen KPI-er å vise. Legg til KPI-er under «KPI-er», eller nullstill filtrene.</translation>
    </message>
    <message>
        <source>There are no KPIs yet. Add them on the KPIs screen.</source>
        <translation>Det finnes ingen KPI-er ennå. Legg dem til under «KPI-er».</translation>
    </message>
    <message>
        <source>Year to date through {0}</source>
        <translation>Hittil i år til og med {0}</translation>
    </message>
    <message>
        <source>KPIs not linked to a goal</source>
        <translation>KPI-er som ikke er koblet til et mål</translation>
    </message>
    <message>
        <source>Goal {0}: {1}</source>
        <translation>Mål {0}: {1}</translation>
    </message>
    <message>
        <source>{0} score {1} – {2}</source>
        <translation>{0} poengsum {1} – {2}</translation>
    </message>
    <message>
        <source>the year to date through {0}</source>
        <translation>perioden hittil i år til og med {0}</translation>
    </message>
    <message>
        <source>{0} of {1} goals on track</source>
        <translation>{0} av {1} mål i rute</translation>
    </message>
    <message>
        <source>Goals in {0}</source>
        <translation>Mål i {0}</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Periodetype</translation>
    </message>
    <message>
        <source>A month, a quarter, a year, or the year so far</source>
        <translation>En måned, et kvartal, et år eller hittil i år</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Periode som vises</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>Show the KPIs of a goal</source>
        <translation>Vis KPI-ene for et mål</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Ansvarlig:</translation>
    </message>
    <message>
        <source>Show the KPIs of an owner</source>
        <translation>Vis KPI-ene til en ansvarlig</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>Show the KPIs of a marketing channel</source>
        <translation>Vis KPI-ene for en markedsføringskanal</translation>
    </message>
    <message>
        <source>P&amp;resent</source>
        <translation>&amp;Presenter</translation>
    </message>
    <message>
        <source>Full screen, one goal at a time, for a team meeting (F11)</source>
        <translation>Fullskjerm, ett mål om gangen, til et teammøte (F11)</translation>
    </message>
    <message>
        <source>How the goals are doing</source>
        <translation>Hvordan det går med målene</translation>
    </message>
    <message>
        <source>&amp;To do</source>
        <translation>&amp;Gjøremål</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Gjøremål</translation>
    </message>
    <message>
        <source>Click or press Enter to take care of it; right-click for more</source>
        <translation>Klikk eller trykk Enter for å ta deg av det; høyreklikk for mer</translation>
    </message>
    <message>
        <source>Take care of the reminder chosen in the list</source>
        <translation>Ta deg av påminnelsen som er valgt i listen</translation>
    </message>
    <message>
        <source>KPIs by goal</source>
        <translation>KPI-er per mål</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Spreadsheet or CSV file</source>
        <translation>Regneark eller CSV-fil</translation>
    </message>
    <message>
        <source>Google Analytics 4 export</source>
        <translation>Eksport fra Google Analytics 4</translation>
    </message>
    <message>
        <source>Meta Business Suite export</source>
        <translation>Eksport fra Meta Business Suite</translation>
    </message>
    <message>
        <source>Detect from the file</source>
        <translation>Finn ut fra filen</translation>
    </message>
    <message>
        <source>Norwegian: 1 234,50</source>
        <translation>Norsk: 1 234,50</translation>
    </message>
    <message>
        <source>English: 1,234.50</source>
        <translation>Engelsk: 1,234.50</translation>
    </message>
    <message>
        <source>Day first: 31.01.2026</source>
        <translation>Dag først: 31.01.2026</translation>
    </message>
    <message>
        <source>Month first: 01/31/2026</source>
        <translation>Måned først: 01/31/2026</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import the values</source>
        <translation>Importer verdiene</translation>
    </message>
    <message>
        <source>Close without importing</source>
        <translation>Lukk uten å importere</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Velg filen du vil importere</translation>
    </message>
    <message>
        <source>Spreadsheets and CSV files (*.csv *.txt *.tsv *.xlsx *.xls *.ods);;All files (*)</source>
        <translation>Regneark og CSV-filer (*.csv *.txt *.tsv *.xlsx *.xls *.ods);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Leser {0} …</translation>
    </message>
    <message>
        <source>Choose a file to see its columns here.</source>
        <translation>Velg en fil for å se kolonnene i den her.</translation>
    </message>
    <message>
        <source>Each row names its KPI, period and value, so there is nothing to map. KPIs are found by code or name.</source>
        <translation>Hver rad oppgir KPI, periode og verdi, så det er ingenting å koble. KPI-er finnes ut fra kode eller navn.</translation>
    </message>
    <message>
        <source>Import each column into:</source>
        <translation>Importer hver kolonne til:</translation>
    </message>
    <message>
        <source>Channel groups (segments):</source>
        <translation>Kanalgrupper (segmenter):</translation>
    </message>
    <message>
        <source>KPI for the column {0}</source>
        <translation>KPI for kolonnen {0}</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(utelat)</translation>
    </message>
    <message>
        <source>Segment for the channel group {0}</source>
        <translation>Segment for kanalgruppen {0}</translation>
    </message>
    <message>
        <source>(only in the total)</source>
        <translation>(bare i totalen)</translation>
    </message>
    <message>
        <source>Checking {0} against the file…</source>
        <translation>Sjekker {0} mot filen …</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>C&amp;hanges ({0})</source>
        <translation>&amp;Endringer ({0})</translation>
    </message>
    <message>
        <source>P&amp;roblems ({0})</source>
        <translation>&amp;Problemer ({0})</translation>
    </message>
    <message>
        <source>No&amp;tes ({0})</source>
        <translation>&amp;Merknader ({0})</translation>
    </message>
    <message>
        <source>The numbers in this file can be read two ways (is 1.234 one thousand two hundred and thirty-four, or one point two three four?). Choose its number format under Numbers.</source>
        <translation>Tallene i denne filen kan leses på to måter (er 1.234 ett tusen to hundre og trettifire, eller én komma to tre fire?). Velg tallformatet under «Tall».</translation>
    </message>
    <message>
        <source>The dates in this file can be read two ways (is 01/02/2026 the first of February or the second of January?). Choose its date order under Dates.</source>
        <translation>Datoene i denne filen kan leses på to måter (er 01/02/2026 første februar eller andre januar?). Velg datorekkefølgen under «Datoer».</translation>
    </message>
    <message>
        <source>Ready to import {0} new and {1} changed values of {2} KPIs.</source>
        <translation>Klar til å importere {0} nye og {1} endrede verdier for {2} KPI-er.</translation>
    </message>
    <message>
        <source>The file is open read-only: nothing can be imported into it.</source>
        <translation>Filen er åpnet skrivebeskyttet: ingenting kan importeres til den.</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Velg filen du vil importere.</translation>
    </message>
    <message>
        <source>Choose the file&apos;s format above; nothing is imported until then.</source>
        <translation>Velg filformatet ovenfor; ingenting importeres før du har gjort det.</translation>
    </message>
    <message>
        <source>The file has problems (see Problems: {0}). Correct the file or the mapping; nothing can be imported until then.</source>
        <translation>Filen har problemer (se «Problemer»: {0}). Rett opp filen eller koblingen; ingenting kan importeres før det er gjort.</translation>
    </message>
    <message>
        <source>The file holds what is stored already: nothing to import.</source>
        <translation>Filen inneholder det som allerede er lagret: ingenting å importere.</translation>
    </message>
    <message>
        <source>Choose above what happens to stored values that differ from the file (changed: {0}).</source>
        <translation>Velg ovenfor hva som skal skje med lagrede verdier som avviker fra filen (endret: {0}).</translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>Ingenting ble importert: {0}</translation>
    </message>
    <message>
        <source>The file could not be read: {0}</source>
        <translation>Filen kunne ikke leses: {0}</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Avbrutt: ingenting ble importert.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter …</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>Importerer {0} …</translation>
    </message>
    <message>
        <source>Imported {0}: {1} new and {2} changed values.</source>
        <translation>Importerte {0}: {1} nye og {2} endrede verdier.</translation>
    </message>
    <message>
        <source>Stored values kept as they were: {0}.</source>
        <translation>Lagrede verdier som ble beholdt uendret: {0}.</translation>
    </message>
    <message>
        <source>Nothing imported from {0}: it holds what is stored already.</source>
        <translation>Ingenting ble importert fra {0}: filen inneholder det som allerede er lagret.</translation>
    </message>
    <message>
        <source>Import Data</source>
        <translation>Importer data</translation>
    </message>
    <message>
        <source>Values from a spreadsheet, a till system&apos;s CSV file or a Google Analytics 4 or Meta export. Check the dry run below: nothing is written until you press Import, and then all values or none.</source>
        <translation>Verdier fra et regneark, en CSV-fil fra kassesystemet eller en eksport fra Google Analytics 4 eller Meta. Sjekk prøvekjøringen nedenfor: ingenting lagres før du trykker på «Importer», og da lagres enten alle verdiene eller ingen.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fil som skal importeres</translation>
    </message>
    <message>
        <source>Choose a file, or drop one here</source>
        <translation>Velg en fil, eller slipp en her</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom …</translation>
    </message>
    <message>
        <source>Browse for the file to import</source>
        <translation>Bla gjennom for å finne filen du vil importere</translation>
    </message>
    <message>
        <source>&amp;Kind of file:</source>
        <translation>Filt&amp;ype:</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Filtype</translation>
    </message>
    <message>
        <source>&amp;Numbers:</source>
        <translation>&amp;Tall:</translation>
    </message>
    <message>
        <source>Number format of the file</source>
        <translation>Tallformatet i filen</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Datoer:</translation>
    </message>
    <message>
        <source>Date order of the file</source>
        <translation>Datorekkefølgen i filen</translation>
    </message>
    <message>
        <source>Question about the file</source>
        <translation>Spørsmål om filen</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>De første radene i filen</translation>
    </message>
    <message>
        <source>Columns and KPIs</source>
        <translation>Kolonner og KPI-er</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Prøvekjøring</translation>
    </message>
    <message>
        <source>Dry run per &amp;KPI</source>
        <translation>Prøvekjøring per &amp;KPI</translation>
    </message>
    <message>
        <source>New, changed and unchanged values per KPI</source>
        <translation>Nye, endrede og uendrede verdier per KPI</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>&amp;Endringer</translation>
    </message>
    <message>
        <source>Stored values the file changes</source>
        <translation>Lagrede verdier som filen endrer</translation>
    </message>
    <message>
        <source>P&amp;roblems</source>
        <translation>&amp;Problemer</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problemer i filen</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>&amp;Merknader</translation>
    </message>
    <message>
        <source>Notes about the file</source>
        <translation>Merknader om filen</translation>
    </message>
    <message>
        <source>When a stored value differs from the file</source>
        <translation>Når en lagret verdi avviker fra filen</translation>
    </message>
    <message>
        <source>&amp;Overwrite it with the file&apos;s value</source>
        <translation>&amp;Overskriv den med verdien fra filen</translation>
    </message>
    <message>
        <source>Overwrite stored values with the file&apos;s values</source>
        <translation>Overskriv lagrede verdier med verdiene fra filen</translation>
    </message>
    <message>
        <source>Keep the &amp;stored value</source>
        <translation>Behold den &amp;lagrede verdien</translation>
    </message>
    <message>
        <source>Keep stored values that differ from the file</source>
        <translation>Behold lagrede verdier som avviker fra filen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Cancel the work in progress</source>
        <translation>Avbryt arbeidet som pågår</translation>
    </message>
</context>
<context>
    <name>ImportModels</name>
    <message>
        <source>Row {0} of the file</source>
        <translation>Rad {0} i filen</translation>
    </message>
    <message>
        <source>Column {0} is left out</source>
        <translation>Kolonne {0} er utelatt</translation>
    </message>
    <message>
        <source>Column {0} is imported into {1}</source>
        <translation>Kolonne {0} importeres til {1}</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Endret</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Uendret</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>total</source>
        <translation>totalt</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>I filen</translation>
    </message>
    <message>
        <source>File row</source>
        <translation>Rad i filen</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>KpiChart</name>
    <message>
        <source>KPI chart</source>
        <translation>KPI-diagram</translation>
    </message>
    <message>
        <source>Point at the chart to see a period&apos;s value and target.</source>
        <translation>Pek på diagrammet for å se verdien og målverdien for en periode.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Målverdi</translation>
    </message>
    <message>
        <source>Stretch target</source>
        <translation>Strekkmål</translation>
    </message>
    <message>
        <source>Warning level</source>
        <translation>Varslingsgrense</translation>
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
        <source>no source given</source>
        <translation>ingen kilde oppgitt</translation>
    </message>
    <message>
        <source>{0}: {1} (as of {2}; {3})</source>
        <translation>{0}: {1} (per {2}; {3})</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <source>Moving average ({0} periods)</source>
        <translation>Glidende gjennomsnitt ({0} perioder)</translation>
    </message>
    <message>
        <source>Causes noted</source>
        <translation>Årsak notert</translation>
    </message>
    <message>
        <source>Forecast (80 % band)</source>
        <translation>Prognose (80 %-intervall)</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>ingen verdi</translation>
    </message>
    <message>
        <source>target {0}</source>
        <translation>målverdi {0}</translation>
    </message>
    <message>
        <source>range {0}–{1}</source>
        <translation>målområde {0}–{1}</translation>
    </message>
    <message>
        <source>causes: {0}</source>
        <translation>årsaker: {0}</translation>
    </message>
    <message>
        <source>{0}: forecast {1} (80 % band {2} to {3})</source>
        <translation>{0}: prognose {1} (80 %-intervall {2} til {3})</translation>
    </message>
    <message>
        <source>Both KPIs over time</source>
        <translation>Begge KPI-ene over tid</translation>
    </message>
    <message>
        <source>% of own average</source>
        <translation>% av eget gjennomsnitt</translation>
    </message>
    <message>
        <source>Correlation at each lag</source>
        <translation>Korrelasjon ved hver forsinkelse</translation>
    </message>
    <message>
        <source>Lag (periods)</source>
        <translation>Forsinkelse (perioder)</translation>
    </message>
    <message>
        <source>Correlation r</source>
        <translation>Korrelasjon r</translation>
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
    <name>KpiDetailScreen</name>
    <message>
        <source>KPI detail</source>
        <translation>KPI-detaljer</translation>
    </message>
    <message>
        <source>{0} ({1}) – retired</source>
        <translation>{0} ({1}) – avviklet</translation>
    </message>
    <message>
        <source>Total with targets</source>
        <translation>Totalt med målverdier</translation>
    </message>
    <message>
        <source>By channel: lines</source>
        <translation>Per kanal: linjer</translation>
    </message>
    <message>
        <source>By channel: stacked bars</source>
        <translation>Per kanal: stablede søyler</translation>
    </message>
    <message>
        <source>No values yet: enter some to see the chart.</source>
        <translation>Ingen verdier ennå: legg inn noen for å se diagrammet.</translation>
    </message>
    <message>
        <source>Not enough history to forecast: {0} values so far, at least {1} needed.</source>
        <translation>Ikke nok historikk til å lage en prognose: {0} verdier så langt, minst {1} trengs.</translation>
    </message>
    <message>
        <source>Forecast to the end of {0} (dashed); the shaded band is where 8 of 10 outcomes should fall.</source>
        <translation>Prognose til utgangen av {0} (stiplet); det skraverte feltet viser hvor 8 av 10 utfall bør havne.</translation>
    </message>
    <message>
        <source>The year has ended: nothing left to forecast.</source>
        <translation>Året er over: det er ikke noe igjen å lage prognose for.</translation>
    </message>
    <message>
        <source>Too little history to project {0}.</source>
        <translation>For lite historikk til å lage et anslag for {0}.</translation>
    </message>
    <message>
        <source>At this pace: {0} in {1} (no target range set).</source>
        <translation>I dette tempoet: {0} i {1} (ikke noe målområde satt).</translation>
    </message>
    <message>
        <source>At this pace: {0} in {1}; the target range is {2} to {3}.</source>
        <translation>I dette tempoet: {0} i {1}; målområdet er {2} til {3}.</translation>
    </message>
    <message>
        <source>At this pace: {0} in {1} (no yearly target set).</source>
        <translation>I dette tempoet: {0} i {1} (ingen målverdi satt for året).</translation>
    </message>
    <message>
        <source>At this pace: {0} of {1} in {2}.</source>
        <translation>I dette tempoet: {0} av {1} i {2}.</translation>
    </message>
    <message>
        <source>Ahead of the target.</source>
        <translation>Ligger foran målverdien.</translation>
    </message>
    <message>
        <source>On pace for the target.</source>
        <translation>Ligger an til å nå målverdien.</translation>
    </message>
    <message>
        <source>Behind the target.</source>
        <translation>Ligger bak målverdien.</translation>
    </message>
    <message>
        <source>Likely between {0} and {1}.</source>
        <translation>Trolig mellom {0} og {1}.</translation>
    </message>
    <message>
        <source>In {0}:</source>
        <translation>I {0}:</translation>
    </message>
    <message>
        <source>{0}: {1} ({2})</source>
        <translation>{0}: {1} ({2})</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0} [{1}]</source>
        <translation>{0} [{1}]</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>beholde</translation>
    </message>
    <message>
        <source>adjust the target</source>
        <translation>justere målverdien</translation>
    </message>
    <message>
        <source>change the definition</source>
        <translation>endre definisjonen</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>erstatte</translation>
    </message>
    <message>
        <source>retire</source>
        <translation>avvikle</translation>
    </message>
    <message>
        <source>Review {0}: {1}</source>
        <translation>Gjennomgang {0}: {1}</translation>
    </message>
    <message>
        <source>Review {0}, decided to {1}: {2}</source>
        <translation>Gjennomgang {0}, besluttet å {1}: {2}</translation>
    </message>
    <message>
        <source>No comments or review notes yet.</source>
        <translation>Ingen kommentarer eller notater fra gjennomganger ennå.</translation>
    </message>
    <message>
        <source>Pick a leading and a lagging KPI.</source>
        <translation>Velg en ledende og en etterslepende KPI.</translation>
    </message>
    <message>
        <source>Pick two different KPIs.</source>
        <translation>Velg to forskjellige KPI-er.</translation>
    </message>
    <message>
        <source>Best lag: none yet</source>
        <translation>Beste forsinkelse: ingen ennå</translation>
    </message>
    <message>
        <source>Best lag: {0} periods ({1}), r = {2}</source>
        <translation>Beste forsinkelse: {0} perioder ({1}), r = {2}</translation>
    </message>
    <message>
        <source>Too little data: only {0} periods of both KPIs overlap, and at least {1} are needed before a relation can be judged.</source>
        <translation>For lite data: bare {0} perioder har verdier for begge KPI-ene, og minst {1} trengs før en sammenheng kan vurderes.</translation>
    </message>
    <message>
        <source>One of the KPIs never changes, so there is nothing to relate.</source>
        <translation>Én av KPI-ene endrer seg aldri, så det er ingen sammenheng å finne.</translation>
    </message>
    <message>
        <source>in the same period</source>
        <translation>i samme periode</translation>
    </message>
    <message>
        <source>{0} periods later</source>
        <translation>{0} perioder senere</translation>
    </message>
    <message>
        <source>No clear relation: the best match (changes in {0} and in {1} {2}, r = {3} over {4} periods) could well be chance. Do not plan on it.</source>
        <translation>Ingen tydelig sammenheng: det beste treffet (endringer i {0} og i {1} {2}, r = {3} over {4} perioder) kan godt være tilfeldig. Ikke legg planer ut fra det.</translation>
    </message>
    <message>
        <source>A moderate relation: changes in {0} tend to show up in {1} {2} (r = {3} over {4} periods). Worth watching, but not yet proof.</source>
        <translation>En moderat sammenheng: endringer i {0} viser seg gjerne i {1} {2} (r = {3} over {4} perioder). Verdt å følge med på, men ikke noe bevis ennå.</translation>
    </message>
    <message>
        <source>A strong relation: changes in {0} show up in {1} {2} (r = {3} over {4} periods). A fair basis for planning, though it does not prove cause.</source>
        <translation>En sterk sammenheng: endringer i {0} viser seg i {1} {2} (r = {3} over {4} perioder). Et rimelig grunnlag for planlegging, selv om det ikke beviser at det ene forårsaker det andre.</translation>
    </message>
    <message>
        <source>They move in opposite directions.</source>
        <translation>De beveger seg i motsatt retning.</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG-bilde (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-tegning (*.svg)</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Eksporter diagrammet</translation>
    </message>
    <message>
        <source>Could not save the chart: {0}</source>
        <translation>Kunne ikke lagre diagrammet: {0}</translation>
    </message>
    <message>
        <source>&amp;KPI:</source>
        <translation>&amp;KPI:</translation>
    </message>
    <message>
        <source>KPI shown</source>
        <translation>KPI som vises</translation>
    </message>
    <message>
        <source>Vie&amp;w:</source>
        <translation>&amp;Visning:</translation>
    </message>
    <message>
        <source>Chart view</source>
        <translation>Diagramvisning</translation>
    </message>
    <message>
        <source>The total with its targets, or the channels of a KPI split by channel</source>
        <translation>Totalen med målverdiene, eller kanalene for en KPI som er brutt ned på kanal</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>Nullstill &amp;zoom</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Nullstill zoom</translation>
    </message>
    <message>
        <source>Show the whole history again (drag to pan, scroll to zoom)</source>
        <translation>Vis hele historikken igjen (dra for å panorere, rull for å zoome)</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Eksporter &amp;PNG …</translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation>Eksporter diagrammet som PNG</translation>
    </message>
    <message>
        <source>Save the chart as a picture</source>
        <translation>Lagre diagrammet som et bilde</translation>
    </message>
    <message>
        <source>Export S&amp;VG…</source>
        <translation>Eksporter &amp;SVG …</translation>
    </message>
    <message>
        <source>Export the chart as SVG</source>
        <translation>Eksporter diagrammet som SVG</translation>
    </message>
    <message>
        <source>Save the chart as a drawing that scales (for print and slides)</source>
        <translation>Lagre diagrammet som en skalerbar tegning (for utskrift og lysbilder)</translation>
    </message>
    <message>
        <source>&amp;Change Log…</source>
        <translation>&amp;Endringslogg …</translation>
    </message>
    <message>
        <source>Change log of this KPI</source>
        <translation>Endringslogg for denne KPI-en</translation>
    </message>
    <message>
        <source>Who changed this KPI&apos;s values, definition and targets, and when</source>
        <translation>Hvem som endret verdiene, definisjonen og målverdiene til denne KPI-en, og når</translation>
    </message>
    <message>
        <source>Rev&amp;iew…</source>
        <translation>Gjennomg&amp;å …</translation>
    </message>
    <message>
        <source>Review this KPI</source>
        <translation>Gjennomgå denne KPI-en</translation>
    </message>
    <message>
        <source>Decide whether to keep, adjust, replace or retire this KPI, on the Reviews screen</source>
        <translation>Bestem om KPI-en skal beholdes, justeres, erstattes eller avvikles, på skjermen Gjennomganger</translation>
    </message>
    <message>
        <source>KPI detail views</source>
        <translation>Visninger av KPI-detaljer</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>Dia&amp;gram</translation>
    </message>
    <message>
        <source>Channel mix</source>
        <translation>Kanalfordeling</translation>
    </message>
    <message>
        <source>Co&amp;mments and review notes:</source>
        <translation>K&amp;ommentarer og notater fra gjennomganger:</translation>
    </message>
    <message>
        <source>Comments and review notes</source>
        <translation>Kommentarer og notater fra gjennomganger</translation>
    </message>
    <message>
        <source>&amp;Leading → lagging</source>
        <translation>&amp;Ledende → etterslepende</translation>
    </message>
    <message>
        <source>Lea&amp;ding KPI:</source>
        <translation>Le&amp;dende KPI:</translation>
    </message>
    <message>
        <source>Leading KPI</source>
        <translation>Ledende KPI</translation>
    </message>
    <message>
        <source>Laggin&amp;g KPI:</source>
        <translation>&amp;Etterslepende KPI:</translation>
    </message>
    <message>
        <source>Lagging KPI</source>
        <translation>Etterslepende KPI</translation>
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
        <translation>Valgte &amp;KPI-er:</translation>
    </message>
    <message>
        <source>Chosen KPIs</source>
        <translation>Valgte KPI-er</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <source>{0}: {1}, {2}, {3}</source>
        <translation>{0}: {1}, {2}, {3}</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>ingen målverdi</translation>
    </message>
    <message>
        <source>target {0} – {1}</source>
        <translation>målverdi {0} – {1}</translation>
    </message>
    <message>
        <source>target {0}</source>
        <translation>målverdi {0}</translation>
    </message>
    <message>
        <source>{0} vs previous</source>
        <translation>{0} mot forrige</translation>
    </message>
    <message>
        <source>{0} vs last year</source>
        <translation>{0} mot i fjor</translation>
    </message>
</context>
<context>
    <name>KpiWizard</name>
    <message>
        <source>Just me</source>
        <translation>Bare meg</translation>
    </message>
    <message>
        <source>2–9 people</source>
        <translation>2–9 personer</translation>
    </message>
    <message>
        <source>10–49 people</source>
        <translation>10–49 personer</translation>
    </message>
    <message>
        <source>50 people or more</source>
        <translation>50 personer eller flere</translation>
    </message>
    <message>
        <source>Choose KPIs</source>
        <translation>Velg KPI-er</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Opprett</translation>
    </message>
    <message>
        <source>KPI charter</source>
        <translation>KPI-oversikt</translation>
    </message>
    <message>
        <source>Your goals and KPIs are saved. Would you like a KPI charter – one page per KPI with its definition, owner and targets – as a PDF to print or share?</source>
        <translation>Målene og KPI-ene dine er lagret. Vil du ha en KPI-oversikt – én side per KPI med definisjon, ansvarlig og målverdier – som PDF til utskrift eller deling?</translation>
    </message>
    <message>
        <source>Save the KPI charter as</source>
        <translation>Lagre KPI-oversikten som</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>This file is open read-only.</source>
        <translation>Denne filen er åpnet skrivebeskyttet.</translation>
    </message>
    <message>
        <source>Grow online sales this year</source>
        <translation>Øke nettsalget i år</translation>
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
        <source>Keep</source>
        <translation>Behold</translation>
    </message>
    <message>
        <source>Adjust the target</source>
        <translation>Juster målverdien</translation>
    </message>
    <message>
        <source>Change the definition</source>
        <translation>Endre definisjonen</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Erstatt</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Avvikle</translation>
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
        <source>Connect to &amp;Team Database…</source>
        <translation>Koble til &amp;teamdatabase …</translation>
    </message>
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
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>About KPIDesk</source>
        <translation>Om KPIDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;KPIDesk {0}&lt;/h3&gt;&lt;p&gt;Goals, KPIs, targets and scorecards for small businesses — offline, on your own computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KPIDesk {0}&lt;/h3&gt;&lt;p&gt;Mål, KPI-er, målverdier og målekort for små virksomheter – uten nett, på din egen datamaskin.&lt;/p&gt;</translation>
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
        <source>You are a viewer of {0}.</source>
        <translation>Du har lesetilgang til {0}.</translation>
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
        <translation>&amp;Velg KPI-er …</translation>
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
    <name>PeriodClosing</name>
    <message>
        <source>Closed through {0}</source>
        <translation>Lukket til og med {0}</translation>
    </message>
    <message>
        <source>Periods through {0} are closed.</source>
        <translation>Periodene til og med {0} er lukket.</translation>
    </message>
    <message>
        <source>Every period is open again.</source>
        <translation>Alle perioder er åpne igjen.</translation>
    </message>
    <message>
        <source>Periods after {0} are open again.</source>
        <translation>Periodene etter {0} er åpne igjen.</translation>
    </message>
    <message>
        <source>Nothing was changed: {0}</source>
        <translation>Ingenting ble endret: {0}</translation>
    </message>
    <message>
        <source>Reviewed with the accountant</source>
        <translation>Gått gjennom med regnskapsføreren</translation>
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
        <source>The system&apos;s language</source>
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
    <message>
        <source>&amp;Ask for a comment when a value puts a KPI off track</source>
        <translation>&amp;Be om en kommentar når en verdi gjør at en KPI ikke er i rute</translation>
    </message>
    <message>
        <source>Explain values that are off track</source>
        <translation>Forklar verdier som ikke er i rute</translation>
    </message>
    <message>
        <source>After you type or paste a value that turns a KPI red, a short question asks what happened and which causes (season, stock-out …) explain it. You can skip it.</source>
        <translation>Når du skriver inn eller limer inn en verdi som gjør en KPI rød, spør et kort spørsmål hva som skjedde og hvilke årsaker (sesong, utsolgt fra lager …) som forklarer det. Du kan hoppe over det.</translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <source>KPIDesk – presentation</source>
        <translation>KPIDesk – presentasjon</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentasjon</translation>
    </message>
    <message>
        <source>KPIs not linked to a goal</source>
        <translation>KPI-er som ikke er koblet til et mål</translation>
    </message>
    <message>
        <source>score {0}</source>
        <translation>poengsum {0}</translation>
    </message>
    <message>
        <source>Goal {0} of {1}  ·  ← → to move  ·  Esc to leave</source>
        <translation>Mål {0} av {1}  ·  ← → for å bla  ·  Esc for å avslutte</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Not given</source>
        <translation>Ikke oppgitt</translation>
    </message>
</context>
<context>
    <name>RedExplainer</name>
    <message>
        <source>{0}, {1}: {2}</source>
        <translation>{0}, {1}: {2}</translation>
    </message>
    <message>
        <source>{0} is now off track. What happened?</source>
        <translation>{0} er ikke lenger i rute. Hva skjedde?</translation>
    </message>
    <message>
        <source>{0} values are now off track. What happened?</source>
        <translation>{0} verdier er ikke lenger i rute. Hva skjedde?</translation>
    </message>
    <message>
        <source>Someone else changed this value after you entered it, so your comment and causes were not saved. The value stored now is shown.</source>
        <translation>Noen andre endret denne verdien etter at du skrev den inn, så kommentaren og årsakene dine ble ikke lagret. Verdien som er lagret nå, vises.</translation>
    </message>
    <message>
        <source>The comment and causes were not saved: {0}</source>
        <translation>Kommentaren og årsakene ble ikke lagret: {0}</translation>
    </message>
</context>
<context>
    <name>ReminderList</name>
    <message>
        <source>Enter values</source>
        <translation>Legg inn verdier</translation>
    </message>
    <message>
        <source>Start a review</source>
        <translation>Start en gjennomgang</translation>
    </message>
    <message>
        <source>Open the KPI</source>
        <translation>Åpne KPI-en</translation>
    </message>
    <message>
        <source>Show its chart</source>
        <translation>Vis grafen</translation>
    </message>
</context>
<context>
    <name>ReminderTexts</name>
    <message>
        <source>Enter the missing values ({0})</source>
        <translation>Legg inn verdiene som mangler ({0})</translation>
    </message>
    <message>
        <source>Hold the reviews that are due ({0})</source>
        <translation>Hold gjennomgangene som har forfalt ({0})</translation>
    </message>
    <message>
        <source>Review your KPIs ({0})</source>
        <translation>Gå gjennom KPI-ene ({0})</translation>
    </message>
    <message>
        <source>Set a target ({0})</source>
        <translation>Sett en målverdi ({0})</translation>
    </message>
    <message>
        <source>No values for a while: retire them? ({0})</source>
        <translation>Ingen verdier på en stund: avvikle dem? ({0})</translation>
    </message>
    <message>
        <source>Targets beaten all year: raise them? ({0})</source>
        <translation>Målverdier slått hele året: heve dem? ({0})</translation>
    </message>
    <message>
        <source>Show {0} more…</source>
        <translation>Vis {0} til …</translation>
    </message>
    <message>
        <source>✓ Nothing to do: every value is in.</source>
        <translation>✓ Ingenting å gjøre: alle verdier er lagt inn.</translation>
    </message>
    <message>
        <source>⟳ Time for a first review of all goals and KPIs</source>
        <translation>⟳ På tide med en første gjennomgang av alle mål og KPI-er</translation>
    </message>
    <message>
        <source>○ {0} has no target</source>
        <translation>○ {0} har ingen målverdi</translation>
    </message>
    <message>
        <source>✎ {0}: no value for {1}</source>
        <translation>✎ {0}: ingen verdi for {1}</translation>
    </message>
    <message>
        <source>✎ {0}: {1} days without a value, from {2}</source>
        <translation>✎ {0}: {1} dager uten verdi, fra og med {2}</translation>
    </message>
    <message>
        <source>✎ {0}: {1} weeks without a value, from {2}</source>
        <translation>✎ {0}: {1} uker uten verdi, fra og med {2}</translation>
    </message>
    <message>
        <source>✎ {0}: {1} months without a value, from {2}</source>
        <translation>✎ {0}: {1} måneder uten verdi, fra og med {2}</translation>
    </message>
    <message>
        <source>✎ {0}: {1} quarters without a value, from {2}</source>
        <translation>✎ {0}: {1} kvartaler uten verdi, fra og med {2}</translation>
    </message>
    <message>
        <source>✎ {0}: {1} years without a value, from {2}</source>
        <translation>✎ {0}: {1} år uten verdi, fra og med {2}</translation>
    </message>
    <message>
        <source>⟳ Review of the goal {0} was due {1}</source>
        <translation>⟳ Gjennomgangen av målet {0} hadde frist {1}</translation>
    </message>
    <message>
        <source>⟳ Review of {0} was due {1}</source>
        <translation>⟳ Gjennomgangen av {0} hadde frist {1}</translation>
    </message>
    <message>
        <source>⟳ Review of all goals and KPIs was due {0}</source>
        <translation>⟳ Gjennomgangen av alle mål og KPI-er hadde frist {0}</translation>
    </message>
    <message>
        <source>⌛ {0}: no value for {1} months, since {2}</source>
        <translation>⌛ {0}: ingen verdi på {1} måneder, siden {2}</translation>
    </message>
    <message>
        <source>⌛ {0}: no value for {1} quarters, since {2}</source>
        <translation>⌛ {0}: ingen verdi på {1} kvartaler, siden {2}</translation>
    </message>
    <message>
        <source>⌛ {0}: no value for {1} years, since {2}</source>
        <translation>⌛ {0}: ingen verdi på {1} år, siden {2}</translation>
    </message>
    <message>
        <source>▲ {0}: target beaten clearly every month for a year</source>
        <translation>▲ {0}: målverdien klart slått hver måned i et år</translation>
    </message>
    <message>
        <source>▲ {0}: target beaten clearly every quarter for a year</source>
        <translation>▲ {0}: målverdien klart slått hvert kvartal i et år</translation>
    </message>
    <message>
        <source>▲ {0}: target beaten clearly two years running</source>
        <translation>▲ {0}: målverdien klart slått to år på rad</translation>
    </message>
    <message>
        <source>Opens Data entry at {0}, the first missing value</source>
        <translation>Åpner «Dataregistrering» ved {0}, den første verdien som mangler</translation>
    </message>
    <message>
        <source>Starts the review: look at each KPI and decide what to keep or change</source>
        <translation>Starter gjennomgangen: se på hver KPI og bestem hva som skal beholdes eller endres</translation>
    </message>
    <message>
        <source>Opens the KPI on the KPIs screen: retire it if nobody needs it, or enter its values</source>
        <translation>Åpner KPI-en under «KPI-er»: avvikle den hvis ingen trenger den, eller legg inn verdiene</translation>
    </message>
    <message>
        <source>Opens the KPI on the KPIs screen: a target met every time is no longer a challenge; raise it under Edit… › Targets</source>
        <translation>Åpner KPI-en under «KPI-er»: en målverdi som nås hver gang, er ikke lenger en utfordring; hev den under Rediger … › Målverdier</translation>
    </message>
    <message>
        <source>Opens the KPI on the KPIs screen, where you can set a target</source>
        <translation>Åpner KPI-en under «KPI-er», der du kan sette en målverdi</translation>
    </message>
    <message>
        <source>&amp;Enter the values</source>
        <translation>&amp;Legg inn verdiene</translation>
    </message>
    <message>
        <source>&amp;Start the review</source>
        <translation>&amp;Start gjennomgangen</translation>
    </message>
    <message>
        <source>&amp;Set a target</source>
        <translation>&amp;Sett en målverdi</translation>
    </message>
    <message>
        <source>&amp;Open the KPI</source>
        <translation>Åp&amp;ne KPI-en</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Norwegian (Bokmål)</source>
        <translation>Norsk (bokmål)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Lager forhåndsvisningen …</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Målekort</translation>
    </message>
    <message>
        <source>KPI charter</source>
        <translation>KPI-oversikt</translation>
    </message>
    <message>
        <source>{0}: page 1 of {1}</source>
        <translation>{0}: side 1 av {1}</translation>
    </message>
    <message>
        <source>The document could not be made.</source>
        <translation>Dokumentet kunne ikke lages.</translation>
    </message>
    <message>
        <source>The document has {0} pages.</source>
        <translation>Dokumentet har {0} sider.</translation>
    </message>
    <message>
        <source>Pages cannot be drawn as images on this computer; install Poppler (pdftoppm) to see them here. Save as PDF works without it.</source>
        <translation>Sidene kan ikke vises som bilder på denne datamaskinen. Installer Poppler (pdftoppm) for å se dem her. «Lagre som PDF» virker uten det.</translation>
    </message>
    <message>
        <source>Other KPIs</source>
        <translation>Andre KPI-er</translation>
    </message>
    <message>
        <source>{0}: score {1} ({2} KPIs)</source>
        <translation>{0}: poengsum {1} ({2} KPI-er)</translation>
    </message>
    <message>
        <source>Printing needs Qt&apos;s print support and Poppler (pdftoppm). Save as PDF and print the file instead.</source>
        <translation>Utskrift krever utskriftsstøtten i Qt og Poppler (pdftoppm). Lagre som PDF og skriv ut filen i stedet.</translation>
    </message>
    <message>
        <source>The scorecard of the chosen period: goals, KPIs, targets, statuses and charts.</source>
        <translation>Målekortet for den valgte perioden: mål, KPI-er, målverdier, statuser og diagrammer.</translation>
    </message>
    <message>
        <source>A card per KPI in use: what it measures, why, how, its targets and owner.</source>
        <translation>Ett kort per KPI i bruk: hva den måler, hvorfor, hvordan, målverdier og ansvarlig.</translation>
    </message>
    <message>
        <source>Scorecard {0}</source>
        <translation>Målekort {0}</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lagre som PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>Saving {0}…</source>
        <translation>Lagrer {0} …</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>Lagret i {0}</translation>
    </message>
    <message>
        <source>The PDF was not saved.</source>
        <translation>PDF-en ble ikke lagret.</translation>
    </message>
    <message>
        <source>The PDF could not be saved: {0}
An existing file of that name is unchanged.</source>
        <translation>PDF-en kunne ikke lagres: {0}
En eksisterende fil med samme navn er ikke endret.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Preparing the pages for the printer…</source>
        <translation>Klargjør sidene for skriveren …</translation>
    </message>
    <message>
        <source>the pages could not be drawn</source>
        <translation>sidene kunne ikke tegnes</translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation>skriveren kunne ikke startes</translation>
    </message>
    <message>
        <source>Sent {0} pages to the printer.</source>
        <translation>Sendte {0} sider til skriveren.</translation>
    </message>
    <message>
        <source>The document could not be printed: {0}</source>
        <translation>Dokumentet kunne ikke skrives ut: {0}</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>&amp;Scorecard</source>
        <translation>&amp;Målekort</translation>
    </message>
    <message>
        <source>Goals, KPIs, targets and statuses of one period, with charts</source>
        <translation>Mål, KPI-er, målverdier og statuser for én periode, med diagrammer</translation>
    </message>
    <message>
        <source>KPI c&amp;harter</source>
        <translation>&amp;KPI-oversikt</translation>
    </message>
    <message>
        <source>A definition card per KPI, to hand out to the team</source>
        <translation>Et definisjonskort per KPI, til å dele ut til teamet</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Period of the scorecard</source>
        <translation>Periode for målekortet</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Dokumentets språk</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Lagre som P&amp;DF …</translation>
    </message>
    <message>
        <source>Save the document as PDF</source>
        <translation>Lagre dokumentet som PDF</translation>
    </message>
    <message>
        <source>Save the document as a PDF file (Ctrl+S)</source>
        <translation>Lagre dokumentet som en PDF-fil (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Åp&amp;ne</translation>
    </message>
    <message>
        <source>Open the saved PDF</source>
        <translation>Åpne den lagrede PDF-en</translation>
    </message>
    <message>
        <source>Open the saved PDF in your PDF viewer</source>
        <translation>Åpne den lagrede PDF-en i PDF-leseren din</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>Skriv ut dokumentet</translation>
    </message>
    <message>
        <source>Print the document (Ctrl+P)</source>
        <translation>Skriv ut dokumentet (Ctrl+P)</translation>
    </message>
    <message>
        <source>Saved file</source>
        <translation>Lagret fil</translation>
    </message>
    <message>
        <source>Progress of the preview</source>
        <translation>Fremdrift for forhåndsvisningen</translation>
    </message>
    <message>
        <source>Preview of page 1</source>
        <translation>Forhåndsvisning av side 1</translation>
    </message>
    <message>
        <source>Page 1 of the document</source>
        <translation>Side 1 i dokumentet</translation>
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
        <source>Before a restore</source>
        <translation>Før en gjenoppretting</translation>
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
    <name>ReviewCommands</name>
    <message>
        <source>Save the review of {0}</source>
        <translation>Lagre gjennomgangen {0}</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>Summary and save</source>
        <translation>Sammendrag og lagring</translation>
    </message>
    <message>
        <source>Review of the goal “{0}”</source>
        <translation>Gjennomgang av målet «{0}»</translation>
    </message>
    <message>
        <source>Review of {0}</source>
        <translation>Gjennomgang av {0}</translation>
    </message>
    <message>
        <source>Review of the whole KPI set</source>
        <translation>Gjennomgang av hele KPI-settet</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>KPI {0} of {1}</source>
        <translation>KPI {0} av {1}</translation>
    </message>
    <message>
        <source>The file is open read-only, so the review cannot be saved.</source>
        <translation>Filen er åpnet skrivebeskyttet, så gjennomgangen kan ikke lagres.</translation>
    </message>
    <message>
        <source>Save the review</source>
        <translation>Lagre gjennomgangen</translation>
    </message>
    <message>
        <source>Cancel the review</source>
        <translation>Avbryt gjennomgangen</translation>
    </message>
    <message>
        <source>Leave the review without saving? The decisions you made are lost.</source>
        <translation>Vil du gå ut av gjennomgangen uten å lagre? Beslutningene du har tatt, går tapt.</translation>
    </message>
    <message>
        <source>Steps of the review</source>
        <translation>Trinnene i gjennomgangen</translation>
    </message>
    <message>
        <source>Each KPI of the review with its decision, then the summary</source>
        <translation>Hver KPI i gjennomgangen med beslutningen, og til slutt sammendraget</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definisjon</translation>
    </message>
    <message>
        <source>Facts about the KPI</source>
        <translation>Fakta om KPI-en</translation>
    </message>
    <message>
        <source>Ca&amp;uses and comments</source>
        <translation>&amp;Årsaker og kommentarer</translation>
    </message>
    <message>
        <source>Causes and comments of recent values</source>
        <translation>Årsaker og kommentarer til de siste verdiene</translation>
    </message>
    <message>
        <source>Tar&amp;gets</source>
        <translation>&amp;Målverdier</translation>
    </message>
    <message>
        <source>Targets of the KPI</source>
        <translation>Målverdiene til KPI-en</translation>
    </message>
    <message>
        <source>Bench&amp;marks and competitors</source>
        <translation>Sammenligningstall og &amp;konkurrenter</translation>
    </message>
    <message>
        <source>Benchmarks and competitor figures</source>
        <translation>Sammenligningstall og tall fra konkurrenter</translation>
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
        <source>Histor&amp;y</source>
        <translation>Hi&amp;storikk</translation>
    </message>
    <message>
        <source>Earlier definitions, replacements and review decisions</source>
        <translation>Tidligere definisjoner, erstatninger og beslutninger fra gjennomganger</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>&amp;Keep as it is</source>
        <translation>&amp;Behold som den er</translation>
    </message>
    <message>
        <source>&amp;Adjust the target</source>
        <translation>&amp;Juster målverdien</translation>
    </message>
    <message>
        <source>Change the &amp;definition</source>
        <translation>Endre &amp;definisjonen</translation>
    </message>
    <message>
        <source>Re&amp;place with another KPI</source>
        <translation>&amp;Erstatt med en annen KPI</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>&amp;Avvikle</translation>
    </message>
    <message>
        <source>Effecti&amp;ve from:</source>
        <translation>&amp;Gyldig fra:</translation>
    </message>
    <message>
        <source>Period the decision takes effect in</source>
        <translation>Perioden beslutningen gjelder fra</translation>
    </message>
    <message>
        <source>Earlier periods keep their targets and KPIs, so old reports stay true</source>
        <translation>Tidligere perioder beholder sine målverdier og KPI-er, så gamle rapporter forblir riktige</translation>
    </message>
    <message>
        <source>The KPI and its target stay as they are.</source>
        <translation>KPI-en og målverdien forblir som de er.</translation>
    </message>
    <message>
        <source>&amp;Realistic:</source>
        <translation>Realist&amp;isk:</translation>
    </message>
    <message>
        <source>New realistic target</source>
        <translation>Ny realistisk målverdi</translation>
    </message>
    <message>
        <source>&amp;Stretch:</source>
        <translation>Strekkmå&amp;l:</translation>
    </message>
    <message>
        <source>New stretch target</source>
        <translation>Nytt strekkmål</translation>
    </message>
    <message>
        <source>&amp;Warning at:</source>
        <translation>Varsel &amp;ved:</translation>
    </message>
    <message>
        <source>New warning level</source>
        <translation>Nytt varselnivå</translation>
    </message>
    <message>
        <source>Range &amp;low:</source>
        <translation>&amp;Nedre grense:</translation>
    </message>
    <message>
        <source>New low end of the range</source>
        <translation>Ny nedre grense for intervallet</translation>
    </message>
    <message>
        <source>Range h&amp;igh:</source>
        <translation>&amp;Øvre grense:</translation>
    </message>
    <message>
        <source>New high end of the range</source>
        <translation>Ny øvre grense for intervallet</translation>
    </message>
    <message>
        <source>New def&amp;inition (the old one is kept in the history):</source>
        <translation>Ny defin&amp;isjon (den gamle tas vare på i historikken):</translation>
    </message>
    <message>
        <source>New definition</source>
        <translation>Ny definisjon</translation>
    </message>
    <message>
        <source>A KPI &amp;in use:</source>
        <translation>En KPI &amp;i bruk:</translation>
    </message>
    <message>
        <source>KPI in use that takes over</source>
        <translation>KPI i bruk som tar over</translation>
    </message>
    <message>
        <source>A new KPI from the &amp;library:</source>
        <translation>En ny KPI fra bib&amp;lioteket:</translation>
    </message>
    <message>
        <source>Search the KPI library</source>
        <translation>Søk i KPI-biblioteket</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Søk i biblioteket</translation>
    </message>
    <message>
        <source>Library KPI that takes over</source>
        <translation>KPI fra biblioteket som tar over</translation>
    </message>
    <message>
        <source>A new KPI of my o&amp;wn, measured like this one:</source>
        <translation>En ny KPI jeg lager sel&amp;v, målt som denne:</translation>
    </message>
    <message>
        <source>&amp;Short code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>Code of the new KPI</source>
        <translation>Koden til den nye KPI-en</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Name of the new KPI</source>
        <translation>Navnet på den nye KPI-en</translation>
    </message>
    <message>
        <source>Ta&amp;rget:</source>
        <translation>Målv&amp;erdi:</translation>
    </message>
    <message>
        <source>Realistic target of the new KPI</source>
        <translation>Realistisk målverdi for den nye KPI-en</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valgfritt</translation>
    </message>
    <message>
        <source>The KPI leaves the dashboards and data entry. Its values, targets and old scorecards are kept.</source>
        <translation>KPI-en forsvinner fra oversiktene og dataregistreringen. Verdiene, målverdiene og gamle målekort tas vare på.</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otat:</translation>
    </message>
    <message>
        <source>Note on the decision</source>
        <translation>Notat om beslutningen</translation>
    </message>
    <message>
        <source>Why? (needed to replace or retire)</source>
        <translation>Hvorfor? (må fylles ut for å erstatte eller avvikle)</translation>
    </message>
    <message>
        <source>Problem with the decision</source>
        <translation>Problem med beslutningen</translation>
    </message>
    <message>
        <source>What &amp;saving the review changes:</source>
        <translation>Dette endres når du &amp;lagrer gjennomgangen:</translation>
    </message>
    <message>
        <source>What saving the review changes</source>
        <translation>Dette endres når du lagrer gjennomgangen</translation>
    </message>
    <message>
        <source>Ba&amp;lance of the set afterwards:</source>
        <translation>&amp;Balansen i settet etterpå:</translation>
    </message>
    <message>
        <source>Balance of the set after the decisions</source>
        <translation>Balansen i settet etter beslutningene</translation>
    </message>
    <message>
        <source>Review &amp;notes:</source>
        <translation>N&amp;otater fra gjennomgangen:</translation>
    </message>
    <message>
        <source>Notes on the whole review</source>
        <translation>Notater om hele gjennomgangen</translation>
    </message>
    <message>
        <source>What did you see, and what do you expect until the next review?</source>
        <translation>Hva så dere, og hva venter dere fram til neste gjennomgang?</translation>
    </message>
    <message>
        <source>Next revie&amp;w:</source>
        <translation>Neste gj&amp;ennomgang:</translation>
    </message>
    <message>
        <source>Date of the next review</source>
        <translation>Dato for neste gjennomgang</translation>
    </message>
    <message>
        <source>Why the review cannot be saved yet</source>
        <translation>Hvorfor gjennomgangen ikke kan lagres ennå</translation>
    </message>
    <message>
        <source>&amp;Cancel review</source>
        <translation>Avbr&amp;yt gjennomgangen</translation>
    </message>
    <message>
        <source>Leave without saving any decision</source>
        <translation>Gå ut uten å lagre noen beslutning</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tilbake</translation>
    </message>
    <message>
        <source>Previous KPI</source>
        <translation>Forrige KPI</translation>
    </message>
    <message>
        <source>Previous KPI (Alt+Left)</source>
        <translation>Forrige KPI (Alt+Venstre)</translation>
    </message>
    <message>
        <source>Ne&amp;xt &gt;</source>
        <translation>&amp;Neste &gt;</translation>
    </message>
    <message>
        <source>Next KPI</source>
        <translation>Neste KPI</translation>
    </message>
    <message>
        <source>Next KPI, then the summary (Alt+Right)</source>
        <translation>Neste KPI, og til slutt sammendraget (Alt+Høyre)</translation>
    </message>
    <message>
        <source>Sa&amp;ve review</source>
        <translation>La&amp;gre gjennomgangen</translation>
    </message>
    <message>
        <source>Make the decisions and save the review (Edit → Undo takes it back)</source>
        <translation>Gjennomfør beslutningene og lagre gjennomgangen (Rediger → Angre tar den tilbake)</translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <source>kept: {0}</source>
        <translation>beholdt: {0}</translation>
    </message>
    <message>
        <source>target adjusted: {0}</source>
        <translation>målverdi justert: {0}</translation>
    </message>
    <message>
        <source>definition changed: {0}</source>
        <translation>definisjon endret: {0}</translation>
    </message>
    <message>
        <source>replaced: {0}</source>
        <translation>erstattet: {0}</translation>
    </message>
    <message>
        <source>retired: {0}</source>
        <translation>avviklet: {0}</translation>
    </message>
    <message>
        <source>no decisions</source>
        <translation>ingen beslutninger</translation>
    </message>
    <message>
        <source>Goal: {0}</source>
        <translation>Mål: {0}</translation>
    </message>
    <message>
        <source>KPI: {0}</source>
        <translation>KPI: {0}</translation>
    </message>
    <message>
        <source>The whole set</source>
        <translation>Hele settet</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Holdt</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslutninger</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Neste gjennomgang</translation>
    </message>
</context>
<context>
    <name>ReviewsScreen</name>
    <message>
        <source>Reviews</source>
        <translation>Gjennomganger</translation>
    </message>
    <message>
        <source>No reviews yet. Start one above: it takes a few minutes per goal.</source>
        <translation>Ingen gjennomganger ennå. Start en ovenfor: det tar noen minutter per mål.</translation>
    </message>
    <message>
        <source>The whole set (KPIs: {0})</source>
        <translation>Hele settet (KPI-er: {0})</translation>
    </message>
    <message>
        <source>Goal: {0} (KPIs: {1})</source>
        <translation>Mål: {0} (KPI-er: {1})</translation>
    </message>
    <message>
        <source>KPI: {0}</source>
        <translation>KPI: {0}</translation>
    </message>
    <message>
        <source>No review is planned yet.</source>
        <translation>Ingen gjennomgang er planlagt ennå.</translation>
    </message>
    <message>
        <source>▲ A review is due: it was planned for {0}.</source>
        <translation>▲ Det er tid for en gjennomgang: den var planlagt til {0}.</translation>
    </message>
    <message>
        <source>Next review planned for {0}.</source>
        <translation>Neste gjennomgang er planlagt til {0}.</translation>
    </message>
    <message>
        <source>{0} {1}: {2}</source>
        <translation>{0} {1}: {2}</translation>
    </message>
    <message>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <source>Next review: {0}</source>
        <translation>Neste gjennomgang: {0}</translation>
    </message>
    <message>
        <source>Above the industry average for a year: raise the target a little.</source>
        <translation>Over bransjesnittet i et år: hev målverdien litt.</translation>
    </message>
    <message>
        <source>Nobody has acted on it for a year.</source>
        <translation>Ingen har handlet på den på et år.</translation>
    </message>
    <message>
        <source>Review the KPI set regularly: keep what works, adjust targets that are too easy or out of reach, and replace or retire KPIs nobody acts on. Every decision is kept, and old scorecards stay as they were.</source>
        <translation>Gå gjennom KPI-settet jevnlig: behold det som virker, juster målverdier som er for lette eller uoppnåelige, og erstatt eller avvikle KPI-er ingen handler på. Alle beslutninger tas vare på, og gamle målekort forblir som de var.</translation>
    </message>
    <message>
        <source>Re&amp;view:</source>
        <translation>&amp;Gjennomgå:</translation>
    </message>
    <message>
        <source>What to review</source>
        <translation>Hva som skal gjennomgås</translation>
    </message>
    <message>
        <source>The whole set, the KPIs of one goal, or one KPI</source>
        <translation>Hele settet, KPI-ene for ett mål, eller én KPI</translation>
    </message>
    <message>
        <source>&amp;Start review</source>
        <translation>&amp;Start gjennomgangen</translation>
    </message>
    <message>
        <source>Start a review</source>
        <translation>Start en gjennomgang</translation>
    </message>
    <message>
        <source>Go through the chosen KPIs one by one and decide on each</source>
        <translation>Gå gjennom de valgte KPI-ene én etter én og ta en beslutning for hver</translation>
    </message>
    <message>
        <source>&amp;Past reviews:</source>
        <translation>&amp;Tidligere gjennomganger:</translation>
    </message>
    <message>
        <source>Past reviews</source>
        <translation>Tidligere gjennomganger</translation>
    </message>
    <message>
        <source>Notes and decisions of the selected review</source>
        <translation>Notater og beslutninger fra den valgte gjennomgangen</translation>
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
        <source>“{0}” cannot be redone: {1}</source>
        <translation>«{0}» kan ikke gjøres om: {1}</translation>
    </message>
    <message>
        <source>“{0}” cannot be undone: {1}</source>
        <translation>«{0}» kan ikke angres: {1}</translation>
    </message>
    <message>
        <source>The step was taken off the undo list; the file is unchanged.</source>
        <translation>Steget er fjernet fra angrelisten; filen er uendret.</translation>
    </message>
    <message>
        <source>Nothing was saved: {0}</source>
        <translation>Ingenting ble lagret: {0}</translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message>
        <source>The team database refused this change: your role ({0}) does not allow it. Nothing was saved. Ask the business&apos;s owner if you need to change it.</source>
        <translation>Teamdatabasen avviste endringen: rollen din ({0}) tillater den ikke. Ingenting ble lagret. Spør eieren av virksomheten hvis du trenger å endre dette.</translation>
    </message>
    <message>
        <source>Someone else saved a target for the same KPI and date first. Nothing was saved.</source>
        <translation>Noen andre lagret et mål for samme KPI og dato først. Ingenting ble lagret.</translation>
    </message>
    <message>
        <source>Someone else saved this value first. Nothing was saved; the value stored now is shown.</source>
        <translation>Noen andre lagret denne verdien først. Ingenting ble lagret; verdien som er lagret nå, vises.</translation>
    </message>
</context>
<context>
    <name>SuggestionsPage</name>
    <message>
        <source>Choose KPIs for each goal</source>
        <translation>Velg KPI-er for hvert mål</translation>
    </message>
    <message>
        <source>Tick the KPIs that tell you whether a goal is within reach. Two or three per goal is plenty: one early warning and one result.</source>
        <translation>Huk av for KPI-ene som viser om et mål er innen rekkevidde. To eller tre per mål er nok: ett tidlig varsel og ett resultat.</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Why it fits</source>
        <translation>Hvorfor den passer</translation>
    </message>
    <message>
        <source>e.g. reviews, margin, newsletter</source>
        <translation>f.eks. anmeldelser, margin, nyhetsbrev</translation>
    </message>
    <message>
        <source>Add &amp;to goal</source>
        <translation>&amp;Legg til i målet</translation>
    </message>
    <message>
        <source>Define your &amp;own KPI…</source>
        <translation>Lag din &amp;egen KPI …</translation>
    </message>
    <message>
        <source>&amp;Suggested KPIs:</source>
        <translation>Fore&amp;slåtte KPI-er:</translation>
    </message>
    <message>
        <source>Suggested KPIs</source>
        <translation>Foreslåtte KPI-er</translation>
    </message>
    <message>
        <source>Search the &amp;library:</source>
        <translation>Søk i &amp;biblioteket:</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Søk i biblioteket</translation>
    </message>
    <message>
        <source>Library KPIs found</source>
        <translation>KPI-er funnet i biblioteket</translation>
    </message>
    <message>
        <source>&amp;For goal:</source>
        <translation>For &amp;mål:</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Already in use</source>
        <translation>Allerede i bruk</translation>
    </message>
    <message>
        <source>Chosen from the library</source>
        <translation>Valgt fra biblioteket</translation>
    </message>
    <message>
        <source>Your own KPI</source>
        <translation>Din egen KPI</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>Check the plan. “Create” stores it all at once; Cancel stores nothing.</source>
        <translation>Sjekk planen. «Opprett» lagrer alt på én gang, mens «Avbryt» ikke lagrer noe.</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <source>target {0}, stretch {1}</source>
        <translation>målverdi {0}, strekkmål {1}</translation>
    </message>
    <message>
        <source>Also added, because formulas above are calculated from them: {0}.</source>
        <translation>Legges også til, fordi formlene over regnes ut fra dem: {0}.</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>New: {0}</source>
        <translation>Nytt: {0}</translation>
    </message>
    <message>
        <source>Solved: {0}</source>
        <translation>Løst: {0}</translation>
    </message>
    <message>
        <source>As before: {0}</source>
        <translation>Som før: {0}</translation>
    </message>
    <message>
        <source>{0} is computed from {1}: it gets no new values once {1} is retired.</source>
        <translation>{0} regnes ut fra {1}: den får ingen nye verdier når {1} er avviklet.</translation>
    </message>
    <message>
        <source>The set is balanced, before and after the decisions.</source>
        <translation>Det er god balanse i settet, både før og etter beslutningene.</translation>
    </message>
    <message>
        <source>{0} {1}: {2}</source>
        <translation>{0} {1}: {2}</translation>
    </message>
    <message>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <source>New target for {0} from {1}: {2} (was {3})</source>
        <translation>Ny målverdi for {0} fra {1}: {2} (var {3})</translation>
    </message>
    <message>
        <source>Definition: “{0}” → “{1}”</source>
        <translation>Definisjon: «{0}» → «{1}»</translation>
    </message>
    <message>
        <source>New KPI {0} ({1}), in use from {2}</source>
        <translation>Ny KPI {0} ({1}), i bruk fra {2}</translation>
    </message>
    <message>
        <source>{0} serves the goal “{1}”</source>
        <translation>{0} støtter målet «{1}»</translation>
    </message>
    <message>
        <source>Retired from {0}, replaced by {1}</source>
        <translation>Avviklet fra {0}, erstattet av {1}</translation>
    </message>
    <message>
        <source>Retired from {0}; its values and old scorecards are kept</source>
        <translation>Avviklet fra {0}; verdiene og gamle målekort tas vare på</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>ingen målverdi</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} til {1}</translation>
    </message>
    <message>
        <source>Effective from: choose the period the decision takes effect in.</source>
        <translation>Gyldig fra: velg perioden beslutningen skal gjelde fra.</translation>
    </message>
    <message>
        <source>Effective from: that period is closed; choose a later one or reopen it first.</source>
        <translation>Gyldig fra: den perioden er lukket; velg en senere periode eller åpne den igjen først.</translation>
    </message>
    <message>
        <source>Target: type the new target.</source>
        <translation>Målverdi: skriv inn den nye målverdien.</translation>
    </message>
    <message>
        <source>Definition: write the new definition (it differs from the old one).</source>
        <translation>Definisjon: skriv den nye definisjonen (den må skille seg fra den gamle).</translation>
    </message>
    <message>
        <source>Replace with: choose or name the KPI that takes over.</source>
        <translation>Erstatt med: velg eller navngi KPI-en som tar over.</translation>
    </message>
    <message>
        <source>Replace with: choose another KPI that stays in use.</source>
        <translation>Erstatt med: velg en annen KPI som fortsatt er i bruk.</translation>
    </message>
    <message>
        <source>Short code: another KPI has that code already.</source>
        <translation>Kode: en annen KPI har allerede den koden.</translation>
    </message>
    <message>
        <source>Short code: start with a letter and use only A–Z, 0–9 and _.</source>
        <translation>Kode: begynn med en bokstav og bruk bare A–Z, 0–9 og _.</translation>
    </message>
    <message>
        <source>Note: say why, so the team knows later on.</source>
        <translation>Notat: skriv hvorfor, så teamet vet det senere.</translation>
    </message>
    <message>
        <source>Next review: choose a day after today.</source>
        <translation>Neste gjennomgang: velg en dag etter i dag.</translation>
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
        <translation>Målverdier</translation>
    </message>
    <message>
        <source>Where are you now, what is realistic, and what would be a great result? You can leave a target empty and set it later.</source>
        <translation>Hvor står du nå, hva er realistisk, og hva ville vært et veldig godt resultat? Du kan la en målverdi stå tom og sette den senere.</translation>
    </message>
    <message>
        <source>&amp;Use the proposal</source>
        <translation>&amp;Bruk forslaget</translation>
    </message>
    <message>
        <source>&amp;Measured:</source>
        <translation>&amp;Måles:</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frekvens</translation>
    </message>
    <message>
        <source>&amp;Baseline (now):</source>
        <translation>&amp;Utgangsverdi (nå):</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Utgangsverdi</translation>
    </message>
    <message>
        <source>&amp;Realistic target:</source>
        <translation>Rea&amp;listisk målverdi:</translation>
    </message>
    <message>
        <source>Realistic target</source>
        <translation>Realistisk målverdi</translation>
    </message>
    <message>
        <source>S&amp;tretch target:</source>
        <translation>&amp;Strekkmål:</translation>
    </message>
    <message>
        <source>Stretch target</source>
        <translation>Strekkmål</translation>
    </message>
    <message>
        <source>A KPI with history keeps its frequency; change it in the KPI editor.</source>
        <translation>En KPI med historikk beholder frekvensen sin; du kan endre den i KPI-redigeringen.</translation>
    </message>
    <message>
        <source>Unit: {0}. {1}.</source>
        <translation>Enhet: {0}. {1}.</translation>
    </message>
    <message>
        <source>From the trend of your values: realistic {0}, stretch {1}.</source>
        <translation>Ut fra utviklingen i verdiene dine: realistisk {0}, strekkmål {1}.</translation>
    </message>
    <message>
        <source>The stretch target is less ambitious than the realistic one: swap them?</source>
        <translation>Strekkmålet er mindre ambisiøst enn den realistiske målverdien: vil du bytte dem om?</translation>
    </message>
    <message>
        <source>The realistic target is more than 50 % away from where you are now: is that really realistic?</source>
        <translation>Den realistiske målverdien ligger mer enn 50 % unna der du er nå: er det virkelig realistisk?</translation>
    </message>
    <message>
        <source>The stretch target needs a jump of more than 50 % from where you are now.</source>
        <translation>Strekkmålet krever et hopp på mer enn 50 % fra der du er nå.</translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message>
        <source>Connected to {0} as {1}.</source>
        <translation>Koblet til {0} som {1}.</translation>
    </message>
    <message>
        <source>The password could not be saved in the keyring; you will be asked for it next time.</source>
        <translation>Passordet kunne ikke lagres i nøkkelringen; du blir spurt om det neste gang.</translation>
    </message>
</context>
<context>
    <name>TeamLabels</name>
    <message>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Redigerer</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Leser</translation>
    </message>
    <message>
        <source>You can change everything.</source>
        <translation>Du kan endre alt.</translation>
    </message>
    <message>
        <source>You can enter and import values for the KPIs you are responsible for.</source>
        <translation>Du kan registrere og importere verdier for KPI-ene du har ansvar for.</translation>
    </message>
    <message>
        <source>You can look at everything, but not change it.</source>
        <translation>Du kan se på alt, men ikke endre noe.</translation>
    </message>
    <message>
        <source>disable — never encrypt</source>
        <translation>disable – krypter aldri</translation>
    </message>
    <message>
        <source>allow — encrypt only if the server insists</source>
        <translation>allow – krypter bare hvis serveren krever det</translation>
    </message>
    <message>
        <source>prefer — encrypt when the server can (default)</source>
        <translation>prefer – krypter når serveren kan (standard)</translation>
    </message>
    <message>
        <source>require — always encrypt</source>
        <translation>require – krypter alltid</translation>
    </message>
    <message>
        <source>verify-ca — encrypt and check the certificate</source>
        <translation>verify-ca – krypter og kontroller sertifikatet</translation>
    </message>
    <message>
        <source>verify-full — encrypt, check the certificate and the server name</source>
        <translation>verify-full – krypter, kontroller sertifikatet og servernavnet</translation>
    </message>
    <message>
        <source>Passwords and numbers may cross the network readable by others.</source>
        <translation>Passord og tall kan gå over nettverket slik at andre kan lese dem.</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it, but nothing checks that the server is the right one.</source>
        <translation>Kryptert når serveren tilbyr det, men ingenting kontrollerer at det er riktig server.</translation>
    </message>
    <message>
        <source>Always encrypted; nothing checks that the server is the right one.</source>
        <translation>Alltid kryptert; ingenting kontrollerer at det er riktig server.</translation>
    </message>
    <message>
        <source>Always encrypted, and the server&apos;s certificate must be signed by an authority this computer trusts.</source>
        <translation>Alltid kryptert, og serverens sertifikat må være signert av en utsteder som denne datamaskinen stoler på.</translation>
    </message>
    <message>
        <source>The safest: encrypted, a trusted certificate, and it must be made out to this server&apos;s name.</source>
        <translation>Det sikreste: kryptert, et klarert sertifikat, og det må være utstedt til navnet på denne serveren.</translation>
    </message>
    <message>
        <source>Team database {0} · {1}</source>
        <translation>Teamdatabase {0} · {1}</translation>
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
        <translation>Din virksomhet</translation>
    </message>
    <message>
        <source>A few facts about the business decide which KPIs fit and how periods are counted.</source>
        <translation>Noen få fakta om virksomheten avgjør hvilke KPI-er som passer, og hvordan periodene telles.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;avn:</translation>
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
        <source>&amp;Size:</source>
        <translation>&amp;Størrelse:</translation>
    </message>
    <message>
        <source>Size of the business</source>
        <translation>Virksomhetens størrelse</translation>
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
        <translation>R&amp;egnskapsåret starter i:</translation>
    </message>
    <message>
        <source>First month of the fiscal year</source>
        <translation>Første måned i regnskapsåret</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
</TS>
