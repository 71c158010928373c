<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>BalancePage</name>
    <message>
        <source>Is the set balanced?</source>
        <translation>Is the set balanced?</translation>
    </message>
    <message>
        <source>A good set is small, gives every goal an early warning, and mixes numbers with at least one judgement of quality.</source>
        <translation>A good set is small, gives every goal an early warning, and mixes numbers with at least one judgement of quality.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
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
        <source>&amp;Go on with this set anyway</source>
        <translation>&amp;Go on with this set anyway</translation>
    </message>
    <message>
        <source>KPIs &amp;per goal:</source>
        <translation>KPIs &amp;per goal:</translation>
    </message>
    <message>
        <source>KPIs per goal</source>
        <translation>KPIs per goal</translation>
    </message>
    <message>
        <source>What to &amp;consider:</source>
        <translation>What to &amp;consider:</translation>
    </message>
    <message>
        <source>What to consider</source>
        <translation>What to consider</translation>
    </message>
    <message>
        <source>{0} KPIs in all: {1} quantitative, {2} qualitative.</source>
        <translation>{0} KPIs in all: {1} quantitative, {2} qualitative.</translation>
    </message>
    <message>
        <source>The set is balanced. Well done.</source>
        <translation>The set is balanced. Well done.</translation>
    </message>
    <message>
        <source>“{0}” has no KPI: without one you cannot tell whether the goal is getting closer.</source>
        <translation>“{0}” has no KPI: without one you cannot tell whether the goal is getting closer.</translation>
    </message>
    <message>
        <source>“{0}” has {1} KPIs: more than {2} blur the picture; keep the ones you would act on.</source>
        <translation>“{0}” has {1} KPIs: more than {2} blur the picture; keep the ones you would act on.</translation>
    </message>
    <message>
        <source>“{0}” has no leading KPI: you will only see the result when it is too late to act.</source>
        <translation>“{0}” has no leading KPI: you will only see the result when it is too late to act.</translation>
    </message>
    <message>
        <source>Only {0} KPIs in all: with fewer than {1} important parts of the business go unseen.</source>
        <translation>Only {0} KPIs in all: with fewer than {1} important parts of the business go unseen.</translation>
    </message>
    <message>
        <source>{0} KPIs in all: more than {1} are hard to follow up every month.</source>
        <translation>{0} KPIs in all: more than {1} are hard to follow up every month.</translation>
    </message>
    <message>
        <source>Only numbers: add a qualitative KPI (e.g. customer satisfaction) to see quality too.</source>
        <translation>Only numbers: add a qualitative KPI (e.g. customer satisfaction) to see quality too.</translation>
    </message>
    <message>
        <source>Only judgements: add a number you can count, so progress can be measured exactly.</source>
        <translation>Only judgements: add a number you can count, so progress can be measured exactly.</translation>
    </message>
