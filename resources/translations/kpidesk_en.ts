<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Crash</name>
    <message>
        <source>KPIDesk</source>
        <translation>KPIDesk</translation>
    </message>
    <message>
        <source>Something went wrong: {0}</source>
        <translation>Something went wrong: {0}</translation>
    </message>
    <message>
        <source>Your data is safe: every change is saved as it is made. The details below are also in the log file.</source>
        <translation>Your data is safe: every change is saved as it is made. The details below are also in the log file.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>KPIDesk files (*.kpidesk)</source>
        <translation>KPIDesk files (*.kpidesk)</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>Check of the file</source>
        <translation>Check of the file</translation>
    </message>
    <message>
        <source>File in use</source>
        <translation>File in use</translation>
    </message>
    <message>
        <source>You can open it read-only and look, but not change anything.</source>
        <translation>You can open it read-only and look, but not change anything.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Open &amp;Read-Only</translation>
    </message>
    <message>
        <source>Open a KPIDesk file</source>
        <translation>Open a KPIDesk file</translation>
    </message>
    <message>
        <source>Save the new business as</source>
        <translation>Save the new business as</translation>
    </message>
    <message>
        <source>New business</source>
        <translation>New business</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Save a copy as</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Saved a copy to {0}</source>
        <translation>Saved a copy to {0}</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>KPI guide</source>
        <translation>KPI guide</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Retail</source>
        <translation>Retail</translation>
    </message>
    <message>
        <source>Online shop</source>
        <translation>Online shop</translation>
    </message>
    <message>
        <source>Café, restaurant or hotel</source>
        <translation>Café, restaurant or hotel</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Construction and trades</source>
        <translation>Construction and trades</translation>
    </message>
    <message>
        <source>Wholesale</source>
        <translation>Wholesale</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operations</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Quantitative</source>
        <translation>Quantitative</translation>
    </message>
    <message>
        <source>Qualitative</source>
        <translation>Qualitative</translation>
    </message>
    <message>
        <source>Leading</source>
        <translation>Leading</translation>
    </message>
    <message>
        <source>Lagging</source>
        <translation>Lagging</translation>
    </message>
    <message>
        <source>Long term</source>
        <translation>Long term</translation>
    </message>
    <message>
        <source>Short term</source>
        <translation>Short term</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <source>Stay within a range</source>
        <translation>Stay within a range</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>Last value</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Lowest</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Highest</translation>
    </message>
    <message>
        <source>Stretch met</source>
        <translation>Stretch met</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Off track</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>No target</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>About KPIDesk</source>
        <translation>About KPIDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;KPIDesk {0}&lt;/h3&gt;&lt;p&gt;Goals, KPIs, targets and scorecards for small businesses — offline, on your own computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KPIDesk {0}&lt;/h3&gt;&lt;p&gt;Goals, KPIs, targets and scorecards for small businesses — offline, on your own computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>KPIDesk</source>
        <translation>KPIDesk</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Current section</source>
        <translation>Current section</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New Business…</source>
        <translation>&amp;New Business…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Save a &amp;Copy As…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Back Up Now</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;eferences…</translation>
    </message>
    <message>
        <source>KPI &amp;Guide</source>
        <translation>KPI &amp;Guide</translation>
    </message>
    <message>
        <source>&amp;About KPIDesk</source>
        <translation>&amp;About KPIDesk</translation>
    </message>
</context>
<context>
    <name>NewBusinessDialog</name>
    <message>
        <source>Give the business a name.</source>
        <translation>Give the business a name.</translation>
    </message>
    <message>
        <source>The currency is a three-letter code such as NOK or EUR.</source>
        <translation>The currency is a three-letter code such as NOK or EUR.</translation>
    </message>
    <message>
        <source>New business</source>
        <translation>New business</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Business name</translation>
    </message>
    <message>
        <source>e.g. Fjordbakeriet AS</source>
        <translation>e.g. Fjordbakeriet AS</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Industry:</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Currency:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>&amp;Fiscal year starts in:</source>
        <translation>&amp;Fiscal year starts in:</translation>
    </message>
    <message>
        <source>First month of the fiscal year</source>
        <translation>First month of the fiscal year</translation>
    </message>
    <message>
        <source>&amp;Language of the business data:</source>
        <translation>&amp;Language of the business data:</translation>
    </message>
    <message>
        <source>Language of the business data</source>
        <translation>Language of the business data</translation>
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
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The system's language</source>
        <translation>The system's language</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A new language is used from the next start of KPIDesk.</source>
        <translation>A new language is used from the next start of KPIDesk.</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to KPIDesk</source>
        <translation>Welcome to KPIDesk</translation>
    </message>
    <message>
        <source>Set goals, choose the right KPIs, follow them every month.</source>
        <translation>Set goals, choose the right KPIs, follow them every month.</translation>
    </message>
    <message>
        <source>About KPIDesk</source>
        <translation>About KPIDesk</translation>
    </message>
    <message>
        <source>&amp;New business…</source>
        <translation>&amp;New business…</translation>
    </message>
    <message>
        <source>New business</source>
        <translation>New business</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>&amp;Open a file…</translation>
    </message>
    <message>
        <source>Open a file</source>
        <translation>Open a file</translation>
    </message>
    <message>
        <source>Open the &amp;demo business</source>
        <translation>Open the &amp;demo business</translation>
    </message>
    <message>
        <source>Open the demo business</source>
        <translation>Open the demo business</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Recent files</translation>
    </message>
</context>
</TS>