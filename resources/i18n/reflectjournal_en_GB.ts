<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name></name>
    <message>
        <source>Keeping the child in mind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions and the reasons for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a prompt to see its questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Useful: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show prompts from this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suited to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suited to this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prompt matches your search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prompts to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry from prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a prompt. The new entry starts with its questions, each with room for your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show pro&amp;mpts beside the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the prompts beside the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry from &amp;prompt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import prompt pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage prompt packs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt pack e&amp;ditor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a prompt pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt packs (*.rjpack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your journal to import the prompt pack “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt pack could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal was locked, so the pack was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt pack is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “%1”, version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This prompt pack cannot be imported. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(prompt “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt pack problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has 1 problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n problems:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Problems, each with its field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import prompt pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import this prompt pack?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n prompts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: none given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fingerprint %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with a different key: not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not imported unless you insist below; it is then marked unsigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature does not match: this pack was changed after it was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsigned, where a signature was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 It is not imported unless you insist below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You checked this publisher&apos;s fingerprint before: this pack is signed with the same key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first pack signed with this key. Before you import it, check that the fingerprint is the one %1 published (ask them, or look where they share their packs). Importing pins the key: later packs naming %1 must be signed with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing shows who made this pack. Import it only if you trust where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This prompt pack cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frameworks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frameworks it carries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts, with their questions and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prompts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the newer version %1 with this older version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I know where this pack came from: import it anyway, marked unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later updates signed by %1: install them from the team folder without asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Careful: you already have a pack with a title like this one. Check the authors and id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: this pack is not in your journal yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update: from version %1 to version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is already in your journal: nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older: your journal has version %1; this file holds the older version %2. It is not imported unless you confirm below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “%1”, version %2. Its prompts are ready in the prompt panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing for supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct work with a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing and resilience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning from case reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — by %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs that come with reflectjournal are always there. Packs you import are kept inside your encrypted journal: turn them off to hide their prompts, or remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn &amp;off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names the check always finds before anything leaves the journal, and the stand-in used instead (“Tayo” → “Child A”), and the case numbers it finds. Kept in the encrypted journal; never exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other spellings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stand-in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge &amp;into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a name of 1 to 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to People.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a name and a stand-in of 1 to 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from People?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check will no longer always find this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1” to &amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to People as “%1”. Change the stand-in in People.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1 (fingerprint %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget its &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the signing key pinned for the chosen pack&apos;s publisher (when they changed their key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the chosen pack off or on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chosen pack to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No (turned off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes with reflectjournal; it cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack could not be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this prompt pack?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” will be removed from your journal. Entries that used its prompts keep their text. You can import the pack again from its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this publisher&apos;s key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the key “%1” was signed with? Do this only when its publisher has told you they changed their key. The next pack naming them asks you to check the new fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the prompt pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack could not be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what will be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model it follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, for example Gibbs: Feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id (under Advanced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version (under Advanced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date updated (under Advanced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language (under Advanced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When is it useful?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework items it e&amp;vidences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link this entry to the items of a professional framework it evidences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence &amp;map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each framework item with the entries and records that evidence it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework items it evidences: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write and save an entry first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write something in the record first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an agenda item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry evidences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This CPD record evidences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This agenda item evidences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-care note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (https)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill this in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write at least one question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sources yet: practitioners cannot see what the prompt draws on. Add the works it is based on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;blems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter on one to go to its field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 thing to fix before the pack can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n things to fix before the pack can be saved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to fix: the pack can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 thing worth checking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n things worth checking.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add &amp;source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id of the prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Before a first home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When is it useful?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One question per line, in the order they are asked. For example:
What did the child say, do or show?
What will I do next, and by when?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a few lines to help the practitioner answer, in Markdown. The preview is on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The works the prompt draws on, one a row: practitioners see them under the prompt and can read further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the prompt&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guidance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the framework items it serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework items it serves:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This prompt serves:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt pack editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New pack</source>
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
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1 About the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2 Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove prompt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;See it as a practitioner will</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone may share and adapt the pack if they name you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone may share and adapt the pack if they name you and share their changes the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone may share and adapt the pack if they name you, but not to make money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone may share and adapt the pack if they name you, not to make money, and share their changes the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rights kept: anyone may use the pack for anything, without naming you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you may change or pass on the pack; the people you give it to may use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: First home visits for newly qualified workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by, one name per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as practitioners will see it (one name per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Greenwich Children&apos;s Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the pack is for and who it is for. **Bold** and lists work as in Markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the pack&apos;s id, version, language and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id of the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from the organisation and the title. Once the pack is shared, keep it: an update is recognised by its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes up by itself when you save changes: from 1.0.0 to 1.1.0 after new prompts, 2.0.0 after removing one, 1.0.1 after other changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toda&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the date updated to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Written by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date &amp;updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A licence of your own: say what it allows in the description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ve&amp;rsion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New prompt (no title yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts in this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen prompt up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen prompt down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pack has no prompts yet. Add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ee it as a practitioner will</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the prompt as the prompt panel beside a practitioner&apos;s entry shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is how the prompt panel beside a practitioner&apos;s entry shows this prompt. Press the button again to go back to editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt as a practitioner sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pack, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this prompt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” will be removed from the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click on one to go to its field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes to this pack?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack has changes that are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a prompt pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt packs (*.rjpack);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be opened as a prompt pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the prompt pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as “%1”, version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes removed its signature: sign it again (File → Sign…) before sharing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack has problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems listed at the bottom of the window, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert into entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert the prompt&apos;s questions into the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the questions where the cursor is in your reflection, each with room for your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drop action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the chosen action: it will no longer carry forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer needed: it will stop carrying forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action could not be updated. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions carried forward from earlier sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing carried forward: every earlier action is done or dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick an action when it is done. It carries forward until it is done or dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions agreed in supervision that are not done yet, soonest due first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the session where the chosen action was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 open action</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open actions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No open actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions agreed at this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 edits a cell; Space ticks “Done”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ac&amp;tion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action agreed at this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the agreed actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the actions table on the clipboard as plain text, for your supervisor&apos;s own record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda, by the four functions of supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 edits the chosen item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function of the new item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add i&amp;tem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen agenda item up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen agenda item down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the chosen reflection&apos;s te&amp;xt in the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By default the supervision record shows only the title and date of each reflection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections the chosen item draws on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections for the chosen item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to place %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(its text goes in the record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an agenda item to tick the reflections it draws on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link reflections to the session first (on the “Reflections” tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the reflections that “%1” draws on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision notes that match:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prepare for supervision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervision sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open actions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions that &amp;discussed this entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not discussed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is not linked to any supervision session yet. Link it from “Prepare for supervision…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussed in supervision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this supervision session (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the supervision session of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show every supervision session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed pages are not protected: anyone who picks them up can read them. If you print to a file, that file is not encrypted. Shred the pages when you no longer need them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exported file is not encrypted. Anyone who can open the file can read it. Keep it somewhere safe and delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what will be exported as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what will be exported as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what will be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include what the linked reflections &amp;say (not only their titles and dates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the notes of what was &amp;discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xactly this text will leave the journal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text that will be exported, with possible identifying details marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What leaves the journal is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exported file is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text on the clipboard can be read by other programs until it is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what will be copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the &amp;names of supervisee and supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;wellbeing (how the work is affecting you, and the check-ins of the linked reflections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include a c&amp;hart of my check-ins since the last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name on the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left blank: a line to write it on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your supervisor&apos;s name on the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;pervisor&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text that will be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the CPD records as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the CPD records as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions copied; the clipboard is cleared after a short time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the supervision PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the supervision Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the exported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder the file was saved in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1. This file is not encrypted: delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the supervision record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After 1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review old entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask me to &amp;review reflections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries older than the review age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export then delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete permanently…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups made before a deletion still hold the deleted entries until they rotate out. To remove them everywhere, make a fresh backup and remove the older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a fresh backup and remove &amp;older ones…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections are kept until you delete them. Choose an age to review them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reflection is older than the review age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reflections are older than the review age. Select some, then choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted permanently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete permanently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reflections will be removed from the journal and their text overwritten. This cannot be undone. Backups made before now still hold them until they rotate out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an empty folder for the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported (not encrypted). Now remove these %1 reflections from the journal for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove older backups?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new backup is made and checked, then every older backup of this journal is removed. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fresh backup was made; %1 older backups were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional educator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formal supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflective session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-way meeting with manager and educator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback after an observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload, tasks, timescales, plans and accountability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills, knowledge, learning from practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the work is affecting you, and what helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team, other agencies, resources, escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts for preparing supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions of the chosen prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert into q&amp;uestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert the prompt&apos;s questions into “Questions to bring”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts for preparing supervision will be offered here once prompt packs are installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only since the last supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick to look further back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show reflections of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show reflections with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections to choose from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the reflections to bring to this session. Space ticks; Enter opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections linked to this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen reflection in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink the chosen reflection from this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection log for my assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reflections you choose, grouped by the review periods of your first year and by the framework items they evidence, with your own summary of each period. You see exactly what leaves before saving a file; nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by the &amp;review periods of my first year, which began on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First year began on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My summary of this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as M&amp;arkdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fra&amp;mework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;summary for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: by review period only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reflections to include (%1 of %2 ticked):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary kept in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the reflection log as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the reflection log as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (not encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no earlier held session, so every reflection is offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections since your last supervision on %1, less those already discussed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reflections match. Try other words, or untick “Only since the last supervision”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in the trash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reflections linked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 reflection linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reflections linked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Questions to bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you want to ask or think through together?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decisions needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs a decision, and by when?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went &amp;well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are you pleased with? What made the difference?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learning needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would help you learn or develop now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the work is a&amp;ffecting me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are you, really? What is staying with you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the session is with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose “Held” once the session has taken place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the session is held (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not agreed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw on wellbeing chec&amp;k-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the wellbeing check-ins of the linked reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the wellbeing check-ins of the linked reflections to “How the work is affecting me”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was discussed, and what you took from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ith:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions carried forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was &amp;discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1 Reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2 Agenda and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3 Notes to bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;4 After the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes from the session. Actions not done carry forward into your next preparation by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill this in after the session, and set the status to “Held”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From my wellbeing check-ins (1 struggling, 5 well):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the linked reflections has a wellbeing check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework items and their evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence for the selected item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This registration year (%1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items have evidence in this period; %3 have none yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence for this item in this period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prepare for supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare for a new supervision session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a&amp;ctions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every open action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;elete session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a session on the left, or prepare for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this session as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this session as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a supervision &amp;session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a record from a supervision session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;elete record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a record on the left, or start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport the year as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the year as &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year, %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With peer reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is from %1, a registration year that has ended: it is kept as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New record: it is saved once you type in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supervision sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no supervision sessions in the journal yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this CPD record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record will be removed from the journal. The entries and sessions it draws on stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record could not be deleted. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the record first: see the message at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so a new preparation could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New preparation started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrying on with the preparation for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this supervision session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session, its notes and the actions agreed at it will be removed from the journal. The reflections it links to stay. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not be deleted. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the session first: see the message at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last changes are not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last changes to this session could not be saved. Close anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On your People list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National Insurance numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stand-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for details that may identify someone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the identifying-information check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes out as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details that may identify someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details that may identify someone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;stand-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use i&amp;nitials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always i&amp;gnore this word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace all su&amp;ggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check is an aid, not a guarantee: read the text before it leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was stopped: nothing is highlighted. Read the text yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check found nothing that looks identifying. It is an aid, not a guarantee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 details that may identify someone are highlighted (%2 different).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes out as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every suggested replacement is made in the outgoing copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MainWindow</source>
        <comment>This will open the following address in your web browser:

%1

Open it?</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MainWindow</source>
        <comment>Open this link?</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 out of 5, rolling average %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 Well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Struggling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries per week by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week beginning %1: %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days reflected on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking &amp;back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your check-ins and your work over the last weeks or months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note about low check-ins is off. You can turn it on again in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A month ago: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year ago: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide “On this day” until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open CPD records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the CPD note until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this record draws on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tick the entries and supervision sessions this record draws on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision, %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep these links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average %1 over %2 (%3 check-ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; none in the same length of time before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, down from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, up from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, the same as the time before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and 1 other kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %1 other kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries over %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busiest week: beginning %1 (%2 entries).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You reflected on %1 of %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the support part of your next supervision agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here is shared unless you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to my supervision agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Turn this off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I have been</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work, week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days I reflected on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you can see this. It stays inside the encrypted journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period must end on or after its first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 action overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actions overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next supervision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me with a desktop &amp;notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Says only “Supervision tomorrow” or how many actions are overdue, never what they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervision (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reflectjournal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a CPD record from a supervision session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervision sessions, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record counts as peer reflection. The session&apos;s notes are shown beside the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD &amp;records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your CPD records for this registration year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CPD record from a supervision session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a &amp;CPD record from this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a CPD record that draws on this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection &amp;log for my assessor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reflections grouped by review period and framework item, to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write and save an entry first, then make a record from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to copy: the field is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied; the clipboard is cleared after a short time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD for registration: %1. %2 The renewal window closes on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this field on the clipboard, to paste into the regulator&apos;s form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over se&amp;veral days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type of CPD:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change wh&amp;at it draws on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the entries and supervision sessions it draws on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draws on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role, not a name: “my supervisor”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you discussed it wit&amp;h, by role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you discussed it with, by role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy: Who you discussed it with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional standards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking a record to professional standards comes with frameworks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 supervision session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 supervision sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course, training or conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online learning, webinar or podcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision or reflective discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning with peers: shadowing, mentoring, group discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning from practice, feedback or a case review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teaching, presenting or supporting others&apos; learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What the activity was and why it matters to your practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say briefly what you did (a course, some reading, a discussion) and why you chose it: the part of your work or the question it connects to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you &amp;learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or two things you now know or do differently. Concrete is better than complete: a new question you ask, a risk you now notice, a piece of law you now use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The difference it ma&amp;kes to your practice and to the people you work with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How your work has changed or will change, and what that means for the children, adults and families you work with. An example from practice, described without names, helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you learned from discussing it with a &amp;peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you talked it through with changes what you take from it: what did the conversation add, challenge or confirm? A supervision session counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my line manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my practice educator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a colleague in my team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a colleague from another agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a peer group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with peer reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have what the regulator asks for this year. You can add more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of your records needs peer reflection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need 2 records this year, one of them with peer reflection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need one more record, with peer reflection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need one more record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewal window is open until %1: %2 days left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewal window opens on %1 and closes on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration year %1 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startin&amp;g point (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this record draws on. Nothing here is copied into the record unless you insert it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting point (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert selection into the chosen field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the prompt pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing “%1” lets practitioners check that it comes from your organisation and has not been changed since. Use the key made with “reflectjournal pack keygen”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing keys (*.rjkey);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the signing key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the key&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this key. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack was not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved file is not a valid pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1 (fingerprint %2). Share this file; signing again is needed after any change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team folder is still not answering, so it was not looked at this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team folder did not answer within %1 seconds (a slow or disconnected network drive?). It will be looked at again next time you unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team folder could not be looked at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 more newer pack in the team folder will be offered next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more newer packs in the team folder will be offered next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team folder was slow: only part of it was looked at within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team folder holds too many files or folders: only the first %1 were looked at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 file in the team folder is not a usable prompt pack (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files in the team folder are not usable prompt packs (the first: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed from the team folder, as you chose for their publisher: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the team folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder your employer or educator shares (for example a synced or network folder). When you unlock, newer prompt packs found there are offered to you; nothing is installed without your yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the team folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;using it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look in the team folder for newer prompt packs now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team folder: packs are imported only from files you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking in the team folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked at 1 pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked at %1 packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; none is newer than yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when my check-&amp;ins stay low (only I see it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the l&amp;ast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a&amp;verage at or below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f&amp;rom at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low check-ins: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last %1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your check-ins over %1 have been low (average %2 from %3 check-ins). If you want, you can add “%4” to %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the support part of the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you see this note. Nothing is sent to anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add it to the a&amp;genda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds “How the work is affecting me” to the support part of the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is on the support part of the agenda. When you export, you can include a chart of your check-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this note for this preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1 patterns; this has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a pattern: use # for a digit, @ for a letter, * for either (up to 40 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case num&amp;bers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example CS-######, @@######</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save pa&amp;tterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your case system&apos;s numbers, separated by commas. Finds numbers like %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your case system&apos;s numbers, separated by commas: # a digit, @ a letter, * either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case-number patterns saved: the check finds them from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SWE standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSS adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (no longer in this framework)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework items it evidences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find an item: “child development”, “KSS 3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find an item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the item selected above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested by the prompt you used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested by the prompt you used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add all su&amp;ggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen item selected above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chosen (none yet):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chosen (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the framework items this evidences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to r&amp;eflect: a notification that says only “Time to reflect?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And if a home visit today has no reflection yet, at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit reminder at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to reflect?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A home visit today has no reflection yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frameworks in this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. Include a framework file (JSON, see docs/framework-format.md) to give practitioners a framework that is not built in; your prompts can then name its items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include a framework file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include a framework file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework not included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a framework file the pack can carry. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read (%2). Check the file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pack already has a framework with the id “%1”, or it is built in. Give the file another id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About reflectjournal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reflectjournal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted, private reflective journal for social workers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: GNU General Public Licence, version 3 or later (GPL-3.0-or-later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your data lives:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnyDateEdit</name>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete sets any date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentController</name>
    <message>
        <source>&amp;Attach a picture or PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a picture or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read. Check that it is a file you can open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location (GPS) details were removed from %1 before it was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments now take %1 of this journal. Every backup is as large: keep an eye on the space they take, or move old attachments out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not attached: only PNG, JPEG, WebP and GIF pictures and PDF documents can be. Save it as one of those and attach that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not attached: it is larger than %2. Make it smaller (a lower resolution or fewer pages) and attach it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not attached: the picture has too many pixels to open safely. Save a smaller copy of it and attach that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not attached: the file is damaged or incomplete. Save it again in another program and attach the new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an unencrypted copy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is NOT encrypted: anyone who can open the folder can see it. Save it only to a place you trust, and delete it when you no longer need it. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved. It is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this attachment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” will be removed from the journal. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsButton</name>
    <message>
        <source>Pictures and PDFs kept with this entry, encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>Back &amp;up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where should the backup be saved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot be written over the journal itself. Choose another name or place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the backup, then locking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the export, then locking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is at:
%1

It was opened and checked after it was written. It is encrypted and opens with the journal&apos;s current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a journal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journals (*.rjournal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a file at %1. A backup is only restored into a new file here; to put it in place of the journal, use “Replace the journal with it…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the journal with this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup taken %1 (%2) will take the place of the journal at:
%3

The current journal is kept first, exactly as it is now, as a backup in:
%4
so nothing is lost. The journal is locked while this happens; afterwards, unlock it with the passphrase of the backup. Replace the journal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup taken %1 is now your journal. The journal as it was is kept in the backup folder. Unlock with the backup&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup taken %1 (%2) is now a journal at:
%3

Open it now? The journal open now will be locked first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the restored journal with the backup&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is now your journal. The journal as it was is kept in the backup folder, so nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarButton</name>
    <message>
        <source>Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a day or month on a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing every date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPicker</name>
    <message>
        <source>Calendar: days in bold have entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in bold have entries. Enter shows the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this &amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this &amp;month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Any date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapsLockNote</name>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePatterns</name>
    <message>
        <source>Case num&amp;bers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case-number patterns saved: the check finds them from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save pa&amp;tterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1 patterns; this has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your case system&apos;s numbers, separated by commas. Finds numbers like %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your case system&apos;s numbers, separated by commas: # a digit, @ a letter, * either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example CS-######, @@######</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a pattern: use # for a digit, @ for a letter, * for either (up to 40 characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal will open only with the new passphrase. Nobody can recover it if it is forgotten: choose a few unrelated words you will remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is too weak: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new passphrase again, the same both times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is not correct. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the passphrase… This takes a few seconds; the journal is not changed until it ends.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipboardGuard</name>
    <message>
        <source>&amp;Copy entry text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in %1 seconds and when the journal locks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateFilter</name>
    <message>
        <source>%1: any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentExportDialog</name>
    <message>
        <source>Check what will be exported as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what will be exported as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xactly this text will leave the journal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exported file is not encrypted. Anyone who can open the file can read it. Keep it somewhere safe and delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text that will be exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyList</name>
    <message>
        <source>No entries yet. Start writing on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filters hide the only entry in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The filters hide all %n entries in the trash.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The filters hide the only entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The filters hide all %n entries.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryBody</name>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened? What did you notice, think and feel? (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reflection as it will look. Read only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the rendered text beside the editor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping the child in mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their words, as far as you can tell…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is life like for this child? What would they say about today, if they could?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryEditorPane</name>
    <message>
        <source>This entry is in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, except the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is in the trash. Restore it to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is dated %1, in the future. Keep that date?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryListPane</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry on the right is not in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry on the right is not in this list: the filters leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every entry again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>%1 %2 (no longer in this framework)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSS adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SWE standard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>%1 details that may identify someone are highlighted (%2 different).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details that may identify someone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always i&amp;gnore this word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for details that may identify someone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details that may identify someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every suggested replacement is made in the outgoing copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes out as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes out as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National Insurance numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On your People list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the identifying-information check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace all su&amp;ggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check found nothing that looks identifying. It is an aid, not a guarantee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check is an aid, not a guarantee: read the text before it leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was stopped: nothing is highlighted. Read the text yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;stand-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use i&amp;nitials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stand-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportExportController</name>
    <message>
        <source>Import en&amp;tries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring entries in from jrnl, Day One or a folder of Markdown files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export p&amp;rintable (HTML or PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the entries of a date range as one HTML or PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 was already in this journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n were already in this journal.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 item could not be imported (listed in the preview).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n items could not be imported (listed in the preview).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export without encryption?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file is NOT encrypted: anyone who can open it can read every entry in it. Save it only to a place you trust, and delete it when you no longer need it. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what will be exported as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the printable export as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items that cannot come across, and what changes on the way, with counts and examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep location, weather and music (an “Imported details” line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day One&apos;s location, weather and music, kept as a short line at the end of each entry, or left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import 1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import the entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries will be imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 entry is already in this journal and will be skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries are already in this journal and will be skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 item cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n items cannot be imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 entry will come in without something it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries will come in without something they hold.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 entry will be changed on the way (listed below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries will be changed on the way (listed below).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 picture or PDF will be attached, encrypted inside the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pictures and PDFs will be attached, encrypted inside the journal.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Kinds of entry to be added: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Choose Import to bring these entries in, or Cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing new to import. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 times in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be imported, but without:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be changed on the way:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything found can come across as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSourceDialog</name>
    <message>
        <source>Import entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring entries in from another journal. You will see what will come in, and anything that cannot, before anything is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;jrnl: the JSON file made by “jrnl --export json”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jrnl JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day One: the JSON export, as its .zip file or unpacked into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day One JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Markdown: a folder of .md files, as Obsidian and other note apps keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of Markdown files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are you importing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File or folder to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day One exports (*.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the export file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export as Markdown files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eople…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names the identifying-information check always finds, and their stand-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;old entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
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
        <source>Show &amp;preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete forever…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About reflectjournal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ntry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry from a prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to the trash. Tick “Trash” to see it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this entry forever?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry will be removed from the journal. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export without encryption?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export is NOT encrypted: anyone who can open the folder can read every entry. Export only to a place you trust, and delete the files when you no longer need them. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an empty folder for the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what will be exported as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The files are not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team folder (kept in this journal, changed at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop using it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Locked after a time without activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked when the window was minimised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked when the screen locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked when the computer went to sleep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last changes could not be saved; the message above the editor said why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last changes could not be saved (the message above the editor says why). Quit anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last changes are not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only https links can be opened, and only after you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchNote</name>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageNote</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutgoingPreviewDialog</name>
    <message>
        <source>&amp;Continue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what will be copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xactly this text will leave the journal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text on the clipboard can be read by other programs until it is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exported file is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text that will be exported, with possible identifying details marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What leaves the journal is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passphrase (Alt+F8)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathView</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>&amp;Add as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other spellings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stand-in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1” to &amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to People as “%1”. Change the stand-in in People.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to People.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a name and a stand-in of 1 to 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a name of 1 to 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge &amp;into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names the check always finds before anything leaves the journal, and the stand-in used instead (“Tayo” → “Child A”), and the case numbers it finds. Kept in the encrypted journal; never exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from People?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check will no longer always find this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintableExportDialog</name>
    <message>
        <source>Export printable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file of the entries in a date range, oldest first, to print or keep. It is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTML (opens in a web browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The “From” date is after the “To” date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the printable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectReminders</name>
    <message>
        <source>A home visit today has no reflection yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to reflect?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of %1 in %2. Type the passphrase the journal had when the backup was taken, then “Check”: each backup is opened and checked, and its entries counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups were found there. Choose a backup file with “Other file…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into a &amp;new file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace the journal with it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked. Choose a backup, then where it goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup %1, so it cannot be restored. Your journal was not changed. Choose another backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>%1 deleted permanently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reflections are older than the review age. Select some, then choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reflections will be removed from the journal and their text overwritten. This cannot be undone. Backups made before now still hold them until they rotate out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete permanently…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export then delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fresh backup was made; %1 older backups were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new backup is made and checked, then every older backup of this journal is removed. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After 1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask me to &amp;review reflections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups made before a deletion still hold the deleted entries until they rotate out. To remove them everywhere, make a fresh backup and remove the older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an empty folder for the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete permanently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries older than the review age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported (not encrypted). Now remove these %1 reflections from the journal for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a fresh backup and remove &amp;older ones…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reflection is older than the review age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections are kept until you delete them. Choose an age to review them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove older backups?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review old entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samaritans: 116 123 (free, any time, day or night)
Your manager or supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when the window is &amp;minimised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the s&amp;ystem font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;spelling as I type (British English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beside the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep backups in a “backups” folder beside the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offer this list after a check-in of 1 or 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line (an assistance line, your manager, a colleague). Kept in this computer&apos;s settings file, not in the encrypted journal; never sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;daily backups for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then &amp;weekly ones for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show “O&amp;n this day” (entries from a month and a year ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor &amp;font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;clipboard after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;upport I can turn to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The “backups” folder beside the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit reminder at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low check-ins: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the l&amp;ast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And if a home visit today has no reflection yet, at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to r&amp;eflect: a notification that says only “Time to reflect?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a&amp;verage at or below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f&amp;rom at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when my check-&amp;ins stay low (only I see it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpellingController</name>
    <message>
        <source>No spell checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spell checking is not available: no British English dictionary was found on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;gnore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not mark this word again until the journal is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The word could not be added to the dictionary: the journal could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartFlow</name>
    <message>
        <source>Where should the new journal be saved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journals (*.rjournal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journals (*.rjournal);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use four or more unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing typed yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportNote</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the support list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That sounds like a hard one. If it would help, you listed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That sounds like a hard one. Talking to someone can help: your manager, a colleague, or Samaritans on 116 123 (free, any time). You can list your own support in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TitleProblemLabel</name>
    <message>
        <source>The title mixes letters from different alphabets in one word (“%1” has the %2 letter “%3” among %4 letters). Retype it using one alphabet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything else is saved; the title is saved once it is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;another journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a &amp;new journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide &amp;location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to reflectjournal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private place to reflect after a visit. Your journal is one encrypted file on this computer, locked with a passphrase that only you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy where the new journal will be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget this passphrase, nobody can recover your journal: not us, not your IT team. There is no reset. Choose a few unrelated words you will remember, and keep a copy somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning about forgotten passphrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open an existing journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your journal…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WellbeingCheckIn</name>
    <message>
        <source>How are you after this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Struggling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 Well</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wellbeing %n of 5</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the wellbeing check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a few words, how are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you are, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordCountLabel</name>
    <message>
        <source>1 word</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>announce</name>
    <message>
        <source>Drag to resize the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divider: drag to change the widths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divider: drag to change the heights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>%1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file you chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (daily)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a passphrase change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an upgrade of the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal as it was before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journals and backups (*.rjournal);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal now opens with the new passphrase only. A backup taken just before the change is in %1; it still opens with the OLD passphrase. Delete it if anyone else may know the old one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>importing</name>
    <message>
        <source>Day One JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder of Markdown files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jrnl JSON export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>looking_back</name>
    <message>
        <source>Nothing to show for this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>A file already exists there. Choose another name or location for the new journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file could not be read or written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that you chose the right kind of export for this file or folder (jrnl, Day One or Markdown), and that the export is complete. Your journal has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work, and nothing was changed. Try again; if it happens again, please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this backup. Nothing was restored and your journal was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not unlock this journal. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored. Your journal was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written (%1). Your journal itself is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written. Your journal itself is unchanged. Check the backup folder in Settings, then try Journal → Back up now….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed unexpectedly. Your journal itself is unchanged. Try Journal → Back up now…; if it fails again, please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy did not pass its checks, so it was not kept. Your journal itself is unchanged. If this happens again, the journal file or the disk may be failing: back up to another disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so nothing was changed. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the backup could not be written. Your journal itself is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the entries could not be saved. Nothing was imported and your journal has not been changed. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the file was not written. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the journal could not be written. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so your latest changes are not saved yet. They are still here in the editor. Free some space; saving will be tried again as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Nothing was restored and your journal was not changed. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export folder is not empty; choose a new or empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export path is a file, not a folder; choose a new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written there. Choose another folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed (%1). Nothing was imported and your journal has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed. Nothing was imported and your journal has not been changed. Check the file or folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be read through to the end: part of the file may be damaged. Restore your most recent backup with Journal → Restore from backup…, or export what can still be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be written: the file may have become read-only, or another program may hold it. Your latest changes are still here in the editor; saving will be tried again as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is locked. Unlock it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is open in another reflectjournal window or command. Close it there, then try again. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal’s lock file (the file beside it ending in “.lock”) is a link or a special file that reflectjournal did not make, so it was not used. Remove that file, then open the journal again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no journal at this location. It may have been moved or renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is damaged: it failed its checks. Nothing was restored and your journal was not changed. Choose another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a reflectjournal journal. Choose another file with “Open another journal…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a journal file: it is a named pipe, socket or device. Choose your journal file with “Open another journal…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal file has more than one name (a hard link), so entries saved under one name could be lost under the other. Nothing has been changed. Keep one name and remove the other, then try again; if a file ending in “-wal” sits beside one of the names, keep that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal file is damaged and cannot be opened. Nothing has been changed. Restore your most recent backup with “Restore from a backup…” below: backups are kept in the “backups” folder beside the journal (or in the backup folder chosen in Settings). The damaged file is kept as it is, whichever you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal is already open in another reflectjournal window or command. Close it there, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal was written by a newer version of reflectjournal. Update the app to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest changes are not saved yet: %1 They are still here in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest changes could not be saved. They are still here in the editor; saving will be tried again as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reflectjournal is not allowed to read that file or folder. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reflectjournal is not allowed to use that location. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reflectjournal is not allowed to write backups to %1. Choose another backup folder in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reflectjournal is not allowed to write there. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reflectjournal is not allowed to write there. Nothing was restored; choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>search_results</name>
    <message>
        <source>&apos;%2*&apos; starts more than %1 different words, so it was searched as the word &apos;%2&apos;. Type more letters before the *.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 entries match, so the best were chosen from the %1 written most recently. Add words or filters to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefixes need at least %1 letters: &apos;%2*&apos; was searched as the word &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the best %1 matches; there are more. Add words or filters to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