</context>
<context>
    <name>BenchmarkPanel</name>
    <message>
        <source>You: no value yet</source>
        <translation>You: no value yet</translation>
    </message>
    <message>
        <source>You: {0} in {1}</source>
        <translation>You: {0} in {1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Compared with others&lt;/b&gt;</source>
        <translation>&lt;b&gt;Compared with others&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your latest value</source>
        <translation>Your latest value</translation>
    </message>
    <message>
        <source>Compe&amp;titors…</source>
        <translation>Compe&amp;titors…</translation>
    </message>
    <message>
        <source>Competitors and their figures</source>
        <translation>Competitors and their figures</translation>
    </message>
    <message>
        <source>Add competitors and their public figures (ratings, prices, followers), each with a date and a source</source>
        <translation>Add competitors and their public figures (ratings, prices, followers), each with a date and a source</translation>
    </message>
    <message>
        <source>No benchmarks or competitor figures for this KPI yet. Add benchmarks under KPIs › Edit… › Benchmarks, and competitors' figures with Competitors….</source>
        <translation>No benchmarks or competitor figures for this KPI yet. Add benchmarks under KPIs › Edit… › Benchmarks, and competitors' figures with Competitors….</translation>
    </message>
    <message>
        <source>Benchmarks and competitors compared with your latest value</source>
        <translation>Benchmarks and competitors compared with your latest value</translation>
    </message>
</context>
<context>
    <name>BenchmarksModel</name>
    <message>
        <source>Industry standard</source>
        <translation>Industry standard</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Competitor</translation>
    </message>
    <message>
        <source>Own best</source>
        <translation>Own best</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Example</translation>
    </message>
</context>
<context>
    <name>CauseTagsDialog</name>
    <message>
        <source>Name of the cause tag:</source>
        <translation>Name of the cause tag:</translation>
    </message>
    <message>
        <source>Add a cause tag</source>
        <translation>Add a cause tag</translation>
    </message>
    <message>
        <source>Rename the cause tag</source>
        <translation>Rename the cause tag</translation>
    </message>
    <message>
        <source>Remove “{0}”? Values it explains: {1}. They stay, without this tag.</source>
        <translation>Remove “{0}”? Values it explains: {1}. They stay, without this tag.</translation>
    </message>
    <message>
        <source>Remove “{0}”? No value uses it.</source>
        <translation>Remove “{0}”? No value uses it.</translation>
    </message>
    <message>
        <source>Remove the cause tag</source>
        <translation>Remove the cause tag</translation>
    </message>
    <message>
        <source>“{0}” was not saved: there is a cause tag with that name already.</source>
        <translation>“{0}” was not saved: there is a cause tag with that name already.</translation>
    </message>
    <message>
        <source>Cause tags</source>
        <translation>Cause tags</translation>
    </message>
    <message>
        <source>Cause tags explain values that are off track: tick them when you comment a red value. They show on the charts, in the grid and in the scorecard.</source>
        <translation>Cause tags explain values that are off track: tick them when you comment a red value. They show on the charts, in the grid and in the scorecard.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>Rename the selected cause tag</source>
        <translation>Rename the selected cause tag</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Remove the selected cause tag</source>
        <translation>Remove the selected cause tag</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ChangeLog</name>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>Comments and causes</source>
        <translation>Comments and causes</translation>
    </message>
    <message>
        <source>KPI definitions</source>
        <translation>KPI definitions</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Benchmarks and competitors</source>
        <translation>Benchmarks and competitors</translation>
    </message>
    <message>
        <source>Closing periods</source>
        <translation>Closing periods</translation>
    </message>
    <message>
        <source>Cause tags</source>
        <translation>Cause tags</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>definition</translation>
    </message>
    <message>
        <source>area</source>
        <translation>area</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>leading or lagging</source>
        <translation>leading or lagging</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>decimals</source>
        <translation>decimals</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>direction</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>frequency</translation>
    </message>
    <message>
        <source>roll-up</source>
        <translation>roll-up</translation>
    </message>
    <message>
        <source>formula</source>
        <translation>formula</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>scale</translation>
    </message>
    <message>
        <source>data source</source>
        <translation>data source</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>split by</source>
        <translation>split by</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>baseline</translation>
    </message>
    <message>
        <source>retired from</source>
        <translation>retired from</translation>
    </message>
    <message>
        <source>reason for retiring</source>
        <translation>reason for retiring</translation>
    </message>
    <message>
        <source>replaced by</source>
        <translation>replaced by</translation>
    </message>
    <message>
        <source>drives</source>
        <translation>drives</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>horizon</source>
        <translation>horizon</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>due date</translation>
    </message>
    <message>
        <source>archived on</source>
        <translation>archived on</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>industry</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>currency</translation>
    </message>
    <message>
        <source>first month of the fiscal year</source>
        <translation>first month of the fiscal year</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>size</source>
        <translation>size</translation>
    </message>
    <message>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <source>stretch</source>
        <translation>stretch</translation>
    </message>
    <message>
        <source>warning at</source>
        <translation>warning at</translation>
    </message>
    <message>
        <source>range low</source>
        <translation>range low</translation>
    </message>
    <message>
        <source>range high</source>
        <translation>range high</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>keep</translation>
    </message>
    <message>
        <source>adjust the target</source>
        <translation>adjust the target</translation>
    </message>
    <message>
        <source>change the definition</source>
        <translation>change the definition</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>replace</translation>
    </message>
    <message>
        <source>retire</source>
        <translation>retire</translation>
    </message>
    <message>
        <source>Comment, {0}</source>
        <translation>Comment, {0}</translation>
    </message>
    <message>
        <source>Value, {0}</source>
        <translation>Value, {0}</translation>
    </message>
    <message>
        <source>Causes, {0}</source>
        <translation>Causes, {0}</translation>
    </message>
    <message>
        <source>Values typed in</source>
        <translation>Values typed in</translation>
    </message>
    <message>
        <source>Values imported from {0}</source>
        <translation>Values imported from {0}</translation>
    </message>
    <message>
        <source>{0} new, {1} changed</source>
        <translation>{0} new, {1} changed</translation>
    </message>
    <message>
        <source>KPI added</source>
        <translation>KPI added</translation>
    </message>
    <message>
        <source>KPI deleted</source>
        <translation>KPI deleted</translation>
    </message>
    <message>
        <source>KPI: {0}</source>
        <translation>KPI: {0}</translation>
    </message>
    <message>
        <source>Target removed (from {0})</source>
        <translation>Target removed (from {0})</translation>
    </message>
    <message>
        <source>Target from {0}</source>
        <translation>Target from {0}</translation>
    </message>
    <message>
        <source>Goal added</source>
        <translation>Goal added</translation>
    </message>
    <message>
        <source>Goal deleted</source>
        <translation>Goal deleted</translation>
    </message>
    <message>
        <source>Goal “{0}”: KPI linked</source>
        <translation>Goal “{0}”: KPI linked</translation>
    </message>
    <message>
        <source>Goal “{0}”: KPI unlinked</source>
        <translation>Goal “{0}”: KPI unlinked</translation>
    </message>
    <message>
        <source>Goal “{0}”: {1}</source>
        <translation>Goal “{0}”: {1}</translation>
    </message>
    <message>
        <source>Review of {0}: decision</source>
        <translation>Review of {0}: decision</translation>
    </message>
    <message>
        <source>Review of {0}: next review</source>
        <translation>Review of {0}: next review</translation>
    </message>
    <message>
        <source>Review: {0}</source>
        <translation>Review: {0}</translation>
    </message>
    <message>
        <source>Benchmark added</source>
        <translation>Benchmark added</translation>
    </message>
    <message>
        <source>Benchmark removed</source>
        <translation>Benchmark removed</translation>
    </message>
    <message>
        <source>Competitor added</source>
        <translation>Competitor added</translation>
    </message>
    <message>
        <source>Competitor figure of {0}</source>
        <translation>Competitor figure of {0}</translation>
    </message>
    <message>
        <source>Periods reopened</source>
        <translation>Periods reopened</translation>
    </message>
    <message>
        <source>Periods closed</source>
        <translation>Periods closed</translation>
    </message>
    <message>
        <source>closed through {0}</source>
        <translation>closed through {0}</translation>
    </message>
    <message>
        <source>none closed</source>
        <translation>none closed</translation>
    </message>
    <message>
        <source>Cause tag added</source>
        <translation>Cause tag added</translation>
    </message>
    <message>
        <source>Cause tag renamed</source>
        <translation>Cause tag renamed</translation>
    </message>
    <message>
        <source>Cause tag removed</source>
        <translation>Cause tag removed</translation>
    </message>
    <message>
        <source>Business: {0}</source>
        <translation>Business: {0}</translation>
    </message>
</context>
<context>
    <name>ChangeLogDialog</name>
    <message>
        <source>Reading the change log…</source>
        <translation>Reading the change log…</translation>
    </message>
    <message>
        <source>The change log could not be read: {0}</source>
        <translation>The change log could not be read: {0}</translation>
    </message>
    <message>
        <source>All KPIs and the business</source>
        <translation>All KPIs and the business</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Every kind</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Changes shown: {0}</source>
        <translation>Changes shown: {0}</translation>
    </message>
    <message>
        <source>Changes shown: {0} of {1}</source>
        <translation>Changes shown: {0} of {1}</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Change log</translation>
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
        <translation>Ki&amp;nd:</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Kind of change</translation>
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
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>Changes from</source>
        <translation>Changes from</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Changes to</source>
        <translation>Changes to</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Search the changes</source>
        <translation>Search the changes</translation>
    </message>
    <message>
        <source>Words in what changed, old or new value, note</source>
        <translation>Words in what changed, old or new value, note</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Show &amp;all</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Clear the filters</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Changes shown</source>
        <translation>Changes shown</translation>
    </message>
</context>
<context>
    <name>ChangeLogModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Old</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check each KPI</source>
        <translation>Check each KPI</translation>
    </message>
    <message>
        <source>A KPI only helps if someone can measure it regularly. Say where each number comes from, who looks after it, and which goals it serves.</source>
        <translation>A KPI only helps if someone can measure it regularly. Say where each number comes from, who looks after it, and which goals it serves.</translation>
    </message>
    <message>
        <source>e.g. the till system, accounting, a survey</source>
        <translation>e.g. the till system, accounting, a survey</translation>
    </message>
    <message>
        <source>a name, or pick someone</source>
        <translation>a name, or pick someone</translation>
    </message>
    <message>
        <source>Data &amp;source:</source>
        <translation>Data &amp;source:</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>O&amp;wner:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Serves &amp;goals:</source>
        <translation>Serves &amp;goals:</translation>
    </message>
    <message>
        <source>Goals the KPI serves</source>
        <translation>Goals the KPI serves</translation>
    </message>
    <message>
        <source>Without a data source nobody knows where to find the number.</source>
        <translation>Without a data source nobody knows where to find the number.</translation>
    </message>
    <message>
        <source>Without an owner the KPI tends to be forgotten.</source>
        <translation>Without an owner the KPI tends to be forgotten.</translation>
    </message>
    <message>
        <source>A KPI that serves no goal is probably not needed.</source>
        <translation>A KPI that serves no goal is probably not needed.</translation>
    </message>
</context>
<context>
    <name>ClosePeriodsDialog</name>
    <message>
        <source>No period is closed yet.</source>
        <translation>No period is closed yet.</translation>
    </message>
    <message>
        <source>Closed now: every period that ends on or before {0}.</source>
        <translation>Closed now: every period that ends on or before {0}.</translation>
    </message>
    <message>
        <source>Close periods</source>
        <translation>Close periods</translation>
    </message>
    <message>
        <source>Close the periods you have reviewed: their values can no longer be changed, in the grid or by an import, until they are reopened.</source>
        <translation>Close the periods you have reviewed: their values can no longer be changed, in the grid or by an import, until they are reopened.</translation>
    </message>
    <message>
        <source>e.g. reviewed with the accountant</source>
        <translation>e.g. reviewed with the accountant</translation>
    </message>
    <message>
        <source>&amp;Close Periods</source>
        <translation>&amp;Close Periods</translation>
    </message>
    <message>
        <source>Reopen periods</source>
        <translation>Reopen periods</translation>
    </message>
    <message>
        <source>Reopen closed periods to correct their values. Reopening is kept in the change log with your note.</source>
        <translation>Reopen closed periods to correct their values. Reopening is kept in the change log with your note.</translation>
    </message>
    <message>
        <source>&amp;Keep closed through:</source>
        <translation>&amp;Keep closed through:</translation>
    </message>
    <message>
        <source>Why? e.g. the bank corrected October</source>
        <translation>Why? e.g. the bank corrected October</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <source>Nothing: reopen every period</source>
        <translation>Nothing: reopen every period</translation>
    </message>
    <message>
        <source>{0} (through {1})</source>
        <translation>{0} (through {1})</translation>
    </message>
    <message>
        <source>Every ended month is closed already.</source>
        <translation>Every ended month is closed already.</translation>
    </message>
    <message>
        <source>Values of every period that ends on or before {0} become read-only. Closing is kept in the change log.</source>
        <translation>Values of every period that ends on or before {0} become read-only. Closing is kept in the change log.</translation>
    </message>
    <message>
        <source>Every period can be changed again.</source>
        <translation>Every period can be changed again.</translation>
    </message>
    <message>
        <source>Periods after {0} can be changed again; those up to {0} stay closed.</source>
        <translation>Periods after {0} can be changed again; those up to {0} stay closed.</translation>
    </message>
    <message>
        <source>Note: say why the periods are reopened, so the team knows later.</source>
        <translation>Note: say why the periods are reopened, so the team knows later.</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>Closed now</translation>
    </message>
    <message>
        <source>&amp;Through:</source>
        <translation>&amp;Through:</translation>
    </message>
    <message>
        <source>Closed through</source>
        <translation>Closed through</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>What happens</translation>
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
        <translation>you lead</translation>
    </message>
    <message>
        <source>level</source>
        <translation>level</translation>
    </message>
    <message>
        <source>you lag</source>
        <translation>you lag</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>no source given</source>
        <translation>no source given</translation>
    </message>
    <message>
        <source>{0} (example)</source>
        <translation>{0} (example)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Who or what</source>
        <translation>Who or what</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>You vs them</source>
        <translation>You vs them</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>{0}: {1} as of {2}. Source: {3}</source>
        <translation>{0}: {1} as of {2}. Source: {3}</translation>
    </message>
</context>
<context>
    <name>CompetitorCommands</name>
    <message>
        <source>Add competitor “{0}”</source>
        <translation>Add competitor “{0}”</translation>
    </message>
    <message>
        <source>Edit competitor “{0}”</source>
        <translation>Edit competitor “{0}”</translation>
    </message>
    <message>
        <source>Remove competitor “{0}”</source>
        <translation>Remove competitor “{0}”</translation>
    </message>
    <message>
        <source>Add a figure of {0}</source>
        <translation>Add a figure of {0}</translation>
    </message>
    <message>
        <source>Remove a figure of {0}</source>
        <translation>Remove a figure of {0}</translation>
    </message>
</context>
<context>
    <name>CompetitorsDialog</name>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Figures of {0}</source>
        <translation>Figures of {0}</translation>
    </message>
    <message>
        <source>Name: type the competitor's name.</source>
        <translation>Name: type the competitor's name.</translation>
    </message>
    <message>
        <source>Name: {0} is on the list already.</source>
        <translation>Name: {0} is on the list already.</translation>
    </message>
    <message>
        <source>Remove competitor</source>
        <translation>Remove competitor</translation>
    </message>
    <message>
        <source>Remove {0} and its {1} figures? Edit › Undo brings them back.</source>
        <translation>Remove {0} and its {1} figures? Edit › Undo brings them back.</translation>
    </message>
    <message>
        <source>Add or choose a competitor first.</source>
        <translation>Add or choose a competitor first.</translation>
    </message>
    <message>
        <source>KPI: there is no KPI to add a figure for yet.</source>
        <translation>KPI: there is no KPI to add a figure for yet.</translation>
    </message>
    <message>
        <source>Value: “{0}” is not a number.</source>
        <translation>Value: “{0}” is not a number.</translation>
    </message>
    <message>
        <source>Value: type the competitor's figure.</source>
        <translation>Value: type the competitor's figure.</translation>
    </message>
    <message>
        <source>Source: say where the figure comes from, e.g. Google Maps.</source>
        <translation>Source: say where the figure comes from, e.g. Google Maps.</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Competitors</translation>
    </message>
    <message>
        <source>Competitors' public figures – ratings, prices, followers – compared with your KPIs. Each figure needs a date and a source: KPIDesk never invents them.</source>
        <translation>Competitors' public figures – ratings, prices, followers – compared with your KPIs. Each figure needs a date and a source: KPIDesk never invents them.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Competitor's name</source>
        <translation>Competitor's name</translation>
    </message>
    <message>
        <source>e.g. Kaffekoppen AS</source>
        <translation>e.g. Kaffekoppen AS</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <source>Note on the competitor</source>
        <translation>Note on the competitor</translation>
    </message>
    <message>
        <source>Address, website, what they sell</source>
        <translation>Address, website, what they sell</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Add a competitor</source>
        <translation>Add a competitor</translation>
    </message>
    <message>
        <source>Add a competitor with the name and note typed above</source>
        <translation>Add a competitor with the name and note typed above</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <source>Save the name and note of the selected competitor</source>
        <translation>Save the name and note of the selected competitor</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Remove the selected competitor</source>
        <translation>Remove the selected competitor</translation>
    </message>
    <message>
        <source>Remove the competitor and its figures (Edit › Undo brings them back)</source>
        <translation>Remove the competitor and its figures (Edit › Undo brings them back)</translation>
    </message>
    <message>
        <source>Figures of the selected competitor</source>
        <translation>Figures of the selected competitor</translation>
    </message>
    <message>
        <source>&amp;KPI:</source>
        <translation>&amp;KPI:</translation>
    </message>
    <message>
        <source>KPI the figure is for</source>
        <translation>KPI the figure is for</translation>
    </message>
    <message>
        <source>As &amp;of:</source>
        <translation>As &amp;of:</translation>
    </message>
    <message>
        <source>Date of the figure</source>
        <translation>Date of the figure</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <source>The competitor's figure</source>
        <translation>The competitor's figure</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>So&amp;urce:</translation>
    </message>
    <message>
        <source>Where the figure comes from</source>
        <translation>Where the figure comes from</translation>
    </message>
    <message>
        <source>e.g. Google Maps, the competitor's menu, their Instagram profile</source>
        <translation>e.g. Google Maps, the competitor's menu, their Instagram profile</translation>
    </message>
    <message>
        <source>Add fi&amp;gure</source>
        <translation>Add fi&amp;gure</translation>
    </message>
    <message>
        <source>Add the figure</source>
        <translation>Add the figure</translation>
    </message>
    <message>
        <source>Remove f&amp;igure</source>
        <translation>Remove f&amp;igure</translation>
    </message>
    <message>
        <source>Remove the selected figure</source>
        <translation>Remove the selected figure</translation>
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
        <translation>Competitor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <source>{0} saved {1} on {2} at {3}, after you had read it.</source>
        <translation>{0} saved {1} on {2} at {3}, after you had read it.</translation>
    </message>
    <message>
        <source>{0} saved {1} after you had read it.</source>
        <translation>{0} saved {1} after you had read it.</translation>
    </message>
    <message>
        <source>Theirs (stored now):</source>
        <translation>Theirs (stored now):</translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation>Yours:</translation>
    </message>
    <message>
        <source>Values you saved that were changed by someone else: {0}. Overwriting replaces all of them with yours.</source>
        <translation>Values you saved that were changed by someone else: {0}. Overwriting replaces all of them with yours.</translation>
    </message>
    <message>
        <source>Keep their change, or overwrite it with yours?</source>
        <translation>Keep their change, or overwrite it with yours?</translation>
    </message>
    <message>
        <source>&amp;Keep Theirs</source>
        <translation>&amp;Keep Theirs</translation>
    </message>
    <message>
        <source>&amp;Overwrite with Mine</source>
        <translation>&amp;Overwrite with Mine</translation>
    </message>
    <message>
        <source>Keep theirs and show what is stored now</source>
        <translation>Keep theirs and show what is stored now</translation>
    </message>
    <message>
        <source>Overwrite theirs with my change</source>
        <translation>Overwrite theirs with my change</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>a new value for “{0}” ({1})</source>
        <translation>a new value for “{0}” ({1})</translation>
    </message>
    <message>
        <source>(no target)</source>
        <translation>(no target)</translation>
    </message>
    <message>
        <source>a target for “{0}” from {1}</source>
        <translation>a target for “{0}” from {1}</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>New connection</translation>
    </message>
    <message>
        <source>Server: type the server's name or address.</source>
        <translation>Server: type the server's name or address.</translation>
    </message>
    <message>
        <source>Database: type the name of the team database.</source>
        <translation>Database: type the name of the team database.</translation>
    </message>
    <message>
        <source>User name: type the user name you were given.</source>
        <translation>User name: type the user name you were given.</translation>
    </message>
    <message>
        <source>Password: type your password.</source>
        <translation>Password: type your password.</translation>
    </message>
    <message>
        <source>Looking for a saved password…</source>
        <translation>Looking for a saved password…</translation>
    </message>
    <message>
        <source>The keyring did not answer in time: type the password.</source>
        <translation>The keyring did not answer in time: type the password.</translation>
    </message>
    <message>
        <source>This computer has no keyring: type the password. It cannot be remembered.</source>
        <translation>This computer has no keyring: type the password. It cannot be remembered.</translation>
    </message>
    <message>
        <source>The keyring could not be read: type the password.</source>
        <translation>The keyring could not be read: type the password.</translation>
    </message>
    <message>
        <source>Using the password saved in the keyring.</source>
        <translation>Using the password saved in the keyring.</translation>
    </message>
    <message>
        <source>Connecting to {0} …</source>
        <translation>Connecting to {0} …</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Connect to Team Database</source>
        <translation>Connect to Team Database</translation>
    </message>
    <message>
        <source>Work on a business shared on a PostgreSQL server. Whoever set up the server can tell you these details.</source>
        <translation>Work on a business shared on a PostgreSQL server. Whoever set up the server can tell you these details.</translation>
    </message>
    <message>
        <source>R&amp;ecent:</source>
        <translation>R&amp;ecent:</translation>
    </message>
    <message>
        <source>Recent connections</source>
        <translation>Recent connections</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Server (host name or address)</source>
        <translation>Server (host name or address)</translation>
    </message>
    <message>
        <source>e.g. db.bryggen.no</source>
        <translation>e.g. db.bryggen.no</translation>
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
        <translation>Database name</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Remember the password in this computer's keyring</source>
        <translation>&amp;Remember the password in this computer's keyring</translation>
    </message>
    <message>
        <source>Remember the password in this computer's keyring</source>
        <translation>Remember the password in this computer's keyring</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>&amp;Encryption (TLS):</translation>
    </message>
    <message>
        <source>Encryption (TLS mode)</source>
        <translation>Encryption (TLS mode)</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connecting</translation>
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
        <translation>The server does not offer encryption, but the encryption mode “{0}” requires it. Choose “prefer” or ask whoever runs the server to turn TLS on.</translation>
    </message>
    <message>
        <source>The server accepts only encrypted connections. Choose the encryption mode “require” (or one that also checks the certificate).</source>
        <translation>The server accepts only encrypted connections. Choose the encryption mode “require” (or one that also checks the certificate).</translation>
    </message>
    <message>
        <source>The server's certificate could not be checked. Install the certificate of the authority that signed it, or choose the encryption mode “require”.</source>
        <translation>The server's certificate could not be checked. Install the certificate of the authority that signed it, or choose the encryption mode “require”.</translation>
    </message>
    <message>
        <source>The server refused the password for the user “{0}”. Check the user name and the password.</source>
        <translation>The server refused the password for the user “{0}”. Check the user name and the password.</translation>
    </message>
    <message>
        <source>The server does not know the user “{0}”. Check the user name.</source>
        <translation>The server does not know the user “{0}”. Check the user name.</translation>
    </message>
    <message>
        <source>The user “{0}” may not use this database. Ask its owner to add you to the team.</source>
        <translation>The user “{0}” may not use this database. Ask its owner to add you to the team.</translation>
    </message>
    <message>
        <source>There is no database “{0}” on {1}. Check the database name.</source>
        <translation>There is no database “{0}” on {1}. Check the database name.</translation>
    </message>
    <message>
        <source>The server “{0}” was not found. Check the server name.</source>
        <translation>The server “{0}” was not found. Check the server name.</translation>
    </message>
    <message>
        <source>No answer from {0} on port {1}. Check the server name and port, and that the server is running and can be reached from this computer.</source>
        <translation>No answer from {0} on port {1}. Check the server name and port, and that the server is running and can be reached from this computer.</translation>
    </message>
    <message>
        <source>The database “{0}” holds no KPIDesk business. Ask its owner to set it up for KPIDesk (kpidesk team init), or check the database name.</source>
        <translation>The database “{0}” holds no KPIDesk business. Ask its owner to set it up for KPIDesk (kpidesk team init), or check the database name.</translation>
    </message>
    <message>
        <source>Could not connect: {0}</source>
        <translation>Could not connect: {0}</translation>
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
        <translation>Something went wrong: {0}</translation>
    </message>
    <message>
        <source>Your data is safe: every change is saved as it is made. The details below are also in the log file.</source>
        <translation>Your data is safe: every change is saved as it is made. The details below are also in the log file.</translation>
    </message>
</context>
<context>
    <name>CustomKpiDialog</name>
    <message>
        <source>Give the KPI a name.</source>
        <translation>Give the KPI a name.</translation>
    </message>
    <message>
        <source>The code starts with a letter and holds only A–Z, 0–9 and _.</source>
        <translation>The code starts with a letter and holds only A–Z, 0–9 and _.</translation>
    </message>
    <message>
        <source>A KPI with the code {0} is chosen already.</source>
        <translation>A KPI with the code {0} is chosen already.</translation>
    </message>
    <message>
        <source>Your own KPI</source>
        <translation>Your own KPI</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>KPI name</source>
        <translation>KPI name</translation>
    </message>
    <message>
        <source>e.g. Cakes sold before noon</source>
        <translation>e.g. Cakes sold before noon</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <source>KPI code</source>
        <translation>KPI code</translation>
    </message>
    <message>
        <source>A short unique code in capital letters, used in formulas and imports.</source>
        <translation>A short unique code in capital letters, used in formulas and imports.</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Goal:</translation>
    </message>
    <message>
        <source>Goal the KPI serves</source>
        <translation>Goal the KPI serves</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>&amp;Better when:</source>
        <translation>&amp;Better when:</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>&amp;Measured every:</source>
        <translation>&amp;Measured every:</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>&amp;Leading or lagging:</source>
        <translation>&amp;Leading or lagging:</translation>
    </message>
    <message>
        <source>Leading or lagging</source>
        <translation>Leading or lagging</translation>
    </message>
    <message>
        <source>Leading: an early warning you can act on. Lagging: the result you want in the end.</source>
        <translation>Leading: an early warning you can act on. Lagging: the result you want in the end.</translation>
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
        <translation>Enter a value</translation>
    </message>
    <message>
        <source>Data entry</source>
        <translation>Data entry</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <source>Edit &amp;comment…</source>
        <translation>Edit &amp;comment…</translation>
    </message>
    <message>
        <source>Paste {0} values</source>
        <translation>Paste {0} values</translation>
    </message>
    <message>
        <source>You may not change the values of these KPIs.</source>
        <translation>You may not change the values of these KPIs.</translation>
    </message>
    <message>
        <source>Clear {0} values</source>
        <translation>Clear {0} values</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Comment on {0}, {1}:</source>
        <translation>Comment on {0}, {1}:</translation>
    </message>
    <message>
        <source>Edit a comment</source>
        <translation>Edit a comment</translation>
    </message>
</context>
<context>
    <name>DataTransfer</name>
    <message>
        <source>&amp;Import Data…</source>
        <translation>&amp;Import Data…</translation>
    </message>
    <message>
        <source>Import values from a spreadsheet, CSV, Google Analytics 4 or Meta file</source>
        <translation>Import values from a spreadsheet, CSV, Google Analytics 4 or Meta file</translation>
    </message>
    <message>
        <source>&amp;Export Data…</source>
        <translation>&amp;Export Data…</translation>
    </message>
    <message>
        <source>Export every value to a CSV or Excel file</source>
        <translation>Export every value to a CSV or Excel file</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file, UTF-8 (*.csv)</source>
        <translation>CSV file, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>Export Data</translation>
    </message>
    <message>
        <source>Exporting values…</source>
        <translation>Exporting values…</translation>
    </message>
    <message>
        <source>{0} values of {1} KPIs exported to {2}.</source>
        <translation>{0} values of {1} KPIs exported to {2}.</translation>
    </message>
    <message>
        <source>Nothing was exported: {0}</source>
        <translation>Nothing was exported: {0}</translation>
    </message>
</context>
<context>
    <name>DecisionEditor</name>
    <message>
        <source>Now: {0}.</source>
        <translation>Now: {0}.</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>no target</translation>
    </message>
    <message>
        <source>range {0} to {1}</source>
        <translation>range {0} to {1}</translation>
    </message>
    <message>
        <source>target {0}</source>
        <translation>target {0}</translation>
    </message>
    <message>
        <source>{0}, stretch {1}</source>
        <translation>{0}, stretch {1}</translation>
    </message>
    <message>
        <source>Realistic</source>
        <translation>Realistic</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Stretch</translation>
    </message>
    <message>
        <source>Warning at</source>
        <translation>Warning at</translation>
    </message>
    <message>
        <source>Range low</source>
        <translation>Range low</translation>
    </message>
    <message>
        <source>Range high</source>
        <translation>Range high</translation>
    </message>
    <message>
        <source>Target of the new KPI</source>
        <translation>Target of the new KPI</translation>
    </message>
    <message>
        <source>{0}: “{1}” is not a number.</source>
        <translation>{0}: “{1}” is not a number.</translation>
    </message>
</context>
<context>
    <name>EntryEdits</name>
    <message>
        <source>The clipboard holds no values to paste.</source>
        <translation>The clipboard holds no values to paste.</translation>
    </message>
    <message>
        <source>The pasted block has {0} rows and {1} columns, but from the selected cell there is room for {2} rows and {3} columns. Nothing was pasted.</source>
        <translation>The pasted block has {0} rows and {1} columns, but from the selected cell there is room for {2} rows and {3} columns. Nothing was pasted.</translation>
    </message>
    <message>
        <source>Row {0} of the pasted block would go into “{1}”, whose values you may not change. Nothing was pasted.</source>
        <translation>Row {0} of the pasted block would go into “{1}”, whose values you may not change. Nothing was pasted.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>The pasted block could not be read: {0}</source>
        <translation>The pasted block could not be read: {0}</translation>
    </message>
    <message>
        <source>Row {0}, column {1} of the pasted block: “{2}” is not a number. Write numbers like {3}. Nothing was pasted.</source>
        <translation>Row {0}, column {1} of the pasted block: “{2}” is not a number. Write numbers like {3}. Nothing was pasted.</translation>
    </message>
    <message>
        <source>({0} more cells could not be read.)</source>
        <translation>({0} more cells could not be read.)</translation>
    </message>
    <message>
        <source>Row {0}, column {1} of the pasted block: {2} is outside the scale of “{3}” ({4} to {5}). Nothing was pasted.</source>
        <translation>Row {0}, column {1} of the pasted block: {2} is outside the scale of “{3}” ({4} to {5}). Nothing was pasted.</translation>
    </message>
</context>
<context>
    <name>EntryGrid</name>
    <message>
        <source>Target: between {0} and {1}.</source>
        <translation>Target: between {0} and {1}.</translation>
    </message>
    <message>
        <source>Target: {0} (stretch {1}).</source>
        <translation>Target: {0} (stretch {1}).</translation>
    </message>
    <message>
        <source>Target: {0}.</source>
        <translation>Target: {0}.</translation>
    </message>
    <message>
        <source>Status: {0} {1}.</source>
        <translation>Status: {0} {1}.</translation>
    </message>
    <message>
        <source>{0} is closed (periods through {1} are). Its values cannot be changed unless the periods are reopened.</source>
        <translation>{0} is closed (periods through {1} are). Its values cannot be changed unless the periods are reopened.</translation>
    </message>
    <message>
        <source>Read-only for you: the owner has not given you this KPI to enter values for.</source>
        <translation>Read-only for you: the owner has not given you this KPI to enter values for.</translation>
    </message>
    <message>
        <source>No value yet for {0}.</source>
        <translation>No value yet for {0}.</translation>
    </message>
    <message>
        <source>Comment: {0}</source>
        <translation>Comment: {0}</translation>
    </message>
    <message>
        <source>Causes: {0}</source>
        <translation>Causes: {0}</translation>
    </message>
</context>
<context>
    <name>EntryScreen</name>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Frequency:</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Show the KPIs measured this often</source>
        <translation>Show the KPIs measured this often</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>F&amp;rom:</translation>
    </message>
    <message>
        <source>First period shown</source>
        <translation>First period shown</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Last period shown</source>
        <translation>Last period shown</translation>
    </message>
    <message>
        <source>C&amp;lose Periods…</source>
        <translation>C&amp;lose Periods…</translation>
    </message>
    <message>
        <source>Close periods</source>
        <translation>Close periods</translation>
    </message>
    <message>
        <source>After a review: make the values of periods up to a date read-only</source>
        <translation>After a review: make the values of periods up to a date read-only</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>Re&amp;open…</translation>
    </message>
    <message>
        <source>Reopen closed periods</source>
        <translation>Reopen closed periods</translation>
    </message>
    <message>
        <source>Make closed periods editable again (kept in the change log)</source>
        <translation>Make closed periods editable again (kept in the change log)</translation>
    </message>
    <message>
        <source>Closed periods</source>
        <translation>Closed periods</translation>
    </message>
    <message>
        <source>Type a value and press Enter · Shift+F2: comment · Ctrl+V: paste from a spreadsheet</source>
        <translation>Type a value and press Enter · Shift+F2: comment · Ctrl+V: paste from a spreadsheet</translation>
    </message>
    <message>
        <source>How to enter values</source>
        <translation>How to enter values</translation>
    </message>
    <message>
        <source>Values by KPI and period</source>
        <translation>Values by KPI and period</translation>
    </message>
    <message>
        <source>There are no KPIs to type values for yet. Add KPIs on the KPIs screen first.</source>
        <translation>There are no KPIs to type values for yet. Add KPIs on the KPIs screen first.</translation>
    </message>
    <message>
        <source>No KPIs yet</source>
        <translation>No KPIs yet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ExplainRedDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the comment and causes</source>
        <translation>Save the comment and causes</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>S&amp;kip</translation>
    </message>
    <message>
        <source>Skip: leave the value unexplained</source>
        <translation>Skip: leave the value unexplained</translation>
    </message>
    <message>
        <source>Why is it off track?</source>
        <translation>Why is it off track?</translation>
    </message>
    <message>
        <source>Values off track</source>
        <translation>Values off track</translation>
    </message>
    <message>
        <source>What happened? A short &amp;comment:</source>
        <translation>What happened? A short &amp;comment:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>e.g. the café was closed for a week</source>
        <translation>e.g. the café was closed for a week</translation>
    </message>
    <message>
        <source>C&amp;auses (tick any that apply):</source>
        <translation>C&amp;auses (tick any that apply):</translation>
    </message>
    <message>
        <source>Cause tags</source>
        <translation>Cause tags</translation>
    </message>
    <message>
        <source>Tick the causes that explain the value; they show on the chart, in the grid and in the scorecard</source>
        <translation>Tick the causes that explain the value; they show on the chart, in the grid and in the scorecard</translation>
    </message>
    <message>
        <source>&amp;Edit cause tags…</source>
        <translation>&amp;Edit cause tags…</translation>
    </message>
    <message>
        <source>Edit cause tags</source>
        <translation>Edit cause tags</translation>
    </message>
    <message>
        <source>Add, rename or remove the cause tags of this business</source>
        <translation>Add, rename or remove the cause tags of this business</translation>
    </message>
    <message>
        <source>&amp;Don't ask again (Preferences turns it back on)</source>
        <translation>&amp;Don't ask again (Preferences turns it back on)</translation>
    </message>
    <message>
        <source>Don't ask again</source>
        <translation>Don't ask again</translation>
    </message>
</context>
<context>
    <name>FactsView</name>
    <message>
        <source>No definition written yet.</source>
        <translation>No definition written yet.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Last {0} periods:</source>
        <translation>Last {0} periods:</translation>
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
        <translation>No causes or comments on the last {0} values.</translation>
    </message>
    <message>
        <source>{0} (example)</source>
        <translation>{0} (example)</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Competitor</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>None yet</translation>
    </message>
    <message>
        <source>{0}: definition changed from “{1}” to “{2}” ({3})</source>
        <translation>{0}: definition changed from “{1}” to “{2}” ({3})</translation>
    </message>
    <message>
        <source>{0}: took over from {1}: {2}</source>
        <translation>{0}: took over from {1}: {2}</translation>
    </message>
    <message>
        <source>Review {0}: {1}</source>
        <translation>Review {0}: {1}</translation>
    </message>
    <message>
        <source>No earlier definitions, replacements or reviews.</source>
        <translation>No earlier definitions, replacements or reviews.</translation>
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
        <source>Damaged file</source>
        <translation>Damaged file</translation>
    </message>
    <message>
        <source>Do you want to choose a backup to restore it from?</source>
        <translation>Do you want to choose a backup to restore it from?</translation>
    </message>
    <message>
        <source>Restoring …</source>
        <translation>Restoring …</translation>
    </message>
    <message>
        <source>Restored from the backup; the previous file is kept as {0}</source>
        <translation>Restored from the backup; the previous file is kept as {0}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
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
    <name>FilterBar</name>
    <message>
        <source>All areas</source>
        <translation>All areas</translation>
    </message>
    <message>
        <source>Both kinds</source>
        <translation>Both kinds</translation>
    </message>
    <message>
        <source>Leading and lagging</source>
        <translation>Leading and lagging</translation>
    </message>
    <message>
        <source>All goals</source>
        <translation>All goals</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Any channel</translation>
    </message>
    <message>
        <source>Split by channel</source>
        <translation>Split by channel</translation>
    </message>
</context>
<context>
    <name>GoalCommands</name>
    <message>
        <source>Add goal “{0}”</source>
        <translation>Add goal “{0}”</translation>
    </message>
    <message>
        <source>Edit goal “{0}”</source>
        <translation>Edit goal “{0}”</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>New goal</source>
        <translation>New goal</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Edit goal</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <source>{0} – {1} ({2})</source>
        <translation>{0} – {1} ({2})</translation>
    </message>
    <message>
        <source>{0} – retired</source>
        <translation>{0} – retired</translation>
    </message>
    <message>
        <source>Tip: link one to three KPIs, at least one of them leading.</source>
        <translation>Tip: link one to three KPIs, at least one of them leading.</translation>
    </message>
    <message>
        <source>Tip: add a leading KPI, so you see problems before the results do.</source>
        <translation>Tip: add a leading KPI, so you see problems before the results do.</translation>
    </message>
    <message>
        <source>{0} KPIs linked; one to three per goal keeps the focus.</source>
        <translation>{0} KPIs linked; one to three per goal keeps the focus.</translation>
    </message>
    <message>
        <source>Title: give the goal a title.</source>
        <translation>Title: give the goal a title.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>e.g. Grow online sales by 30 % by the end of next year</source>
        <translation>e.g. Grow online sales by 30 % by the end of next year</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>&amp;Horizon:</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>D&amp;ue by:</source>
        <translation>D&amp;ue by:</translation>
    </message>
    <message>
        <source>The goal has a due date</source>
        <translation>The goal has a due date</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>&amp;KPIs that serve this goal (tick to link, untick to unlink):</source>
        <translation>&amp;KPIs that serve this goal (tick to link, untick to unlink):</translation>
    </message>
    <message>
        <source>KPIs that serve this goal</source>
        <translation>KPIs that serve this goal</translation>
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
        <translation>Title</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>Archived on {0}</source>
        <translation>Archived on {0}</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>Your goals</source>
        <translation>Your goals</translation>
    </message>
    <message>
        <source>Start with what you want to achieve, in your own words. Each goal gets a few KPIs that show whether you are getting there.</source>
        <translation>Start with what you want to achieve, in your own words. Each goal gets a few KPIs that show whether you are getting there.</translation>
    </message>
    <message>
        <source>e.g. More regular customers in the café</source>
        <translation>e.g. More regular customers in the café</translation>
    </message>
    <message>
        <source>&amp;Add goal</source>
        <translation>&amp;Add goal</translation>
    </message>
    <message>
        <source>&amp;Remove goal</source>
        <translation>&amp;Remove goal</translation>
    </message>
    <message>
        <source>&lt;b&gt;Examples:&lt;/b&gt; More regular customers in the café · Grow online sales this year · Fewer late deliveries · A better margin on every job · Happier staff who stay longer</source>
        <translation>&lt;b&gt;Examples:&lt;/b&gt; More regular customers in the café · Grow online sales this year · Fewer late deliveries · A better margin on every job · Happier staff who stay longer</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Goal:</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>New goal</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Term:</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Goals &amp;chosen:</source>
        <translation>Goals &amp;chosen:</translation>
    </message>
    <message>
        <source>Goals chosen</source>
        <translation>Goals chosen</translation>
    </message>
    <message>
        <source>– already in the file</source>
        <translation>– already in the file</translation>
    </message>
    <message>
        <source>You can add {0} more goal(s).</source>
        <translation>You can add {0} more goal(s).</translation>
    </message>
    <message>
        <source>Five new goals is the most: fewer goals get more attention.</source>
        <translation>Five new goals is the most: fewer goals get more attention.</translation>
    </message>
</context>
<context>
    <name>GoalsScreen</name>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Shown: {0} of {1} goals.</source>
        <translation>Shown: {0} of {1} goals.</translation>
    </message>
    <message>
        <source>Shown: {0} of {1} goals (archived goals hidden: {2}).</source>
        <translation>Shown: {0} of {1} goals (archived goals hidden: {2}).</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <source>Restore the selected goal</source>
        <translation>Restore the selected goal</translation>
    </message>
    <message>
        <source>Archive the selected goal</source>
        <translation>Archive the selected goal</translation>
    </message>
    <message>
        <source>Archive goal “{0}”</source>
        <translation>Archive goal “{0}”</translation>
    </message>
    <message>
        <source>Restore goal “{0}”</source>
        <translation>Restore goal “{0}”</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Search goals</source>
        <translation>Search goals</translation>
    </message>
    <message>
        <source>Title, description or owner (Ctrl+F)</source>
        <translation>Title, description or owner (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show archi&amp;ved goals</source>
        <translation>Show archi&amp;ved goals</translation>
    </message>
    <message>
        <source>Show archived goals</source>
        <translation>Show archived goals</translation>
    </message>
    <message>
        <source>&amp;New goal…</source>
        <translation>&amp;New goal…</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>New goal</translation>
    </message>
    <message>
        <source>Add a goal (Insert)</source>
        <translation>Add a goal (Insert)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>Edit the selected goal</source>
        <translation>Edit the selected goal</translation>
    </message>
    <message>
        <source>Edit the selected goal and its KPIs (Enter)</source>
        <translation>Edit the selected goal and its KPIs (Enter)</translation>
    </message>
    <message>
        <source>Hide the goal from lists; its history is kept</source>
        <translation>Hide the goal from lists; its history is kept</translation>
    </message>
    <message>
        <source>Description of the selected goal</source>
        <translation>Description of the selected goal</translation>
    </message>
    <message>
        <source>&amp;KPIs serving this goal:</source>
        <translation>&amp;KPIs serving this goal:</translation>
    </message>
    <message>
        <source>KPIs serving the selected goal</source>
        <translation>KPIs serving the selected goal</translation>
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
    <name>HistoryActions</name>
    <message>
        <source>Change &amp;Log…</source>
        <translation>Change &amp;Log…</translation>
    </message>
    <message>
        <source>Who changed what and when, from which value to which</source>
        <translation>Who changed what and when, from which value to which</translation>
    </message>
    <message>
        <source>Cause &amp;Tags…</source>
        <translation>Cause &amp;Tags…</translation>
    </message>
    <message>
        <source>Add, rename or remove the causes that explain values off track</source>
        <translation>Add, rename or remove the causes that explain values off track</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <source>{0} (so far)</source>
        <translation>{0} (so far)</translation>
    </message>
    <message>
        <source>All goals</source>
        <translation>All goals</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Any channel</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Nothing to do</translation>
    </message>
    <message>
        <source>&amp;To do ({0})</source>
        <translation>&amp;To do ({0})</translation>
    </message>
    <message>
        <source>No KPIs to show. Add KPIs on the KPIs screen, or clear the filters.</source>
        <translation>No KPIs to show. Add KPIs on the KPIs screen, or clear the filters.</translation>
    </message>
    <message>
        <source>There are no KPIs yet. Add them on the KPIs screen.</source>
        <translation>There are no KPIs yet. Add them on the KPIs screen.</translation>
    </message>
    <message>
        <source>Year to date through {0}</source>
        <translation>Year to date through {0}</translation>
    </message>
    <message>
        <source>KPIs not linked to a goal</source>
        <translation>KPIs not linked to a goal</translation>
    </message>
    <message>
        <source>Goal {0}: {1}</source>
        <translation>Goal {0}: {1}</translation>
    </message>
    <message>
        <source>{0} score {1} – {2}</source>
        <translation>{0} score {1} – {2}</translation>
    </message>
    <message>
        <source>the year to date through {0}</source>
        <translation>the year to date through {0}</translation>
    </message>
    <message>
        <source>{0} of {1} goals on track</source>
        <translation>{0} of {1} goals on track</translation>
    </message>
    <message>
        <source>Goals in {0}</source>
        <translation>Goals in {0}</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>S&amp;how:</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Kind of period</translation>
    </message>
    <message>
        <source>A month, a quarter, a year, or the year so far</source>
        <translation>A month, a quarter, a year, or the year so far</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Period shown</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Goal:</translation>
    </message>
    <message>
        <source>Show the KPIs of a goal</source>
        <translation>Show the KPIs of a goal</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>O&amp;wner:</translation>
    </message>
    <message>
        <source>Show the KPIs of an owner</source>
        <translation>Show the KPIs of an owner</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <source>Show the KPIs of a marketing channel</source>
        <translation>Show the KPIs of a marketing channel</translation>
    </message>
    <message>
        <source>P&amp;resent</source>
        <translation>P&amp;resent</translation>
    </message>
    <message>
        <source>Full screen, one goal at a time, for a team meeting (F11)</source>
        <translation>Full screen, one goal at a time, for a team meeting (F11)</translation>
    </message>
    <message>
        <source>How the goals are doing</source>
        <translation>How the goals are doing</translation>
    </message>
    <message>
        <source>&amp;To do</source>
        <translation>&amp;To do</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Click or press Enter to take care of it; right-click for more</source>
        <translation>Click or press Enter to take care of it; right-click for more</translation>
    </message>
    <message>
        <source>Take care of the reminder chosen in the list</source>
        <translation>Take care of the reminder chosen in the list</translation>
    </message>
    <message>
        <source>KPIs by goal</source>
        <translation>KPIs by goal</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Spreadsheet or CSV file</source>
        <translation>Spreadsheet or CSV file</translation>
    </message>
    <message>
        <source>Google Analytics 4 export</source>
        <translation>Google Analytics 4 export</translation>
    </message>
    <message>
        <source>Meta Business Suite export</source>
        <translation>Meta Business Suite export</translation>
    </message>
    <message>
        <source>Detect from the file</source>
        <translation>Detect from the file</translation>
    </message>
    <message>
        <source>Norwegian: 1 234,50</source>
        <translation>Norwegian: 1 234,50</translation>
    </message>
    <message>
        <source>English: 1,234.50</source>
        <translation>English: 1,234.50</translation>
    </message>
    <message>
        <source>Day first: 31.01.2026</source>
        <translation>Day first: 31.01.2026</translation>
    </message>
    <message>
        <source>Month first: 01/31/2026</source>
        <translation>Month first: 01/31/2026</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Import the values</source>
        <translation>Import the values</translation>
    </message>
    <message>
        <source>Close without importing</source>
        <translation>Close without importing</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>Spreadsheets and CSV files (*.csv *.txt *.tsv *.xlsx *.xls *.ods);;All files (*)</source>
        <translation>Spreadsheets and CSV files (*.csv *.txt *.tsv *.xlsx *.xls *.ods);;All files (*)</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Reading {0}…</translation>
    </message>
    <message>
        <source>Choose a file to see its columns here.</source>
        <translation>Choose a file to see its columns here.</translation>
    </message>
    <message>
        <source>Each row names its KPI, period and value, so there is nothing to map. KPIs are found by code or name.</source>
        <translation>Each row names its KPI, period and value, so there is nothing to map. KPIs are found by code or name.</translation>
    </message>
    <message>
        <source>Import each column into:</source>
        <translation>Import each column into:</translation>
    </message>
    <message>
        <source>Channel groups (segments):</source>
        <translation>Channel groups (segments):</translation>
    </message>
    <message>
        <source>KPI for the column {0}</source>
        <translation>KPI for the column {0}</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(leave out)</translation>
    </message>
    <message>
        <source>Segment for the channel group {0}</source>
        <translation>Segment for the channel group {0}</translation>
    </message>
    <message>
        <source>(only in the total)</source>
        <translation>(only in the total)</translation>
    </message>
    <message>
        <source>Checking {0} against the file…</source>
        <translation>Checking {0} against the file…</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>C&amp;hanges ({0})</source>
        <translation>C&amp;hanges ({0})</translation>
    </message>
    <message>
        <source>P&amp;roblems ({0})</source>
        <translation>P&amp;roblems ({0})</translation>
    </message>
    <message>
        <source>No&amp;tes ({0})</source>
        <translation>No&amp;tes ({0})</translation>
    </message>
    <message>
        <source>The numbers in this file can be read two ways (is 1.234 one thousand two hundred and thirty-four, or one point two three four?). Choose its number format under Numbers.</source>
        <translation>The numbers in this file can be read two ways (is 1.234 one thousand two hundred and thirty-four, or one point two three four?). Choose its number format under Numbers.</translation>
    </message>
    <message>
        <source>The dates in this file can be read two ways (is 01/02/2026 the first of February or the second of January?). Choose its date order under Dates.</source>
        <translation>The dates in this file can be read two ways (is 01/02/2026 the first of February or the second of January?). Choose its date order under Dates.</translation>
    </message>
    <message>
        <source>Ready to import {0} new and {1} changed values of {2} KPIs.</source>
        <translation>Ready to import {0} new and {1} changed values of {2} KPIs.</translation>
    </message>
    <message>
        <source>The file is open read-only: nothing can be imported into it.</source>
        <translation>The file is open read-only: nothing can be imported into it.</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Choose the file to import.</translation>
    </message>
    <message>
        <source>Choose the file's format above; nothing is imported until then.</source>
        <translation>Choose the file's format above; nothing is imported until then.</translation>
    </message>
    <message>
        <source>The file has problems (see Problems: {0}). Correct the file or the mapping; nothing can be imported until then.</source>
        <translation>The file has problems (see Problems: {0}). Correct the file or the mapping; nothing can be imported until then.</translation>
    </message>
    <message>
        <source>The file holds what is stored already: nothing to import.</source>
        <translation>The file holds what is stored already: nothing to import.</translation>
    </message>
    <message>
        <source>Choose above what happens to stored values that differ from the file (changed: {0}).</source>
        <translation>Choose above what happens to stored values that differ from the file (changed: {0}).</translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>Nothing was imported: {0}</translation>
    </message>
    <message>
        <source>The file could not be read: {0}</source>
        <translation>The file could not be read: {0}</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Cancelled: nothing was imported.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>Importing {0}…</translation>
    </message>
    <message>
        <source>Imported {0}: {1} new and {2} changed values.</source>
        <translation>Imported {0}: {1} new and {2} changed values.</translation>
    </message>
    <message>
        <source>Stored values kept as they were: {0}.</source>
        <translation>Stored values kept as they were: {0}.</translation>
    </message>
    <message>
        <source>Nothing imported from {0}: it holds what is stored already.</source>
        <translation>Nothing imported from {0}: it holds what is stored already.</translation>
    </message>
    <message>
        <source>Import Data</source>
        <translation>Import Data</translation>
    </message>
    <message>
        <source>Values from a spreadsheet, a till system's CSV file or a Google Analytics 4 or Meta export. Check the dry run below: nothing is written until you press Import, and then all values or none.</source>
        <translation>Values from a spreadsheet, a till system's CSV file or a Google Analytics 4 or Meta export. Check the dry run below: nothing is written until you press Import, and then all values or none.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>Choose a file, or drop one here</source>
        <translation>Choose a file, or drop one here</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Browse for the file to import</source>
        <translation>Browse for the file to import</translation>
    </message>
    <message>
        <source>&amp;Kind of file:</source>
        <translation>&amp;Kind of file:</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Kind of file</translation>
    </message>
    <message>
        <source>&amp;Numbers:</source>
        <translation>&amp;Numbers:</translation>
    </message>
    <message>
        <source>Number format of the file</source>
        <translation>Number format of the file</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates:</translation>
    </message>
    <message>
        <source>Date order of the file</source>
        <translation>Date order of the file</translation>
    </message>
    <message>
        <source>Question about the file</source>
        <translation>Question about the file</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>First rows of the file</translation>
    </message>
    <message>
        <source>Columns and KPIs</source>
        <translation>Columns and KPIs</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Dry run</translation>
    </message>
    <message>
        <source>Dry run per &amp;KPI</source>
        <translation>Dry run per &amp;KPI</translation>
    </message>
    <message>
        <source>New, changed and unchanged values per KPI</source>
        <translation>New, changed and unchanged values per KPI</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>C&amp;hanges</translation>
    </message>
    <message>
        <source>Stored values the file changes</source>
        <translation>Stored values the file changes</translation>
    </message>
    <message>
        <source>P&amp;roblems</source>
        <translation>P&amp;roblems</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problems in the file</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>Notes about the file</source>
        <translation>Notes about the file</translation>
    </message>
    <message>
        <source>When a stored value differs from the file</source>
        <translation>When a stored value differs from the file</translation>
    </message>
    <message>
        <source>&amp;Overwrite it with the file's value</source>
        <translation>&amp;Overwrite it with the file's value</translation>
    </message>
    <message>
        <source>Overwrite stored values with the file's values</source>
        <translation>Overwrite stored values with the file's values</translation>
    </message>
    <message>
        <source>Keep the &amp;stored value</source>
        <translation>Keep the &amp;stored value</translation>
    </message>
    <message>
        <source>Keep stored values that differ from the file</source>
        <translation>Keep stored values that differ from the file</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Cancel the work in progress</source>
        <translation>Cancel the work in progress</translation>
    </message>
</context>
<context>
    <name>ImportModels</name>
    <message>
        <source>Row {0} of the file</source>
        <translation>Row {0} of the file</translation>
    </message>
    <message>
        <source>Column {0} is left out</source>
        <translation>Column {0} is left out</translation>
    </message>
    <message>
        <source>Column {0} is imported into {1}</source>
        <translation>Column {0} is imported into {1}</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Stored</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message>
        <source>File row</source>
        <translation>File row</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
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
        <translation>KPI chart</translation>
    </message>
    <message>
        <source>Point at the chart to see a period's value and target.</source>
        <translation>Point at the chart to see a period's value and target.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Stretch target</source>
        <translation>Stretch target</translation>
    </message>
    <message>
        <source>Warning level</source>
        <translation>Warning level</translation>
    </message>
    <message>
        <source>Range low</source>
        <translation>Range low</translation>
    </message>
    <message>
        <source>Range high</source>
        <translation>Range high</translation>
    </message>
    <message>
        <source>no source given</source>
        <translation>no source given</translation>
    </message>
    <message>
        <source>{0}: {1} (as of {2}; {3})</source>
        <translation>{0}: {1} (as of {2}; {3})</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Moving average ({0} periods)</source>
        <translation>Moving average ({0} periods)</translation>
    </message>
    <message>
        <source>Causes noted</source>
        <translation>Causes noted</translation>
    </message>
    <message>
        <source>Forecast (80 % band)</source>
        <translation>Forecast (80 % band)</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>no value</translation>
    </message>
    <message>
        <source>target {0}</source>
        <translation>target {0}</translation>
    </message>
    <message>
        <source>range {0}–{1}</source>
        <translation>range {0}–{1}</translation>
    </message>
    <message>
        <source>causes: {0}</source>
        <translation>causes: {0}</translation>
    </message>
    <message>
        <source>{0}: forecast {1} (80 % band {2} to {3})</source>
        <translation>{0}: forecast {1} (80 % band {2} to {3})</translation>
    </message>
    <message>
        <source>Both KPIs over time</source>
        <translation>Both KPIs over time</translation>
    </message>
    <message>
        <source>% of own average</source>
        <translation>% of own average</translation>
    </message>
    <message>
        <source>Correlation at each lag</source>
        <translation>Correlation at each lag</translation>
    </message>
    <message>
        <source>Lag (periods)</source>
        <translation>Lag (periods)</translation>
    </message>
    <message>
        <source>Correlation r</source>
        <translation>Correlation r</translation>
    </message>
</context>
<context>
    <name>KpiCommands</name>
    <message>
        <source>Add KPI {0}</source>
        <translation>Add KPI {0}</translation>
    </message>
    <message>
        <source>Edit KPI {0}</source>
        <translation>Edit KPI {0}</translation>
    </message>
    <message>
        <source>Retire KPI {0}</source>
        <translation>Retire KPI {0}</translation>
    </message>
</context>
<context>
    <name>KpiDetailScreen</name>
    <message>
        <source>KPI detail</source>
        <translation>KPI detail</translation>
    </message>
    <message>
        <source>{0} ({1}) – retired</source>
        <translation>{0} ({1}) – retired</translation>
    </message>
    <message>
        <source>Total with targets</source>
        <translation>Total with targets</translation>
    </message>
    <message>
        <source>By channel: lines</source>
        <translation>By channel: lines</translation>
    </message>
    <message>
        <source>By channel: stacked bars</source>
        <translation>By channel: stacked bars</translation>
    </message>
    <message>
        <source>No values yet: enter some to see the chart.</source>
        <translation>No values yet: enter some to see the chart.</translation>
    </message>
    <message>
        <source>Not enough history to forecast: {0} values so far, at least {1} needed.</source>
        <translation>Not enough history to forecast: {0} values so far, at least {1} needed.</translation>
    </message>
    <message>
        <source>Forecast to the end of {0} (dashed); the shaded band is where 8 of 10 outcomes should fall.</source>
        <translation>Forecast to the end of {0} (dashed); the shaded band is where 8 of 10 outcomes should fall.</translation>
    </message>
    <message>
        <source>The year has ended: nothing left to forecast.</source>
        <translation>The year has ended: nothing left to forecast.</translation>
    </message>
    <message>
        <source>Too little history to project {0}.</source>
        <translation>Too little history to project {0}.</translation>
    </message>
    <message>
        <source>At this pace: {0} in {1} (no target range set).</source>
        <translation>At this pace: {0} in {1} (no target range set).</translation>
    </message>
    <message>
        <source>At this pace: {0} in {1}; the target range is {2} to {3}.</source>
        <translation>At this pace: {0} in {1}; the target range is {2} to {3}.</translation>
    </message>
    <message>
        <source>At this pace: {0} in {1} (no yearly target set).</source>
        <translation>At this pace: {0} in {1} (no yearly target set).</translation>
    </message>
    <message>
        <source>At this pace: {0} of {1} in {2}.</source>
        <translation>At this pace: {0} of {1} in {2}.</translation>
    </message>
    <message>
        <source>Ahead of the target.</source>
        <translation>Ahead of the target.</translation>
    </message>
    <message>
        <source>On pace for the target.</source>
        <translation>On pace for the target.</translation>
    </message>
    <message>
        <source>Behind the target.</source>
        <translation>Behind the target.</translation>
    </message>
    <message>
        <source>Likely between {0} and {1}.</source>
        <translation>Likely between {0} and {1}.</translation>
    </message>
    <message>
        <source>In {0}:</source>
        <translation>In {0}:</translation>
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
        <translation>keep</translation>
    </message>
    <message>
        <source>adjust the target</source>
        <translation>adjust the target</translation>
    </message>
    <message>
        <source>change the definition</source>
        <translation>change the definition</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>replace</translation>
    </message>
    <message>
        <source>retire</source>
        <translation>retire</translation>
    </message>
    <message>
        <source>Review {0}: {1}</source>
        <translation>Review {0}: {1}</translation>
    </message>
    <message>
        <source>Review {0}, decided to {1}: {2}</source>
        <translation>Review {0}, decided to {1}: {2}</translation>
    </message>
    <message>
        <source>No comments or review notes yet.</source>
        <translation>No comments or review notes yet.</translation>
    </message>
    <message>
        <source>Pick a leading and a lagging KPI.</source>
        <translation>Pick a leading and a lagging KPI.</translation>
    </message>
    <message>
        <source>Pick two different KPIs.</source>
        <translation>Pick two different KPIs.</translation>
    </message>
    <message>
        <source>Best lag: none yet</source>
        <translation>Best lag: none yet</translation>
    </message>
    <message>
        <source>Best lag: {0} periods ({1}), r = {2}</source>
        <translation>Best lag: {0} periods ({1}), r = {2}</translation>
    </message>
    <message>
        <source>Too little data: only {0} periods of both KPIs overlap, and at least {1} are needed before a relation can be judged.</source>
        <translation>Too little data: only {0} periods of both KPIs overlap, and at least {1} are needed before a relation can be judged.</translation>
    </message>
    <message>
        <source>One of the KPIs never changes, so there is nothing to relate.</source>
        <translation>One of the KPIs never changes, so there is nothing to relate.</translation>
    </message>
    <message>
        <source>in the same period</source>
        <translation>in the same period</translation>
    </message>
    <message>
        <source>{0} periods later</source>
        <translation>{0} periods later</translation>
    </message>
    <message>
        <source>No clear relation: the best match (changes in {0} and in {1} {2}, r = {3} over {4} periods) could well be chance. Do not plan on it.</source>
        <translation>No clear relation: the best match (changes in {0} and in {1} {2}, r = {3} over {4} periods) could well be chance. Do not plan on it.</translation>
    </message>
    <message>
        <source>A moderate relation: changes in {0} tend to show up in {1} {2} (r = {3} over {4} periods). Worth watching, but not yet proof.</source>
        <translation>A moderate relation: changes in {0} tend to show up in {1} {2} (r = {3} over {4} periods). Worth watching, but not yet proof.</translation>
    </message>
    <message>
        <source>A strong relation: changes in {0} show up in {1} {2} (r = {3} over {4} periods). A fair basis for planning, though it does not prove cause.</source>
        <translation>A strong relation: changes in {0} show up in {1} {2} (r = {3} over {4} periods). A fair basis for planning, though it does not prove cause.</translation>
    </message>
    <message>
        <source>They move in opposite directions.</source>
        <translation>They move in opposite directions.</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG picture (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Export the chart</translation>
    </message>
    <message>
        <source>Could not save the chart: {0}</source>
        <translation>Could not save the chart: {0}</translation>
    </message>
    <message>
        <source>&amp;KPI:</source>
        <translation>&amp;KPI:</translation>
    </message>
    <message>
        <source>KPI shown</source>
        <translation>KPI shown</translation>
    </message>
    <message>
        <source>Vie&amp;w:</source>
        <translation>Vie&amp;w:</translation>
    </message>
    <message>
        <source>Chart view</source>
        <translation>Chart view</translation>
    </message>
    <message>
        <source>The total with its targets, or the channels of a KPI split by channel</source>
        <translation>The total with its targets, or the channels of a KPI split by channel</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Reset zoom</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Reset zoom</translation>
    </message>
    <message>
        <source>Show the whole history again (drag to pan, scroll to zoom)</source>
        <translation>Show the whole history again (drag to pan, scroll to zoom)</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Export &amp;PNG…</translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation>Export the chart as PNG</translation>
    </message>
    <message>
        <source>Save the chart as a picture</source>
        <translation>Save the chart as a picture</translation>
    </message>
    <message>
        <source>Export S&amp;VG…</source>
        <translation>Export S&amp;VG…</translation>
    </message>
    <message>
        <source>Export the chart as SVG</source>
        <translation>Export the chart as SVG</translation>
    </message>
    <message>
        <source>Save the chart as a drawing that scales (for print and slides)</source>
        <translation>Save the chart as a drawing that scales (for print and slides)</translation>
    </message>
    <message>
        <source>&amp;Change Log…</source>
        <translation>&amp;Change Log…</translation>
    </message>
    <message>
        <source>Change log of this KPI</source>
        <translation>Change log of this KPI</translation>
    </message>
    <message>
        <source>Who changed this KPI's values, definition and targets, and when</source>
        <translation>Who changed this KPI's values, definition and targets, and when</translation>
    </message>
    <message>
        <source>Rev&amp;iew…</source>
        <translation>Rev&amp;iew…</translation>
    </message>
    <message>
        <source>Review this KPI</source>
        <translation>Review this KPI</translation>
    </message>
    <message>
        <source>Decide whether to keep, adjust, replace or retire this KPI, on the Reviews screen</source>
        <translation>Decide whether to keep, adjust, replace or retire this KPI, on the Reviews screen</translation>
    </message>
    <message>
        <source>KPI detail views</source>
        <translation>KPI detail views</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>C&amp;hart</translation>
    </message>
    <message>
        <source>Channel mix</source>
        <translation>Channel mix</translation>
    </message>
    <message>
        <source>Co&amp;mments and review notes:</source>
        <translation>Co&amp;mments and review notes:</translation>
    </message>
    <message>
        <source>Comments and review notes</source>
        <translation>Comments and review notes</translation>
    </message>
    <message>
        <source>&amp;Leading → lagging</source>
        <translation>&amp;Leading → lagging</translation>
    </message>
    <message>
        <source>Lea&amp;ding KPI:</source>
        <translation>Lea&amp;ding KPI:</translation>
    </message>
    <message>
        <source>Leading KPI</source>
        <translation>Leading KPI</translation>
    </message>
    <message>
        <source>Laggin&amp;g KPI:</source>
        <translation>Laggin&amp;g KPI:</translation>
    </message>
    <message>
        <source>Lagging KPI</source>
        <translation>Lagging KPI</translation>
    </message>
</context>
<context>
    <name>KpiDialog</name>
    <message>
        <source>Formula: unknown KPI code “{0}” at position {1}.</source>
        <translation>Formula: unknown KPI code “{0}” at position {1}.</translation>
    </message>
    <message>
        <source>Formula: syntax error at position {0}.</source>
        <translation>Formula: syntax error at position {0}.</translation>
    </message>
    <message>
        <source>Code: give the KPI a short code, such as WEB_ORDERS.</source>
        <translation>Code: give the KPI a short code, such as WEB_ORDERS.</translation>
    </message>
    <message>
        <source>Code: use only letters A–Z, digits and _, and start with a letter.</source>
        <translation>Code: use only letters A–Z, digits and _, and start with a letter.</translation>
    </message>
    <message>
        <source>Code: another KPI already has the code {0}.</source>
        <translation>Code: another KPI already has the code {0}.</translation>
    </message>
    <message>
        <source>Drives: there is no other KPI with the code {0}.</source>
        <translation>Drives: there is no other KPI with the code {0}.</translation>
    </message>
    <message>
        <source>Decimals: choose between 0 and 6 decimals.</source>
        <translation>Decimals: choose between 0 and 6 decimals.</translation>
    </message>
    <message>
        <source>Score scale: the lowest score must be below the highest score.</source>
        <translation>Score scale: the lowest score must be below the highest score.</translation>
    </message>
    <message>
        <source>Score labels: write line {0} as “1 = Poor”.</source>
        <translation>Score labels: write line {0} as “1 = Poor”.</translation>
    </message>
    <message>
        <source>Score labels: the score {0} on line {1} is outside the scale.</source>
        <translation>Score labels: the score {0} on line {1} is outside the scale.</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>New KPI</translation>
    </message>
    <message>
        <source>KPI {0}</source>
        <translation>KPI {0}</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <source>Not split (total only)</source>
        <translation>Not split (total only)</translation>
    </message>
    <message>
        <source>Marketing channel</source>
        <translation>Marketing channel</translation>
    </message>
    <message>
        <source>Not from the library</source>
        <translation>Not from the library</translation>
    </message>
    <message>
        <source>Retired on {0}. Reason: {1}</source>
        <translation>Retired on {0}. Reason: {1}</translation>
    </message>
    <message>
        <source>Name: give the KPI a name.</source>
        <translation>Name: give the KPI a name.</translation>
    </message>
    <message>
        <source>Baseline: “{0}” is not a number.</source>
        <translation>Baseline: “{0}” is not a number.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{0}: “{1}” is not a number.</source>
        <translation>{0}: “{1}” is not a number.</translation>
    </message>
    <message>
        <source>Realistic</source>
        <translation>Realistic</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Stretch</translation>
    </message>
    <message>
        <source>Warning at</source>
        <translation>Warning at</translation>
    </message>
    <message>
        <source>Range low</source>
        <translation>Range low</translation>
    </message>
    <message>
        <source>Range high</source>
        <translation>Range high</translation>
    </message>
    <message>
        <source>Target: type a realistic target (or a range) first.</source>
        <translation>Target: type a realistic target (or a range) first.</translation>
    </message>
    <message>
        <source>Range low: must not exceed range high.</source>
        <translation>Range low: must not exceed range high.</translation>
    </message>
    <message>
        <source>Effective from: a target from {0} exists already; targets are never rewritten, so choose another date.</source>
        <translation>Effective from: a target from {0} exists already; targets are never rewritten, so choose another date.</translation>
    </message>
    <message>
        <source>Label: say what the benchmark is, e.g. whose figure.</source>
        <translation>Label: say what the benchmark is, e.g. whose figure.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Value: type the figure.</source>
        <translation>Value: type the figure.</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>KPI editor sections</source>
        <translation>KPI editor sections</translation>
    </message>
    <message>
        <source>Gen&amp;eral</source>
        <translation>Gen&amp;eral</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>e.g. WEB_ORDERS</source>
        <translation>e.g. WEB_ORDERS</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>De&amp;finition:</source>
        <translation>De&amp;finition:</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>O&amp;wner:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Data &amp;source:</source>
        <translation>Data &amp;source:</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>Where the number comes from</source>
        <translation>Where the number comes from</translation>
    </message>
    <message>
        <source>Dri&amp;ves:</source>
        <translation>Dri&amp;ves:</translation>
    </message>
    <message>
        <source>Drives (codes of the lagging KPIs this KPI moves)</source>
        <translation>Drives (codes of the lagging KPIs this KPI moves)</translation>
    </message>
    <message>
        <source>Codes, separated by commas</source>
        <translation>Codes, separated by commas</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>Library:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>&amp;Timing:</source>
        <translation>&amp;Timing:</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Timing</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>e.g. NOK, %, visits</source>
        <translation>e.g. NOK, %, visits</translation>
    </message>
    <message>
        <source>&amp;Decimals:</source>
        <translation>&amp;Decimals:</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>Decimals</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>Di&amp;rection:</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Fre&amp;quency:</source>
        <translation>Fre&amp;quency:</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>R&amp;oll-up:</source>
        <translation>R&amp;oll-up:</translation>
    </message>
    <message>
        <source>Roll-up over time</source>
        <translation>Roll-up over time</translation>
    </message>
    <message>
        <source>S&amp;plit by:</source>
        <translation>S&amp;plit by:</translation>
    </message>
    <message>
        <source>Split by</source>
        <translation>Split by</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Baseline:</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Value before you started</source>
        <translation>Value before you started</translation>
    </message>
    <message>
        <source>For&amp;mula:</source>
        <translation>For&amp;mula:</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formula</translation>
    </message>
    <message>
        <source>Optional, over other KPI codes, e.g. WEB_ORDERS / WEB_VISITS * 100</source>
        <translation>Optional, over other KPI codes, e.g. WEB_ORDERS / WEB_VISITS * 100</translation>
    </message>
    <message>
        <source>Score scale (qualitative KPIs)</source>
        <translation>Score scale (qualitative KPIs)</translation>
    </message>
    <message>
        <source>Lowest score (m&amp;inimum):</source>
        <translation>Lowest score (m&amp;inimum):</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>Lowest score</translation>
    </message>
    <message>
        <source>Highest score (ma&amp;ximum):</source>
        <translation>Highest score (ma&amp;ximum):</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Highest score</translation>
    </message>
    <message>
        <source>Score &amp;labels:</source>
        <translation>Score &amp;labels:</translation>
    </message>
    <message>
        <source>Score labels, one per line</source>
        <translation>Score labels, one per line</translation>
    </message>
    <message>
        <source>One per line, e.g. 1 = Poor</source>
        <translation>One per line, e.g. 1 = Poor</translation>
    </message>
    <message>
        <source>Tar&amp;gets</source>
        <translation>Tar&amp;gets</translation>
    </message>
    <message>
        <source>A new target applies from its date on; earlier periods keep the targets that were in force then.</source>
        <translation>A new target applies from its date on; earlier periods keep the targets that were in force then.</translation>
    </message>
    <message>
        <source>Target history</source>
        <translation>Target history</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>New target</translation>
    </message>
    <message>
        <source>Effective &amp;from:</source>
        <translation>Effective &amp;from:</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>&amp;Realistic:</source>
        <translation>&amp;Realistic:</translation>
    </message>
    <message>
        <source>Realistic target</source>
        <translation>Realistic target</translation>
    </message>
    <message>
        <source>&amp;Stretch:</source>
        <translation>&amp;Stretch:</translation>
    </message>
    <message>
        <source>Stretch target</source>
        <translation>Stretch target</translation>
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
        <translation>&amp;Warning at:</translation>
    </message>
    <message>
        <source>Warning threshold</source>
        <translation>Warning threshold</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Range &amp;low:</source>
        <translation>Range &amp;low:</translation>
    </message>
    <message>
        <source>Lowest good value</source>
        <translation>Lowest good value</translation>
    </message>
    <message>
        <source>Range h&amp;igh:</source>
        <translation>Range h&amp;igh:</translation>
    </message>
    <message>
        <source>Highest good value</source>
        <translation>Highest good value</translation>
    </message>
    <message>
        <source>&amp;Add target</source>
        <translation>&amp;Add target</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Add target</translation>
    </message>
    <message>
        <source>Benc&amp;hmarks</source>
        <translation>Benc&amp;hmarks</translation>
    </message>
    <message>
        <source>Figures to compare with: industry standards, competitors or your own best. Type them from a source you trust; KPIDesk never invents them.</source>
        <translation>Figures to compare with: industry standards, competitors or your own best. Type them from a source you trust; KPIDesk never invents them.</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>Benchmarks</translation>
    </message>
    <message>
        <source>New benchmark</source>
        <translation>New benchmark</translation>
    </message>
    <message>
        <source>Benchmark kind</source>
        <translation>Benchmark kind</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>Benchmark label</source>
        <translation>Benchmark label</translation>
    </message>
    <message>
        <source>e.g. Trade association average</source>
        <translation>e.g. Trade association average</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <source>Benchmark value</source>
        <translation>Benchmark value</translation>
    </message>
    <message>
        <source>As &amp;of:</source>
        <translation>As &amp;of:</translation>
    </message>
    <message>
        <source>As of date</source>
        <translation>As of date</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>Benchmark source</source>
        <translation>Benchmark source</translation>
    </message>
    <message>
        <source>e.g. a report, with its year</source>
        <translation>e.g. a report, with its year</translation>
    </message>
    <message>
        <source>Example figure, not a real one</source>
        <translation>Example figure, not a real one</translation>
    </message>
    <message>
        <source>E&amp;xample figure, not a real one</source>
        <translation>E&amp;xample figure, not a real one</translation>
    </message>
    <message>
        <source>&amp;Add benchmark</source>
        <translation>&amp;Add benchmark</translation>
    </message>
    <message>
        <source>Add benchmark</source>
        <translation>Add benchmark</translation>
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
        <translation>Chosen &amp;KPIs:</translation>
    </message>
    <message>
        <source>Chosen KPIs</source>
        <translation>Chosen KPIs</translation>
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
        <translation>no target</translation>
    </message>
    <message>
        <source>target {0} – {1}</source>
        <translation>target {0} – {1}</translation>
    </message>
    <message>
        <source>target {0}</source>
        <translation>target {0}</translation>
    </message>
    <message>
        <source>{0} vs previous</source>
        <translation>{0} vs previous</translation>
    </message>
    <message>
        <source>{0} vs last year</source>
        <translation>{0} vs last year</translation>
    </message>
</context>
<context>
    <name>KpiWizard</name>
    <message>
        <source>Just me</source>
        <translation>Just me</translation>
    </message>
    <message>
        <source>2–9 people</source>
        <translation>2–9 people</translation>
    </message>
    <message>
        <source>10–49 people</source>
        <translation>10–49 people</translation>
    </message>
    <message>
        <source>50 people or more</source>
        <translation>50 people or more</translation>
    </message>
    <message>
        <source>Choose KPIs</source>
        <translation>Choose KPIs</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>KPI charter</source>
        <translation>KPI charter</translation>
    </message>
    <message>
        <source>Your goals and KPIs are saved. Would you like a KPI charter – one page per KPI with its definition, owner and targets – as a PDF to print or share?</source>
        <translation>Your goals and KPIs are saved. Would you like a KPI charter – one page per KPI with its definition, owner and targets – as a PDF to print or share?</translation>
    </message>
    <message>
        <source>Save the KPI charter as</source>
        <translation>Save the KPI charter as</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>This file is open read-only.</source>
        <translation>This file is open read-only.</translation>
    </message>
    <message>
        <source>Grow online sales this year</source>
        <translation>Grow online sales this year</translation>
    </message>
</context>
<context>
    <name>KpisModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Timing</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Retired on {0}: {1}</source>
        <translation>Retired on {0}: {1}</translation>
    </message>
</context>
<context>
    <name>KpisScreen</name>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>Shown: {0} of {1} KPIs.</source>
        <translation>Shown: {0} of {1} KPIs.</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>V&amp;iew…</source>
        <translation>V&amp;iew…</translation>
    </message>
    <message>
        <source>&amp;Reinstate</source>
        <translation>&amp;Reinstate</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>&amp;Retire…</translation>
    </message>
    <message>
        <source>Reinstate the selected KPI</source>
        <translation>Reinstate the selected KPI</translation>
    </message>
    <message>
        <source>Retire the selected KPI</source>
        <translation>Retire the selected KPI</translation>
    </message>
    <message>
        <source>Reinstate KPI {0}</source>
        <translation>Reinstate KPI {0}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Search KPIs</source>
        <translation>Search KPIs</translation>
    </message>
    <message>
        <source>Code, name or definition (Ctrl+F)</source>
        <translation>Code, name or definition (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show retire&amp;d KPIs</source>
        <translation>Show retire&amp;d KPIs</translation>
    </message>
    <message>
        <source>Show retired KPIs</source>
        <translation>Show retired KPIs</translation>
    </message>
    <message>
        <source>&amp;New KPI…</source>
        <translation>&amp;New KPI…</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>New KPI</translation>
    </message>
    <message>
        <source>Add a KPI (Insert)</source>
        <translation>Add a KPI (Insert)</translation>
    </message>
    <message>
        <source>Edit the selected KPI</source>
        <translation>Edit the selected KPI</translation>
    </message>
    <message>
        <source>Edit the KPI, its targets and benchmarks (Enter)</source>
        <translation>Edit the KPI, its targets and benchmarks (Enter)</translation>
    </message>
    <message>
        <source>Stop tracking the KPI; its values and targets are kept</source>
        <translation>Stop tracking the KPI; its values and targets are kept</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Goal:</translation>
    </message>
    <message>
        <source>Filter by goal</source>
        <translation>Filter by goal</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <source>Filter by area</source>
        <translation>Filter by area</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filter by kind</translation>
    </message>
    <message>
        <source>&amp;Timing:</source>
        <translation>&amp;Timing:</translation>
    </message>
    <message>
        <source>Filter by timing</source>
        <translation>Filter by timing</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>O&amp;wner:</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Filter by owner</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>Filter by marketing channel</source>
        <translation>Filter by marketing channel</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
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
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Adjust the target</source>
        <translation>Adjust the target</translation>
    </message>
    <message>
        <source>Change the definition</source>
        <translation>Change the definition</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connect to &amp;Team Database…</source>
        <translation>Connect to &amp;Team Database…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restore from Backup…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
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
        <source>{0} is open in KPIDesk by {1} on {2} (process {3}).</source>
        <translation>{0} is open in KPIDesk by {1} on {2} (process {3}).</translation>
    </message>
    <message>
        <source>{0} was saved by a newer KPIDesk.</source>
        <translation>{0} was saved by a newer KPIDesk.</translation>
    </message>
    <message>
        <source>{0} is write-protected.</source>
        <translation>{0} is write-protected.</translation>
    </message>
    <message>
        <source>The folder of {0} cannot be written to.</source>
        <translation>The folder of {0} cannot be written to.</translation>
    </message>
    <message>
        <source>You are a viewer of {0}.</source>
        <translation>You are a viewer of {0}.</translation>
    </message>
    <message>
        <source>The file is open read-only.</source>
        <translation>The file is open read-only.</translation>
    </message>
    <message>
        <source>You can look at everything, but not change it.</source>
        <translation>You can look at everything, but not change it.</translation>
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
        <source>Choose &amp;KPIs…</source>
        <translation>Choose &amp;KPIs…</translation>
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
    <name>NumberDelegate</name>
    <message>
        <source>“{0}” is not a number. Write numbers like {1}.</source>
        <translation>“{0}” is not a number. Write numbers like {1}.</translation>
    </message>
    <message>
        <source>Value for the selected cell</source>
        <translation>Value for the selected cell</translation>
    </message>
</context>
<context>
    <name>PeriodClosing</name>
    <message>
        <source>Closed through {0}</source>
        <translation>Closed through {0}</translation>
    </message>
    <message>
        <source>Periods through {0} are closed.</source>
        <translation>Periods through {0} are closed.</translation>
    </message>
    <message>
        <source>Every period is open again.</source>
        <translation>Every period is open again.</translation>
    </message>
    <message>
        <source>Periods after {0} are open again.</source>
        <translation>Periods after {0} are open again.</translation>
    </message>
    <message>
        <source>Nothing was changed: {0}</source>
        <translation>Nothing was changed: {0}</translation>
    </message>
    <message>
        <source>Reviewed with the accountant</source>
        <translation>Reviewed with the accountant</translation>
    </message>
</context>
<context>
    <name>PeriodLabels</name>
    <message>
        <source>W{0} {1}</source>
        <translation>W{0} {1}</translation>
    </message>
    <message>
        <source>Q{0} {1}</source>
        <translation>Q{0} {1}</translation>
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
    <message>
        <source>&amp;Ask for a comment when a value puts a KPI off track</source>
        <translation>&amp;Ask for a comment when a value puts a KPI off track</translation>
    </message>
    <message>
        <source>Explain values that are off track</source>
        <translation>Explain values that are off track</translation>
    </message>
    <message>
        <source>After you type or paste a value that turns a KPI red, a short question asks what happened and which causes (season, stock-out …) explain it. You can skip it.</source>
        <translation>After you type or paste a value that turns a KPI red, a short question asks what happened and which causes (season, stock-out …) explain it. You can skip it.</translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <source>KPIDesk – presentation</source>
        <translation>KPIDesk – presentation</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>KPIs not linked to a goal</source>
        <translation>KPIs not linked to a goal</translation>
    </message>
    <message>
        <source>score {0}</source>
        <translation>score {0}</translation>
    </message>
    <message>
        <source>Goal {0} of {1}  ·  ← → to move  ·  Esc to leave</source>
        <translation>Goal {0} of {1}  ·  ← → to move  ·  Esc to leave</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
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
        <translation>{0} is now off track. What happened?</translation>
    </message>
    <message>
        <source>{0} values are now off track. What happened?</source>
        <translation>{0} values are now off track. What happened?</translation>
    </message>
    <message>
        <source>Someone else changed this value after you entered it, so your comment and causes were not saved. The value stored now is shown.</source>
        <translation>Someone else changed this value after you entered it, so your comment and causes were not saved. The value stored now is shown.</translation>
    </message>
    <message>
        <source>The comment and causes were not saved: {0}</source>
        <translation>The comment and causes were not saved: {0}</translation>
    </message>
</context>
<context>
    <name>ReminderList</name>
    <message>
        <source>Enter values</source>
        <translation>Enter values</translation>
    </message>
    <message>
        <source>Start a review</source>
        <translation>Start a review</translation>
    </message>
    <message>
        <source>Open the KPI</source>
        <translation>Open the KPI</translation>
    </message>
    <message>
        <source>Show its chart</source>
        <translation>Show its chart</translation>
    </message>
</context>
<context>
    <name>ReminderTexts</name>
    <message>
        <source>Enter the missing values ({0})</source>
        <translation>Enter the missing values ({0})</translation>
    </message>
    <message>
        <source>Hold the reviews that are due ({0})</source>
        <translation>Hold the reviews that are due ({0})</translation>
    </message>
    <message>
        <source>Review your KPIs ({0})</source>
        <translation>Review your KPIs ({0})</translation>
    </message>
    <message>
        <source>Set a target ({0})</source>
        <translation>Set a target ({0})</translation>
    </message>
    <message>
        <source>No values for a while: retire them? ({0})</source>
        <translation>No values for a while: retire them? ({0})</translation>
    </message>
    <message>
        <source>Targets beaten all year: raise them? ({0})</source>
        <translation>Targets beaten all year: raise them? ({0})</translation>
    </message>
    <message>
        <source>Show {0} more…</source>
        <translation>Show {0} more…</translation>
    </message>
    <message>
        <source>✓ Nothing to do: every value is in.</source>
        <translation>✓ Nothing to do: every value is in.</translation>
    </message>
    <message>
        <source>⟳ Time for a first review of all goals and KPIs</source>
        <translation>⟳ Time for a first review of all goals and KPIs</translation>
    </message>
    <message>
        <source>○ {0} has no target</source>
        <translation>○ {0} has no target</translation>
    </message>
    <message>
        <source>✎ {0}: no value for {1}</source>
        <translation>✎ {0}: no value for {1}</translation>
    </message>
    <message>
        <source>✎ {0}: {1} days without a value, from {2}</source>
        <translation>✎ {0}: {1} days without a value, from {2}</translation>
    </message>
    <message>
        <source>✎ {0}: {1} weeks without a value, from {2}</source>
        <translation>✎ {0}: {1} weeks without a value, from {2}</translation>
    </message>
    <message>
        <source>✎ {0}: {1} months without a value, from {2}</source>
        <translation>✎ {0}: {1} months without a value, from {2}</translation>
    </message>
    <message>
        <source>✎ {0}: {1} quarters without a value, from {2}</source>
        <translation>✎ {0}: {1} quarters without a value, from {2}</translation>
    </message>
    <message>
        <source>✎ {0}: {1} years without a value, from {2}</source>
        <translation>✎ {0}: {1} years without a value, from {2}</translation>
    </message>
    <message>
        <source>⟳ Review of the goal {0} was due {1}</source>
        <translation>⟳ Review of the goal {0} was due {1}</translation>
    </message>
    <message>
        <source>⟳ Review of {0} was due {1}</source>
        <translation>⟳ Review of {0} was due {1}</translation>
    </message>
    <message>
        <source>⟳ Review of all goals and KPIs was due {0}</source>
        <translation>⟳ Review of all goals and KPIs was due {0}</translation>
    </message>
    <message>
        <source>⌛ {0}: no value for {1} months, since {2}</source>
        <translation>⌛ {0}: no value for {1} months, since {2}</translation>
    </message>
    <message>
        <source>⌛ {0}: no value for {1} quarters, since {2}</source>
        <translation>⌛ {0}: no value for {1} quarters, since {2}</translation>
    </message>
    <message>
        <source>⌛ {0}: no value for {1} years, since {2}</source>
        <translation>⌛ {0}: no value for {1} years, since {2}</translation>
    </message>
    <message>
        <source>▲ {0}: target beaten clearly every month for a year</source>
        <translation>▲ {0}: target beaten clearly every month for a year</translation>
    </message>
    <message>
        <source>▲ {0}: target beaten clearly every quarter for a year</source>
        <translation>▲ {0}: target beaten clearly every quarter for a year</translation>
    </message>
    <message>
        <source>▲ {0}: target beaten clearly two years running</source>
        <translation>▲ {0}: target beaten clearly two years running</translation>
    </message>
    <message>
        <source>Opens Data entry at {0}, the first missing value</source>
        <translation>Opens Data entry at {0}, the first missing value</translation>
    </message>
    <message>
        <source>Starts the review: look at each KPI and decide what to keep or change</source>
        <translation>Starts the review: look at each KPI and decide what to keep or change</translation>
    </message>
    <message>
        <source>Opens the KPI on the KPIs screen: retire it if nobody needs it, or enter its values</source>
        <translation>Opens the KPI on the KPIs screen: retire it if nobody needs it, or enter its values</translation>
    </message>
    <message>
        <source>Opens the KPI on the KPIs screen: a target met every time is no longer a challenge; raise it under Edit… › Targets</source>
        <translation>Opens the KPI on the KPIs screen: a target met every time is no longer a challenge; raise it under Edit… › Targets</translation>
    </message>
    <message>
        <source>Opens the KPI on the KPIs screen, where you can set a target</source>
        <translation>Opens the KPI on the KPIs screen, where you can set a target</translation>
    </message>
    <message>
        <source>&amp;Enter the values</source>
        <translation>&amp;Enter the values</translation>
    </message>
    <message>
        <source>&amp;Start the review</source>
        <translation>&amp;Start the review</translation>
    </message>
    <message>
        <source>&amp;Set a target</source>
        <translation>&amp;Set a target</translation>
    </message>
    <message>
        <source>&amp;Open the KPI</source>
        <translation>&amp;Open the KPI</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Norwegian (Bokmål)</source>
        <translation>Norwegian (Bokmål)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Making the preview…</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <source>KPI charter</source>
        <translation>KPI charter</translation>
    </message>
    <message>
        <source>{0}: page 1 of {1}</source>
        <translation>{0}: page 1 of {1}</translation>
    </message>
    <message>
        <source>The document could not be made.</source>
        <translation>The document could not be made.</translation>
    </message>
    <message>
        <source>The document has {0} pages.</source>
        <translation>The document has {0} pages.</translation>
    </message>
    <message>
        <source>Pages cannot be drawn as images on this computer; install Poppler (pdftoppm) to see them here. Save as PDF works without it.</source>
        <translation>Pages cannot be drawn as images on this computer; install Poppler (pdftoppm) to see them here. Save as PDF works without it.</translation>
    </message>
    <message>
        <source>Other KPIs</source>
        <translation>Other KPIs</translation>
    </message>
    <message>
        <source>{0}: score {1} ({2} KPIs)</source>
        <translation>{0}: score {1} ({2} KPIs)</translation>
    </message>
    <message>
        <source>Printing needs Qt's print support and Poppler (pdftoppm). Save as PDF and print the file instead.</source>
        <translation>Printing needs Qt's print support and Poppler (pdftoppm). Save as PDF and print the file instead.</translation>
    </message>
    <message>
        <source>The scorecard of the chosen period: goals, KPIs, targets, statuses and charts.</source>
        <translation>The scorecard of the chosen period: goals, KPIs, targets, statuses and charts.</translation>
    </message>
    <message>
        <source>A card per KPI in use: what it measures, why, how, its targets and owner.</source>
        <translation>A card per KPI in use: what it measures, why, how, its targets and owner.</translation>
    </message>
    <message>
        <source>Scorecard {0}</source>
        <translation>Scorecard {0}</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Saving {0}…</source>
        <translation>Saving {0}…</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>Saved to {0}</translation>
    </message>
    <message>
        <source>The PDF was not saved.</source>
        <translation>The PDF was not saved.</translation>
    </message>
    <message>
        <source>The PDF could not be saved: {0}
An existing file of that name is unchanged.</source>
        <translation>The PDF could not be saved: {0}
An existing file of that name is unchanged.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Preparing the pages for the printer…</source>
        <translation>Preparing the pages for the printer…</translation>
    </message>
    <message>
        <source>the pages could not be drawn</source>
        <translation>the pages could not be drawn</translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation>the printer could not be started</translation>
    </message>
    <message>
        <source>Sent {0} pages to the printer.</source>
        <translation>Sent {0} pages to the printer.</translation>
    </message>
    <message>
        <source>The document could not be printed: {0}</source>
        <translation>The document could not be printed: {0}</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>&amp;Scorecard</source>
        <translation>&amp;Scorecard</translation>
    </message>
    <message>
        <source>Goals, KPIs, targets and statuses of one period, with charts</source>
        <translation>Goals, KPIs, targets and statuses of one period, with charts</translation>
    </message>
    <message>
        <source>KPI c&amp;harter</source>
        <translation>KPI c&amp;harter</translation>
    </message>
    <message>
        <source>A definition card per KPI, to hand out to the team</source>
        <translation>A definition card per KPI, to hand out to the team</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Period of the scorecard</source>
        <translation>Period of the scorecard</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Language of the document</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the document as PDF</source>
        <translation>Save the document as PDF</translation>
    </message>
    <message>
        <source>Save the document as a PDF file (Ctrl+S)</source>
        <translation>Save the document as a PDF file (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open the saved PDF</source>
        <translation>Open the saved PDF</translation>
    </message>
    <message>
        <source>Open the saved PDF in your PDF viewer</source>
        <translation>Open the saved PDF in your PDF viewer</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>Print the document</translation>
    </message>
    <message>
        <source>Print the document (Ctrl+P)</source>
        <translation>Print the document (Ctrl+P)</translation>
    </message>
    <message>
        <source>Saved file</source>
        <translation>Saved file</translation>
    </message>
    <message>
        <source>Progress of the preview</source>
        <translation>Progress of the preview</translation>
    </message>
    <message>
        <source>Preview of page 1</source>
        <translation>Preview of page 1</translation>
    </message>
    <message>
        <source>Page 1 of the document</source>
        <translation>Page 1 of the document</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>By hand</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Before an upgrade</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Choose a backup to put in place of the open file. The current file is kept beside it as a copy ending in “.before-restore”.</source>
        <translation>Choose a backup to put in place of the open file. The current file is kept beside it as a copy ending in “.before-restore”.</translation>
    </message>
    <message>
        <source>&amp;Backups, newest first:</source>
        <translation>&amp;Backups, newest first:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>There are no backups of this file yet.</source>
        <translation>There are no backups of this file yet.</translation>
    </message>
</context>
<context>
    <name>RetireKpiDialog</name>
    <message>
        <source>{0} leaves the dashboards and lists from this date. Its values, targets and benchmarks are kept, so old reports stay true.</source>
        <translation>{0} leaves the dashboards and lists from this date. Its values, targets and benchmarks are kept, so old reports stay true.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Reason: say why, so the team knows later on.</source>
        <translation>Reason: say why, so the team knows later on.</translation>
    </message>
    <message>
        <source>Retire KPI</source>
        <translation>Retire KPI</translation>
    </message>
    <message>
        <source>Retired &amp;from:</source>
        <translation>Retired &amp;from:</translation>
    </message>
    <message>
        <source>Retired from</source>
        <translation>Retired from</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>e.g. replaced by a better measure</source>
        <translation>e.g. replaced by a better measure</translation>
    </message>
    <message>
        <source>Replaced &amp;by:</source>
        <translation>Replaced &amp;by:</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Replaced by</translation>
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
        <translation>Save the review of {0}</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>Summary and save</source>
        <translation>Summary and save</translation>
    </message>
    <message>
        <source>Review of the goal “{0}”</source>
        <translation>Review of the goal “{0}”</translation>
    </message>
    <message>
        <source>Review of {0}</source>
        <translation>Review of {0}</translation>
    </message>
    <message>
        <source>Review of the whole KPI set</source>
        <translation>Review of the whole KPI set</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>KPI {0} of {1}</source>
        <translation>KPI {0} of {1}</translation>
    </message>
    <message>
        <source>The file is open read-only, so the review cannot be saved.</source>
        <translation>The file is open read-only, so the review cannot be saved.</translation>
    </message>
    <message>
        <source>Save the review</source>
        <translation>Save the review</translation>
    </message>
    <message>
        <source>Cancel the review</source>
        <translation>Cancel the review</translation>
    </message>
    <message>
        <source>Leave the review without saving? The decisions you made are lost.</source>
        <translation>Leave the review without saving? The decisions you made are lost.</translation>
    </message>
    <message>
        <source>Steps of the review</source>
        <translation>Steps of the review</translation>
    </message>
    <message>
        <source>Each KPI of the review with its decision, then the summary</source>
        <translation>Each KPI of the review with its decision, then the summary</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Facts about the KPI</source>
        <translation>Facts about the KPI</translation>
    </message>
    <message>
        <source>Ca&amp;uses and comments</source>
        <translation>Ca&amp;uses and comments</translation>
    </message>
    <message>
        <source>Causes and comments of recent values</source>
        <translation>Causes and comments of recent values</translation>
    </message>
    <message>
        <source>Tar&amp;gets</source>
        <translation>Tar&amp;gets</translation>
    </message>
    <message>
        <source>Targets of the KPI</source>
        <translation>Targets of the KPI</translation>
    </message>
    <message>
        <source>Bench&amp;marks and competitors</source>
        <translation>Bench&amp;marks and competitors</translation>
    </message>
    <message>
        <source>Benchmarks and competitor figures</source>
        <translation>Benchmarks and competitor figures</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Histor&amp;y</translation>
    </message>
    <message>
        <source>Earlier definitions, replacements and review decisions</source>
        <translation>Earlier definitions, replacements and review decisions</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>&amp;Keep as it is</source>
        <translation>&amp;Keep as it is</translation>
    </message>
    <message>
        <source>&amp;Adjust the target</source>
        <translation>&amp;Adjust the target</translation>
    </message>
    <message>
        <source>Change the &amp;definition</source>
        <translation>Change the &amp;definition</translation>
    </message>
    <message>
        <source>Re&amp;place with another KPI</source>
        <translation>Re&amp;place with another KPI</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Re&amp;tire</translation>
    </message>
    <message>
        <source>Effecti&amp;ve from:</source>
        <translation>Effecti&amp;ve from:</translation>
    </message>
    <message>
        <source>Period the decision takes effect in</source>
        <translation>Period the decision takes effect in</translation>
    </message>
    <message>
        <source>Earlier periods keep their targets and KPIs, so old reports stay true</source>
        <translation>Earlier periods keep their targets and KPIs, so old reports stay true</translation>
    </message>
    <message>
        <source>The KPI and its target stay as they are.</source>
        <translation>The KPI and its target stay as they are.</translation>
    </message>
    <message>
        <source>&amp;Realistic:</source>
        <translation>&amp;Realistic:</translation>
    </message>
    <message>
        <source>New realistic target</source>
        <translation>New realistic target</translation>
    </message>
    <message>
        <source>&amp;Stretch:</source>
        <translation>&amp;Stretch:</translation>
    </message>
    <message>
        <source>New stretch target</source>
        <translation>New stretch target</translation>
    </message>
    <message>
        <source>&amp;Warning at:</source>
        <translation>&amp;Warning at:</translation>
    </message>
    <message>
        <source>New warning level</source>
        <translation>New warning level</translation>
    </message>
    <message>
        <source>Range &amp;low:</source>
        <translation>Range &amp;low:</translation>
    </message>
    <message>
        <source>New low end of the range</source>
        <translation>New low end of the range</translation>
    </message>
    <message>
        <source>Range h&amp;igh:</source>
        <translation>Range h&amp;igh:</translation>
    </message>
    <message>
        <source>New high end of the range</source>
        <translation>New high end of the range</translation>
    </message>
    <message>
        <source>New def&amp;inition (the old one is kept in the history):</source>
        <translation>New def&amp;inition (the old one is kept in the history):</translation>
    </message>
    <message>
        <source>New definition</source>
        <translation>New definition</translation>
    </message>
    <message>
        <source>A KPI &amp;in use:</source>
        <translation>A KPI &amp;in use:</translation>
    </message>
    <message>
        <source>KPI in use that takes over</source>
        <translation>KPI in use that takes over</translation>
    </message>
    <message>
        <source>A new KPI from the &amp;library:</source>
        <translation>A new KPI from the &amp;library:</translation>
    </message>
    <message>
        <source>Search the KPI library</source>
        <translation>Search the KPI library</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Search the library</translation>
    </message>
    <message>
        <source>Library KPI that takes over</source>
        <translation>Library KPI that takes over</translation>
    </message>
    <message>
        <source>A new KPI of my o&amp;wn, measured like this one:</source>
        <translation>A new KPI of my o&amp;wn, measured like this one:</translation>
    </message>
    <message>
        <source>&amp;Short code:</source>
        <translation>&amp;Short code:</translation>
    </message>
    <message>
        <source>Code of the new KPI</source>
        <translation>Code of the new KPI</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name of the new KPI</source>
        <translation>Name of the new KPI</translation>
    </message>
    <message>
        <source>Ta&amp;rget:</source>
        <translation>Ta&amp;rget:</translation>
    </message>
    <message>
        <source>Realistic target of the new KPI</source>
        <translation>Realistic target of the new KPI</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>The KPI leaves the dashboards and data entry. Its values, targets and old scorecards are kept.</source>
        <translation>The KPI leaves the dashboards and data entry. Its values, targets and old scorecards are kept.</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Note on the decision</source>
        <translation>Note on the decision</translation>
    </message>
    <message>
        <source>Why? (needed to replace or retire)</source>
        <translation>Why? (needed to replace or retire)</translation>
    </message>
    <message>
        <source>Problem with the decision</source>
        <translation>Problem with the decision</translation>
    </message>
    <message>
        <source>What &amp;saving the review changes:</source>
        <translation>What &amp;saving the review changes:</translation>
    </message>
    <message>
        <source>What saving the review changes</source>
        <translation>What saving the review changes</translation>
    </message>
    <message>
        <source>Ba&amp;lance of the set afterwards:</source>
        <translation>Ba&amp;lance of the set afterwards:</translation>
    </message>
    <message>
        <source>Balance of the set after the decisions</source>
        <translation>Balance of the set after the decisions</translation>
    </message>
    <message>
        <source>Review &amp;notes:</source>
        <translation>Review &amp;notes:</translation>
    </message>
    <message>
        <source>Notes on the whole review</source>
        <translation>Notes on the whole review</translation>
    </message>
    <message>
        <source>What did you see, and what do you expect until the next review?</source>
        <translation>What did you see, and what do you expect until the next review?</translation>
    </message>
    <message>
        <source>Next revie&amp;w:</source>
        <translation>Next revie&amp;w:</translation>
    </message>
    <message>
        <source>Date of the next review</source>
        <translation>Date of the next review</translation>
    </message>
    <message>
        <source>Why the review cannot be saved yet</source>
        <translation>Why the review cannot be saved yet</translation>
    </message>
    <message>
        <source>&amp;Cancel review</source>
        <translation>&amp;Cancel review</translation>
    </message>
    <message>
        <source>Leave without saving any decision</source>
        <translation>Leave without saving any decision</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Previous KPI</source>
        <translation>Previous KPI</translation>
    </message>
    <message>
        <source>Previous KPI (Alt+Left)</source>
        <translation>Previous KPI (Alt+Left)</translation>
    </message>
    <message>
        <source>Ne&amp;xt &gt;</source>
        <translation>Ne&amp;xt &gt;</translation>
    </message>
    <message>
        <source>Next KPI</source>
        <translation>Next KPI</translation>
    </message>
    <message>
        <source>Next KPI, then the summary (Alt+Right)</source>
        <translation>Next KPI, then the summary (Alt+Right)</translation>
    </message>
    <message>
        <source>Sa&amp;ve review</source>
        <translation>Sa&amp;ve review</translation>
    </message>
    <message>
        <source>Make the decisions and save the review (Edit → Undo takes it back)</source>
        <translation>Make the decisions and save the review (Edit → Undo takes it back)</translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <source>kept: {0}</source>
        <translation>kept: {0}</translation>
    </message>
    <message>
        <source>target adjusted: {0}</source>
        <translation>target adjusted: {0}</translation>
    </message>
    <message>
        <source>definition changed: {0}</source>
        <translation>definition changed: {0}</translation>
    </message>
    <message>
        <source>replaced: {0}</source>
        <translation>replaced: {0}</translation>
    </message>
    <message>
        <source>retired: {0}</source>
        <translation>retired: {0}</translation>
    </message>
    <message>
        <source>no decisions</source>
        <translation>no decisions</translation>
    </message>
    <message>
        <source>Goal: {0}</source>
        <translation>Goal: {0}</translation>
    </message>
    <message>
        <source>KPI: {0}</source>
        <translation>KPI: {0}</translation>
    </message>
    <message>
        <source>The whole set</source>
        <translation>The whole set</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Held on</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Next review</translation>
    </message>
</context>
<context>
    <name>ReviewsScreen</name>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>No reviews yet. Start one above: it takes a few minutes per goal.</source>
        <translation>No reviews yet. Start one above: it takes a few minutes per goal.</translation>
    </message>
    <message>
        <source>The whole set (KPIs: {0})</source>
        <translation>The whole set (KPIs: {0})</translation>
    </message>
    <message>
        <source>Goal: {0} (KPIs: {1})</source>
        <translation>Goal: {0} (KPIs: {1})</translation>
    </message>
    <message>
        <source>KPI: {0}</source>
        <translation>KPI: {0}</translation>
    </message>
    <message>
        <source>No review is planned yet.</source>
        <translation>No review is planned yet.</translation>
    </message>
    <message>
        <source>▲ A review is due: it was planned for {0}.</source>
        <translation>▲ A review is due: it was planned for {0}.</translation>
    </message>
    <message>
        <source>Next review planned for {0}.</source>
        <translation>Next review planned for {0}.</translation>
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
        <translation>Next review: {0}</translation>
    </message>
    <message>
        <source>Above the industry average for a year: raise the target a little.</source>
        <translation>Above the industry average for a year: raise the target a little.</translation>
    </message>
    <message>
        <source>Nobody has acted on it for a year.</source>
        <translation>Nobody has acted on it for a year.</translation>
    </message>
    <message>
        <source>Review the KPI set regularly: keep what works, adjust targets that are too easy or out of reach, and replace or retire KPIs nobody acts on. Every decision is kept, and old scorecards stay as they were.</source>
        <translation>Review the KPI set regularly: keep what works, adjust targets that are too easy or out of reach, and replace or retire KPIs nobody acts on. Every decision is kept, and old scorecards stay as they were.</translation>
    </message>
    <message>
        <source>Re&amp;view:</source>
        <translation>Re&amp;view:</translation>
    </message>
    <message>
        <source>What to review</source>
        <translation>What to review</translation>
    </message>
    <message>
        <source>The whole set, the KPIs of one goal, or one KPI</source>
        <translation>The whole set, the KPIs of one goal, or one KPI</translation>
    </message>
    <message>
        <source>&amp;Start review</source>
        <translation>&amp;Start review</translation>
    </message>
    <message>
        <source>Start a review</source>
        <translation>Start a review</translation>
    </message>
    <message>
        <source>Go through the chosen KPIs one by one and decide on each</source>
        <translation>Go through the chosen KPIs one by one and decide on each</translation>
    </message>
    <message>
        <source>&amp;Past reviews:</source>
        <translation>&amp;Past reviews:</translation>
    </message>
    <message>
        <source>Past reviews</source>
        <translation>Past reviews</translation>
    </message>
    <message>
        <source>Notes and decisions of the selected review</source>
        <translation>Notes and decisions of the selected review</translation>
    </message>
</context>
<context>
    <name>ScoreDelegate</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>(no score)</source>
        <translation>(no score)</translation>
    </message>
</context>
<context>
    <name>SetValuesCommand</name>
    <message>
        <source>“{0}” cannot be redone: {1}</source>
        <translation>“{0}” cannot be redone: {1}</translation>
    </message>
    <message>
        <source>“{0}” cannot be undone: {1}</source>
        <translation>“{0}” cannot be undone: {1}</translation>
    </message>
    <message>
        <source>The step was taken off the undo list; the file is unchanged.</source>
        <translation>The step was taken off the undo list; the file is unchanged.</translation>
    </message>
    <message>
        <source>Nothing was saved: {0}</source>
        <translation>Nothing was saved: {0}</translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message>
        <source>The team database refused this change: your role ({0}) does not allow it. Nothing was saved. Ask the business's owner if you need to change it.</source>
        <translation>The team database refused this change: your role ({0}) does not allow it. Nothing was saved. Ask the business's owner if you need to change it.</translation>
    </message>
    <message>
        <source>Someone else saved a target for the same KPI and date first. Nothing was saved.</source>
        <translation>Someone else saved a target for the same KPI and date first. Nothing was saved.</translation>
    </message>
    <message>
        <source>Someone else saved this value first. Nothing was saved; the value stored now is shown.</source>
        <translation>Someone else saved this value first. Nothing was saved; the value stored now is shown.</translation>
    </message>
</context>
<context>
    <name>SuggestionsPage</name>
    <message>
        <source>Choose KPIs for each goal</source>
        <translation>Choose KPIs for each goal</translation>
    </message>
    <message>
        <source>Tick the KPIs that tell you whether a goal is within reach. Two or three per goal is plenty: one early warning and one result.</source>
        <translation>Tick the KPIs that tell you whether a goal is within reach. Two or three per goal is plenty: one early warning and one result.</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Why it fits</source>
        <translation>Why it fits</translation>
    </message>
    <message>
        <source>e.g. reviews, margin, newsletter</source>
        <translation>e.g. reviews, margin, newsletter</translation>
    </message>
    <message>
        <source>Add &amp;to goal</source>
        <translation>Add &amp;to goal</translation>
    </message>
    <message>
        <source>Define your &amp;own KPI…</source>
        <translation>Define your &amp;own KPI…</translation>
    </message>
    <message>
        <source>&amp;Suggested KPIs:</source>
        <translation>&amp;Suggested KPIs:</translation>
    </message>
    <message>
        <source>Suggested KPIs</source>
        <translation>Suggested KPIs</translation>
    </message>
    <message>
        <source>Search the &amp;library:</source>
        <translation>Search the &amp;library:</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Search the library</translation>
    </message>
    <message>
        <source>Library KPIs found</source>
        <translation>Library KPIs found</translation>
    </message>
    <message>
        <source>&amp;For goal:</source>
        <translation>&amp;For goal:</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Already in use</source>
        <translation>Already in use</translation>
    </message>
    <message>
        <source>Chosen from the library</source>
        <translation>Chosen from the library</translation>
    </message>
    <message>
        <source>Your own KPI</source>
        <translation>Your own KPI</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Check the plan. “Create” stores it all at once; Cancel stores nothing.</source>
        <translation>Check the plan. “Create” stores it all at once; Cancel stores nothing.</translation>
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
        <translation>new</translation>
    </message>
    <message>
        <source>target {0}, stretch {1}</source>
        <translation>target {0}, stretch {1}</translation>
    </message>
    <message>
        <source>Also added, because formulas above are calculated from them: {0}.</source>
        <translation>Also added, because formulas above are calculated from them: {0}.</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>New: {0}</source>
        <translation>New: {0}</translation>
    </message>
    <message>
        <source>Solved: {0}</source>
        <translation>Solved: {0}</translation>
    </message>
    <message>
        <source>As before: {0}</source>
        <translation>As before: {0}</translation>
    </message>
    <message>
        <source>{0} is computed from {1}: it gets no new values once {1} is retired.</source>
        <translation>{0} is computed from {1}: it gets no new values once {1} is retired.</translation>
    </message>
    <message>
        <source>The set is balanced, before and after the decisions.</source>
        <translation>The set is balanced, before and after the decisions.</translation>
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
        <translation>New target for {0} from {1}: {2} (was {3})</translation>
    </message>
    <message>
        <source>Definition: “{0}” → “{1}”</source>
        <translation>Definition: “{0}” → “{1}”</translation>
    </message>
    <message>
        <source>New KPI {0} ({1}), in use from {2}</source>
        <translation>New KPI {0} ({1}), in use from {2}</translation>
    </message>
    <message>
        <source>{0} serves the goal “{1}”</source>
        <translation>{0} serves the goal “{1}”</translation>
    </message>
    <message>
        <source>Retired from {0}, replaced by {1}</source>
        <translation>Retired from {0}, replaced by {1}</translation>
    </message>
    <message>
        <source>Retired from {0}; its values and old scorecards are kept</source>
        <translation>Retired from {0}; its values and old scorecards are kept</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>no target</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} to {1}</translation>
    </message>
    <message>
        <source>Effective from: choose the period the decision takes effect in.</source>
        <translation>Effective from: choose the period the decision takes effect in.</translation>
    </message>
    <message>
        <source>Effective from: that period is closed; choose a later one or reopen it first.</source>
        <translation>Effective from: that period is closed; choose a later one or reopen it first.</translation>
    </message>
    <message>
        <source>Target: type the new target.</source>
        <translation>Target: type the new target.</translation>
    </message>
    <message>
        <source>Definition: write the new definition (it differs from the old one).</source>
        <translation>Definition: write the new definition (it differs from the old one).</translation>
    </message>
    <message>
        <source>Replace with: choose or name the KPI that takes over.</source>
        <translation>Replace with: choose or name the KPI that takes over.</translation>
    </message>
    <message>
        <source>Replace with: choose another KPI that stays in use.</source>
        <translation>Replace with: choose another KPI that stays in use.</translation>
    </message>
    <message>
        <source>Short code: another KPI has that code already.</source>
        <translation>Short code: another KPI has that code already.</translation>
    </message>
    <message>
        <source>Short code: start with a letter and use only A–Z, 0–9 and _.</source>
        <translation>Short code: start with a letter and use only A–Z, 0–9 and _.</translation>
    </message>
    <message>
        <source>Note: say why, so the team knows later on.</source>
        <translation>Note: say why, so the team knows later on.</translation>
    </message>
    <message>
        <source>Next review: choose a day after today.</source>
        <translation>Next review: choose a day after today.</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <source>Realistic</source>
        <translation>Realistic</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Stretch</translation>
    </message>
    <message>
        <source>Warning at</source>
        <translation>Warning at</translation>
    </message>
    <message>
        <source>Range low</source>
        <translation>Range low</translation>
    </message>
    <message>
        <source>Range high</source>
        <translation>Range high</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>New — saved when you press OK</source>
        <translation>New — saved when you press OK</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Set by</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Where are you now, what is realistic, and what would be a great result? You can leave a target empty and set it later.</source>
        <translation>Where are you now, what is realistic, and what would be a great result? You can leave a target empty and set it later.</translation>
    </message>
    <message>
        <source>&amp;Use the proposal</source>
        <translation>&amp;Use the proposal</translation>
    </message>
    <message>
        <source>&amp;Measured:</source>
        <translation>&amp;Measured:</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>&amp;Baseline (now):</source>
        <translation>&amp;Baseline (now):</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>&amp;Realistic target:</source>
        <translation>&amp;Realistic target:</translation>
    </message>
    <message>
        <source>Realistic target</source>
        <translation>Realistic target</translation>
    </message>
    <message>
        <source>S&amp;tretch target:</source>
        <translation>S&amp;tretch target:</translation>
    </message>
    <message>
        <source>Stretch target</source>
        <translation>Stretch target</translation>
    </message>
    <message>
        <source>A KPI with history keeps its frequency; change it in the KPI editor.</source>
        <translation>A KPI with history keeps its frequency; change it in the KPI editor.</translation>
    </message>
    <message>
        <source>Unit: {0}. {1}.</source>
        <translation>Unit: {0}. {1}.</translation>
    </message>
    <message>
        <source>From the trend of your values: realistic {0}, stretch {1}.</source>
        <translation>From the trend of your values: realistic {0}, stretch {1}.</translation>
    </message>
    <message>
        <source>The stretch target is less ambitious than the realistic one: swap them?</source>
        <translation>The stretch target is less ambitious than the realistic one: swap them?</translation>
    </message>
    <message>
        <source>The realistic target is more than 50 % away from where you are now: is that really realistic?</source>
        <translation>The realistic target is more than 50 % away from where you are now: is that really realistic?</translation>
    </message>
    <message>
        <source>The stretch target needs a jump of more than 50 % from where you are now.</source>
        <translation>The stretch target needs a jump of more than 50 % from where you are now.</translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message>
        <source>Connected to {0} as {1}.</source>
        <translation>Connected to {0} as {1}.</translation>
    </message>
    <message>
        <source>The password could not be saved in the keyring; you will be asked for it next time.</source>
        <translation>The password could not be saved in the keyring; you will be asked for it next time.</translation>
    </message>
</context>
<context>
    <name>TeamLabels</name>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <source>You can change everything.</source>
        <translation>You can change everything.</translation>
    </message>
    <message>
        <source>You can enter and import values for the KPIs you are responsible for.</source>
        <translation>You can enter and import values for the KPIs you are responsible for.</translation>
    </message>
    <message>
        <source>You can look at everything, but not change it.</source>
        <translation>You can look at everything, but not change it.</translation>
    </message>
    <message>
        <source>disable — never encrypt</source>
        <translation>disable — never encrypt</translation>
    </message>
    <message>
        <source>allow — encrypt only if the server insists</source>
        <translation>allow — encrypt only if the server insists</translation>
    </message>
    <message>
        <source>prefer — encrypt when the server can (default)</source>
        <translation>prefer — encrypt when the server can (default)</translation>
    </message>
    <message>
        <source>require — always encrypt</source>
        <translation>require — always encrypt</translation>
    </message>
    <message>
        <source>verify-ca — encrypt and check the certificate</source>
        <translation>verify-ca — encrypt and check the certificate</translation>
    </message>
    <message>
        <source>verify-full — encrypt, check the certificate and the server name</source>
        <translation>verify-full — encrypt, check the certificate and the server name</translation>
    </message>
    <message>
        <source>Passwords and numbers may cross the network readable by others.</source>
        <translation>Passwords and numbers may cross the network readable by others.</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it, but nothing checks that the server is the right one.</source>
        <translation>Encrypted when the server offers it, but nothing checks that the server is the right one.</translation>
    </message>
    <message>
        <source>Always encrypted; nothing checks that the server is the right one.</source>
        <translation>Always encrypted; nothing checks that the server is the right one.</translation>
    </message>
    <message>
        <source>Always encrypted, and the server's certificate must be signed by an authority this computer trusts.</source>
        <translation>Always encrypted, and the server's certificate must be signed by an authority this computer trusts.</translation>
    </message>
    <message>
        <source>The safest: encrypted, a trusted certificate, and it must be made out to this server's name.</source>
        <translation>The safest: encrypted, a trusted certificate, and it must be made out to this server's name.</translation>
    </message>
    <message>
        <source>Team database {0} · {1}</source>
        <translation>Team database {0} · {1}</translation>
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
<context>
    <name>WizardProfilePage</name>
    <message>
        <source>Your business</source>
        <translation>Your business</translation>
    </message>
    <message>
        <source>A few facts about the business decide which KPIs fit and how periods are counted.</source>
        <translation>A few facts about the business decide which KPIs fit and how periods are counted.</translation>
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
        <source>&amp;Size:</source>
        <translation>&amp;Size:</translation>
    </message>
    <message>
        <source>Size of the business</source>
        <translation>Size of the business</translation>
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
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
</TS>