<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
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
    <name>GuideDialog</name>
    <message>
        <source>KPI guide</source>
        <translation>KPI-veiledning</translation>
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
