<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>BatchExport</name>
    <message>
        <source>PDF (.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word and PDF (a .docx and a .pdf of each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the %n selected form(s) as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the exported forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the forms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after this form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files are in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckAnswersPage</name>
    <message>
        <source>Check your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{round}, as the {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} still to do, marked below where they belong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you need to fill in for this review is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your manager has {0} to complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your manager&apos;s parts are filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practitioner has {0} to complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practitioner&apos;s parts are filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added after you signed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (typed, not signed with the Sign button)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since you signed: check the answers, then sign again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective {0}, {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective {0}: {1} not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have signed on the Sign-off page: send the form to your manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not signed yet: Send to manager… sends the form as it is now, without your signature. To sign first, go to the Sign-off page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have signed on the Sign-off page: send a Word or PDF copy back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not signed yet: Export… makes a Word or PDF copy as it is now, without your signature. To sign first, go to the Sign-off page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible spelling mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check spelling: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the answer and select the word</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentsPage</name>
    <message>
        <source>Current round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner&apos;s comments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>the other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected difference in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences: %1 says the same as your copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1&apos;s answers are ticked: accept them to copy them into your draft. Your own answers are shown for reference and are never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of them are the %1&apos;s answers, so there is nothing to accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: this file was started as a different conversation; check it is the right person&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the whole table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours (or not an answer): kept as it is in your copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>A date, or words such as Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a date: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a date from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date we recognise; it is kept as typed. Use a date such as 31/07/2026, or words such as Ongoing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date we recognise; it is kept as typed. Use dd/mm/yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftOpening</name>
    <message>
        <source>Imported {name}; saved as {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” cannot be opened: {reason}

Folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance conversation {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftSession</name>
    <message>
        <source>“{name}” is marked read-only, so it opens read-only: nothing here changes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” opens read-only: its folder cannot be written to ({reason}), so changes could not be saved there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in another {app} window on {host} since {since}. You can read it here; to change it, switch to that window, or open a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in another {app} window on {host} (by {user}) since {since}. You can read it here; changes are made there. To work on it now, open a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was left open by {app} on {host}, which is no longer running (it may have crashed or been closed by force). It is yours to edit now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was marked as open by {app} on {host}, which has not been heard from since {since}. It is yours to edit now; if that computer is still using it, both versions will be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” had a damaged lock file, which was replaced. It is yours to edit now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are working on a copy, {copy}; “{original}” is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a copy could not be saved anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was changed outside this window; {count} answer(s) from that version were taken in and your own are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version now in “{original}” cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You both changed: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved “{original}” while you were working on it (another window, another computer, or a copy saved over it). Nothing is lost: your version is now “{copy}”, open here, and theirs is still “{original}”. {detail} Compare them, keep the answers you want in one, and delete the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare with theirs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open t&amp;heirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both versions kept: yours is “{copy}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was deleted or moved while it was open, so it is not saved again on its own. Your words are still here. Save them with Save As…, or put the file back where it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it &amp;here again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was deleted or moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is no longer open anywhere else. You can edit it here now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is open elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Word or PDF copy of this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sen&amp;d to manager…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put Word, PDF and draft copies in a folder and start an e-mail to your manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word and PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the files to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello,

Please find my Performance Conversation attached:
{names}

(Mail programs cannot attach files automatically: the files are in {folder}.)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files for your manager are in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: {names} not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” could not be written: {reason} (in {folder})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your conversation itself is safe; nothing in it has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some characters cannot be printed in the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was saved, but no font in it can draw these characters; they print as □:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Word copy and your draft keep every character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files already exist and will be replaced:
{names}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <source>Preparing the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>{app} help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery copies (after a crash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &lt;b&gt;New conversation&lt;/b&gt;, or open one from the list on the start page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work through the sections on the left. Each shows Not started, In progress or Completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between sections with &lt;b&gt;Next&lt;/b&gt; and &lt;b&gt;Back&lt;/b&gt; (Ctrl+Page Down, Ctrl+Page Up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Check your answers&lt;/b&gt;, just before Sign-off, shows each answer with a &lt;b&gt;Change&lt;/b&gt; link and marks anything still missing where it belongs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign on the &lt;b&gt;Sign-off&lt;/b&gt; page, then &lt;b&gt;Send to manager…&lt;/b&gt; (File menu, or the end of Check your answers) puts Word, PDF and draft copies in a folder for your e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>What was imported from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every value in the file was placed in its field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} item(s) need a look: the list below says what was not placed, what was read on an assumption and what the file no longer carried. Your new draft has been saved; the file you opened was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LastYearDialog</name>
    <message>
        <source>Last year&apos;s comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From last year&apos;s conversation, for reference. This year&apos;s answers are separate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation was not started from last year&apos;s, so there is nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LongTextField</name>
    <message>
        <source>Write your comments here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write here. Examples from your work make this stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written here yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{count} more conversations have unsaved changes to recover; open them from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance Conversations (*.pdr *.docx *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Performance Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: this window is read-only. To make changes, open a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” could not be saved: {reason} (in {folder}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance Conversations (*.pdr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now working on {path}; {old} is kept as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are now working on the copy, {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New file name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” cannot be used: a file with that name exists or the name has a slash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” could not be renamed: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for conversations, {folder}, cannot be used ({reason}). New conversations are saved in {fallback} until it is available again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are kept in a recovery copy and will be offered the next time you open this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window stays open so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest changes could not be saved to {path}: {reason}.

{kept} Use File › Save As… to save them somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}. Your words are kept in a recovery copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}. The recovery copy could not be written either: keep this window open and use File › Save As… to save somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation is read-only here, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the guidance beside the fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practitioner mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manager mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose parts of this conversation you are filling in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDR Desktop &amp;help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PDR Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About PDR Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;The Portsmouth Children&apos;s Services Performance Conversation, on your computer.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: PDR Desktop never goes online and sends no data.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start next year&apos;s conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year&apos;s conversation is not finished: %1 not completed yet. Start next year&apos;s anyway? This year&apos;s draft stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start next year&apos;s conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next year&apos;s conversation is ready in “%1”.

%2 unfinished objective(s) were carried forward; %3 achieved objective(s) stay with last year. Last year&apos;s closing comments are under Review › Last year&apos;s comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next year&apos;s conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with another version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a different form, so it cannot be compared with this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next spelling &amp;mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the next word that may be misspelt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling is switched off (Edit › Preferences).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spelling dictionary is still loading; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spelling mistakes found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the first spelling mistake.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManagerListDialog</name>
    <message>
        <source>Received conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the forms your team sent you (.pdr, Word or PDF), one by one or a whole folder. “Still to do” counts your answers that are due for the round. Double-click or press Enter to open one; select several to export them together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected forms as PDF or Word files into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add received forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a folder of received forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the forms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDateInput</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>File notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectiveProgress</name>
    <message>
        <source>Objective %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scaled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> / 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective %1 progress, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective %1 progress note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective %1 achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no objective written yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectivesDelegate</name>
    <message>
        <source>dd/mm/yyyy or e.g. Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectivesModel</name>
    <message>
        <source>“{0}” is not a date we recognise; it is kept as typed. Use a date such as 31/07/2026, or words such as Ongoing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective {0}, {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried forward from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}/{1} at {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectivesTable</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab moves between cells, F2 or Enter edits, Insert adds a row, Delete removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert or Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a By when date for the current objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status cannot be typed in: it shows the progress scale and “Achieved” set on the Progress review page. Nothing typed here was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At each review, agree together how far each objective has come, from 0 (not started) to 10 (fully achieved), and note what has happened. Objectives marked achieved are not carried into next year&apos;s conversation; the others are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no objectives yet. Add them on the objectives page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress is scaled at the %1. This conversation is at the %2, so the charts fill in later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling progress for the %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover unsaved changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDR Desktop closed unexpectedly while you were working on {name}. Recover the unsaved changes from {when}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved file {path} is missing; recovering writes it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the unsaved changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes made after the last save of {name} will be thrown away. The saved file is kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Progress review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;received…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comp&amp;lete this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;next year&apos;s conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last &amp;year&apos;s comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See what changed in another copy and take the other person&apos;s answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the forms your team sent you and open one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone&apos;s conversation at a glance, training needs, reports for the board</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Welcome to PDR Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who will use PDR Desktop on this computer? This decides which parts of the form you fill in. You can change it later in Preferences, or for one conversation in the View menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m a &amp;practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I fill in my own self-assessment, objectives and comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m a &amp;manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I assess the practice standards and add the manager&apos;s comments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundChart</name>
    <message>
        <source>Where each review round is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundPanel</name>
    <message>
        <source>PDR &amp;meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDR meeting date for this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a date such as 08/12/2026 or 8 Dec 2026, or press Alt+Down for a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the current review round as done and move on to the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the last completed round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the last completed round again, for example if it was closed by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, usually in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current review round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the meeting date to see when the form is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting was on %1: complete this round when you are both done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due from the practitioner by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to your manager by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> – that date has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date: type it like 08/12/2026 or 8 Dec 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answer(s) due by the %2 are still empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and %1 more (see the details).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can complete the round anyway, for example if a comment will follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen a round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the %1? It becomes the current round again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleChart</name>
    <message>
        <source>Progress chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each part of the form and whether it is finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Evidence you might give:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendReport</name>
    <message>
        <source>your manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail to {who} has been started, and the folder with the files is open. Attach the files to the e-mail yourself: e-mail links cannot attach files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail to {who} has been started. The folder with the files could not be opened on this computer: attach the files from the folder below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail program opened on this computer, so no e-mail has been started. The folder with the files is open: write to {who} and attach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail program or file manager opened on this computer, so nothing has been sent or started. The files are ready in the folder below: write to {who} and attach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to your manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files:
{names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder with the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy path of the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder path copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your manager&apos;s e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy address of your manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your manager&apos;s address can be set in Edit › Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I use PDR Desktop as a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show guidance beside the fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check spelling as I type (British English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My manager&apos;s email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for my conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder for my conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I use PDR Desktop as a:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My manager&apos;s &amp;email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder for my conversations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting}: set by your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check your manager&apos;s e-mail: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureField</name>
    <message>
        <source>{0} name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your name before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is not one we recognise. Use a date like 15/07/2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since signed by {name} on {date}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They need to sign again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since you signed on {date}. Check these answers, then sign again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answers are not the ones that were signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by you after {who} signed: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by {who} after you signed: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpellingMenu</name>
    <message>
        <source>(No spelling suggestions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “{word}” to dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore “{word}” in this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added to your dictionary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpellingService</name>
    <message>
        <source>Spelling is not checked: {reason}. Please tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}. Your own words are not used until it is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardsPage</name>
    <message>
        <source>Practice standard {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cent conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations yet. Choose “New conversation” to start one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your conversations are saved automatically in {folder}, on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be opened: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved {when} · {round} · {percent}% done, {count} to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, answered in manager mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received copy, from “{file}”{mode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes can be recovered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusWords</name>
    <message>
        <source>Not reached yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner&apos;s part to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s part to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since signed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryRow</name>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all of the answer: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show less</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – overdue by %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No progress scores yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest progress scores out of 10: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the practitioner&apos;s copy yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The send-by date has passed and the practitioner&apos;s part has not all arrived.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamTab</name>
    <message>
        <source>Name or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search by name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ro&amp;und:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;earlier copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 earlier copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 earlier copies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, for any spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF one-pager (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the team as a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the team as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a one-page PDF for the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written (%2). Written before it: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written (%2). Nothing was written.

Folder: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team and training needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training &amp;needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the folders again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected form in manager mode (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (.xlsx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (.csv)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-page PDF for the board…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected &amp;forms as PDF or Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave out names (counts only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a board report: no names and no free text, only how many at each stage and per need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the folder where your team&apos;s forms are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the team view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folders yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation sets the team folders; this change lasts until you close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folders could not be remembered (%1); they are used until you close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folders yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the forms… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1 forms read; Refresh reads the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the folder where your team&apos;s forms are: the .pdr, Word or PDF files they send you, and your own working copies. The view remembers it and keeps itself up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no forms (.pdr, .docx, .pdf) in these folders yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not while “Leave out names” is ticked: each form is named and holds the person’s answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each selected form as its own PDF or Word file, named after the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 (in %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingTab</name>
    <message>
        <source>By learning &amp;row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By t&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group the needs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they need next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No learning and development rows are filled in yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 practitioners wrote in their Learning and Development rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 practitioners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WiderPage</name>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowFurniture</name>
    <message>
        <source>Practitioner mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardView</name>
    <message>
        <source>Form page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next section of the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n to do</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next: Check your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: Check your answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YesNoField</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the answer: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the answer (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accessible</name>
    <message>
        <source>This is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}: you can read it but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>locking</name>
    <message>
        <source>Manager&apos;s part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner&apos;s part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your manager&apos;s part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practitioner&apos;s part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only in this window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>when</name>
    <message>
        <source>Today {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
