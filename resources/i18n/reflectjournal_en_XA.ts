<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_XA" sourcelanguage="en_GB">
    <context>
        <name />
        <message>
            <source>Keeping the child in mind:</source>
            <translation>[Ķééþîñĝ ţĥé çĥîļð îñ ɱîñð:]</translation>
        </message>
        <message>
            <source>Supervision on %1</source>
            <translation>[Šûþéŕṽîšîöñ öñ %1]</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>[Ǫûéšţîöñš]</translation>
        </message>
        <message>
            <source>Decisions and the reasons for them</source>
            <translation>[Ðéçîšîöñš åñð ţĥé ŕéåšöñš ƒöŕ ţĥéɱ]</translation>
        </message>
        <message>
            <source>What went well</source>
            <translation>[Ŵĥåţ ŵéñţ ŵéļļ]</translation>
        </message>
        <message>
            <source>Learning needs</source>
            <translation>[Ļéåŕñîñĝ ñééðš]</translation>
        </message>
        <message>
            <source>Agenda item:</source>
            <translation>[Åĝéñðå îţéɱ:]</translation>
        </message>
        <message>
            <source>Guidance</source>
            <translation>[Ĝûîðåñçé]</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>[Šöûŕçéš]</translation>
        </message>
        <message>
            <source>Choose a prompt to see its questions.</source>
            <translation>[Çĥööšé å þŕöɱþţ ţö šéé îţš ǫûéšţîöñš.]</translation>
        </message>
        <message>
            <source>Pack: %1</source>
            <translation>[Þåçķ: %1]</translation>
        </message>
        <message>
            <source>Model: %1</source>
            <translation>[Ṁöðéļ: %1]</translation>
        </message>
        <message>
            <source>Useful: %1</source>
            <translation>[Ûšéƒûļ: %1]</translation>
        </message>
        <message>
            <source>Search prompts</source>
            <translation>[Šéåŕçĥ þŕöɱþţš]</translation>
        </message>
        <message>
            <source>Show prompts from this pack</source>
            <translation>[Šĥöŵ þŕöɱþţš ƒŕöɱ ţĥîš þåçķ]</translation>
        </message>
        <message>
            <source>Prompts</source>
            <translation>[Þŕöɱþţš]</translation>
        </message>
        <message>
            <source>All packs</source>
            <translation>[Åļļ þåçķš]</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>[%1 (%2)]</translation>
        </message>
        <message>
            <source>Suited to “%1”</source>
            <translation>[Šûîţéð ţö “%1”]</translation>
        </message>
        <message>
            <source>Suited to this entry</source>
            <translation>[Šûîţéð ţö ţĥîš éñţŕý]</translation>
        </message>
        <message>
            <source>More prompts</source>
            <translation>[Ṁöŕé þŕöɱþţš]</translation>
        </message>
        <message>
            <source>No prompt matches your search.</source>
            <translation>[Ñö þŕöɱþţ ɱåţçĥéš ýöûŕ šéåŕçĥ.]</translation>
        </message>
        <message>
            <source>No prompts to show.</source>
            <translation>[Ñö þŕöɱþţš ţö šĥöŵ.]</translation>
        </message>
        <message>
            <source>New entry from prompt</source>
            <translation>[Ñéŵ éñţŕý ƒŕöɱ þŕöɱþţ]</translation>
        </message>
        <message>
            <source>Choose a prompt. The new entry starts with its questions, each with room for your answer.</source>
            <translation>[Çĥööšé å þŕöɱþţ. Ţĥé ñéŵ éñţŕý šţåŕţš ŵîţĥ îţš ǫûéšţîöñš, éåçĥ ŵîţĥ ŕööɱ ƒöŕ ýöûŕ åñšŵéŕ.]</translation>
        </message>
        <message>
            <source>&amp;Start entry</source>
            <translation>[&amp;Sţåŕţ éñţŕý]</translation>
        </message>
        <message>
            <source>Show pro&amp;mpts beside the entry</source>
            <translation>[Šĥöŵ þŕö&amp;mþţš ƀéšîðé ţĥé éñţŕý]</translation>
        </message>
        <message>
            <source>Show or hide the prompts beside the entry</source>
            <translation>[Šĥöŵ öŕ ĥîðé ţĥé þŕöɱþţš ƀéšîðé ţĥé éñţŕý]</translation>
        </message>
        <message>
            <source>New entry from &amp;prompt…</source>
            <translation>[Ñéŵ éñţŕý ƒŕöɱ &amp;pŕöɱþţ…]</translation>
        </message>
        <message>
            <source>&amp;Import prompt pack…</source>
            <translation>[&amp;Iɱþöŕţ þŕöɱþţ þåçķ…]</translation>
        </message>
        <message>
            <source>&amp;Manage prompt packs…</source>
            <translation>[&amp;Måñåĝé þŕöɱþţ þåçķš…]</translation>
        </message>
        <message>
            <source>Prompt pack e&amp;ditor…</source>
            <translation>[Þŕöɱþţ þåçķ é&amp;dîţöŕ…]</translation>
        </message>
        <message>
            <source>Import a prompt pack</source>
            <translation>[Îɱþöŕţ å þŕöɱþţ þåçķ]</translation>
        </message>
        <message>
            <source>Prompt packs (*.rjpack)</source>
            <translation>[Þŕöɱþţ þåçķš (*.rjpack)]</translation>
        </message>
        <message>
            <source>Unlock your journal to import the prompt pack “%1”.</source>
            <translation>[Ûñļöçķ ýöûŕ ĵöûŕñåļ ţö îɱþöŕţ ţĥé þŕöɱþţ þåçķ “%1”.]</translation>
        </message>
        <message>
            <source>The prompt pack could not be opened</source>
            <translation>[Ţĥé þŕöɱþţ þåçķ çöûļð ñöţ ƀé öþéñéð]</translation>
        </message>
        <message>
            <source>“%1” could not be read: %2</source>
            <translation>[“%1” çöûļð ñöţ ƀé ŕéåð: %2]</translation>
        </message>
        <message>
            <source>The journal was locked, so the pack was not imported.</source>
            <translation>[Ţĥé ĵöûŕñåļ ŵåš ļöçķéð, šö ţĥé þåçķ ŵåš ñöţ îɱþöŕţéð.]</translation>
        </message>
        <message>
            <source>The prompt pack is not valid.</source>
            <translation>[Ţĥé þŕöɱþţ þåçķ îš ñöţ ṽåļîð.]</translation>
        </message>
        <message>
            <source>Imported “%1”, version %2.</source>
            <translation>[Îɱþöŕţéð “%1”, ṽéŕšîöñ %2.]</translation>
        </message>
        <message>
            <source>This prompt pack cannot be imported. Nothing was changed.</source>
            <translation>[Ţĥîš þŕöɱþţ þåçķ çåññöţ ƀé îɱþöŕţéð. Ñöţĥîñĝ ŵåš çĥåñĝéð.]</translation>
        </message>
        <message>
            <source>the file</source>
            <translation>[ţĥé ƒîļé]</translation>
        </message>
        <message>
            <source>(prompt “%1”)</source>
            <translation>[(þŕöɱþţ “%1”)]</translation>
        </message>
        <message>
            <source>Prompt pack problems</source>
            <translation>[Þŕöɱþţ þåçķ þŕöƀļéɱš]</translation>
        </message>
        <message>
            <source>“%1” has 1 problem:</source>
            <translation>[“%1” ĥåš 1 þŕöƀļéɱ:]</translation>
        </message>
        <message numerus="yes">
            <source>“%1” has %n problems:</source>
            <translation>
                <numerusform>[“%1” ĥåš %n þŕöƀļéɱš:]</numerusform>
                <numerusform>[“%1” ĥåš %n þŕöƀļéɱš:]</numerusform>
            </translation>
        </message>
        <message>
            <source>Problems, each with its field</source>
            <translation>[Þŕöƀļéɱš, éåçĥ ŵîţĥ îţš ƒîéļð]</translation>
        </message>
        <message>
            <source>Import prompt pack</source>
            <translation>[Îɱþöŕţ þŕöɱþţ þåçķ]</translation>
        </message>
        <message>
            <source>Import this prompt pack?</source>
            <translation>[Îɱþöŕţ ţĥîš þŕöɱþţ þåçķ?]</translation>
        </message>
        <message>
            <source>File</source>
            <translation>[Ƒîļé]</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>[Ñöţ ĝîṽéñ]</translation>
        </message>
        <message>
            <source>1 prompt</source>
            <translation>[1 þŕöɱþţ]</translation>
        </message>
        <message numerus="yes">
            <source>%n prompts</source>
            <translation>
                <numerusform>[%n þŕöɱþţš]</numerusform>
                <numerusform>[%n þŕöɱþţš]</numerusform>
            </translation>
        </message>
        <message>
            <source>Description</source>
            <translation>[Ðéšçŕîþţîöñ]</translation>
        </message>
        <message>
            <source>Authors:</source>
            <translation>[Åûţĥöŕš:]</translation>
        </message>
        <message>
            <source>Organisation:</source>
            <translation>[Öŕĝåñîšåţîöñ:]</translation>
        </message>
        <message>
            <source>Id:</source>
            <translation>[Îð:]</translation>
        </message>
        <message>
            <source>Version:</source>
            <translation>[Ṽéŕšîöñ:]</translation>
        </message>
        <message>
            <source>Licence:</source>
            <translation>[Ļîçéñçé:]</translation>
        </message>
        <message>
            <source>Updated:</source>
            <translation>[Ûþðåţéð:]</translation>
        </message>
        <message>
            <source>Prompts:</source>
            <translation>[Þŕöɱþţš:]</translation>
        </message>
        <message>
            <source>Authors</source>
            <translation>[Åûţĥöŕš]</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>[Öŕĝåñîšåţîöñ]</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>[Ṽéŕšîöñ]</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>[Ļîçéñçé]</translation>
        </message>
        <message>
            <source>When: %1</source>
            <translation>[Ŵĥéñ: %1]</translation>
        </message>
        <message>
            <source>Questions:</source>
            <translation>[Ǫûéšţîöñš:]</translation>
        </message>
        <message>
            <source>Sources: none given</source>
            <translation>[Šöûŕçéš: ñöñé ĝîṽéñ]</translation>
        </message>
        <message>
            <source>fingerprint %1: %2</source>
            <translation>[ƒîñĝéŕþŕîñţ %1: %2]</translation>
        </message>
        <message>
            <source>Signed with a different key: not imported</source>
            <translation>[Šîĝñéð ŵîţĥ å ðîƒƒéŕéñţ ķéý: ñöţ îɱþöŕţéð]</translation>
        </message>
        <message>
            <source>It is not imported unless you insist below; it is then marked unsigned.</source>
            <translation>[Îţ îš ñöţ îɱþöŕţéð ûñļéšš ýöû îñšîšţ ƀéļöŵ; îţ îš ţĥéñ ɱåŕķéð ûñšîĝñéð.]</translation>
        </message>
        <message>
            <source>The signature cannot be checked</source>
            <translation>[Ţĥé šîĝñåţûŕé çåññöţ ƀé çĥéçķéð]</translation>
        </message>
        <message>
            <source>Signature does not match: this pack was changed after it was signed</source>
            <translation>[Šîĝñåţûŕé ðöéš ñöţ ɱåţçĥ: ţĥîš þåçķ ŵåš çĥåñĝéð åƒţéŕ îţ ŵåš šîĝñéð]</translation>
        </message>
        <message>
            <source>Unsigned, where a signature was expected</source>
            <translation>[Ûñšîĝñéð, ŵĥéŕé å šîĝñåţûŕé ŵåš éẋþéçţéð]</translation>
        </message>
        <message>
            <source>%1 It is not imported unless you insist below.</source>
            <translation>[%1 Îţ îš ñöţ îɱþöŕţéð ûñļéšš ýöû îñšîšţ ƀéļöŵ.]</translation>
        </message>
        <message>
            <source>Signed by %1 (%2)</source>
            <translation>[Šîĝñéð ƀý %1 (%2)]</translation>
        </message>
        <message>
            <source>You checked this publisher's fingerprint before: this pack is signed with the same key.</source>
            <translation>[Ýöû çĥéçķéð ţĥîš þûƀļîšĥéŕ'š ƒîñĝéŕþŕîñţ ƀéƒöŕé: ţĥîš þåçķ îš šîĝñéð ŵîţĥ ţĥé šåɱé ķéý.]</translation>
        </message>
        <message>
            <source>This is the first pack signed with this key. Before you import it, check that the fingerprint is the one %1 published (ask them, or look where they share their packs). Importing pins the key: later packs naming %1 must be signed with it.</source>
            <translation>[Ţĥîš îš ţĥé ƒîŕšţ þåçķ šîĝñéð ŵîţĥ ţĥîš ķéý. Ɓéƒöŕé ýöû îɱþöŕţ îţ, çĥéçķ ţĥåţ ţĥé ƒîñĝéŕþŕîñţ îš ţĥé öñé %1 þûƀļîšĥéð (åšķ ţĥéɱ, öŕ ļööķ ŵĥéŕé ţĥéý šĥåŕé ţĥéîŕ þåçķš). Îɱþöŕţîñĝ þîñš ţĥé ķéý: ļåţéŕ þåçķš ñåɱîñĝ %1 ɱûšţ ƀé šîĝñéð ŵîţĥ îţ.]</translation>
        </message>
        <message>
            <source>Nothing shows who made this pack. Import it only if you trust where it came from.</source>
            <translation>[Ñöţĥîñĝ šĥöŵš ŵĥö ɱåðé ţĥîš þåçķ. Îɱþöŕţ îţ öñļý îƒ ýöû ţŕûšţ ŵĥéŕé îţ çåɱé ƒŕöɱ.]</translation>
        </message>
        <message>
            <source>This prompt pack cannot be imported</source>
            <translation>[Ţĥîš þŕöɱþţ þåçķ çåññöţ ƀé îɱþöŕţéð]</translation>
        </message>
        <message>
            <source>None</source>
            <translation>[Ñöñé]</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>[Ûþðåţéð]</translation>
        </message>
        <message>
            <source>Number of prompts</source>
            <translation>[Ñûɱƀéŕ öƒ þŕöɱþţš]</translation>
        </message>
        <message>
            <source>Frameworks:</source>
            <translation>[Ƒŕåɱéŵöŕķš:]</translation>
        </message>
        <message>
            <source>Frameworks it carries</source>
            <translation>[Ƒŕåɱéŵöŕķš îţ çåŕŕîéš]</translation>
        </message>
        <message>
            <source>Description:</source>
            <translation>[Ðéšçŕîþţîöñ:]</translation>
        </message>
        <message>
            <source>Prompts, with their questions and sources</source>
            <translation>[Þŕöɱþţš, ŵîţĥ ţĥéîŕ ǫûéšţîöñš åñð šöûŕçéš]</translation>
        </message>
        <message>
            <source>&amp;Prompts (%1)</source>
            <translation>[&amp;Pŕöɱþţš (%1)]</translation>
        </message>
        <message>
            <source>&amp;About the pack</source>
            <translation>[&amp;Aƀöûţ ţĥé þåçķ]</translation>
        </message>
        <message>
            <source>Replace the newer version %1 with this older version %2</source>
            <translation>[Ŕéþļåçé ţĥé ñéŵéŕ ṽéŕšîöñ %1 ŵîţĥ ţĥîš öļðéŕ ṽéŕšîöñ %2]</translation>
        </message>
        <message>
            <source>I know where this pack came from: import it anyway, marked unsigned</source>
            <translation>[Î ķñöŵ ŵĥéŕé ţĥîš þåçķ çåɱé ƒŕöɱ: îɱþöŕţ îţ åñýŵåý, ɱåŕķéð ûñšîĝñéð]</translation>
        </message>
        <message>
            <source>Later updates signed by %1: install them from the team folder without asking</source>
            <translation>[Ļåţéŕ ûþðåţéš šîĝñéð ƀý %1: îñšţåļļ ţĥéɱ ƒŕöɱ ţĥé ţéåɱ ƒöļðéŕ ŵîţĥöûţ åšķîñĝ]</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>[&amp;Iɱþöŕţ]</translation>
        </message>
        <message>
            <source>Careful: you already have a pack with a title like this one. Check the authors and id:</source>
            <translation>[Çåŕéƒûļ: ýöû åļŕéåðý ĥåṽé å þåçķ ŵîţĥ å ţîţļé ļîķé ţĥîš öñé. Çĥéçķ ţĥé åûţĥöŕš åñð îð:]</translation>
        </message>
        <message>
            <source>This file: %1</source>
            <translation>[Ţĥîš ƒîļé: %1]</translation>
        </message>
        <message>
            <source>Built in: %1</source>
            <translation>[Ɓûîļţ îñ: %1]</translation>
        </message>
        <message>
            <source>Already imported: %1</source>
            <translation>[Åļŕéåðý îɱþöŕţéð: %1]</translation>
        </message>
        <message>
            <source>New: this pack is not in your journal yet.</source>
            <translation>[Ñéŵ: ţĥîš þåçķ îš ñöţ îñ ýöûŕ ĵöûŕñåļ ýéţ.]</translation>
        </message>
        <message>
            <source>Update: from version %1 to version %2.</source>
            <translation>[Ûþðåţé: ƒŕöɱ ṽéŕšîöñ %1 ţö ṽéŕšîöñ %2.]</translation>
        </message>
        <message>
            <source>Version %1 is already in your journal: nothing to do.</source>
            <translation>[Ṽéŕšîöñ %1 îš åļŕéåðý îñ ýöûŕ ĵöûŕñåļ: ñöţĥîñĝ ţö ðö.]</translation>
        </message>
        <message>
            <source>Older: your journal has version %1; this file holds the older version %2. It is not imported unless you confirm below.</source>
            <translation>[Öļðéŕ: ýöûŕ ĵöûŕñåļ ĥåš ṽéŕšîöñ %1; ţĥîš ƒîļé ĥöļðš ţĥé öļðéŕ ṽéŕšîöñ %2. Îţ îš ñöţ îɱþöŕţéð ûñļéšš ýöû çöñƒîŕɱ ƀéļöŵ.]</translation>
        </message>
        <message>
            <source>Imported “%1”, version %2. Its prompts are ready in the prompt panel.</source>
            <translation>[Îɱþöŕţéð “%1”, ṽéŕšîöñ %2. Îţš þŕöɱþţš åŕé ŕéåðý îñ ţĥé þŕöɱþţ þåñéļ.]</translation>
        </message>
        <message>
            <source>After a home visit</source>
            <translation>[Åƒţéŕ å ĥöɱé ṽîšîţ]</translation>
        </message>
        <message>
            <source>Before a visit</source>
            <translation>[Ɓéƒöŕé å ṽîšîţ]</translation>
        </message>
        <message>
            <source>Preparing for supervision</source>
            <translation>[Þŕéþåŕîñĝ ƒöŕ šûþéŕṽîšîöñ]</translation>
        </message>
        <message>
            <source>After supervision</source>
            <translation>[Åƒţéŕ šûþéŕṽîšîöñ]</translation>
        </message>
        <message>
            <source>Court and reports</source>
            <translation>[Çöûŕţ åñð ŕéþöŕţš]</translation>
        </message>
        <message>
            <source>Direct work with a child</source>
            <translation>[Ðîŕéçţ ŵöŕķ ŵîţĥ å çĥîļð]</translation>
        </message>
        <message>
            <source>Wellbeing and resilience</source>
            <translation>[Ŵéļļƀéîñĝ åñð ŕéšîļîéñçé]</translation>
        </message>
        <message>
            <source>Learning from case reviews</source>
            <translation>[Ļéåŕñîñĝ ƒŕöɱ çåšé ŕéṽîéŵš]</translation>
        </message>
        <message>
            <source>Critical incident</source>
            <translation>[Çŕîţîçåļ îñçîðéñţ]</translation>
        </message>
        <message>
            <source>%1 — by %2 · %3</source>
            <translation>[%1 — ƀý %2 · %3]</translation>
        </message>
        <message>
            <source>Prompt packs</source>
            <translation>[Þŕöɱþţ þåçķš]</translation>
        </message>
        <message>
            <source>Packs that come with reflectjournal are always there. Packs you import are kept inside your encrypted journal: turn them off to hide their prompts, or remove them.</source>
            <translation>[Þåçķš ţĥåţ çöɱé ŵîţĥ ŕéƒļéçţĵöûŕñåļ åŕé åļŵåýš ţĥéŕé. Þåçķš ýöû îɱþöŕţ åŕé ķéþţ îñšîðé ýöûŕ éñçŕýþţéð ĵöûŕñåļ: ţûŕñ ţĥéɱ öƒƒ ţö ĥîðé ţĥéîŕ þŕöɱþţš, öŕ ŕéɱöṽé ţĥéɱ.]</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>[Ţîţļé]</translation>
        </message>
        <message>
            <source>Where from</source>
            <translation>[Ŵĥéŕé ƒŕöɱ]</translation>
        </message>
        <message>
            <source>Shown</source>
            <translation>[Šĥöŵñ]</translation>
        </message>
        <message>
            <source>Turn &amp;off</source>
            <translation>[Ţûŕñ &amp;oƒƒ]</translation>
        </message>
        <message>
            <source>People</source>
            <translation>[Þéöþļé]</translation>
        </message>
        <message>
            <source>Names the check always finds before anything leaves the journal, and the stand-in used instead (“Tayo” → “Child A”), and the case numbers it finds. Kept in the encrypted journal; never exported.</source>
            <translation>[Ñåɱéš ţĥé çĥéçķ åļŵåýš ƒîñðš ƀéƒöŕé åñýţĥîñĝ ļéåṽéš ţĥé ĵöûŕñåļ, åñð ţĥé šţåñð-îñ ûšéð îñšţéåð (“Ţåýö” → “Çĥîļð Å”), åñð ţĥé çåšé ñûɱƀéŕš îţ ƒîñðš. Ķéþţ îñ ţĥé éñçŕýþţéð ĵöûŕñåļ; ñéṽéŕ éẋþöŕţéð.]</translation>
        </message>
        <message>
            <source>separated by commas</source>
            <translation>[šéþåŕåţéð ƀý çöɱɱåš]</translation>
        </message>
        <message>
            <source>&amp;Other spellings:</source>
            <translation>[&amp;Oţĥéŕ šþéļļîñĝš:]</translation>
        </message>
        <message>
            <source>&amp;Stand-in:</source>
            <translation>[&amp;Sţåñð-îñ:]</translation>
        </message>
        <message>
            <source>&amp;Add as new</source>
            <translation>[&amp;Aðð åš ñéŵ]</translation>
        </message>
        <message>
            <source>Sa&amp;ve changes</source>
            <translation>[Šå&amp;vé çĥåñĝéš]</translation>
        </message>
        <message>
            <source>&amp;Remove…</source>
            <translation>[&amp;Réɱöṽé…]</translation>
        </message>
        <message>
            <source>Merge &amp;into:</source>
            <translation>[Ṁéŕĝé &amp;iñţö:]</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>[&amp;Méŕĝé]</translation>
        </message>
        <message>
            <source>Not added</source>
            <translation>[Ñöţ åððéð]</translation>
        </message>
        <message>
            <source>Give a name of 1 to 100 characters.</source>
            <translation>[Ĝîṽé å ñåɱé öƒ 1 ţö 100 çĥåŕåçţéŕš.]</translation>
        </message>
        <message>
            <source>Added to People.</source>
            <translation>[Åððéð ţö Þéöþļé.]</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>[Ñöţ šåṽéð]</translation>
        </message>
        <message>
            <source>Give a name and a stand-in of 1 to 100 characters.</source>
            <translation>[Ĝîṽé å ñåɱé åñð å šţåñð-îñ öƒ 1 ţö 100 çĥåŕåçţéŕš.]</translation>
        </message>
        <message>
            <source>Remove from People?</source>
            <translation>[Ŕéɱöṽé ƒŕöɱ Þéöþļé?]</translation>
        </message>
        <message>
            <source>The check will no longer always find this name.</source>
            <translation>[Ţĥé çĥéçķ ŵîļļ ñö ļöñĝéŕ åļŵåýš ƒîñð ţĥîš ñåɱé.]</translation>
        </message>
        <message>
            <source>Merged.</source>
            <translation>[Ṁéŕĝéð.]</translation>
        </message>
        <message>
            <source>Add “%1” to &amp;People</source>
            <translation>[Åðð “%1” ţö &amp;Péöþļé]</translation>
        </message>
        <message>
            <source>Added to People as “%1”. Change the stand-in in People.</source>
            <translation>[Åððéð ţö Þéöþļé åš “%1”. Çĥåñĝé ţĥé šţåñð-îñ îñ Þéöþļé.]</translation>
        </message>
        <message>
            <source>Signed by %1 (fingerprint %2)</source>
            <translation>[Šîĝñéð ƀý %1 (ƒîñĝéŕþŕîñţ %2)]</translation>
        </message>
        <message>
            <source>Unsigned</source>
            <translation>[Ûñšîĝñéð]</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>[&amp;Eẋþöŕţ…]</translation>
        </message>
        <message>
            <source>Forget its &amp;key…</source>
            <translation>[Ƒöŕĝéţ îţš &amp;kéý…]</translation>
        </message>
        <message>
            <source>Forget the signing key pinned for the chosen pack's publisher (when they changed their key)</source>
            <translation>[Ƒöŕĝéţ ţĥé šîĝñîñĝ ķéý þîññéð ƒöŕ ţĥé çĥöšéñ þåçķ'š þûƀļîšĥéŕ (ŵĥéñ ţĥéý çĥåñĝéð ţĥéîŕ ķéý)]</translation>
        </message>
        <message>
            <source>Turn the chosen pack off or on</source>
            <translation>[Ţûŕñ ţĥé çĥöšéñ þåçķ öƒƒ öŕ öñ]</translation>
        </message>
        <message>
            <source>Remove the chosen pack</source>
            <translation>[Ŕéɱöṽé ţĥé çĥöšéñ þåçķ]</translation>
        </message>
        <message>
            <source>Export the chosen pack to a file</source>
            <translation>[Éẋþöŕţ ţĥé çĥöšéñ þåçķ ţö å ƒîļé]</translation>
        </message>
        <message>
            <source>Built in</source>
            <translation>[Ɓûîļţ îñ]</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>[Îɱþöŕţéð]</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>[Ýéš]</translation>
        </message>
        <message>
            <source>No (turned off)</source>
            <translation>[Ñö (ţûŕñéð öƒƒ)]</translation>
        </message>
        <message>
            <source>Turn &amp;on</source>
            <translation>[Ţûŕñ &amp;oñ]</translation>
        </message>
        <message>
            <source>By %1</source>
            <translation>[Ɓý %1]</translation>
        </message>
        <message>
            <source>Licence: %1</source>
            <translation>[Ļîçéñçé: %1]</translation>
        </message>
        <message>
            <source>Comes with reflectjournal; it cannot be removed.</source>
            <translation>[Çöɱéš ŵîţĥ ŕéƒļéçţĵöûŕñåļ; îţ çåññöţ ƀé ŕéɱöṽéð.]</translation>
        </message>
        <message>
            <source>The pack could not be changed</source>
            <translation>[Ţĥé þåçķ çöûļð ñöţ ƀé çĥåñĝéð]</translation>
        </message>
        <message>
            <source>Remove this prompt pack?</source>
            <translation>[Ŕéɱöṽé ţĥîš þŕöɱþţ þåçķ?]</translation>
        </message>
        <message>
            <source>“%1” will be removed from your journal. Entries that used its prompts keep their text. You can import the pack again from its file.</source>
            <translation>[“%1” ŵîļļ ƀé ŕéɱöṽéð ƒŕöɱ ýöûŕ ĵöûŕñåļ. Éñţŕîéš ţĥåţ ûšéð îţš þŕöɱþţš ķééþ ţĥéîŕ ţéẋţ. Ýöû çåñ îɱþöŕţ ţĥé þåçķ åĝåîñ ƒŕöɱ îţš ƒîļé.]</translation>
        </message>
        <message>
            <source>The pack could not be removed</source>
            <translation>[Ţĥé þåçķ çöûļð ñöţ ƀé ŕéɱöṽéð]</translation>
        </message>
        <message>
            <source>Forget this publisher's key?</source>
            <translation>[Ƒöŕĝéţ ţĥîš þûƀļîšĥéŕ'š ķéý?]</translation>
        </message>
        <message>
            <source>Forget the key “%1” was signed with? Do this only when its publisher has told you they changed their key. The next pack naming them asks you to check the new fingerprint.</source>
            <translation>[Ƒöŕĝéţ ţĥé ķéý “%1” ŵåš šîĝñéð ŵîţĥ? Ðö ţĥîš öñļý ŵĥéñ îţš þûƀļîšĥéŕ ĥåš ţöļð ýöû ţĥéý çĥåñĝéð ţĥéîŕ ķéý. Ţĥé ñéẋţ þåçķ ñåɱîñĝ ţĥéɱ åšķš ýöû ţö çĥéçķ ţĥé ñéŵ ƒîñĝéŕþŕîñţ.]</translation>
        </message>
        <message>
            <source>The key could not be forgotten</source>
            <translation>[Ţĥé ķéý çöûļð ñöţ ƀé ƒöŕĝöţţéñ]</translation>
        </message>
        <message>
            <source>Export the prompt pack</source>
            <translation>[Éẋþöŕţ ţĥé þŕöɱþţ þåçķ]</translation>
        </message>
        <message>
            <source>The pack could not be exported</source>
            <translation>[Ţĥé þåçķ çöûļð ñöţ ƀé éẋþöŕţéð]</translation>
        </message>
        <message>
            <source>Pack exported</source>
            <translation>[Þåçķ éẋþöŕţéð]</translation>
        </message>
        <message>
            <source>The pack was saved to %1.</source>
            <translation>[Ţĥé þåçķ ŵåš šåṽéð ţö %1.]</translation>
        </message>
        <message>
            <source>Check what will be exported</source>
            <translation>[Çĥéçķ ŵĥåţ ŵîļļ ƀé éẋþöŕţéð]</translation>
        </message>
        <message>
            <source>Model it follows</source>
            <translation>[Ṁöðéļ îţ ƒöļļöŵš]</translation>
        </message>
        <message>
            <source>Optional, for example Gibbs: Feelings</source>
            <translation>[Öþţîöñåļ, ƒöŕ éẋåɱþļé Ĝîƀƀš: Ƒééļîñĝš]</translation>
        </message>
        <message>
            <source>Questions, one per line</source>
            <translation>[Ǫûéšţîöñš, öñé þéŕ ļîñé]</translation>
        </message>
        <message>
            <source>Guidance (Markdown)</source>
            <translation>[Ĝûîðåñçé (Ṁåŕķðöŵñ)]</translation>
        </message>
        <message>
            <source>Guidance preview</source>
            <translation>[Ĝûîðåñçé þŕéṽîéŵ]</translation>
        </message>
        <message>
            <source>Id (under Advanced)</source>
            <translation>[Îð (ûñðéŕ Åðṽåñçéð)]</translation>
        </message>
        <message>
            <source>Version (under Advanced)</source>
            <translation>[Ṽéŕšîöñ (ûñðéŕ Åðṽåñçéð)]</translation>
        </message>
        <message>
            <source>Date updated (under Advanced)</source>
            <translation>[Ðåţé ûþðåţéð (ûñðéŕ Åðṽåñçéð)]</translation>
        </message>
        <message>
            <source>Language (under Advanced)</source>
            <translation>[Ļåñĝûåĝé (ûñðéŕ Åðṽåñçéð)]</translation>
        </message>
        <message>
            <source>Written by</source>
            <translation>[Ŵŕîţţéñ ƀý]</translation>
        </message>
        <message>
            <source>When is it useful?</source>
            <translation>[Ŵĥéñ îš îţ ûšéƒûļ?]</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>[Ṁöðéļ]</translation>
        </message>
        <message>
            <source>Framework items it e&amp;vidences…</source>
            <translation>[Ƒŕåɱéŵöŕķ îţéɱš îţ é&amp;vîðéñçéš…]</translation>
        </message>
        <message>
            <source>Link this entry to the items of a professional framework it evidences</source>
            <translation>[Ļîñķ ţĥîš éñţŕý ţö ţĥé îţéɱš öƒ å þŕöƒéššîöñåļ ƒŕåɱéŵöŕķ îţ éṽîðéñçéš]</translation>
        </message>
        <message>
            <source>Evidence &amp;map…</source>
            <translation>[Éṽîðéñçé &amp;måþ…]</translation>
        </message>
        <message>
            <source>Each framework item with the entries and records that evidence it</source>
            <translation>[Éåçĥ ƒŕåɱéŵöŕķ îţéɱ ŵîţĥ ţĥé éñţŕîéš åñð ŕéçöŕðš ţĥåţ éṽîðéñçé îţ]</translation>
        </message>
        <message>
            <source>Evidence…</source>
            <translation>[Éṽîðéñçé…]</translation>
        </message>
        <message>
            <source>None yet</source>
            <translation>[Ñöñé ýéţ]</translation>
        </message>
        <message>
            <source>Evidence (%1)…</source>
            <translation>[Éṽîðéñçé (%1)…]</translation>
        </message>
        <message>
            <source>Framework items it evidences: %1</source>
            <translation>[Ƒŕåɱéŵöŕķ îţéɱš îţ éṽîðéñçéš: %1]</translation>
        </message>
        <message>
            <source>Framework items</source>
            <translation>[Ƒŕåɱéŵöŕķ îţéɱš]</translation>
        </message>
        <message>
            <source>Write and save an entry first.</source>
            <translation>[Ŵŕîţé åñð šåṽé åñ éñţŕý ƒîŕšţ.]</translation>
        </message>
        <message>
            <source>Write something in the record first.</source>
            <translation>[Ŵŕîţé šöɱéţĥîñĝ îñ ţĥé ŕéçöŕð ƒîŕšţ.]</translation>
        </message>
        <message>
            <source>Evidences:</source>
            <translation>[Éṽîðéñçéš:]</translation>
        </message>
        <message>
            <source>Choose an agenda item first.</source>
            <translation>[Çĥööšé åñ åĝéñðå îţéɱ ƒîŕšţ.]</translation>
        </message>
        <message>
            <source>This entry evidences:</source>
            <translation>[Ţĥîš éñţŕý éṽîðéñçéš:]</translation>
        </message>
        <message>
            <source>This CPD record evidences:</source>
            <translation>[Ţĥîš ÇÞÐ ŕéçöŕð éṽîðéñçéš:]</translation>
        </message>
        <message>
            <source>This agenda item evidences:</source>
            <translation>[Ţĥîš åĝéñðå îţéɱ éṽîðéñçéš:]</translation>
        </message>
        <message>
            <source>Self-care note</source>
            <translation>[Šéļƒ-çåŕé ñöţé]</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>[Åûţĥöŕ]</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>[Ýéåŕ]</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>[Þûƀļîšĥéŕ]</translation>
        </message>
        <message>
            <source>Address (https)</source>
            <translation>[Åððŕéšš (ĥţţþš)]</translation>
        </message>
        <message>
            <source>Fill this in.</source>
            <translation>[Ƒîļļ ţĥîš îñ.]</translation>
        </message>
        <message>
            <source>Add your name.</source>
            <translation>[Åðð ýöûŕ ñåɱé.]</translation>
        </message>
        <message>
            <source>Add at least one prompt.</source>
            <translation>[Åðð åţ ļéåšţ öñé þŕöɱþţ.]</translation>
        </message>
        <message>
            <source>Write at least one question.</source>
            <translation>[Ŵŕîţé åţ ļéåšţ öñé ǫûéšţîöñ.]</translation>
        </message>
        <message>
            <source>Tick at least one.</source>
            <translation>[Ţîçķ åţ ļéåšţ öñé.]</translation>
        </message>
        <message>
            <source>No sources yet: practitioners cannot see what the prompt draws on. Add the works it is based on.</source>
            <translation>[Ñö šöûŕçéš ýéţ: þŕåçţîţîöñéŕš çåññöţ šéé ŵĥåţ ţĥé þŕöɱþţ ðŕåŵš öñ. Åðð ţĥé ŵöŕķš îţ îš ƀåšéð öñ.]</translation>
        </message>
        <message>
            <source>The pack</source>
            <translation>[Ţĥé þåçķ]</translation>
        </message>
        <message>
            <source>Prompt %1</source>
            <translation>[Þŕöɱþţ %1]</translation>
        </message>
        <message>
            <source>%1, row %2</source>
            <translation>[%1, ŕöŵ %2]</translation>
        </message>
        <message>
            <source>%1, line %2</source>
            <translation>[%1, ļîñé %2]</translation>
        </message>
        <message>
            <source>Pro&amp;blems:</source>
            <translation>[Þŕö&amp;bļéɱš:]</translation>
        </message>
        <message>
            <source>Press Enter on one to go to its field</source>
            <translation>[Þŕéšš Éñţéŕ öñ öñé ţö ĝö ţö îţš ƒîéļð]</translation>
        </message>
        <message>
            <source>To check: %1</source>
            <translation>[Ţö çĥéçķ: %1]</translation>
        </message>
        <message>
            <source>To fix: %1</source>
            <translation>[Ţö ƒîẋ: %1]</translation>
        </message>
        <message>
            <source>1 thing to fix before the pack can be saved.</source>
            <translation>[1 ţĥîñĝ ţö ƒîẋ ƀéƒöŕé ţĥé þåçķ çåñ ƀé šåṽéð.]</translation>
        </message>
        <message numerus="yes">
            <source>%n things to fix before the pack can be saved.</source>
            <translation>
                <numerusform>[%n ţĥîñĝš ţö ƒîẋ ƀéƒöŕé ţĥé þåçķ çåñ ƀé šåṽéð.]</numerusform>
                <numerusform>[%n ţĥîñĝš ţö ƒîẋ ƀéƒöŕé ţĥé þåçķ çåñ ƀé šåṽéð.]</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to fix: the pack can be saved.</source>
            <translation>[Ñöţĥîñĝ ţö ƒîẋ: ţĥé þåçķ çåñ ƀé šåṽéð.]</translation>
        </message>
        <message>
            <source>1 thing worth checking.</source>
            <translation>[1 ţĥîñĝ ŵöŕţĥ çĥéçķîñĝ.]</translation>
        </message>
        <message numerus="yes">
            <source>%n things worth checking.</source>
            <translation>
                <numerusform>[%n ţĥîñĝš ŵöŕţĥ çĥéçķîñĝ.]</numerusform>
                <numerusform>[%n ţĥîñĝš ŵöŕţĥ çĥéçķîñĝ.]</numerusform>
            </translation>
        </message>
        <message>
            <source>Add &amp;source</source>
            <translation>[Åðð &amp;söûŕçé]</translation>
        </message>
        <message>
            <source>Remove source</source>
            <translation>[Ŕéɱöṽé šöûŕçé]</translation>
        </message>
        <message>
            <source>Remove the chosen source</source>
            <translation>[Ŕéɱöṽé ţĥé çĥöšéñ šöûŕçé]</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>[Ţåĝš]</translation>
        </message>
        <message>
            <source>&amp;Id:</source>
            <translation>[&amp;Ið:]</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>[&amp;Tîţļé:]</translation>
        </message>
        <message>
            <source>&amp;Model:</source>
            <translation>[&amp;Möðéļ:]</translation>
        </message>
        <message>
            <source>&amp;Questions:</source>
            <translation>[&amp;Qûéšţîöñš:]</translation>
        </message>
        <message>
            <source>Id of the prompt</source>
            <translation>[Îð öƒ ţĥé þŕöɱþţ]</translation>
        </message>
        <message>
            <source>Title of the prompt</source>
            <translation>[Ţîţļé öƒ ţĥé þŕöɱþţ]</translation>
        </message>
        <message>
            <source>For example: Before a first home visit</source>
            <translation>[Ƒöŕ éẋåɱþļé: Ɓéƒöŕé å ƒîŕšţ ĥöɱé ṽîšîţ]</translation>
        </message>
        <message>
            <source>&amp;When is it useful?</source>
            <translation>[&amp;Wĥéñ îš îţ ûšéƒûļ?]</translation>
        </message>
        <message>
            <source>One question per line, in the order they are asked. For example:
What did the child say, do or show?
What will I do next, and by when?</source>
            <translation>[Öñé ǫûéšţîöñ þéŕ ļîñé, îñ ţĥé öŕðéŕ ţĥéý åŕé åšķéð. Ƒöŕ éẋåɱþļé:
Ŵĥåţ ðîð ţĥé çĥîļð šåý, ðö öŕ šĥöŵ?
Ŵĥåţ ŵîļļ Î ðö ñéẋţ, åñð ƀý ŵĥéñ?]</translation>
        </message>
        <message>
            <source>Optional: a few lines to help the practitioner answer, in Markdown. The preview is on the right.</source>
            <translation>[Öþţîöñåļ: å ƒéŵ ļîñéš ţö ĥéļþ ţĥé þŕåçţîţîöñéŕ åñšŵéŕ, îñ Ṁåŕķðöŵñ. Ţĥé þŕéṽîéŵ îš öñ ţĥé ŕîĝĥţ.]</translation>
        </message>
        <message>
            <source>The works the prompt draws on, one a row: practitioners see them under the prompt and can read further.</source>
            <translation>[Ţĥé ŵöŕķš ţĥé þŕöɱþţ ðŕåŵš öñ, öñé å ŕöŵ: þŕåçţîţîöñéŕš šéé ţĥéɱ ûñðéŕ ţĥé þŕöɱþţ åñð çåñ ŕéåð ƒûŕţĥéŕ.]</translation>
        </message>
        <message>
            <source>Optional, separated by commas</source>
            <translation>[Öþţîöñåļ, šéþåŕåţéð ƀý çöɱɱåš]</translation>
        </message>
        <message>
            <source>Shows the prompt's id</source>
            <translation>[Šĥöŵš ţĥé þŕöɱþţ'š îð]</translation>
        </message>
        <message>
            <source>&amp;Guidance:</source>
            <translation>[&amp;Gûîðåñçé:]</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>[Çĥööšé…]</translation>
        </message>
        <message>
            <source>Choose the framework items it serves</source>
            <translation>[Çĥööšé ţĥé ƒŕåɱéŵöŕķ îţéɱš îţ šéŕṽéš]</translation>
        </message>
        <message>
            <source>Framework items it serves:</source>
            <translation>[Ƒŕåɱéŵöŕķ îţéɱš îţ šéŕṽéš:]</translation>
        </message>
        <message>
            <source>This prompt serves:</source>
            <translation>[Ţĥîš þŕöɱþţ šéŕṽéš:]</translation>
        </message>
        <message>
            <source>Sources:</source>
            <translation>[Šöûŕçéš:]</translation>
        </message>
        <message>
            <source>T&amp;ags:</source>
            <translation>[Ţ&amp;aĝš:]</translation>
        </message>
        <message>
            <source>Prompt pack editor</source>
            <translation>[Þŕöɱþţ þåçķ éðîţöŕ]</translation>
        </message>
        <message>
            <source>&amp;New pack</source>
            <translation>[&amp;Néŵ þåçķ]</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>[&amp;Oþéñ…]</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>[&amp;Såṽé]</translation>
        </message>
        <message>
            <source>Save &amp;as…</source>
            <translation>[Šåṽé &amp;aš…]</translation>
        </message>
        <message>
            <source>&amp;1 About the pack</source>
            <translation>[&amp;1 Åƀöûţ ţĥé þåçķ]</translation>
        </message>
        <message>
            <source>&amp;2 Prompts</source>
            <translation>[&amp;2 Þŕöɱþţš]</translation>
        </message>
        <message>
            <source>S&amp;ign…</source>
            <translation>[Š&amp;iĝñ…]</translation>
        </message>
        <message>
            <source>Go to the &amp;problems</source>
            <translation>[Ĝö ţö ţĥé &amp;pŕöƀļéɱš]</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>[&amp;Cļöšé]</translation>
        </message>
        <message>
            <source>&amp;Add prompt</source>
            <translation>[&amp;Aðð þŕöɱþţ]</translation>
        </message>
        <message>
            <source>&amp;Remove prompt…</source>
            <translation>[&amp;Réɱöṽé þŕöɱþţ…]</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>[Ṁöṽé &amp;uþ]</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>[Ṁöṽé &amp;döŵñ]</translation>
        </message>
        <message>
            <source>&amp;See it as a practitioner will</source>
            <translation>[&amp;Séé îţ åš å þŕåçţîţîöñéŕ ŵîļļ]</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>[&amp;Fîļé]</translation>
        </message>
        <message>
            <source>&amp;Prompt</source>
            <translation>[&amp;Pŕöɱþţ]</translation>
        </message>
        <message>
            <source>(signed)</source>
            <translation>[(šîĝñéð)]</translation>
        </message>
        <message>
            <source>Pack</source>
            <translation>[Þåçķ]</translation>
        </message>
        <message>
            <source>Pack id</source>
            <translation>[Þåçķ îð]</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>[Ļåñĝûåĝé]</translation>
        </message>
        <message>
            <source>Date updated</source>
            <translation>[Ðåţé ûþðåţéð]</translation>
        </message>
        <message>
            <source>Description (Markdown)</source>
            <translation>[Ðéšçŕîþţîöñ (Ṁåŕķðöŵñ)]</translation>
        </message>
        <message>
            <source>Anyone may share and adapt the pack if they name you.</source>
            <translation>[Åñýöñé ɱåý šĥåŕé åñð åðåþţ ţĥé þåçķ îƒ ţĥéý ñåɱé ýöû.]</translation>
        </message>
        <message>
            <source>Anyone may share and adapt the pack if they name you and share their changes the same way.</source>
            <translation>[Åñýöñé ɱåý šĥåŕé åñð åðåþţ ţĥé þåçķ îƒ ţĥéý ñåɱé ýöû åñð šĥåŕé ţĥéîŕ çĥåñĝéš ţĥé šåɱé ŵåý.]</translation>
        </message>
        <message>
            <source>Anyone may share and adapt the pack if they name you, but not to make money.</source>
            <translation>[Åñýöñé ɱåý šĥåŕé åñð åðåþţ ţĥé þåçķ îƒ ţĥéý ñåɱé ýöû, ƀûţ ñöţ ţö ɱåķé ɱöñéý.]</translation>
        </message>
        <message>
            <source>Anyone may share and adapt the pack if they name you, not to make money, and share their changes the same way.</source>
            <translation>[Åñýöñé ɱåý šĥåŕé åñð åðåþţ ţĥé þåçķ îƒ ţĥéý ñåɱé ýöû, ñöţ ţö ɱåķé ɱöñéý, åñð šĥåŕé ţĥéîŕ çĥåñĝéš ţĥé šåɱé ŵåý.]</translation>
        </message>
        <message>
            <source>No rights kept: anyone may use the pack for anything, without naming you.</source>
            <translation>[Ñö ŕîĝĥţš ķéþţ: åñýöñé ɱåý ûšé ţĥé þåçķ ƒöŕ åñýţĥîñĝ, ŵîţĥöûţ ñåɱîñĝ ýöû.]</translation>
        </message>
        <message>
            <source>Only you may change or pass on the pack; the people you give it to may use it.</source>
            <translation>[Öñļý ýöû ɱåý çĥåñĝé öŕ þåšš öñ ţĥé þåçķ; ţĥé þéöþļé ýöû ĝîṽé îţ ţö ɱåý ûšé îţ.]</translation>
        </message>
        <message>
            <source>Title of the pack</source>
            <translation>[Ţîţļé öƒ ţĥé þåçķ]</translation>
        </message>
        <message>
            <source>For example: First home visits for newly qualified workers</source>
            <translation>[Ƒöŕ éẋåɱþļé: Ƒîŕšţ ĥöɱé ṽîšîţš ƒöŕ ñéŵļý ǫûåļîƒîéð ŵöŕķéŕš]</translation>
        </message>
        <message>
            <source>Written by, one name per line</source>
            <translation>[Ŵŕîţţéñ ƀý, öñé ñåɱé þéŕ ļîñé]</translation>
        </message>
        <message>
            <source>Your name, as practitioners will see it (one name per line)</source>
            <translation>[Ýöûŕ ñåɱé, åš þŕåçţîţîöñéŕš ŵîļļ šéé îţ (öñé ñåɱé þéŕ ļîñé)]</translation>
        </message>
        <message>
            <source>For example: Greenwich Children's Services</source>
            <translation>[Ƒöŕ éẋåɱþļé: Ĝŕééñŵîçĥ Çĥîļðŕéñ'š Šéŕṽîçéš]</translation>
        </message>
        <message>
            <source>What the pack is for and who it is for. **Bold** and lists work as in Markdown.</source>
            <translation>[Ŵĥåţ ţĥé þåçķ îš ƒöŕ åñð ŵĥö îţ îš ƒöŕ. **Ɓöļð** åñð ļîšţš ŵöŕķ åš îñ Ṁåŕķðöŵñ.]</translation>
        </message>
        <message>
            <source>Description preview</source>
            <translation>[Ðéšçŕîþţîöñ þŕéṽîéŵ]</translation>
        </message>
        <message>
            <source>Shows the pack's id, version, language and date</source>
            <translation>[Šĥöŵš ţĥé þåçķ'š îð, ṽéŕšîöñ, ļåñĝûåĝé åñð ðåţé]</translation>
        </message>
        <message>
            <source>Id of the pack</source>
            <translation>[Îð öƒ ţĥé þåçķ]</translation>
        </message>
        <message>
            <source>Made from the organisation and the title. Once the pack is shared, keep it: an update is recognised by its id.</source>
            <translation>[Ṁåðé ƒŕöɱ ţĥé öŕĝåñîšåţîöñ åñð ţĥé ţîţļé. Öñçé ţĥé þåçķ îš šĥåŕéð, ķééþ îţ: åñ ûþðåţé îš ŕéçöĝñîšéð ƀý îţš îð.]</translation>
        </message>
        <message>
            <source>Goes up by itself when you save changes: from 1.0.0 to 1.1.0 after new prompts, 2.0.0 after removing one, 1.0.1 after other changes.</source>
            <translation>[Ĝöéš ûþ ƀý îţšéļƒ ŵĥéñ ýöû šåṽé çĥåñĝéš: ƒŕöɱ 1.0.0 ţö 1.1.0 åƒţéŕ ñéŵ þŕöɱþţš, 2.0.0 åƒţéŕ ŕéɱöṽîñĝ öñé, 1.0.1 åƒţéŕ öţĥéŕ çĥåñĝéš.]</translation>
        </message>
        <message>
            <source>Toda&amp;y</source>
            <translation>[Ţöðå&amp;y]</translation>
        </message>
        <message>
            <source>Set the date updated to today</source>
            <translation>[Šéţ ţĥé ðåţé ûþðåţéð ţö ţöðåý]</translation>
        </message>
        <message>
            <source>&amp;Written by:</source>
            <translation>[&amp;Wŕîţţéñ ƀý:]</translation>
        </message>
        <message>
            <source>Date &amp;updated:</source>
            <translation>[Ðåţé &amp;uþðåţéð:]</translation>
        </message>
        <message>
            <source>A licence of your own: say what it allows in the description.</source>
            <translation>[Å ļîçéñçé öƒ ýöûŕ öŵñ: šåý ŵĥåţ îţ åļļöŵš îñ ţĥé ðéšçŕîþţîöñ.]</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>[&amp;Oŕĝåñîšåţîöñ:]</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>[&amp;Déšçŕîþţîöñ:]</translation>
        </message>
        <message>
            <source>&amp;Licence:</source>
            <translation>[&amp;Lîçéñçé:]</translation>
        </message>
        <message>
            <source>Ve&amp;rsion:</source>
            <translation>[Ṽé&amp;ršîöñ:]</translation>
        </message>
        <message>
            <source>Lan&amp;guage:</source>
            <translation>[Ļåñ&amp;gûåĝé:]</translation>
        </message>
        <message>
            <source>New prompt (no title yet)</source>
            <translation>[Ñéŵ þŕöɱþţ (ñö ţîţļé ýéţ)]</translation>
        </message>
        <message>
            <source>Prompts in this pack</source>
            <translation>[Þŕöɱþţš îñ ţĥîš þåçķ]</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>[Åðð]</translation>
        </message>
        <message>
            <source>Add a prompt</source>
            <translation>[Åðð å þŕöɱþţ]</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>[Ŕéɱöṽé…]</translation>
        </message>
        <message>
            <source>Remove the chosen prompt</source>
            <translation>[Ŕéɱöṽé ţĥé çĥöšéñ þŕöɱþţ]</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>[Ûþ]</translation>
        </message>
        <message>
            <source>Move the chosen prompt up</source>
            <translation>[Ṁöṽé ţĥé çĥöšéñ þŕöɱþţ ûþ]</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>[Ðöŵñ]</translation>
        </message>
        <message>
            <source>Move the chosen prompt down</source>
            <translation>[Ṁöṽé ţĥé çĥöšéñ þŕöɱþţ ðöŵñ]</translation>
        </message>
        <message>
            <source>This pack has no prompts yet. Add one.</source>
            <translation>[Ţĥîš þåçķ ĥåš ñö þŕöɱþţš ýéţ. Åðð öñé.]</translation>
        </message>
        <message>
            <source>S&amp;ee it as a practitioner will</source>
            <translation>[Š&amp;eé îţ åš å þŕåçţîţîöñéŕ ŵîļļ]</translation>
        </message>
        <message>
            <source>Shows the prompt as the prompt panel beside a practitioner's entry shows it</source>
            <translation>[Šĥöŵš ţĥé þŕöɱþţ åš ţĥé þŕöɱþţ þåñéļ ƀéšîðé å þŕåçţîţîöñéŕ'š éñţŕý šĥöŵš îţ]</translation>
        </message>
        <message>
            <source>This is how the prompt panel beside a practitioner's entry shows this prompt. Press the button again to go back to editing.</source>
            <translation>[Ţĥîš îš ĥöŵ ţĥé þŕöɱþţ þåñéļ ƀéšîðé å þŕåçţîţîöñéŕ'š éñţŕý šĥöŵš ţĥîš þŕöɱþţ. Þŕéšš ţĥé ƀûţţöñ åĝåîñ ţö ĝö ƀåçķ ţö éðîţîñĝ.]</translation>
        </message>
        <message>
            <source>The prompt as a practitioner sees it</source>
            <translation>[Ţĥé þŕöɱþţ åš å þŕåçţîţîöñéŕ šééš îţ]</translation>
        </message>
        <message>
            <source>(no title yet)</source>
            <translation>[(ñö ţîţļé ýéţ)]</translation>
        </message>
        <message>
            <source>New pack, not saved yet</source>
            <translation>[Ñéŵ þåçķ, ñöţ šåṽéð ýéţ]</translation>
        </message>
        <message>
            <source>(changed)</source>
            <translation>[(çĥåñĝéð)]</translation>
        </message>
        <message>
            <source>Remove this prompt?</source>
            <translation>[Ŕéɱöṽé ţĥîš þŕöɱþţ?]</translation>
        </message>
        <message>
            <source>“%1” will be removed from the pack.</source>
            <translation>[“%1” ŵîļļ ƀé ŕéɱöṽéð ƒŕöɱ ţĥé þåçķ.]</translation>
        </message>
        <message>
            <source>Press Enter or double-click on one to go to its field.</source>
            <translation>[Þŕéšš Éñţéŕ öŕ ðöûƀļé-çļîçķ öñ öñé ţö ĝö ţö îţš ƒîéļð.]</translation>
        </message>
        <message>
            <source>Discard the changes to this pack?</source>
            <translation>[Ðîšçåŕð ţĥé çĥåñĝéš ţö ţĥîš þåçķ?]</translation>
        </message>
        <message>
            <source>The pack has changes that are not saved. Discard them?</source>
            <translation>[Ţĥé þåçķ ĥåš çĥåñĝéš ţĥåţ åŕé ñöţ šåṽéð. Ðîšçåŕð ţĥéɱ?]</translation>
        </message>
        <message>
            <source>Open a prompt pack</source>
            <translation>[Öþéñ å þŕöɱþţ þåçķ]</translation>
        </message>
        <message>
            <source>Prompt packs (*.rjpack);;All files (*)</source>
            <translation>[Þŕöɱþţ þåçķš (*.rjpack);;Åļļ ƒîļéš (*)]</translation>
        </message>
        <message>
            <source>This file cannot be opened as a prompt pack.</source>
            <translation>[Ţĥîš ƒîļé çåññöţ ƀé öþéñéð åš å þŕöɱþţ þåçķ.]</translation>
        </message>
        <message>
            <source>The file could not be opened</source>
            <translation>[Ţĥé ƒîļé çöûļð ñöţ ƀé öþéñéð]</translation>
        </message>
        <message>
            <source>Save the prompt pack</source>
            <translation>[Šåṽé ţĥé þŕöɱþţ þåçķ]</translation>
        </message>
        <message>
            <source>The pack could not be saved</source>
            <translation>[Ţĥé þåçķ çöûļð ñöţ ƀé šåṽéð]</translation>
        </message>
        <message>
            <source>Saved as “%1”, version %2.</source>
            <translation>[Šåṽéð åš “%1”, ṽéŕšîöñ %2.]</translation>
        </message>
        <message>
            <source>The changes removed its signature: sign it again (File → Sign…) before sharing it.</source>
            <translation>[Ţĥé çĥåñĝéš ŕéɱöṽéð îţš šîĝñåţûŕé: šîĝñ îţ åĝåîñ (Ƒîļé → Šîĝñ…) ƀéƒöŕé šĥåŕîñĝ îţ.]</translation>
        </message>
        <message>
            <source>The pack has problems</source>
            <translation>[Ţĥé þåçķ ĥåš þŕöƀļéɱš]</translation>
        </message>
        <message>
            <source>Fix the problems listed at the bottom of the window, then save again.</source>
            <translation>[Ƒîẋ ţĥé þŕöƀļéɱš ļîšţéð åţ ţĥé ƀöţţöɱ öƒ ţĥé ŵîñðöŵ, ţĥéñ šåṽé åĝåîñ.]</translation>
        </message>
        <message>
            <source>Hide the prompts</source>
            <translation>[Ĥîðé ţĥé þŕöɱþţš]</translation>
        </message>
        <message>
            <source>&amp;Insert into entry</source>
            <translation>[&amp;Iñšéŕţ îñţö éñţŕý]</translation>
        </message>
        <message>
            <source>Insert the prompt's questions into the entry</source>
            <translation>[Îñšéŕţ ţĥé þŕöɱþţ'š ǫûéšţîöñš îñţö ţĥé éñţŕý]</translation>
        </message>
        <message>
            <source>Adds the questions where the cursor is in your reflection, each with room for your answer</source>
            <translation>[Åððš ţĥé ǫûéšţîöñš ŵĥéŕé ţĥé çûŕšöŕ îš îñ ýöûŕ ŕéƒļéçţîöñ, éåçĥ ŵîţĥ ŕööɱ ƒöŕ ýöûŕ åñšŵéŕ]</translation>
        </message>
        <message>
            <source>Prompt of the day</source>
            <translation>[Þŕöɱþţ öƒ ţĥé ðåý]</translation>
        </message>
        <message>
            <source>No date</source>
            <translation>[Ñö ðåţé]</translation>
        </message>
        <message>
            <source>%1 (overdue)</source>
            <translation>[%1 (öṽéŕðûé)]</translation>
        </message>
        <message>
            <source>&amp;Drop action</source>
            <translation>[&amp;Dŕöþ åçţîöñ]</translation>
        </message>
        <message>
            <source>Drop the chosen action: it will no longer carry forward</source>
            <translation>[Ðŕöþ ţĥé çĥöšéñ åçţîöñ: îţ ŵîļļ ñö ļöñĝéŕ çåŕŕý ƒöŕŵåŕð]</translation>
        </message>
        <message>
            <source>No longer needed: it will stop carrying forward</source>
            <translation>[Ñö ļöñĝéŕ ñééðéð: îţ ŵîļļ šţöþ çåŕŕýîñĝ ƒöŕŵåŕð]</translation>
        </message>
        <message>
            <source>Done: %1</source>
            <translation>[Ðöñé: %1]</translation>
        </message>
        <message>
            <source>Tick when done</source>
            <translation>[Ţîçķ ŵĥéñ ðöñé]</translation>
        </message>
        <message>
            <source>The action could not be updated. Nothing was changed.</source>
            <translation>[Ţĥé åçţîöñ çöûļð ñöţ ƀé ûþðåţéð. Ñöţĥîñĝ ŵåš çĥåñĝéð.]</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>[ðŕöþþéð]</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>[Ðöñé]</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>[Åçţîöñ]</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>[Ŵĥö]</translation>
        </message>
        <message>
            <source>By when</source>
            <translation>[Ɓý ŵĥéñ]</translation>
        </message>
        <message>
            <source>Agreed on</source>
            <translation>[Åĝŕééð öñ]</translation>
        </message>
        <message>
            <source>Actions carried forward from earlier sessions</source>
            <translation>[Åçţîöñš çåŕŕîéð ƒöŕŵåŕð ƒŕöɱ éåŕļîéŕ šéššîöñš]</translation>
        </message>
        <message>
            <source>Nothing carried forward: every earlier action is done or dropped.</source>
            <translation>[Ñöţĥîñĝ çåŕŕîéð ƒöŕŵåŕð: éṽéŕý éåŕļîéŕ åçţîöñ îš ðöñé öŕ ðŕöþþéð.]</translation>
        </message>
        <message>
            <source>Tick an action when it is done. It carries forward until it is done or dropped.</source>
            <translation>[Ţîçķ åñ åçţîöñ ŵĥéñ îţ îš ðöñé. Îţ çåŕŕîéš ƒöŕŵåŕð ûñţîļ îţ îš ðöñé öŕ ðŕöþþéð.]</translation>
        </message>
        <message>
            <source>Open actions</source>
            <translation>[Öþéñ åçţîöñš]</translation>
        </message>
        <message>
            <source>Actions agreed in supervision that are not done yet, soonest due first.</source>
            <translation>[Åçţîöñš åĝŕééð îñ šûþéŕṽîšîöñ ţĥåţ åŕé ñöţ ðöñé ýéţ, šööñéšţ ðûé ƒîŕšţ.]</translation>
        </message>
        <message>
            <source>Open the &amp;session</source>
            <translation>[Öþéñ ţĥé &amp;séššîöñ]</translation>
        </message>
        <message>
            <source>Open the session where the chosen action was agreed</source>
            <translation>[Öþéñ ţĥé šéššîöñ ŵĥéŕé ţĥé çĥöšéñ åçţîöñ ŵåš åĝŕééð]</translation>
        </message>
        <message>
            <source>1 open action</source>
            <translation>[1 öþéñ åçţîöñ]</translation>
        </message>
        <message numerus="yes">
            <source>%n open actions</source>
            <translation>
                <numerusform>[%n öþéñ åçţîöñš]</numerusform>
                <numerusform>[%n öþéñ åçţîöñš]</numerusform>
            </translation>
        </message>
        <message>
            <source>No open actions.</source>
            <translation>[Ñö öþéñ åçţîöñš.]</translation>
        </message>
        <message>
            <source>%1, %2 overdue.</source>
            <translation>[%1, %2 öṽéŕðûé.]</translation>
        </message>
        <message>
            <source>Actions agreed at this session</source>
            <translation>[Åçţîöñš åĝŕééð åţ ţĥîš šéššîöñ]</translation>
        </message>
        <message>
            <source>F2 edits a cell; Space ticks “Done”.</source>
            <translation>[Ƒ2 éðîţš å çéļļ; Šþåçé ţîçķš “Ðöñé”.]</translation>
        </message>
        <message>
            <source>Add ac&amp;tion</source>
            <translation>[Åðð åç&amp;tîöñ]</translation>
        </message>
        <message>
            <source>Add an action agreed at this session</source>
            <translation>[Åðð åñ åçţîöñ åĝŕééð åţ ţĥîš šéššîöñ]</translation>
        </message>
        <message>
            <source>Remo&amp;ve action</source>
            <translation>[Ŕéɱö&amp;vé åçţîöñ]</translation>
        </message>
        <message>
            <source>Remove the chosen action</source>
            <translation>[Ŕéɱöṽé ţĥé çĥöšéñ åçţîöñ]</translation>
        </message>
        <message>
            <source>&amp;Copy the agreed actions</source>
            <translation>[&amp;Cöþý ţĥé åĝŕééð åçţîöñš]</translation>
        </message>
        <message>
            <source>Put the actions table on the clipboard as plain text, for your supervisor's own record</source>
            <translation>[Þûţ ţĥé åçţîöñš ţåƀļé öñ ţĥé çļîþƀöåŕð åš þļåîñ ţéẋţ, ƒöŕ ýöûŕ šûþéŕṽîšöŕ'š öŵñ ŕéçöŕð]</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>[ñöţ ýéţ]</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>[Åĝéñðå îţéɱ]</translation>
        </message>
        <message>
            <source>Linked reflections</source>
            <translation>[Ļîñķéð ŕéƒļéçţîöñš]</translation>
        </message>
        <message>
            <source>Agenda, by the four functions of supervision</source>
            <translation>[Åĝéñðå, ƀý ţĥé ƒöûŕ ƒûñçţîöñš öƒ šûþéŕṽîšîöñ]</translation>
        </message>
        <message>
            <source>F2 edits the chosen item.</source>
            <translation>[Ƒ2 éðîţš ţĥé çĥöšéñ îţéɱ.]</translation>
        </message>
        <message>
            <source>Function of the new item</source>
            <translation>[Ƒûñçţîöñ öƒ ţĥé ñéŵ îţéɱ]</translation>
        </message>
        <message>
            <source>A new agenda item</source>
            <translation>[Å ñéŵ åĝéñðå îţéɱ]</translation>
        </message>
        <message>
            <source>New agenda item</source>
            <translation>[Ñéŵ åĝéñðå îţéɱ]</translation>
        </message>
        <message>
            <source>Add i&amp;tem</source>
            <translation>[Åðð î&amp;téɱ]</translation>
        </message>
        <message>
            <source>Add the agenda item</source>
            <translation>[Åðð ţĥé åĝéñðå îţéɱ]</translation>
        </message>
        <message>
            <source>Remo&amp;ve item</source>
            <translation>[Ŕéɱö&amp;vé îţéɱ]</translation>
        </message>
        <message>
            <source>Remove the chosen agenda item</source>
            <translation>[Ŕéɱöṽé ţĥé çĥöšéñ åĝéñðå îţéɱ]</translation>
        </message>
        <message>
            <source>Move the chosen agenda item up (Alt+Up)</source>
            <translation>[Ṁöṽé ţĥé çĥöšéñ åĝéñðå îţéɱ ûþ (Åļţ+Ûþ)]</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>[Ṁöṽé ðö&amp;wñ]</translation>
        </message>
        <message>
            <source>Move the chosen agenda item down (Alt+Down)</source>
            <translation>[Ṁöṽé ţĥé çĥöšéñ åĝéñðå îţéɱ ðöŵñ (Åļţ+Ðöŵñ)]</translation>
        </message>
        <message>
            <source>Include the chosen reflection's te&amp;xt in the record</source>
            <translation>[Îñçļûðé ţĥé çĥöšéñ ŕéƒļéçţîöñ'š ţé&amp;xţ îñ ţĥé ŕéçöŕð]</translation>
        </message>
        <message>
            <source>By default the supervision record shows only the title and date of each reflection.</source>
            <translation>[Ɓý ðéƒåûļţ ţĥé šûþéŕṽîšîöñ ŕéçöŕð šĥöŵš öñļý ţĥé ţîţļé åñð ðåţé öƒ éåçĥ ŕéƒļéçţîöñ.]</translation>
        </message>
        <message>
            <source>Reflections the chosen item draws on</source>
            <translation>[Ŕéƒļéçţîöñš ţĥé çĥöšéñ îţéɱ ðŕåŵš öñ]</translation>
        </message>
        <message>
            <source>Reflections for the chosen item</source>
            <translation>[Ŕéƒļéçţîöñš ƒöŕ ţĥé çĥöšéñ îţéɱ]</translation>
        </message>
        <message>
            <source>Moved to place %1 of %2</source>
            <translation>[Ṁöṽéð ţö þļåçé %1 öƒ %2]</translation>
        </message>
        <message>
            <source>(its text goes in the record)</source>
            <translation>[(îţš ţéẋţ ĝöéš îñ ţĥé ŕéçöŕð)]</translation>
        </message>
        <message>
            <source>Choose an agenda item to tick the reflections it draws on.</source>
            <translation>[Çĥööšé åñ åĝéñðå îţéɱ ţö ţîçķ ţĥé ŕéƒļéçţîöñš îţ ðŕåŵš öñ.]</translation>
        </message>
        <message>
            <source>Link reflections to the session first (on the “Reflections” tab).</source>
            <translation>[Ļîñķ ŕéƒļéçţîöñš ţö ţĥé šéššîöñ ƒîŕšţ (öñ ţĥé “Ŕéƒļéçţîöñš” ţåƀ).]</translation>
        </message>
        <message>
            <source>Tick the reflections that “%1” draws on.</source>
            <translation>[Ţîçķ ţĥé ŕéƒļéçţîöñš ţĥåţ “%1” ðŕåŵš öñ.]</translation>
        </message>
        <message>
            <source>Supervision notes that match:</source>
            <translation>[Šûþéŕṽîšîöñ ñöţéš ţĥåţ ɱåţçĥ:]</translation>
        </message>
        <message>
            <source>&amp;Prepare for supervision…</source>
            <translation>[&amp;Pŕéþåŕé ƒöŕ šûþéŕṽîšîöñ…]</translation>
        </message>
        <message>
            <source>&amp;Supervision sessions…</source>
            <translation>[&amp;Sûþéŕṽîšîöñ šéššîöñš…]</translation>
        </message>
        <message>
            <source>&amp;Open actions…</source>
            <translation>[&amp;Oþéñ åçţîöñš…]</translation>
        </message>
        <message>
            <source>Sessions that &amp;discussed this entry…</source>
            <translation>[Šéššîöñš ţĥåţ &amp;dîšçûššéð ţĥîš éñţŕý…]</translation>
        </message>
        <message>
            <source>Not discussed yet</source>
            <translation>[Ñöţ ðîšçûššéð ýéţ]</translation>
        </message>
        <message>
            <source>This entry is not linked to any supervision session yet. Link it from “Prepare for supervision…”.</source>
            <translation>[Ţĥîš éñţŕý îš ñöţ ļîñķéð ţö åñý šûþéŕṽîšîöñ šéššîöñ ýéţ. Ļîñķ îţ ƒŕöɱ “Þŕéþåŕé ƒöŕ šûþéŕṽîšîöñ…”.]</translation>
        </message>
        <message>
            <source>Discussed in supervision:</source>
            <translation>[Ðîšçûššéð îñ šûþéŕṽîšîöñ:]</translation>
        </message>
        <message>
            <source>Open this supervision session (%1)</source>
            <translation>[Öþéñ ţĥîš šûþéŕṽîšîöñ šéššîöñ (%1)]</translation>
        </message>
        <message>
            <source>Open the supervision session of %1</source>
            <translation>[Öþéñ ţĥé šûþéŕṽîšîöñ šéššîöñ öƒ %1]</translation>
        </message>
        <message numerus="yes">
            <source>and %n more…</source>
            <translation>
                <numerusform>[åñð %n ɱöŕé…]</numerusform>
                <numerusform>[åñð %n ɱöŕé…]</numerusform>
            </translation>
        </message>
        <message>
            <source>Show every supervision session</source>
            <translation>[Šĥöŵ éṽéŕý šûþéŕṽîšîöñ šéššîöñ]</translation>
        </message>
        <message>
            <source>Printed pages are not protected: anyone who picks them up can read them. If you print to a file, that file is not encrypted. Shred the pages when you no longer need them.</source>
            <translation>[Þŕîñţéð þåĝéš åŕé ñöţ þŕöţéçţéð: åñýöñé ŵĥö þîçķš ţĥéɱ ûþ çåñ ŕéåð ţĥéɱ. Îƒ ýöû þŕîñţ ţö å ƒîļé, ţĥåţ ƒîļé îš ñöţ éñçŕýþţéð. Šĥŕéð ţĥé þåĝéš ŵĥéñ ýöû ñö ļöñĝéŕ ñééð ţĥéɱ.]</translation>
        </message>
        <message>
            <source>The exported file is not encrypted. Anyone who can open the file can read it. Keep it somewhere safe and delete it when you no longer need it.</source>
            <translation>[Ţĥé éẋþöŕţéð ƒîļé îš ñöţ éñçŕýþţéð. Åñýöñé ŵĥö çåñ öþéñ ţĥé ƒîļé çåñ ŕéåð îţ. Ķééþ îţ šöɱéŵĥéŕé šåƒé åñð ðéļéţé îţ ŵĥéñ ýöû ñö ļöñĝéŕ ñééð îţ.]</translation>
        </message>
        <message>
            <source>Check what will be exported as PDF</source>
            <translation>[Çĥéçķ ŵĥåţ ŵîļļ ƀé éẋþöŕţéð åš ÞÐƑ]</translation>
        </message>
        <message>
            <source>Check what will be exported as Markdown</source>
            <translation>[Çĥéçķ ŵĥåţ ŵîļļ ƀé éẋþöŕţéð åš Ṁåŕķðöŵñ]</translation>
        </message>
        <message>
            <source>Check what will be printed</source>
            <translation>[Çĥéçķ ŵĥåţ ŵîļļ ƀé þŕîñţéð]</translation>
        </message>
        <message>
            <source>Include what the linked reflections &amp;say (not only their titles and dates)</source>
            <translation>[Îñçļûðé ŵĥåţ ţĥé ļîñķéð ŕéƒļéçţîöñš &amp;såý (ñöţ öñļý ţĥéîŕ ţîţļéš åñð ðåţéš)]</translation>
        </message>
        <message>
            <source>Include the notes of what was &amp;discussed</source>
            <translation>[Îñçļûðé ţĥé ñöţéš öƒ ŵĥåţ ŵåš &amp;dîšçûššéð]</translation>
        </message>
        <message>
            <source>E&amp;xactly this text will leave the journal:</source>
            <translation>[É&amp;xåçţļý ţĥîš ţéẋţ ŵîļļ ļéåṽé ţĥé ĵöûŕñåļ:]</translation>
        </message>
        <message>
            <source>The text that will be exported, with possible identifying details marked</source>
            <translation>[Ţĥé ţéẋţ ţĥåţ ŵîļļ ƀé éẋþöŕţéð, ŵîţĥ þöššîƀļé îðéñţîƒýîñĝ ðéţåîļš ɱåŕķéð]</translation>
        </message>
        <message>
            <source>What leaves the journal is not encrypted.</source>
            <translation>[Ŵĥåţ ļéåṽéš ţĥé ĵöûŕñåļ îš ñöţ éñçŕýþţéð.]</translation>
        </message>
        <message>
            <source>&amp;Continue…</source>
            <translation>[&amp;Cöñţîñûé…]</translation>
        </message>
        <message>
            <source>The exported file is not encrypted.</source>
            <translation>[Ţĥé éẋþöŕţéð ƒîļé îš ñöţ éñçŕýþţéð.]</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>[&amp;Cöþý]</translation>
        </message>
        <message>
            <source>Text on the clipboard can be read by other programs until it is cleared.</source>
            <translation>[Ţéẋţ öñ ţĥé çļîþƀöåŕð çåñ ƀé ŕéåð ƀý öţĥéŕ þŕöĝŕåɱš ûñţîļ îţ îš çļéåŕéð.]</translation>
        </message>
        <message>
            <source>Check what will be copied</source>
            <translation>[Çĥéçķ ŵĥåţ ŵîļļ ƀé çöþîéð]</translation>
        </message>
        <message>
            <source>Include the &amp;names of supervisee and supervisor</source>
            <translation>[Îñçļûðé ţĥé &amp;nåɱéš öƒ šûþéŕṽîšéé åñð šûþéŕṽîšöŕ]</translation>
        </message>
        <message>
            <source>Include &amp;wellbeing (how the work is affecting you, and the check-ins of the linked reflections)</source>
            <translation>[Îñçļûðé &amp;wéļļƀéîñĝ (ĥöŵ ţĥé ŵöŕķ îš åƒƒéçţîñĝ ýöû, åñð ţĥé çĥéçķ-îñš öƒ ţĥé ļîñķéð ŕéƒļéçţîöñš)]</translation>
        </message>
        <message>
            <source>Include a c&amp;hart of my check-ins since the last session</source>
            <translation>[Îñçļûðé å ç&amp;håŕţ öƒ ɱý çĥéçķ-îñš šîñçé ţĥé ļåšţ šéššîöñ]</translation>
        </message>
        <message>
            <source>Your name on the record</source>
            <translation>[Ýöûŕ ñåɱé öñ ţĥé ŕéçöŕð]</translation>
        </message>
        <message>
            <source>Left blank: a line to write it on</source>
            <translation>[Ļéƒţ ƀļåñķ: å ļîñé ţö ŵŕîţé îţ öñ]</translation>
        </message>
        <message>
            <source>Your supervisor's name on the record</source>
            <translation>[Ýöûŕ šûþéŕṽîšöŕ'š ñåɱé öñ ţĥé ŕéçöŕð]</translation>
        </message>
        <message>
            <source>Your na&amp;me:</source>
            <translation>[Ýöûŕ ñå&amp;mé:]</translation>
        </message>
        <message>
            <source>Su&amp;pervisor's name:</source>
            <translation>[Šû&amp;péŕṽîšöŕ'š ñåɱé:]</translation>
        </message>
        <message>
            <source>The text that will be exported</source>
            <translation>[Ţĥé ţéẋţ ţĥåţ ŵîļļ ƀé éẋþöŕţéð]</translation>
        </message>
        <message>
            <source>Choose where to save the PDF…</source>
            <translation>[Çĥööšé ŵĥéŕé ţö šåṽé ţĥé ÞÐƑ…]</translation>
        </message>
        <message>
            <source>Choose where to save the Markdown…</source>
            <translation>[Çĥööšé ŵĥéŕé ţö šåṽé ţĥé Ṁåŕķðöŵñ…]</translation>
        </message>
        <message>
            <source>Save the CPD records as PDF</source>
            <translation>[Šåṽé ţĥé ÇÞÐ ŕéçöŕðš åš ÞÐƑ]</translation>
        </message>
        <message>
            <source>Save the CPD records as Markdown</source>
            <translation>[Šåṽé ţĥé ÇÞÐ ŕéçöŕðš åš Ṁåŕķðöŵñ]</translation>
        </message>
        <message>
            <source>Choose a printer…</source>
            <translation>[Çĥööšé å þŕîñţéŕ…]</translation>
        </message>
        <message>
            <source>Actions copied; the clipboard is cleared after a short time</source>
            <translation>[Åçţîöñš çöþîéð; ţĥé çļîþƀöåŕð îš çļéåŕéð åƒţéŕ å šĥöŕţ ţîɱé]</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>[ÞÐƑ ƒîļéš (*.pdf)]</translation>
        </message>
        <message>
            <source>Markdown files (*.md)</source>
            <translation>[Ṁåŕķðöŵñ ƒîļéš (*.md)]</translation>
        </message>
        <message>
            <source>Save the supervision PDF</source>
            <translation>[Šåṽé ţĥé šûþéŕṽîšîöñ ÞÐƑ]</translation>
        </message>
        <message>
            <source>Save the supervision Markdown</source>
            <translation>[Šåṽé ţĥé šûþéŕṽîšîöñ Ṁåŕķðöŵñ]</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>[&amp;Oþéñ]</translation>
        </message>
        <message>
            <source>Open the exported file</source>
            <translation>[Öþéñ ţĥé éẋþöŕţéð ƒîļé]</translation>
        </message>
        <message>
            <source>Show in &amp;folder</source>
            <translation>[Šĥöŵ îñ &amp;föļðéŕ]</translation>
        </message>
        <message>
            <source>Show the folder the file was saved in</source>
            <translation>[Šĥöŵ ţĥé ƒöļðéŕ ţĥé ƒîļé ŵåš šåṽéð îñ]</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>[Ðîšɱîšš]</translation>
        </message>
        <message>
            <source>Saved as %1. This file is not encrypted: delete it when you no longer need it.</source>
            <translation>[Šåṽéð åš %1. Ţĥîš ƒîļé îš ñöţ éñçŕýþţéð: ðéļéţé îţ ŵĥéñ ýöû ñö ļöñĝéŕ ñééð îţ.]</translation>
        </message>
        <message>
            <source>Print the supervision record</source>
            <translation>[Þŕîñţ ţĥé šûþéŕṽîšîöñ ŕéçöŕð]</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>[Ñéṽéŕ]</translation>
        </message>
        <message>
            <source>After 1 year</source>
            <translation>[Åƒţéŕ 1 ýéåŕ]</translation>
        </message>
        <message>
            <source>After %1 years</source>
            <translation>[Åƒţéŕ %1 ýéåŕš]</translation>
        </message>
        <message>
            <source>Review old entries</source>
            <translation>[Ŕéṽîéŵ öļð éñţŕîéš]</translation>
        </message>
        <message>
            <source>Ask me to &amp;review reflections:</source>
            <translation>[Åšķ ɱé ţö &amp;réṽîéŵ ŕéƒļéçţîöñš:]</translation>
        </message>
        <message>
            <source>Entries older than the review age</source>
            <translation>[Éñţŕîéš öļðéŕ ţĥåñ ţĥé ŕéṽîéŵ åĝé]</translation>
        </message>
        <message>
            <source>&amp;Export then delete…</source>
            <translation>[&amp;Eẋþöŕţ ţĥéñ ðéļéţé…]</translation>
        </message>
        <message>
            <source>&amp;Delete permanently…</source>
            <translation>[&amp;Déļéţé þéŕɱåñéñţļý…]</translation>
        </message>
        <message>
            <source>Backups made before a deletion still hold the deleted entries until they rotate out. To remove them everywhere, make a fresh backup and remove the older ones.</source>
            <translation>[Ɓåçķûþš ɱåðé ƀéƒöŕé å ðéļéţîöñ šţîļļ ĥöļð ţĥé ðéļéţéð éñţŕîéš ûñţîļ ţĥéý ŕöţåţé öûţ. Ţö ŕéɱöṽé ţĥéɱ éṽéŕýŵĥéŕé, ɱåķé å ƒŕéšĥ ƀåçķûþ åñð ŕéɱöṽé ţĥé öļðéŕ öñéš.]</translation>
        </message>
        <message>
            <source>Make a fresh backup and remove &amp;older ones…</source>
            <translation>[Ṁåķé å ƒŕéšĥ ƀåçķûþ åñð ŕéɱöṽé &amp;oļðéŕ öñéš…]</translation>
        </message>
        <message>
            <source>Reflections are kept until you delete them. Choose an age to review them.</source>
            <translation>[Ŕéƒļéçţîöñš åŕé ķéþţ ûñţîļ ýöû ðéļéţé ţĥéɱ. Çĥööšé åñ åĝé ţö ŕéṽîéŵ ţĥéɱ.]</translation>
        </message>
        <message>
            <source>No reflection is older than the review age.</source>
            <translation>[Ñö ŕéƒļéçţîöñ îš öļðéŕ ţĥåñ ţĥé ŕéṽîéŵ åĝé.]</translation>
        </message>
        <message>
            <source>%1 reflections are older than the review age. Select some, then choose.</source>
            <translation>[%1 ŕéƒļéçţîöñš åŕé öļðéŕ ţĥåñ ţĥé ŕéṽîéŵ åĝé. Šéļéçţ šöɱé, ţĥéñ çĥööšé.]</translation>
        </message>
        <message>
            <source>%1 deleted permanently.</source>
            <translation>[%1 ðéļéţéð þéŕɱåñéñţļý.]</translation>
        </message>
        <message>
            <source>Delete permanently?</source>
            <translation>[Ðéļéţé þéŕɱåñéñţļý?]</translation>
        </message>
        <message>
            <source>%1 reflections will be removed from the journal and their text overwritten. This cannot be undone. Backups made before now still hold them until they rotate out.</source>
            <translation>[%1 ŕéƒļéçţîöñš ŵîļļ ƀé ŕéɱöṽéð ƒŕöɱ ţĥé ĵöûŕñåļ åñð ţĥéîŕ ţéẋţ öṽéŕŵŕîţţéñ. Ţĥîš çåññöţ ƀé ûñðöñé. Ɓåçķûþš ɱåðé ƀéƒöŕé ñöŵ šţîļļ ĥöļð ţĥéɱ ûñţîļ ţĥéý ŕöţåţé öûţ.]</translation>
        </message>
        <message>
            <source>Choose an empty folder for the export</source>
            <translation>[Çĥööšé åñ éɱþţý ƒöļðéŕ ƒöŕ ţĥé éẋþöŕţ]</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>[Éẋþöŕţ ƒåîļéð]</translation>
        </message>
        <message>
            <source>Exported (not encrypted). Now remove these %1 reflections from the journal for good?</source>
            <translation>[Éẋþöŕţéð (ñöţ éñçŕýþţéð). Ñöŵ ŕéɱöṽé ţĥéšé %1 ŕéƒļéçţîöñš ƒŕöɱ ţĥé ĵöûŕñåļ ƒöŕ ĝööð?]</translation>
        </message>
        <message>
            <source>Remove older backups?</source>
            <translation>[Ŕéɱöṽé öļðéŕ ƀåçķûþš?]</translation>
        </message>
        <message>
            <source>A new backup is made and checked, then every older backup of this journal is removed. Continue?</source>
            <translation>[Å ñéŵ ƀåçķûþ îš ɱåðé åñð çĥéçķéð, ţĥéñ éṽéŕý öļðéŕ ƀåçķûþ öƒ ţĥîš ĵöûŕñåļ îš ŕéɱöṽéð. Çöñţîñûé?]</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>[Ɓåçķûþ ƒåîļéð]</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>[Ɓåçķûþ ɱåðé]</translation>
        </message>
        <message>
            <source>A fresh backup was made; %1 older backups were removed.</source>
            <translation>[Å ƒŕéšĥ ƀåçķûþ ŵåš ɱåðé; %1 öļðéŕ ƀåçķûþš ŵéŕé ŕéɱöṽéð.]</translation>
        </message>
        <message>
            <source>Line manager</source>
            <translation>[Ļîñé ɱåñåĝéŕ]</translation>
        </message>
        <message>
            <source>Professional educator</source>
            <translation>[Þŕöƒéššîöñåļ éðûçåţöŕ]</translation>
        </message>
        <message>
            <source>Practice supervisor</source>
            <translation>[Þŕåçţîçé šûþéŕṽîšöŕ]</translation>
        </message>
        <message>
            <source>Peer group</source>
            <translation>[Þééŕ ĝŕöûþ]</translation>
        </message>
        <message>
            <source>Formal supervision</source>
            <translation>[Ƒöŕɱåļ šûþéŕṽîšîöñ]</translation>
        </message>
        <message>
            <source>Reflective session</source>
            <translation>[Ŕéƒļéçţîṽé šéššîöñ]</translation>
        </message>
        <message>
            <source>Three-way meeting with manager and educator</source>
            <translation>[Ţĥŕéé-ŵåý ɱééţîñĝ ŵîţĥ ɱåñåĝéŕ åñð éðûçåţöŕ]</translation>
        </message>
        <message>
            <source>Group supervision</source>
            <translation>[Ĝŕöûþ šûþéŕṽîšîöñ]</translation>
        </message>
        <message>
            <source>Feedback after an observation</source>
            <translation>[Ƒééðƀåçķ åƒţéŕ åñ öƀšéŕṽåţîöñ]</translation>
        </message>
        <message>
            <source>Management</source>
            <translation>[Ṁåñåĝéɱéñţ]</translation>
        </message>
        <message>
            <source>Development</source>
            <translation>[Ðéṽéļöþɱéñţ]</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>[Šûþþöŕţ]</translation>
        </message>
        <message>
            <source>Mediation</source>
            <translation>[Ṁéðîåţîöñ]</translation>
        </message>
        <message>
            <source>Caseload, tasks, timescales, plans and accountability</source>
            <translation>[Çåšéļöåð, ţåšķš, ţîɱéšçåļéš, þļåñš åñð åççöûñţåƀîļîţý]</translation>
        </message>
        <message>
            <source>Skills, knowledge, learning from practice</source>
            <translation>[Šķîļļš, ķñöŵļéðĝé, ļéåŕñîñĝ ƒŕöɱ þŕåçţîçé]</translation>
        </message>
        <message>
            <source>How the work is affecting you, and what helps</source>
            <translation>[Ĥöŵ ţĥé ŵöŕķ îš åƒƒéçţîñĝ ýöû, åñð ŵĥåţ ĥéļþš]</translation>
        </message>
        <message>
            <source>The team, other agencies, resources, escalation</source>
            <translation>[Ţĥé ţéåɱ, öţĥéŕ åĝéñçîéš, ŕéšöûŕçéš, éšçåļåţîöñ]</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>[Ĥéļð]</translation>
        </message>
        <message>
            <source>Preparing</source>
            <translation>[Þŕéþåŕîñĝ]</translation>
        </message>
        <message>
            <source>done</source>
            <translation>[ðöñé]</translation>
        </message>
        <message>
            <source>not done yet</source>
            <translation>[ñöţ ðöñé ýéţ]</translation>
        </message>
        <message>
            <source>%1 with %2</source>
            <translation>[%1 ŵîţĥ %2]</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>[(ûñţîţļéð)]</translation>
        </message>
        <message>
            <source>Prompts for preparing supervision</source>
            <translation>[Þŕöɱþţš ƒöŕ þŕéþåŕîñĝ šûþéŕṽîšîöñ]</translation>
        </message>
        <message>
            <source>Questions of the chosen prompt</source>
            <translation>[Ǫûéšţîöñš öƒ ţĥé çĥöšéñ þŕöɱþţ]</translation>
        </message>
        <message>
            <source>Insert into q&amp;uestions</source>
            <translation>[Îñšéŕţ îñţö ǫ&amp;uéšţîöñš]</translation>
        </message>
        <message>
            <source>Insert the prompt's questions into “Questions to bring”</source>
            <translation>[Îñšéŕţ ţĥé þŕöɱþţ'š ǫûéšţîöñš îñţö “Ǫûéšţîöñš ţö ƀŕîñĝ”]</translation>
        </message>
        <message>
            <source>Prompts for preparing supervision will be offered here once prompt packs are installed.</source>
            <translation>[Þŕöɱþţš ƒöŕ þŕéþåŕîñĝ šûþéŕṽîšîöñ ŵîļļ ƀé öƒƒéŕéð ĥéŕé öñçé þŕöɱþţ þåçķš åŕé îñšţåļļéð.]</translation>
        </message>
        <message>
            <source>Only since the last supervision</source>
            <translation>[Öñļý šîñçé ţĥé ļåšţ šûþéŕṽîšîöñ]</translation>
        </message>
        <message>
            <source>Untick to look further back</source>
            <translation>[Ûñţîçķ ţö ļööķ ƒûŕţĥéŕ ƀåçķ]</translation>
        </message>
        <message>
            <source>Search reflections</source>
            <translation>[Šéåŕçĥ ŕéƒļéçţîöñš]</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>[Çļéåŕ ţĥé šéåŕçĥ]</translation>
        </message>
        <message>
            <source>Show reflections of this kind</source>
            <translation>[Šĥöŵ ŕéƒļéçţîöñš öƒ ţĥîš ķîñð]</translation>
        </message>
        <message>
            <source>Show reflections with this tag</source>
            <translation>[Šĥöŵ ŕéƒļéçţîöñš ŵîţĥ ţĥîš ţåĝ]</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>[Ƒŕöɱ ðåţé]</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>[Ţö ðåţé]</translation>
        </message>
        <message>
            <source>Any date</source>
            <translation>[Åñý ðåţé]</translation>
        </message>
        <message>
            <source>Reflections to choose from</source>
            <translation>[Ŕéƒļéçţîöñš ţö çĥööšé ƒŕöɱ]</translation>
        </message>
        <message>
            <source>Tick the reflections to bring to this session. Space ticks; Enter opens.</source>
            <translation>[Ţîçķ ţĥé ŕéƒļéçţîöñš ţö ƀŕîñĝ ţö ţĥîš šéššîöñ. Šþåçé ţîçķš; Éñţéŕ öþéñš.]</translation>
        </message>
        <message>
            <source>Reflections linked to this session</source>
            <translation>[Ŕéƒļéçţîöñš ļîñķéð ţö ţĥîš šéššîöñ]</translation>
        </message>
        <message>
            <source>&amp;Open in journal</source>
            <translation>[&amp;Oþéñ îñ ĵöûŕñåļ]</translation>
        </message>
        <message>
            <source>Open the chosen reflection in the journal</source>
            <translation>[Öþéñ ţĥé çĥöšéñ ŕéƒļéçţîöñ îñ ţĥé ĵöûŕñåļ]</translation>
        </message>
        <message>
            <source>&amp;Unlink</source>
            <translation>[&amp;Uñļîñķ]</translation>
        </message>
        <message>
            <source>Unlink the chosen reflection from this session</source>
            <translation>[Ûñļîñķ ţĥé çĥöšéñ ŕéƒļéçţîöñ ƒŕöɱ ţĥîš šéššîöñ]</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>[Ķîñð:]</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>[Ţåĝ:]</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>[&amp;Fŕöɱ]</translation>
        </message>
        <message>
            <source>Reflection log for my assessor</source>
            <translation>[Ŕéƒļéçţîöñ ļöĝ ƒöŕ ɱý åššéššöŕ]</translation>
        </message>
        <message>
            <source>The reflections you choose, grouped by the review periods of your first year and by the framework items they evidence, with your own summary of each period. You see exactly what leaves before saving a file; nothing is sent.</source>
            <translation>[Ţĥé ŕéƒļéçţîöñš ýöû çĥööšé, ĝŕöûþéð ƀý ţĥé ŕéṽîéŵ þéŕîöðš öƒ ýöûŕ ƒîŕšţ ýéåŕ åñð ƀý ţĥé ƒŕåɱéŵöŕķ îţéɱš ţĥéý éṽîðéñçé, ŵîţĥ ýöûŕ öŵñ šûɱɱåŕý öƒ éåçĥ þéŕîöð. Ýöû šéé éẋåçţļý ŵĥåţ ļéåṽéš ƀéƒöŕé šåṽîñĝ å ƒîļé; ñöţĥîñĝ îš šéñţ.]</translation>
        </message>
        <message>
            <source>From</source>
            <translation>[Ƒŕöɱ]</translation>
        </message>
        <message>
            <source>To</source>
            <translation>[Ţö]</translation>
        </message>
        <message>
            <source>Group by the &amp;review periods of my first year, which began on</source>
            <translation>[Ĝŕöûþ ƀý ţĥé &amp;réṽîéŵ þéŕîöðš öƒ ɱý ƒîŕšţ ýéåŕ, ŵĥîçĥ ƀéĝåñ öñ]</translation>
        </message>
        <message>
            <source>First year began on</source>
            <translation>[Ƒîŕšţ ýéåŕ ƀéĝåñ öñ]</translation>
        </message>
        <message>
            <source>Framework</source>
            <translation>[Ƒŕåɱéŵöŕķ]</translation>
        </message>
        <message>
            <source>Tick a&amp;ll</source>
            <translation>[Ţîçķ å&amp;lļ]</translation>
        </message>
        <message>
            <source>Tick &amp;none</source>
            <translation>[Ţîçķ &amp;nöñé]</translation>
        </message>
        <message>
            <source>My summary of this period</source>
            <translation>[Ṁý šûɱɱåŕý öƒ ţĥîš þéŕîöð]</translation>
        </message>
        <message>
            <source>Export as &amp;PDF…</source>
            <translation>[Éẋþöŕţ åš &amp;PÐƑ…]</translation>
        </message>
        <message>
            <source>Export as M&amp;arkdown…</source>
            <translation>[Éẋþöŕţ åš Ṁ&amp;aŕķðöŵñ…]</translation>
        </message>
        <message>
            <source>&amp;to</source>
            <translation>[&amp;tö]</translation>
        </message>
        <message>
            <source>Fra&amp;mework:</source>
            <translation>[Ƒŕå&amp;méŵöŕķ:]</translation>
        </message>
        <message>
            <source>My &amp;summary for:</source>
            <translation>[Ṁý &amp;sûɱɱåŕý ƒöŕ:]</translation>
        </message>
        <message>
            <source>None: by review period only</source>
            <translation>[Ñöñé: ƀý ŕéṽîéŵ þéŕîöð öñļý]</translation>
        </message>
        <message>
            <source>&amp;Reflections to include (%1 of %2 ticked):</source>
            <translation>[&amp;Réƒļéçţîöñš ţö îñçļûðé (%1 öƒ %2 ţîçķéð):]</translation>
        </message>
        <message>
            <source>Summary kept in the journal.</source>
            <translation>[Šûɱɱåŕý ķéþţ îñ ţĥé ĵöûŕñåļ.]</translation>
        </message>
        <message>
            <source>Save the reflection log as PDF</source>
            <translation>[Šåṽé ţĥé ŕéƒļéçţîöñ ļöĝ åš ÞÐƑ]</translation>
        </message>
        <message>
            <source>Save the reflection log as Markdown</source>
            <translation>[Šåṽé ţĥé ŕéƒļéçţîöñ ļöĝ åš Ṁåŕķðöŵñ]</translation>
        </message>
        <message>
            <source>Saved %1 (not encrypted).</source>
            <translation>[Šåṽéð %1 (ñöţ éñçŕýþţéð).]</translation>
        </message>
        <message>
            <source>Linked to this session</source>
            <translation>[Ļîñķéð ţö ţĥîš šéššîöñ]</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>[Åļļ ķîñðš]</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>[Åļļ ţåĝš]</translation>
        </message>
        <message>
            <source>There is no earlier held session, so every reflection is offered.</source>
            <translation>[Ţĥéŕé îš ñö éåŕļîéŕ ĥéļð šéššîöñ, šö éṽéŕý ŕéƒļéçţîöñ îš öƒƒéŕéð.]</translation>
        </message>
        <message>
            <source>Reflections since your last supervision on %1, less those already discussed there.</source>
            <translation>[Ŕéƒļéçţîöñš šîñçé ýöûŕ ļåšţ šûþéŕṽîšîöñ öñ %1, ļéšš ţĥöšé åļŕéåðý ðîšçûššéð ţĥéŕé.]</translation>
        </message>
        <message>
            <source>No reflections match. Try other words, or untick “Only since the last supervision”.</source>
            <translation>[Ñö ŕéƒļéçţîöñš ɱåţçĥ. Ţŕý öţĥéŕ ŵöŕðš, öŕ ûñţîçķ “Öñļý šîñçé ţĥé ļåšţ šûþéŕṽîšîöñ”.]</translation>
        </message>
        <message>
            <source>(in the trash)</source>
            <translation>[(îñ ţĥé ţŕåšĥ)]</translation>
        </message>
        <message>
            <source>No reflections linked yet.</source>
            <translation>[Ñö ŕéƒļéçţîöñš ļîñķéð ýéţ.]</translation>
        </message>
        <message>
            <source>1 reflection linked.</source>
            <translation>[1 ŕéƒļéçţîöñ ļîñķéð.]</translation>
        </message>
        <message numerus="yes">
            <source>%n reflections linked.</source>
            <translation>
                <numerusform>[%n ŕéƒļéçţîöñš ļîñķéð.]</numerusform>
                <numerusform>[%n ŕéƒļéçţîöñš ļîñķéð.]</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Questions to bring</source>
            <translation>[&amp;Qûéšţîöñš ţö ƀŕîñĝ]</translation>
        </message>
        <message>
            <source>What do you want to ask or think through together?</source>
            <translation>[Ŵĥåţ ðö ýöû ŵåñţ ţö åšķ öŕ ţĥîñķ ţĥŕöûĝĥ ţöĝéţĥéŕ?]</translation>
        </message>
        <message>
            <source>&amp;Decisions needed</source>
            <translation>[&amp;Déçîšîöñš ñééðéð]</translation>
        </message>
        <message>
            <source>What needs a decision, and by when?</source>
            <translation>[Ŵĥåţ ñééðš å ðéçîšîöñ, åñð ƀý ŵĥéñ?]</translation>
        </message>
        <message>
            <source>What went &amp;well</source>
            <translation>[Ŵĥåţ ŵéñţ &amp;wéļļ]</translation>
        </message>
        <message>
            <source>What are you pleased with? What made the difference?</source>
            <translation>[Ŵĥåţ åŕé ýöû þļéåšéð ŵîţĥ? Ŵĥåţ ɱåðé ţĥé ðîƒƒéŕéñçé?]</translation>
        </message>
        <message>
            <source>&amp;Learning needs</source>
            <translation>[&amp;Léåŕñîñĝ ñééðš]</translation>
        </message>
        <message>
            <source>What would help you learn or develop now?</source>
            <translation>[Ŵĥåţ ŵöûļð ĥéļþ ýöû ļéåŕñ öŕ ðéṽéļöþ ñöŵ?]</translation>
        </message>
        <message>
            <source>How the work is a&amp;ffecting me</source>
            <translation>[Ĥöŵ ţĥé ŵöŕķ îš å&amp;fƒéçţîñĝ ɱé]</translation>
        </message>
        <message>
            <source>How are you, really? What is staying with you?</source>
            <translation>[Ĥöŵ åŕé ýöû, ŕéåļļý? Ŵĥåţ îš šţåýîñĝ ŵîţĥ ýöû?]</translation>
        </message>
        <message>
            <source>Date of the session</source>
            <translation>[Ðåţé öƒ ţĥé šéššîöñ]</translation>
        </message>
        <message>
            <source>Who the session is with</source>
            <translation>[Ŵĥö ţĥé šéššîöñ îš ŵîţĥ]</translation>
        </message>
        <message>
            <source>Name (optional)</source>
            <translation>[Ñåɱé (öþţîöñåļ)]</translation>
        </message>
        <message>
            <source>Their name (optional)</source>
            <translation>[Ţĥéîŕ ñåɱé (öþţîöñåļ)]</translation>
        </message>
        <message>
            <source>Type of session</source>
            <translation>[Ţýþé öƒ šéššîöñ]</translation>
        </message>
        <message>
            <source>Status of the session</source>
            <translation>[Šţåţûš öƒ ţĥé šéššîöñ]</translation>
        </message>
        <message>
            <source>Choose “Held” once the session has taken place</source>
            <translation>[Çĥööšé “Ĥéļð” öñçé ţĥé šéššîöñ ĥåš ţåķéñ þļåçé]</translation>
        </message>
        <message>
            <source>Where (optional)</source>
            <translation>[Ŵĥéŕé (öþţîöñåļ)]</translation>
        </message>
        <message>
            <source>Where the session is held (optional)</source>
            <translation>[Ŵĥéŕé ţĥé šéššîöñ îš ĥéļð (öþţîöñåļ)]</translation>
        </message>
        <message>
            <source>Date of the next meeting</source>
            <translation>[Ðåţé öƒ ţĥé ñéẋţ ɱééţîñĝ]</translation>
        </message>
        <message>
            <source>Not agreed yet</source>
            <translation>[Ñöţ åĝŕééð ýéţ]</translation>
        </message>
        <message>
            <source>Draw on wellbeing chec&amp;k-ins</source>
            <translation>[Ðŕåŵ öñ ŵéļļƀéîñĝ çĥéç&amp;k-îñš]</translation>
        </message>
        <message>
            <source>Add the wellbeing check-ins of the linked reflections</source>
            <translation>[Åðð ţĥé ŵéļļƀéîñĝ çĥéçķ-îñš öƒ ţĥé ļîñķéð ŕéƒļéçţîöñš]</translation>
        </message>
        <message>
            <source>Adds the wellbeing check-ins of the linked reflections to “How the work is affecting me”</source>
            <translation>[Åððš ţĥé ŵéļļƀéîñĝ çĥéçķ-îñš öƒ ţĥé ļîñķéð ŕéƒļéçţîöñš ţö “Ĥöŵ ţĥé ŵöŕķ îš åƒƒéçţîñĝ ɱé”]</translation>
        </message>
        <message>
            <source>What was discussed</source>
            <translation>[Ŵĥåţ ŵåš ðîšçûššéð]</translation>
        </message>
        <message>
            <source>What was discussed, and what you took from it</source>
            <translation>[Ŵĥåţ ŵåš ðîšçûššéð, åñð ŵĥåţ ýöû ţööķ ƒŕöɱ îţ]</translation>
        </message>
        <message>
            <source>Parts of the session</source>
            <translation>[Þåŕţš öƒ ţĥé šéššîöñ]</translation>
        </message>
        <message>
            <source>D&amp;ate:</source>
            <translation>[Ð&amp;aţé:]</translation>
        </message>
        <message>
            <source>W&amp;ith:</source>
            <translation>[Ŵ&amp;iţĥ:]</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>[&amp;Nåɱé:]</translation>
        </message>
        <message>
            <source>T&amp;ype:</source>
            <translation>[Ţ&amp;yþé:]</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>[&amp;Sţåţûš:]</translation>
        </message>
        <message>
            <source>W&amp;here:</source>
            <translation>[Ŵ&amp;héŕé:]</translation>
        </message>
        <message>
            <source>Ne&amp;xt meeting:</source>
            <translation>[Ñé&amp;xţ ɱééţîñĝ:]</translation>
        </message>
        <message>
            <source>Actions carried forward</source>
            <translation>[Åçţîöñš çåŕŕîéð ƒöŕŵåŕð]</translation>
        </message>
        <message>
            <source>What was &amp;discussed</source>
            <translation>[Ŵĥåţ ŵåš &amp;dîšçûššéð]</translation>
        </message>
        <message>
            <source>Actions agreed</source>
            <translation>[Åçţîöñš åĝŕééð]</translation>
        </message>
        <message>
            <source>&amp;1 Reflections</source>
            <translation>[&amp;1 Ŕéƒļéçţîöñš]</translation>
        </message>
        <message>
            <source>&amp;2 Agenda and actions</source>
            <translation>[&amp;2 Åĝéñðå åñð åçţîöñš]</translation>
        </message>
        <message>
            <source>&amp;3 Notes to bring</source>
            <translation>[&amp;3 Ñöţéš ţö ƀŕîñĝ]</translation>
        </message>
        <message>
            <source>&amp;4 After the session</source>
            <translation>[&amp;4 Åƒţéŕ ţĥé šéššîöñ]</translation>
        </message>
        <message>
            <source>Notes from the session. Actions not done carry forward into your next preparation by themselves.</source>
            <translation>[Ñöţéš ƒŕöɱ ţĥé šéššîöñ. Åçţîöñš ñöţ ðöñé çåŕŕý ƒöŕŵåŕð îñţö ýöûŕ ñéẋţ þŕéþåŕåţîöñ ƀý ţĥéɱšéļṽéš.]</translation>
        </message>
        <message>
            <source>Fill this in after the session, and set the status to “Held”.</source>
            <translation>[Ƒîļļ ţĥîš îñ åƒţéŕ ţĥé šéššîöñ, åñð šéţ ţĥé šţåţûš ţö “Ĥéļð”.]</translation>
        </message>
        <message>
            <source>From my wellbeing check-ins (1 struggling, 5 well):</source>
            <translation>[Ƒŕöɱ ɱý ŵéļļƀéîñĝ çĥéçķ-îñš (1 šţŕûĝĝļîñĝ, 5 ŵéļļ):]</translation>
        </message>
        <message>
            <source>%1: %2 of 5</source>
            <translation>[%1: %2 öƒ 5]</translation>
        </message>
        <message>
            <source>None of the linked reflections has a wellbeing check-in.</source>
            <translation>[Ñöñé öƒ ţĥé ļîñķéð ŕéƒļéçţîöñš ĥåš å ŵéļļƀéîñĝ çĥéçķ-îñ.]</translation>
        </message>
        <message>
            <source>Evidence map</source>
            <translation>[Éṽîðéñçé ɱåþ]</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>[Þéŕîöð]</translation>
        </message>
        <message>
            <source>Supervision</source>
            <translation>[Šûþéŕṽîšîöñ]</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>[Îţéɱ]</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>[Éñţŕîéš]</translation>
        </message>
        <message>
            <source>Most recent</source>
            <translation>[Ṁöšţ ŕéçéñţ]</translation>
        </message>
        <message>
            <source>Framework items and their evidence</source>
            <translation>[Ƒŕåɱéŵöŕķ îţéɱš åñð ţĥéîŕ éṽîðéñçé]</translation>
        </message>
        <message>
            <source>&amp;Evidence for the selected item:</source>
            <translation>[&amp;Eṽîðéñçé ƒöŕ ţĥé šéļéçţéð îţéɱ:]</translation>
        </message>
        <message>
            <source>The last 12 months</source>
            <translation>[Ţĥé ļåšţ 12 ɱöñţĥš]</translation>
        </message>
        <message>
            <source>This registration year (%1 to %2)</source>
            <translation>[Ţĥîš ŕéĝîšţŕåţîöñ ýéåŕ (%1 ţö %2)]</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>[Åļļ ţîɱé]</translation>
        </message>
        <message>
            <source>%1 of %2 items have evidence in this period; %3 have none yet.</source>
            <translation>[%1 öƒ %2 îţéɱš ĥåṽé éṽîðéñçé îñ ţĥîš þéŕîöð; %3 ĥåṽé ñöñé ýéţ.]</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>[ñöñé ýéţ]</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>[Éñţŕý]</translation>
        </message>
        <message>
            <source>CPD record</source>
            <translation>[ÇÞÐ ŕéçöŕð]</translation>
        </message>
        <message>
            <source>No evidence for this item in this period yet.</source>
            <translation>[Ñö éṽîðéñçé ƒöŕ ţĥîš îţéɱ îñ ţĥîš þéŕîöð ýéţ.]</translation>
        </message>
        <message>
            <source>&amp;Prepare for supervision</source>
            <translation>[&amp;Pŕéþåŕé ƒöŕ šûþéŕṽîšîöñ]</translation>
        </message>
        <message>
            <source>Prepare for a new supervision session</source>
            <translation>[Þŕéþåŕé ƒöŕ å ñéŵ šûþéŕṽîšîöñ šéššîöñ]</translation>
        </message>
        <message>
            <source>Supervision sessions</source>
            <translation>[Šûþéŕṽîšîöñ šéššîöñš]</translation>
        </message>
        <message>
            <source>Open a&amp;ctions…</source>
            <translation>[Öþéñ å&amp;cţîöñš…]</translation>
        </message>
        <message>
            <source>Show every open action</source>
            <translation>[Šĥöŵ éṽéŕý öþéñ åçţîöñ]</translation>
        </message>
        <message>
            <source>D&amp;elete session…</source>
            <translation>[Ð&amp;eļéţé šéššîöñ…]</translation>
        </message>
        <message>
            <source>Delete the chosen session</source>
            <translation>[Ðéļéţé ţĥé çĥöšéñ šéššîöñ]</translation>
        </message>
        <message>
            <source>Choose a session on the left, or prepare for a new one.</source>
            <translation>[Çĥööšé å šéššîöñ öñ ţĥé ļéƒţ, öŕ þŕéþåŕé ƒöŕ å ñéŵ öñé.]</translation>
        </message>
        <message>
            <source>E&amp;xport as PDF…</source>
            <translation>[É&amp;xþöŕţ åš ÞÐƑ…]</translation>
        </message>
        <message>
            <source>Export as &amp;Markdown…</source>
            <translation>[Éẋþöŕţ åš &amp;Måŕķðöŵñ…]</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>[Þ&amp;rîñţ…]</translation>
        </message>
        <message>
            <source>Export this session as PDF</source>
            <translation>[Éẋþöŕţ ţĥîš šéššîöñ åš ÞÐƑ]</translation>
        </message>
        <message>
            <source>Export this session as Markdown</source>
            <translation>[Éẋþöŕţ ţĥîš šéššîöñ åš Ṁåŕķðöŵñ]</translation>
        </message>
        <message>
            <source>Print this session</source>
            <translation>[Þŕîñţ ţĥîš šéššîöñ]</translation>
        </message>
        <message>
            <source>&amp;New record</source>
            <translation>[&amp;Néŵ ŕéçöŕð]</translation>
        </message>
        <message>
            <source>From a supervision &amp;session…</source>
            <translation>[Ƒŕöɱ å šûþéŕṽîšîöñ &amp;séššîöñ…]</translation>
        </message>
        <message>
            <source>Make a record from a supervision session</source>
            <translation>[Ṁåķé å ŕéçöŕð ƒŕöɱ å šûþéŕṽîšîöñ šéššîöñ]</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>[Ŕéçöŕðš]</translation>
        </message>
        <message>
            <source>D&amp;elete record…</source>
            <translation>[Ð&amp;eļéţé ŕéçöŕð…]</translation>
        </message>
        <message>
            <source>Choose a record on the left, or start a new one.</source>
            <translation>[Çĥööšé å ŕéçöŕð öñ ţĥé ļéƒţ, öŕ šţåŕţ å ñéŵ öñé.]</translation>
        </message>
        <message>
            <source>E&amp;xport the year as PDF…</source>
            <translation>[É&amp;xþöŕţ ţĥé ýéåŕ åš ÞÐƑ…]</translation>
        </message>
        <message>
            <source>Export the year as &amp;Markdown…</source>
            <translation>[Éẋþöŕţ ţĥé ýéåŕ åš &amp;Måŕķðöŵñ…]</translation>
        </message>
        <message>
            <source>Save now</source>
            <translation>[Šåṽé ñöŵ]</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>[Çļöšé]</translation>
        </message>
        <message>
            <source>&amp;Records:</source>
            <translation>[&amp;Réçöŕðš:]</translation>
        </message>
        <message>
            <source>This year, %1</source>
            <translation>[Ţĥîš ýéåŕ, %1]</translation>
        </message>
        <message>
            <source>No records yet</source>
            <translation>[Ñö ŕéçöŕðš ýéţ]</translation>
        </message>
        <message>
            <source>Last year, %1 (read-only)</source>
            <translation>[Ļåšţ ýéåŕ, %1 (ŕéåð-öñļý)]</translation>
        </message>
        <message>
            <source>With peer reflection</source>
            <translation>[Ŵîţĥ þééŕ ŕéƒļéçţîöñ]</translation>
        </message>
        <message>
            <source>This record is from %1, a registration year that has ended: it is kept as it was.</source>
            <translation>[Ţĥîš ŕéçöŕð îš ƒŕöɱ %1, å ŕéĝîšţŕåţîöñ ýéåŕ ţĥåţ ĥåš éñðéð: îţ îš ķéþţ åš îţ ŵåš.]</translation>
        </message>
        <message>
            <source>New record: it is saved once you type in it</source>
            <translation>[Ñéŵ ŕéçöŕð: îţ îš šåṽéð öñçé ýöû ţýþé îñ îţ]</translation>
        </message>
        <message>
            <source>No supervision sessions</source>
            <translation>[Ñö šûþéŕṽîšîöñ šéššîöñš]</translation>
        </message>
        <message>
            <source>There are no supervision sessions in the journal yet.</source>
            <translation>[Ţĥéŕé åŕé ñö šûþéŕṽîšîöñ šéššîöñš îñ ţĥé ĵöûŕñåļ ýéţ.]</translation>
        </message>
        <message>
            <source>Delete this CPD record?</source>
            <translation>[Ðéļéţé ţĥîš ÇÞÐ ŕéçöŕð?]</translation>
        </message>
        <message>
            <source>The record will be removed from the journal. The entries and sessions it draws on stay.</source>
            <translation>[Ţĥé ŕéçöŕð ŵîļļ ƀé ŕéɱöṽéð ƒŕöɱ ţĥé ĵöûŕñåļ. Ţĥé éñţŕîéš åñð šéššîöñš îţ ðŕåŵš öñ šţåý.]</translation>
        </message>
        <message>
            <source>Delete record</source>
            <translation>[Ðéļéţé ŕéçöŕð]</translation>
        </message>
        <message>
            <source>The record could not be deleted. Nothing was changed.</source>
            <translation>[Ţĥé ŕéçöŕð çöûļð ñöţ ƀé ðéļéţéð. Ñöţĥîñĝ ŵåš çĥåñĝéð.]</translation>
        </message>
        <message>
            <source>Record deleted</source>
            <translation>[Ŕéçöŕð ðéļéţéð]</translation>
        </message>
        <message>
            <source>Save the record first: see the message at the top.</source>
            <translation>[Šåṽé ţĥé ŕéçöŕð ƒîŕšţ: šéé ţĥé ɱéššåĝé åţ ţĥé ţöþ.]</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>[Þŕîñţ…]</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>[Šéššîöñš]</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>[Šåṽéð]</translation>
        </message>
        <message>
            <source>The disk is full, so a new preparation could not be started.</source>
            <translation>[Ţĥé ðîšķ îš ƒûļļ, šö å ñéŵ þŕéþåŕåţîöñ çöûļð ñöţ ƀé šţåŕţéð.]</translation>
        </message>
        <message>
            <source>New preparation started</source>
            <translation>[Ñéŵ þŕéþåŕåţîöñ šţåŕţéð]</translation>
        </message>
        <message>
            <source>Carrying on with the preparation for %1</source>
            <translation>[Çåŕŕýîñĝ öñ ŵîţĥ ţĥé þŕéþåŕåţîöñ ƒöŕ %1]</translation>
        </message>
        <message>
            <source>Delete this supervision session?</source>
            <translation>[Ðéļéţé ţĥîš šûþéŕṽîšîöñ šéššîöñ?]</translation>
        </message>
        <message>
            <source>The session, its notes and the actions agreed at it will be removed from the journal. The reflections it links to stay. This cannot be undone.</source>
            <translation>[Ţĥé šéššîöñ, îţš ñöţéš åñð ţĥé åçţîöñš åĝŕééð åţ îţ ŵîļļ ƀé ŕéɱöṽéð ƒŕöɱ ţĥé ĵöûŕñåļ. Ţĥé ŕéƒļéçţîöñš îţ ļîñķš ţö šţåý. Ţĥîš çåññöţ ƀé ûñðöñé.]</translation>
        </message>
        <message>
            <source>Delete session</source>
            <translation>[Ðéļéţé šéššîöñ]</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>[Ķééþ]</translation>
        </message>
        <message>
            <source>The session could not be deleted. Nothing was changed.</source>
            <translation>[Ţĥé šéššîöñ çöûļð ñöţ ƀé ðéļéţéð. Ñöţĥîñĝ ŵåš çĥåñĝéð.]</translation>
        </message>
        <message>
            <source>Session deleted</source>
            <translation>[Šéššîöñ ðéļéţéð]</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>[Ñöţ éẋþöŕţéð]</translation>
        </message>
        <message>
            <source>Save the session first: see the message at the top.</source>
            <translation>[Šåṽé ţĥé šéššîöñ ƒîŕšţ: šéé ţĥé ɱéššåĝé åţ ţĥé ţöþ.]</translation>
        </message>
        <message>
            <source>Sent to the printer</source>
            <translation>[Šéñţ ţö ţĥé þŕîñţéŕ]</translation>
        </message>
        <message>
            <source>Exported (not encrypted)</source>
            <translation>[Éẋþöŕţéð (ñöţ éñçŕýþţéð)]</translation>
        </message>
        <message>
            <source>Your last changes are not saved</source>
            <translation>[Ýöûŕ ļåšţ çĥåñĝéš åŕé ñöţ šåṽéð]</translation>
        </message>
        <message>
            <source>The last changes to this session could not be saved. Close anyway and lose them?</source>
            <translation>[Ţĥé ļåšţ çĥåñĝéš ţö ţĥîš šéššîöñ çöûļð ñöţ ƀé šåṽéð. Çļöšé åñýŵåý åñð ļöšé ţĥéɱ?]</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>[Ṁåîñ ţööļƀåŕ]</translation>
        </message>
        <message>
            <source>On your People list</source>
            <translation>[Öñ ýöûŕ Þéöþļé ļîšţ]</translation>
        </message>
        <message>
            <source>Possible names</source>
            <translation>[Þöššîƀļé ñåɱéš]</translation>
        </message>
        <message>
            <source>NHS numbers</source>
            <translation>[ÑĤŠ ñûɱƀéŕš]</translation>
        </message>
        <message>
            <source>National Insurance numbers</source>
            <translation>[Ñåţîöñåļ Îñšûŕåñçé ñûɱƀéŕš]</translation>
        </message>
        <message>
            <source>Postcodes</source>
            <translation>[Þöšţçöðéš]</translation>
        </message>
        <message>
            <source>Phone numbers</source>
            <translation>[Þĥöñé ñûɱƀéŕš]</translation>
        </message>
        <message>
            <source>Email addresses</source>
            <translation>[Éɱåîļ åððŕéššéš]</translation>
        </message>
        <message>
            <source>Dates of birth</source>
            <translation>[Ðåţéš öƒ ƀîŕţĥ]</translation>
        </message>
        <message>
            <source>Addresses</source>
            <translation>[Åððŕéššéš]</translation>
        </message>
        <message>
            <source>Schools</source>
            <translation>[Šçĥööļš]</translation>
        </message>
        <message>
            <source>Case numbers</source>
            <translation>[Çåšé ñûɱƀéŕš]</translation>
        </message>
        <message>
            <source>stand-in</source>
            <translation>[šţåñð-îñ]</translation>
        </message>
        <message>
            <source>initials</source>
            <translation>[îñîţîåļš]</translation>
        </message>
        <message>
            <source>keep</source>
            <translation>[ķééþ]</translation>
        </message>
        <message>
            <source>Checking for details that may identify someone…</source>
            <translation>[Çĥéçķîñĝ ƒöŕ ðéţåîļš ţĥåţ ɱåý îðéñţîƒý šöɱéöñé…]</translation>
        </message>
        <message>
            <source>Progress of the identifying-information check</source>
            <translation>[Þŕöĝŕéšš öƒ ţĥé îðéñţîƒýîñĝ-îñƒöŕɱåţîöñ çĥéçķ]</translation>
        </message>
        <message>
            <source>Stop the check</source>
            <translation>[Šţöþ ţĥé çĥéçķ]</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>[Ƒöûñð]</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>[Ţîɱéš]</translation>
        </message>
        <message>
            <source>Goes out as</source>
            <translation>[Ĝöéš öûţ åš]</translation>
        </message>
        <message>
            <source>Details that may identify someone</source>
            <translation>[Ðéţåîļš ţĥåţ ɱåý îðéñţîƒý šöɱéöñé]</translation>
        </message>
        <message>
            <source>&amp;Details that may identify someone:</source>
            <translation>[&amp;Déţåîļš ţĥåţ ɱåý îðéñţîƒý šöɱéöñé:]</translation>
        </message>
        <message>
            <source>Use &amp;stand-in</source>
            <translation>[Ûšé &amp;sţåñð-îñ]</translation>
        </message>
        <message>
            <source>Use i&amp;nitials</source>
            <translation>[Ûšé î&amp;nîţîåļš]</translation>
        </message>
        <message>
            <source>&amp;Keep</source>
            <translation>[&amp;Kééþ]</translation>
        </message>
        <message>
            <source>Always i&amp;gnore this word</source>
            <translation>[Åļŵåýš î&amp;gñöŕé ţĥîš ŵöŕð]</translation>
        </message>
        <message>
            <source>Replace all su&amp;ggested</source>
            <translation>[Ŕéþļåçé åļļ šû&amp;gĝéšţéð]</translation>
        </message>
        <message>
            <source>The check is an aid, not a guarantee: read the text before it leaves.</source>
            <translation>[Ţĥé çĥéçķ îš åñ åîð, ñöţ å ĝûåŕåñţéé: ŕéåð ţĥé ţéẋţ ƀéƒöŕé îţ ļéåṽéš.]</translation>
        </message>
        <message>
            <source>The check was stopped: nothing is highlighted. Read the text yourself.</source>
            <translation>[Ţĥé çĥéçķ ŵåš šţöþþéð: ñöţĥîñĝ îš ĥîĝĥļîĝĥţéð. Ŕéåð ţĥé ţéẋţ ýöûŕšéļƒ.]</translation>
        </message>
        <message>
            <source>The check found nothing that looks identifying. It is an aid, not a guarantee.</source>
            <translation>[Ţĥé çĥéçķ ƒöûñð ñöţĥîñĝ ţĥåţ ļööķš îðéñţîƒýîñĝ. Îţ îš åñ åîð, ñöţ å ĝûåŕåñţéé.]</translation>
        </message>
        <message>
            <source>%1 details that may identify someone are highlighted (%2 different).</source>
            <translation>[%1 ðéţåîļš ţĥåţ ɱåý îðéñţîƒý šöɱéöñé åŕé ĥîĝĥļîĝĥţéð (%2 ðîƒƒéŕéñţ).]</translation>
        </message>
        <message>
            <source>Goes out as: %1</source>
            <translation>[Ĝöéš öûţ åš: %1]</translation>
        </message>
        <message>
            <source>Every suggested replacement is made in the outgoing copy.</source>
            <translation>[Éṽéŕý šûĝĝéšţéð ŕéþļåçéɱéñţ îš ɱåðé îñ ţĥé öûţĝöîñĝ çöþý.]</translation>
        </message>
        <message>
            <source>MainWindow</source>
            <comment>This will open the following address in your web browser:

%1

Open it?</comment>
            <translation>[ṀåîñŴîñðöŵ]</translation>
        </message>
        <message>
            <source>MainWindow</source>
            <comment>Open this link?</comment>
            <translation>[ṀåîñŴîñðöŵ]</translation>
        </message>
        <message>
            <source>Nothing to show for this period.</source>
            <translation>[Ñöţĥîñĝ ţö šĥöŵ ƒöŕ ţĥîš þéŕîöð.]</translation>
        </message>
        <message>
            <source>Wellbeing check-ins</source>
            <translation>[Ŵéļļƀéîñĝ çĥéçķ-îñš]</translation>
        </message>
        <message>
            <source>%1: %2 out of 5, rolling average %3</source>
            <translation>[%1: %2 öûţ öƒ 5, ŕöļļîñĝ åṽéŕåĝé %3]</translation>
        </message>
        <message>
            <source>No check-ins in this period.</source>
            <translation>[Ñö çĥéçķ-îñš îñ ţĥîš þéŕîöð.]</translation>
        </message>
        <message>
            <source>5 Well</source>
            <translation>[5 Ŵéļļ]</translation>
        </message>
        <message>
            <source>1 Struggling</source>
            <translation>[1 Šţŕûĝĝļîñĝ]</translation>
        </message>
        <message>
            <source>Entries per week by kind</source>
            <translation>[Éñţŕîéš þéŕ ŵééķ ƀý ķîñð]</translation>
        </message>
        <message>
            <source>Week beginning %1: %2 entries</source>
            <translation>[Ŵééķ ƀéĝîññîñĝ %1: %2 éñţŕîéš]</translation>
        </message>
        <message>
            <source>No entries in this period.</source>
            <translation>[Ñö éñţŕîéš îñ ţĥîš þéŕîöð.]</translation>
        </message>
        <message>
            <source>Days reflected on</source>
            <translation>[Ðåýš ŕéƒļéçţéð öñ]</translation>
        </message>
        <message>
            <source>%1: no entries</source>
            <translation>[%1: ñö éñţŕîéš]</translation>
        </message>
        <message>
            <source>%1: 1 entry</source>
            <translation>[%1: 1 éñţŕý]</translation>
        </message>
        <message>
            <source>%1: %2 entries</source>
            <translation>[%1: %2 éñţŕîéš]</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>[Ṁöñ]</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>[Ŵéð]</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>[Ƒŕî]</translation>
        </message>
        <message>
            <source>Looking &amp;back…</source>
            <translation>[Ļööķîñĝ &amp;båçķ…]</translation>
        </message>
        <message>
            <source>Your check-ins and your work over the last weeks or months</source>
            <translation>[Ýöûŕ çĥéçķ-îñš åñð ýöûŕ ŵöŕķ öṽéŕ ţĥé ļåšţ ŵééķš öŕ ɱöñţĥš]</translation>
        </message>
        <message>
            <source>Looking back</source>
            <translation>[Ļööķîñĝ ƀåçķ]</translation>
        </message>
        <message>
            <source>The note about low check-ins is off. You can turn it on again in Settings.</source>
            <translation>[Ţĥé ñöţé åƀöûţ ļöŵ çĥéçķ-îñš îš öƒƒ. Ýöû çåñ ţûŕñ îţ öñ åĝåîñ îñ Šéţţîñĝš.]</translation>
        </message>
        <message>
            <source>A month ago: %1</source>
            <translation>[Å ɱöñţĥ åĝö: %1]</translation>
        </message>
        <message>
            <source>A year ago: %1</source>
            <translation>[Å ýéåŕ åĝö: %1]</translation>
        </message>
        <message>
            <source>On this day</source>
            <translation>[Öñ ţĥîš ðåý]</translation>
        </message>
        <message>
            <source>Hide “On this day” until tomorrow</source>
            <translation>[Ĥîðé “Öñ ţĥîš ðåý” ûñţîļ ţöɱöŕŕöŵ]</translation>
        </message>
        <message>
            <source>Open CPD records</source>
            <translation>[Öþéñ ÇÞÐ ŕéçöŕðš]</translation>
        </message>
        <message>
            <source>Hide the CPD note until tomorrow</source>
            <translation>[Ĥîðé ţĥé ÇÞÐ ñöţé ûñţîļ ţöɱöŕŕöŵ]</translation>
        </message>
        <message>
            <source>Hide until tomorrow</source>
            <translation>[Ĥîðé ûñţîļ ţöɱöŕŕöŵ]</translation>
        </message>
        <message>
            <source>What this record draws on</source>
            <translation>[Ŵĥåţ ţĥîš ŕéçöŕð ðŕåŵš öñ]</translation>
        </message>
        <message>
            <source>Find by title</source>
            <translation>[Ƒîñð ƀý ţîţļé]</translation>
        </message>
        <message>
            <source>&amp;Tick the entries and supervision sessions this record draws on:</source>
            <translation>[&amp;Tîçķ ţĥé éñţŕîéš åñð šûþéŕṽîšîöñ šéššîöñš ţĥîš ŕéçöŕð ðŕåŵš öñ:]</translation>
        </message>
        <message>
            <source>Supervision, %1 · %2</source>
            <translation>[Šûþéŕṽîšîöñ, %1 · %2]</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>[Ûñţîţļéð]</translation>
        </message>
        <message>
            <source>Keep these links</source>
            <translation>[Ķééþ ţĥéšé ļîñķš]</translation>
        </message>
        <message>
            <source>the last 4 weeks</source>
            <translation>[ţĥé ļåšţ 4 ŵééķš]</translation>
        </message>
        <message>
            <source>the last 3 months</source>
            <translation>[ţĥé ļåšţ 3 ɱöñţĥš]</translation>
        </message>
        <message>
            <source>the last 12 months</source>
            <translation>[ţĥé ļåšţ 12 ɱöñţĥš]</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>[%1 ţö %2]</translation>
        </message>
        <message>
            <source>No check-ins in %1.</source>
            <translation>[Ñö çĥéçķ-îñš îñ %1.]</translation>
        </message>
        <message>
            <source>Average %1 over %2 (%3 check-ins)</source>
            <translation>[Åṽéŕåĝé %1 öṽéŕ %2 (%3 çĥéçķ-îñš)]</translation>
        </message>
        <message>
            <source>; none in the same length of time before.</source>
            <translation>[; ñöñé îñ ţĥé šåɱé ļéñĝţĥ öƒ ţîɱé ƀéƒöŕé.]</translation>
        </message>
        <message>
            <source>, down from %1.</source>
            <translation>[, ðöŵñ ƒŕöɱ %1.]</translation>
        </message>
        <message>
            <source>, up from %1.</source>
            <translation>[, ûþ ƒŕöɱ %1.]</translation>
        </message>
        <message>
            <source>, the same as the time before.</source>
            <translation>[, ţĥé šåɱé åš ţĥé ţîɱé ƀéƒöŕé.]</translation>
        </message>
        <message>
            <source>No entries in %1.</source>
            <translation>[Ñö éñţŕîéš îñ %1.]</translation>
        </message>
        <message>
            <source> and 1 other kind</source>
            <translation>[ åñð 1 öţĥéŕ ķîñð]</translation>
        </message>
        <message>
            <source> and %1 other kinds</source>
            <translation>[ åñð %1 öţĥéŕ ķîñðš]</translation>
        </message>
        <message>
            <source>%1 entries over %2: %3.</source>
            <translation>[%1 éñţŕîéš öṽéŕ %2: %3.]</translation>
        </message>
        <message>
            <source>Busiest week: beginning %1 (%2 entries).</source>
            <translation>[Ɓûšîéšţ ŵééķ: ƀéĝîññîñĝ %1 (%2 éñţŕîéš).]</translation>
        </message>
        <message>
            <source>You reflected on %1 of %2 days.</source>
            <translation>[Ýöû ŕéƒļéçţéð öñ %1 öƒ %2 ðåýš.]</translation>
        </message>
        <message>
            <source>the support part of your next supervision agenda</source>
            <translation>[ţĥé šûþþöŕţ þåŕţ öƒ ýöûŕ ñéẋţ šûþéŕṽîšîöñ åĝéñðå]</translation>
        </message>
        <message>
            <source>Nothing here is shared unless you choose.</source>
            <translation>[Ñöţĥîñĝ ĥéŕé îš šĥåŕéð ûñļéšš ýöû çĥööšé.]</translation>
        </message>
        <message>
            <source>Last 4 weeks</source>
            <translation>[Ļåšţ 4 ŵééķš]</translation>
        </message>
        <message>
            <source>Last 3 months</source>
            <translation>[Ļåšţ 3 ɱöñţĥš]</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>[Ļåšţ 12 ɱöñţĥš]</translation>
        </message>
        <message>
            <source>Chosen dates</source>
            <translation>[Çĥöšéñ ðåţéš]</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>[&amp;Péŕîöð:]</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>[&amp;Fŕöɱ:]</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>[&amp;Tö:]</translation>
        </message>
        <message>
            <source>&amp;Add to my supervision agenda</source>
            <translation>[&amp;Aðð ţö ɱý šûþéŕṽîšîöñ åĝéñðå]</translation>
        </message>
        <message>
            <source>&amp;Turn this off</source>
            <translation>[&amp;Tûŕñ ţĥîš öƒƒ]</translation>
        </message>
        <message>
            <source>How I have been</source>
            <translation>[Ĥöŵ Î ĥåṽé ƀééñ]</translation>
        </message>
        <message>
            <source>The work, week by week</source>
            <translation>[Ţĥé ŵöŕķ, ŵééķ ƀý ŵééķ]</translation>
        </message>
        <message>
            <source>Days I reflected on</source>
            <translation>[Ðåýš Î ŕéƒļéçţéð öñ]</translation>
        </message>
        <message>
            <source>Only you can see this. It stays inside the encrypted journal.</source>
            <translation>[Öñļý ýöû çåñ šéé ţĥîš. Îţ šţåýš îñšîðé ţĥé éñçŕýþţéð ĵöûŕñåļ.]</translation>
        </message>
        <message>
            <source>The period must end on or after its first day.</source>
            <translation>[Ţĥé þéŕîöð ɱûšţ éñð öñ öŕ åƒţéŕ îţš ƒîŕšţ ðåý.]</translation>
        </message>
        <message>
            <source>Supervision today</source>
            <translation>[Šûþéŕṽîšîöñ ţöðåý]</translation>
        </message>
        <message>
            <source>Supervision tomorrow</source>
            <translation>[Šûþéŕṽîšîöñ ţöɱöŕŕöŵ]</translation>
        </message>
        <message>
            <source>1 action overdue</source>
            <translation>[1 åçţîöñ öṽéŕðûé]</translation>
        </message>
        <message>
            <source>%1 actions overdue</source>
            <translation>[%1 åçţîöñš öṽéŕðûé]</translation>
        </message>
        <message>
            <source>Next supervision: %1</source>
            <translation>[Ñéẋţ šûþéŕṽîšîöñ: %1]</translation>
        </message>
        <message>
            <source>Supervision reminder</source>
            <translation>[Šûþéŕṽîšîöñ ŕéɱîñðéŕ]</translation>
        </message>
        <message>
            <source>Remind me with a desktop &amp;notification</source>
            <translation>[Ŕéɱîñð ɱé ŵîţĥ å ðéšķţöþ &amp;nöţîƒîçåţîöñ]</translation>
        </message>
        <message>
            <source>Says only “Supervision tomorrow” or how many actions are overdue, never what they are</source>
            <translation>[Šåýš öñļý “Šûþéŕṽîšîöñ ţöɱöŕŕöŵ” öŕ ĥöŵ ɱåñý åçţîöñš åŕé öṽéŕðûé, ñéṽéŕ ŵĥåţ ţĥéý åŕé]</translation>
        </message>
        <message>
            <source>Prepare</source>
            <translation>[Þŕéþåŕé]</translation>
        </message>
        <message>
            <source>&amp;Supervision (%1)</source>
            <translation>[&amp;Sûþéŕṽîšîöñ (%1)]</translation>
        </message>
        <message>
            <source>&amp;Supervision</source>
            <translation>[&amp;Sûþéŕṽîšîöñ]</translation>
        </message>
        <message>
            <source>reflectjournal</source>
            <translation>[ŕéƒļéçţĵöûŕñåļ]</translation>
        </message>
        <message>
            <source>Make a CPD record from a supervision session</source>
            <translation>[Ṁåķé å ÇÞÐ ŕéçöŕð ƒŕöɱ å šûþéŕṽîšîöñ šéššîöñ]</translation>
        </message>
        <message>
            <source>&amp;Supervision sessions, newest first:</source>
            <translation>[&amp;Sûþéŕṽîšîöñ šéššîöñš, ñéŵéšţ ƒîŕšţ:]</translation>
        </message>
        <message>
            <source>The record counts as peer reflection. The session's notes are shown beside the form.</source>
            <translation>[Ţĥé ŕéçöŕð çöûñţš åš þééŕ ŕéƒļéçţîöñ. Ţĥé šéššîöñ'š ñöţéš åŕé šĥöŵñ ƀéšîðé ţĥé ƒöŕɱ.]</translation>
        </message>
        <message>
            <source>Make the record</source>
            <translation>[Ṁåķé ţĥé ŕéçöŕð]</translation>
        </message>
        <message>
            <source>CPD &amp;records…</source>
            <translation>[ÇÞÐ &amp;réçöŕðš…]</translation>
        </message>
        <message>
            <source>Your CPD records for this registration year</source>
            <translation>[Ýöûŕ ÇÞÐ ŕéçöŕðš ƒöŕ ţĥîš ŕéĝîšţŕåţîöñ ýéåŕ]</translation>
        </message>
        <message>
            <source>&amp;CPD record from a supervision session…</source>
            <translation>[&amp;CÞÐ ŕéçöŕð ƒŕöɱ å šûþéŕṽîšîöñ šéššîöñ…]</translation>
        </message>
        <message>
            <source>Make a &amp;CPD record from this</source>
            <translation>[Ṁåķé å &amp;CÞÐ ŕéçöŕð ƒŕöɱ ţĥîš]</translation>
        </message>
        <message>
            <source>Start a CPD record that draws on this entry</source>
            <translation>[Šţåŕţ å ÇÞÐ ŕéçöŕð ţĥåţ ðŕåŵš öñ ţĥîš éñţŕý]</translation>
        </message>
        <message>
            <source>Reflection &amp;log for my assessor…</source>
            <translation>[Ŕéƒļéçţîöñ &amp;löĝ ƒöŕ ɱý åššéššöŕ…]</translation>
        </message>
        <message>
            <source>Your reflections grouped by review period and framework item, to export</source>
            <translation>[Ýöûŕ ŕéƒļéçţîöñš ĝŕöûþéð ƀý ŕéṽîéŵ þéŕîöð åñð ƒŕåɱéŵöŕķ îţéɱ, ţö éẋþöŕţ]</translation>
        </message>
        <message>
            <source>CPD records</source>
            <translation>[ÇÞÐ ŕéçöŕðš]</translation>
        </message>
        <message>
            <source>Write and save an entry first, then make a record from it.</source>
            <translation>[Ŵŕîţé åñð šåṽé åñ éñţŕý ƒîŕšţ, ţĥéñ ɱåķé å ŕéçöŕð ƒŕöɱ îţ.]</translation>
        </message>
        <message>
            <source>Nothing to copy: the field is empty</source>
            <translation>[Ñöţĥîñĝ ţö çöþý: ţĥé ƒîéļð îš éɱþţý]</translation>
        </message>
        <message>
            <source>Copied; the clipboard is cleared after a short time</source>
            <translation>[Çöþîéð; ţĥé çļîþƀöåŕð îš çļéåŕéð åƒţéŕ å šĥöŕţ ţîɱé]</translation>
        </message>
        <message>
            <source>CPD for registration: %1. %2 The renewal window closes on %3.</source>
            <translation>[ÇÞÐ ƒöŕ ŕéĝîšţŕåţîöñ: %1. %2 Ţĥé ŕéñéŵåļ ŵîñðöŵ çļöšéš öñ %3.]</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>[Çöþý]</translation>
        </message>
        <message>
            <source>Copy: %1</source>
            <translation>[Çöþý: %1]</translation>
        </message>
        <message>
            <source>Put this field on the clipboard, to paste into the regulator's form</source>
            <translation>[Þûţ ţĥîš ƒîéļð öñ ţĥé çļîþƀöåŕð, ţö þåšţé îñţö ţĥé ŕéĝûļåţöŕ'š ƒöŕɱ]</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>[Ðåţé]</translation>
        </message>
        <message>
            <source>Over se&amp;veral days</source>
            <translation>[Öṽéŕ šé&amp;véŕåļ ðåýš]</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>[Ûñţîļ]</translation>
        </message>
        <message>
            <source>&amp;Until:</source>
            <translation>[&amp;Uñţîļ:]</translation>
        </message>
        <message>
            <source>&amp;Type of CPD:</source>
            <translation>[&amp;Týþé öƒ ÇÞÐ:]</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>[&amp;Dåţé:]</translation>
        </message>
        <message>
            <source>Change wh&amp;at it draws on…</source>
            <translation>[Çĥåñĝé ŵĥ&amp;aţ îţ ðŕåŵš öñ…]</translation>
        </message>
        <message>
            <source>Choose the entries and supervision sessions it draws on</source>
            <translation>[Çĥööšé ţĥé éñţŕîéš åñð šûþéŕṽîšîöñ šéššîöñš îţ ðŕåŵš öñ]</translation>
        </message>
        <message>
            <source>Draws on:</source>
            <translation>[Ðŕåŵš öñ:]</translation>
        </message>
        <message>
            <source>A role, not a name: “my supervisor”</source>
            <translation>[Å ŕöļé, ñöţ å ñåɱé: “ɱý šûþéŕṽîšöŕ”]</translation>
        </message>
        <message>
            <source>Who you discussed it wit&amp;h, by role:</source>
            <translation>[Ŵĥö ýöû ðîšçûššéð îţ ŵîţ&amp;h, ƀý ŕöļé:]</translation>
        </message>
        <message>
            <source>Who you discussed it with, by role</source>
            <translation>[Ŵĥö ýöû ðîšçûššéð îţ ŵîţĥ, ƀý ŕöļé]</translation>
        </message>
        <message>
            <source>Copy: Who you discussed it with</source>
            <translation>[Çöþý: Ŵĥö ýöû ðîšçûššéð îţ ŵîţĥ]</translation>
        </message>
        <message>
            <source>Professional standards:</source>
            <translation>[Þŕöƒéššîöñåļ šţåñðåŕðš:]</translation>
        </message>
        <message>
            <source>Linking a record to professional standards comes with frameworks.</source>
            <translation>[Ļîñķîñĝ å ŕéçöŕð ţö þŕöƒéššîöñåļ šţåñðåŕðš çöɱéš ŵîţĥ ƒŕåɱéŵöŕķš.]</translation>
        </message>
        <message>
            <source>1 entry</source>
            <translation>[1 éñţŕý]</translation>
        </message>
        <message>
            <source>%1 entries</source>
            <translation>[%1 éñţŕîéš]</translation>
        </message>
        <message>
            <source>1 supervision session</source>
            <translation>[1 šûþéŕṽîšîöñ šéššîöñ]</translation>
        </message>
        <message>
            <source>%1 supervision sessions</source>
            <translation>[%1 šûþéŕṽîšîöñ šéššîöñš]</translation>
        </message>
        <message>
            <source>nothing linked</source>
            <translation>[ñöţĥîñĝ ļîñķéð]</translation>
        </message>
        <message>
            <source>Course, training or conference</source>
            <translation>[Çöûŕšé, ţŕåîñîñĝ öŕ çöñƒéŕéñçé]</translation>
        </message>
        <message>
            <source>Online learning, webinar or podcast</source>
            <translation>[Öñļîñé ļéåŕñîñĝ, ŵéƀîñåŕ öŕ þöðçåšţ]</translation>
        </message>
        <message>
            <source>Reading or research</source>
            <translation>[Ŕéåðîñĝ öŕ ŕéšéåŕçĥ]</translation>
        </message>
        <message>
            <source>Supervision or reflective discussion</source>
            <translation>[Šûþéŕṽîšîöñ öŕ ŕéƒļéçţîṽé ðîšçûššîöñ]</translation>
        </message>
        <message>
            <source>Learning with peers: shadowing, mentoring, group discussion</source>
            <translation>[Ļéåŕñîñĝ ŵîţĥ þééŕš: šĥåðöŵîñĝ, ɱéñţöŕîñĝ, ĝŕöûþ ðîšçûššîöñ]</translation>
        </message>
        <message>
            <source>Learning from practice, feedback or a case review</source>
            <translation>[Ļéåŕñîñĝ ƒŕöɱ þŕåçţîçé, ƒééðƀåçķ öŕ å çåšé ŕéṽîéŵ]</translation>
        </message>
        <message>
            <source>Teaching, presenting or supporting others' learning</source>
            <translation>[Ţéåçĥîñĝ, þŕéšéñţîñĝ öŕ šûþþöŕţîñĝ öţĥéŕš' ļéåŕñîñĝ]</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>[Öţĥéŕ]</translation>
        </message>
        <message>
            <source>&amp;What the activity was and why it matters to your practice</source>
            <translation>[&amp;Wĥåţ ţĥé åçţîṽîţý ŵåš åñð ŵĥý îţ ɱåţţéŕš ţö ýöûŕ þŕåçţîçé]</translation>
        </message>
        <message>
            <source>Say briefly what you did (a course, some reading, a discussion) and why you chose it: the part of your work or the question it connects to.</source>
            <translation>[Šåý ƀŕîéƒļý ŵĥåţ ýöû ðîð (å çöûŕšé, šöɱé ŕéåðîñĝ, å ðîšçûššîöñ) åñð ŵĥý ýöû çĥöšé îţ: ţĥé þåŕţ öƒ ýöûŕ ŵöŕķ öŕ ţĥé ǫûéšţîöñ îţ çöññéçţš ţö.]</translation>
        </message>
        <message>
            <source>What you &amp;learned</source>
            <translation>[Ŵĥåţ ýöû &amp;léåŕñéð]</translation>
        </message>
        <message>
            <source>One or two things you now know or do differently. Concrete is better than complete: a new question you ask, a risk you now notice, a piece of law you now use.</source>
            <translation>[Öñé öŕ ţŵö ţĥîñĝš ýöû ñöŵ ķñöŵ öŕ ðö ðîƒƒéŕéñţļý. Çöñçŕéţé îš ƀéţţéŕ ţĥåñ çöɱþļéţé: å ñéŵ ǫûéšţîöñ ýöû åšķ, å ŕîšķ ýöû ñöŵ ñöţîçé, å þîéçé öƒ ļåŵ ýöû ñöŵ ûšé.]</translation>
        </message>
        <message>
            <source>The difference it ma&amp;kes to your practice and to the people you work with</source>
            <translation>[Ţĥé ðîƒƒéŕéñçé îţ ɱå&amp;kéš ţö ýöûŕ þŕåçţîçé åñð ţö ţĥé þéöþļé ýöû ŵöŕķ ŵîţĥ]</translation>
        </message>
        <message>
            <source>How your work has changed or will change, and what that means for the children, adults and families you work with. An example from practice, described without names, helps.</source>
            <translation>[Ĥöŵ ýöûŕ ŵöŕķ ĥåš çĥåñĝéð öŕ ŵîļļ çĥåñĝé, åñð ŵĥåţ ţĥåţ ɱéåñš ƒöŕ ţĥé çĥîļðŕéñ, åðûļţš åñð ƒåɱîļîéš ýöû ŵöŕķ ŵîţĥ. Åñ éẋåɱþļé ƒŕöɱ þŕåçţîçé, ðéšçŕîƀéð ŵîţĥöûţ ñåɱéš, ĥéļþš.]</translation>
        </message>
        <message>
            <source>What you learned from discussing it with a &amp;peer</source>
            <translation>[Ŵĥåţ ýöû ļéåŕñéð ƒŕöɱ ðîšçûššîñĝ îţ ŵîţĥ å &amp;pééŕ]</translation>
        </message>
        <message>
            <source>Who you talked it through with changes what you take from it: what did the conversation add, challenge or confirm? A supervision session counts.</source>
            <translation>[Ŵĥö ýöû ţåļķéð îţ ţĥŕöûĝĥ ŵîţĥ çĥåñĝéš ŵĥåţ ýöû ţåķé ƒŕöɱ îţ: ŵĥåţ ðîð ţĥé çöñṽéŕšåţîöñ åðð, çĥåļļéñĝé öŕ çöñƒîŕɱ? Å šûþéŕṽîšîöñ šéššîöñ çöûñţš.]</translation>
        </message>
        <message>
            <source>my supervisor</source>
            <translation>[ɱý šûþéŕṽîšöŕ]</translation>
        </message>
        <message>
            <source>my line manager</source>
            <translation>[ɱý ļîñé ɱåñåĝéŕ]</translation>
        </message>
        <message>
            <source>my practice educator</source>
            <translation>[ɱý þŕåçţîçé éðûçåţöŕ]</translation>
        </message>
        <message>
            <source>a colleague in my team</source>
            <translation>[å çöļļéåĝûé îñ ɱý ţéåɱ]</translation>
        </message>
        <message>
            <source>a colleague from another agency</source>
            <translation>[å çöļļéåĝûé ƒŕöɱ åñöţĥéŕ åĝéñçý]</translation>
        </message>
        <message>
            <source>a peer group</source>
            <translation>[å þééŕ ĝŕöûþ]</translation>
        </message>
        <message>
            <source>1 word</source>
            <translation>[1 ŵöŕð]</translation>
        </message>
        <message>
            <source>%1 words</source>
            <translation>[%1 ŵöŕðš]</translation>
        </message>
        <message>
            <source>1 record</source>
            <translation>[1 ŕéçöŕð]</translation>
        </message>
        <message>
            <source>%1 records</source>
            <translation>[%1 ŕéçöŕðš]</translation>
        </message>
        <message>
            <source>%1 with peer reflection</source>
            <translation>[%1 ŵîţĥ þééŕ ŕéƒļéçţîöñ]</translation>
        </message>
        <message>
            <source>met</source>
            <translation>[ɱéţ]</translation>
        </message>
        <message>
            <source>not met yet</source>
            <translation>[ñöţ ɱéţ ýéţ]</translation>
        </message>
        <message>
            <source>You have what the regulator asks for this year. You can add more.</source>
            <translation>[Ýöû ĥåṽé ŵĥåţ ţĥé ŕéĝûļåţöŕ åšķš ƒöŕ ţĥîš ýéåŕ. Ýöû çåñ åðð ɱöŕé.]</translation>
        </message>
        <message>
            <source>One of your records needs peer reflection.</source>
            <translation>[Öñé öƒ ýöûŕ ŕéçöŕðš ñééðš þééŕ ŕéƒļéçţîöñ.]</translation>
        </message>
        <message>
            <source>You need 2 records this year, one of them with peer reflection.</source>
            <translation>[Ýöû ñééð 2 ŕéçöŕðš ţĥîš ýéåŕ, öñé öƒ ţĥéɱ ŵîţĥ þééŕ ŕéƒļéçţîöñ.]</translation>
        </message>
        <message>
            <source>You need one more record, with peer reflection.</source>
            <translation>[Ýöû ñééð öñé ɱöŕé ŕéçöŕð, ŵîţĥ þééŕ ŕéƒļéçţîöñ.]</translation>
        </message>
        <message>
            <source>You need one more record.</source>
            <translation>[Ýöû ñééð öñé ɱöŕé ŕéçöŕð.]</translation>
        </message>
        <message>
            <source>The renewal window is open until %1: %2 days left.</source>
            <translation>[Ţĥé ŕéñéŵåļ ŵîñðöŵ îš öþéñ ûñţîļ %1: %2 ðåýš ļéƒţ.]</translation>
        </message>
        <message>
            <source>The renewal window opens on %1 and closes on %2.</source>
            <translation>[Ţĥé ŕéñéŵåļ ŵîñðöŵ öþéñš öñ %1 åñð çļöšéš öñ %2.]</translation>
        </message>
        <message>
            <source>Registration year %1 (%2 to %3)</source>
            <translation>[Ŕéĝîšţŕåţîöñ ýéåŕ %1 (%2 ţö %3)]</translation>
        </message>
        <message>
            <source>Startin&amp;g point (read-only)</source>
            <translation>[Šţåŕţîñ&amp;g þöîñţ (ŕéåð-öñļý)]</translation>
        </message>
        <message>
            <source>What this record draws on. Nothing here is copied into the record unless you insert it.</source>
            <translation>[Ŵĥåţ ţĥîš ŕéçöŕð ðŕåŵš öñ. Ñöţĥîñĝ ĥéŕé îš çöþîéð îñţö ţĥé ŕéçöŕð ûñļéšš ýöû îñšéŕţ îţ.]</translation>
        </message>
        <message>
            <source>Starting point (read-only)</source>
            <translation>[Šţåŕţîñĝ þöîñţ (ŕéåð-öñļý)]</translation>
        </message>
        <message>
            <source>Into:</source>
            <translation>[Îñţö:]</translation>
        </message>
        <message>
            <source>Into the field</source>
            <translation>[Îñţö ţĥé ƒîéļð]</translation>
        </message>
        <message>
            <source>&amp;Insert selection</source>
            <translation>[&amp;Iñšéŕţ šéļéçţîöñ]</translation>
        </message>
        <message>
            <source>Insert selection into the chosen field</source>
            <translation>[Îñšéŕţ šéļéçţîöñ îñţö ţĥé çĥöšéñ ƒîéļð]</translation>
        </message>
        <message>
            <source>Ad&amp;vanced</source>
            <translation>[Åð&amp;våñçéð]</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>[Åðṽåñçéð]</translation>
        </message>
        <message>
            <source>Sign the prompt pack</source>
            <translation>[Šîĝñ ţĥé þŕöɱþţ þåçķ]</translation>
        </message>
        <message>
            <source>Signing “%1” lets practitioners check that it comes from your organisation and has not been changed since. Use the key made with “reflectjournal pack keygen”.</source>
            <translation>[Šîĝñîñĝ “%1” ļéţš þŕåçţîţîöñéŕš çĥéçķ ţĥåţ îţ çöɱéš ƒŕöɱ ýöûŕ öŕĝåñîšåţîöñ åñð ĥåš ñöţ ƀééñ çĥåñĝéð šîñçé. Ûšé ţĥé ķéý ɱåðé ŵîţĥ “ŕéƒļéçţĵöûŕñåļ þåçķ ķéýĝéñ”.]</translation>
        </message>
        <message>
            <source>No key chosen</source>
            <translation>[Ñö ķéý çĥöšéñ]</translation>
        </message>
        <message>
            <source>C&amp;hoose key…</source>
            <translation>[Ç&amp;hööšé ķéý…]</translation>
        </message>
        <message>
            <source>The key's passphrase</source>
            <translation>[Ţĥé ķéý'š þåššþĥŕåšé]</translation>
        </message>
        <message>
            <source>Signing key:</source>
            <translation>[Šîĝñîñĝ ķéý:]</translation>
        </message>
        <message>
            <source>Choose key…</source>
            <translation>[Çĥööšé ķéý…]</translation>
        </message>
        <message>
            <source>Signing key</source>
            <translation>[Šîĝñîñĝ ķéý]</translation>
        </message>
        <message>
            <source>The key's &amp;passphrase:</source>
            <translation>[Ţĥé ķéý'š &amp;påššþĥŕåšé:]</translation>
        </message>
        <message>
            <source>&amp;Sign</source>
            <translation>[&amp;Sîĝñ]</translation>
        </message>
        <message>
            <source>Choose your signing key</source>
            <translation>[Çĥööšé ýöûŕ šîĝñîñĝ ķéý]</translation>
        </message>
        <message>
            <source>Signing keys (*.rjkey);;All files (*)</source>
            <translation>[Šîĝñîñĝ ķéýš (*.rjkey);;Åļļ ƒîļéš (*)]</translation>
        </message>
        <message>
            <source>Choose the signing key first.</source>
            <translation>[Çĥööšé ţĥé šîĝñîñĝ ķéý ƒîŕšţ.]</translation>
        </message>
        <message>
            <source>Type the key's passphrase.</source>
            <translation>[Ţýþé ţĥé ķéý'š þåššþĥŕåšé.]</translation>
        </message>
        <message>
            <source>That passphrase does not open this key. Check it and try again.</source>
            <translation>[Ţĥåţ þåššþĥŕåšé ðöéš ñöţ öþéñ ţĥîš ķéý. Çĥéçķ îţ åñð ţŕý åĝåîñ.]</translation>
        </message>
        <message>
            <source>The pack was not signed</source>
            <translation>[Ţĥé þåçķ ŵåš ñöţ šîĝñéð]</translation>
        </message>
        <message>
            <source>The saved file is not a valid pack.</source>
            <translation>[Ţĥé šåṽéð ƒîļé îš ñöţ å ṽåļîð þåçķ.]</translation>
        </message>
        <message>
            <source>Signed by %1 (fingerprint %2). Share this file; signing again is needed after any change.</source>
            <translation>[Šîĝñéð ƀý %1 (ƒîñĝéŕþŕîñţ %2). Šĥåŕé ţĥîš ƒîļé; šîĝñîñĝ åĝåîñ îš ñééðéð åƒţéŕ åñý çĥåñĝé.]</translation>
        </message>
        <message>
            <source>The team folder is still not answering, so it was not looked at this time.</source>
            <translation>[Ţĥé ţéåɱ ƒöļðéŕ îš šţîļļ ñöţ åñšŵéŕîñĝ, šö îţ ŵåš ñöţ ļööķéð åţ ţĥîš ţîɱé.]</translation>
        </message>
        <message>
            <source>The team folder did not answer within %1 seconds (a slow or disconnected network drive?). It will be looked at again next time you unlock.</source>
            <translation>[Ţĥé ţéåɱ ƒöļðéŕ ðîð ñöţ åñšŵéŕ ŵîţĥîñ %1 šéçöñðš (å šļöŵ öŕ ðîšçöññéçţéð ñéţŵöŕķ ðŕîṽé?). Îţ ŵîļļ ƀé ļööķéð åţ åĝåîñ ñéẋţ ţîɱé ýöû ûñļöçķ.]</translation>
        </message>
        <message>
            <source>The team folder could not be looked at: %1</source>
            <translation>[Ţĥé ţéåɱ ƒöļðéŕ çöûļð ñöţ ƀé ļööķéð åţ: %1]</translation>
        </message>
        <message>
            <source>1 more newer pack in the team folder will be offered next time.</source>
            <translation>[1 ɱöŕé ñéŵéŕ þåçķ îñ ţĥé ţéåɱ ƒöļðéŕ ŵîļļ ƀé öƒƒéŕéð ñéẋţ ţîɱé.]</translation>
        </message>
        <message>
            <source>%1 more newer packs in the team folder will be offered next time.</source>
            <translation>[%1 ɱöŕé ñéŵéŕ þåçķš îñ ţĥé ţéåɱ ƒöļðéŕ ŵîļļ ƀé öƒƒéŕéð ñéẋţ ţîɱé.]</translation>
        </message>
        <message>
            <source>The team folder was slow: only part of it was looked at within %1 seconds.</source>
            <translation>[Ţĥé ţéåɱ ƒöļðéŕ ŵåš šļöŵ: öñļý þåŕţ öƒ îţ ŵåš ļööķéð åţ ŵîţĥîñ %1 šéçöñðš.]</translation>
        </message>
        <message>
            <source>The team folder holds too many files or folders: only the first %1 were looked at.</source>
            <translation>[Ţĥé ţéåɱ ƒöļðéŕ ĥöļðš ţöö ɱåñý ƒîļéš öŕ ƒöļðéŕš: öñļý ţĥé ƒîŕšţ %1 ŵéŕé ļööķéð åţ.]</translation>
        </message>
        <message>
            <source>1 file in the team folder is not a usable prompt pack (%2).</source>
            <translation>[1 ƒîļé îñ ţĥé ţéåɱ ƒöļðéŕ îš ñöţ å ûšåƀļé þŕöɱþţ þåçķ (%2).]</translation>
        </message>
        <message>
            <source>%1 files in the team folder are not usable prompt packs (the first: %2).</source>
            <translation>[%1 ƒîļéš îñ ţĥé ţéåɱ ƒöļðéŕ åŕé ñöţ ûšåƀļé þŕöɱþţ þåçķš (ţĥé ƒîŕšţ: %2).]</translation>
        </message>
        <message>
            <source>Installed from the team folder, as you chose for their publisher: %1.</source>
            <translation>[Îñšţåļļéð ƒŕöɱ ţĥé ţéåɱ ƒöļðéŕ, åš ýöû çĥöšé ƒöŕ ţĥéîŕ þûƀļîšĥéŕ: %1.]</translation>
        </message>
        <message>
            <source>%1 (from the team folder)</source>
            <translation>[%1 (ƒŕöɱ ţĥé ţéåɱ ƒöļðéŕ)]</translation>
        </message>
        <message>
            <source>Team folder</source>
            <translation>[Ţéåɱ ƒöļðéŕ]</translation>
        </message>
        <message>
            <source>A folder your employer or educator shares (for example a synced or network folder). When you unlock, newer prompt packs found there are offered to you; nothing is installed without your yes.</source>
            <translation>[Å ƒöļðéŕ ýöûŕ éɱþļöýéŕ öŕ éðûçåţöŕ šĥåŕéš (ƒöŕ éẋåɱþļé å šýñçéð öŕ ñéţŵöŕķ ƒöļðéŕ). Ŵĥéñ ýöû ûñļöçķ, ñéŵéŕ þŕöɱþţ þåçķš ƒöûñð ţĥéŕé åŕé öƒƒéŕéð ţö ýöû; ñöţĥîñĝ îš îñšţåļļéð ŵîţĥöûţ ýöûŕ ýéš.]</translation>
        </message>
        <message>
            <source>Team &amp;folder…</source>
            <translation>[Ţéåɱ &amp;föļðéŕ…]</translation>
        </message>
        <message>
            <source>Choose the team folder</source>
            <translation>[Çĥööšé ţĥé ţéåɱ ƒöļðéŕ]</translation>
        </message>
        <message>
            <source>Stop &amp;using it</source>
            <translation>[Šţöþ &amp;ušîñĝ îţ]</translation>
        </message>
        <message>
            <source>&amp;Look now</source>
            <translation>[&amp;Lööķ ñöŵ]</translation>
        </message>
        <message>
            <source>Look in the team folder for newer prompt packs now</source>
            <translation>[Ļööķ îñ ţĥé ţéåɱ ƒöļðéŕ ƒöŕ ñéŵéŕ þŕöɱþţ þåçķš ñöŵ]</translation>
        </message>
        <message>
            <source>None chosen</source>
            <translation>[Ñöñé çĥöšéñ]</translation>
        </message>
        <message>
            <source>Team folder: %1</source>
            <translation>[Ţéåɱ ƒöļðéŕ: %1]</translation>
        </message>
        <message>
            <source>No team folder: packs are imported only from files you choose.</source>
            <translation>[Ñö ţéåɱ ƒöļðéŕ: þåçķš åŕé îɱþöŕţéð öñļý ƒŕöɱ ƒîļéš ýöû çĥööšé.]</translation>
        </message>
        <message>
            <source>Looking in the team folder…</source>
            <translation>[Ļööķîñĝ îñ ţĥé ţéåɱ ƒöļðéŕ…]</translation>
        </message>
        <message>
            <source>Looked at 1 pack</source>
            <translation>[Ļööķéð åţ 1 þåçķ]</translation>
        </message>
        <message>
            <source>Looked at %1 packs</source>
            <translation>[Ļööķéð åţ %1 þåçķš]</translation>
        </message>
        <message>
            <source>%1; none is newer than yours.</source>
            <translation>[%1; ñöñé îš ñéŵéŕ ţĥåñ ýöûŕš.]</translation>
        </message>
        <message>
            <source>%1; %2 offered.</source>
            <translation>[%1; %2 öƒƒéŕéð.]</translation>
        </message>
        <message>
            <source>Say when my check-&amp;ins stay low (only I see it)</source>
            <translation>[Šåý ŵĥéñ ɱý çĥéçķ-&amp;iñš šţåý ļöŵ (öñļý Î šéé îţ)]</translation>
        </message>
        <message>
            <source> days</source>
            <translation>[ ðåýš]</translation>
        </message>
        <message>
            <source> check-ins</source>
            <translation>[ çĥéçķ-îñš]</translation>
        </message>
        <message>
            <source>Over the l&amp;ast</source>
            <translation>[Öṽéŕ ţĥé ļ&amp;ašţ]</translation>
        </message>
        <message>
            <source>a&amp;verage at or below</source>
            <translation>[å&amp;véŕåĝé åţ öŕ ƀéļöŵ]</translation>
        </message>
        <message>
            <source>f&amp;rom at least</source>
            <translation>[ƒ&amp;röɱ åţ ļéåšţ]</translation>
        </message>
        <message>
            <source>Low check-ins: %1</source>
            <translation>[Ļöŵ çĥéçķ-îñš: %1]</translation>
        </message>
        <message>
            <source>the last week</source>
            <translation>[ţĥé ļåšţ ŵééķ]</translation>
        </message>
        <message>
            <source>the last two weeks</source>
            <translation>[ţĥé ļåšţ ţŵö ŵééķš]</translation>
        </message>
        <message>
            <source>the last %1 weeks</source>
            <translation>[ţĥé ļåšţ %1 ŵééķš]</translation>
        </message>
        <message>
            <source>the last %1 days</source>
            <translation>[ţĥé ļåšţ %1 ðåýš]</translation>
        </message>
        <message>
            <source>Your check-ins over %1 have been low (average %2 from %3 check-ins). If you want, you can add “%4” to %5.</source>
            <translation>[Ýöûŕ çĥéçķ-îñš öṽéŕ %1 ĥåṽé ƀééñ ļöŵ (åṽéŕåĝé %2 ƒŕöɱ %3 çĥéçķ-îñš). Îƒ ýöû ŵåñţ, ýöû çåñ åðð “%4” ţö %5.]</translation>
        </message>
        <message>
            <source>the support part of the agenda</source>
            <translation>[ţĥé šûþþöŕţ þåŕţ öƒ ţĥé åĝéñðå]</translation>
        </message>
        <message>
            <source>Only you see this note. Nothing is sent to anyone.</source>
            <translation>[Öñļý ýöû šéé ţĥîš ñöţé. Ñöţĥîñĝ îš šéñţ ţö åñýöñé.]</translation>
        </message>
        <message>
            <source>Add it to the a&amp;genda</source>
            <translation>[Åðð îţ ţö ţĥé å&amp;géñðå]</translation>
        </message>
        <message>
            <source>Adds “How the work is affecting me” to the support part of the agenda</source>
            <translation>[Åððš “Ĥöŵ ţĥé ŵöŕķ îš åƒƒéçţîñĝ ɱé” ţö ţĥé šûþþöŕţ þåŕţ öƒ ţĥé åĝéñðå]</translation>
        </message>
        <message>
            <source>“%1” is on the support part of the agenda. When you export, you can include a chart of your check-ins.</source>
            <translation>[“%1” îš öñ ţĥé šûþþöŕţ þåŕţ öƒ ţĥé åĝéñðå. Ŵĥéñ ýöû éẋþöŕţ, ýöû çåñ îñçļûðé å çĥåŕţ öƒ ýöûŕ çĥéçķ-îñš.]</translation>
        </message>
        <message>
            <source>Not for this session</source>
            <translation>[Ñöţ ƒöŕ ţĥîš šéššîöñ]</translation>
        </message>
        <message>
            <source>Hide this note for this preparation</source>
            <translation>[Ĥîðé ţĥîš ñöţé ƒöŕ ţĥîš þŕéþåŕåţîöñ]</translation>
        </message>
        <message>
            <source>Up to %1 patterns; this has %2.</source>
            <translation>[Ûþ ţö %1 þåţţéŕñš; ţĥîš ĥåš %2.]</translation>
        </message>
        <message>
            <source>“%1” is not a pattern: use # for a digit, @ for a letter, * for either (up to 40 characters).</source>
            <translation>[“%1” îš ñöţ å þåţţéŕñ: ûšé # ƒöŕ å ðîĝîţ, @ ƒöŕ å ļéţţéŕ, * ƒöŕ éîţĥéŕ (ûþ ţö 40 çĥåŕåçţéŕš).]</translation>
        </message>
        <message>
            <source>Case num&amp;bers:</source>
            <translation>[Çåšé ñûɱ&amp;béŕš:]</translation>
        </message>
        <message>
            <source>for example CS-######, @@######</source>
            <translation>[ƒöŕ éẋåɱþļé ÇŠ-######, @@######]</translation>
        </message>
        <message>
            <source>Save pa&amp;tterns</source>
            <translation>[Šåṽé þå&amp;tţéŕñš]</translation>
        </message>
        <message>
            <source>Your case system's numbers, separated by commas. Finds numbers like %1.</source>
            <translation>[Ýöûŕ çåšé šýšţéɱ'š ñûɱƀéŕš, šéþåŕåţéð ƀý çöɱɱåš. Ƒîñðš ñûɱƀéŕš ļîķé %1.]</translation>
        </message>
        <message>
            <source>Your case system's numbers, separated by commas: # a digit, @ a letter, * either.</source>
            <translation>[Ýöûŕ çåšé šýšţéɱ'š ñûɱƀéŕš, šéþåŕåţéð ƀý çöɱɱåš: # å ðîĝîţ, @ å ļéţţéŕ, * éîţĥéŕ.]</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>[Ñöţ šåṽéð: %1]</translation>
        </message>
        <message>
            <source>Case-number patterns saved: the check finds them from now on.</source>
            <translation>[Çåšé-ñûɱƀéŕ þåţţéŕñš šåṽéð: ţĥé çĥéçķ ƒîñðš ţĥéɱ ƒŕöɱ ñöŵ öñ.]</translation>
        </message>
        <message>
            <source>SWE standard</source>
            <translation>[ŠŴÉ šţåñðåŕð]</translation>
        </message>
        <message>
            <source>KSS</source>
            <translation>[ĶŠŠ]</translation>
        </message>
        <message>
            <source>KSS adults</source>
            <translation>[ĶŠŠ åðûļţš]</translation>
        </message>
        <message>
            <source>PCF</source>
            <translation>[ÞÇƑ]</translation>
        </message>
        <message>
            <source>%1 %2 (no longer in this framework)</source>
            <translation>[%1 %2 (ñö ļöñĝéŕ îñ ţĥîš ƒŕåɱéŵöŕķ)]</translation>
        </message>
        <message>
            <source>Framework items it evidences</source>
            <translation>[Ƒŕåɱéŵöŕķ îţéɱš îţ éṽîðéñçéš]</translation>
        </message>
        <message>
            <source>Type to find an item: “child development”, “KSS 3”</source>
            <translation>[Ţýþé ţö ƒîñð åñ îţéɱ: “çĥîļð ðéṽéļöþɱéñţ”, “ĶŠŠ 3”]</translation>
        </message>
        <message>
            <source>&amp;Find an item:</source>
            <translation>[&amp;Fîñð åñ îţéɱ:]</translation>
        </message>
        <message>
            <source>Find an item</source>
            <translation>[Ƒîñð åñ îţéɱ]</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>[&amp;Aðð]</translation>
        </message>
        <message>
            <source>Add the item selected above</source>
            <translation>[Åðð ţĥé îţéɱ šéļéçţéð åƀöṽé]</translation>
        </message>
        <message>
            <source>Suggested by the prompt you used:</source>
            <translation>[Šûĝĝéšţéð ƀý ţĥé þŕöɱþţ ýöû ûšéð:]</translation>
        </message>
        <message>
            <source>Suggested by the prompt you used</source>
            <translation>[Šûĝĝéšţéð ƀý ţĥé þŕöɱþţ ýöû ûšéð]</translation>
        </message>
        <message>
            <source>Add all su&amp;ggested</source>
            <translation>[Åðð åļļ šû&amp;gĝéšţéð]</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>[&amp;Réɱöṽé]</translation>
        </message>
        <message>
            <source>Remove the chosen item selected above</source>
            <translation>[Ŕéɱöṽé ţĥé çĥöšéñ îţéɱ šéļéçţéð åƀöṽé]</translation>
        </message>
        <message>
            <source>Keep these</source>
            <translation>[Ķééþ ţĥéšé]</translation>
        </message>
        <message>
            <source>&amp;Chosen (none yet):</source>
            <translation>[&amp;Cĥöšéñ (ñöñé ýéţ):]</translation>
        </message>
        <message>
            <source>&amp;Chosen (%1):</source>
            <translation>[&amp;Cĥöšéñ (%1):]</translation>
        </message>
        <message>
            <source>Already chosen: %1</source>
            <translation>[Åļŕéåðý çĥöšéñ: %1]</translation>
        </message>
        <message>
            <source>Added: %1</source>
            <translation>[Åððéð: %1]</translation>
        </message>
        <message>
            <source>Removed: %1</source>
            <translation>[Ŕéɱöṽéð: %1]</translation>
        </message>
        <message>
            <source>Framework items…</source>
            <translation>[Ƒŕåɱéŵöŕķ îţéɱš…]</translation>
        </message>
        <message>
            <source>Choose the framework items this evidences</source>
            <translation>[Çĥööšé ţĥé ƒŕåɱéŵöŕķ îţéɱš ţĥîš éṽîðéñçéš]</translation>
        </message>
        <message>
            <source>Remind me at</source>
            <translation>[Ŕéɱîñð ɱé åţ]</translation>
        </message>
        <message>
            <source>Remind me to r&amp;eflect: a notification that says only “Time to reflect?”</source>
            <translation>[Ŕéɱîñð ɱé ţö ŕ&amp;eƒļéçţ: å ñöţîƒîçåţîöñ ţĥåţ šåýš öñļý “Ţîɱé ţö ŕéƒļéçţ?”]</translation>
        </message>
        <message>
            <source>at</source>
            <translation>[åţ]</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>[Ţûé]</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>[Ţĥû]</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>[Šåţ]</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>[Šûñ]</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>[Ṁöñðåý]</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>[Ţûéšðåý]</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>[Ŵéðñéšðåý]</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>[Ţĥûŕšðåý]</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>[Ƒŕîðåý]</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>[Šåţûŕðåý]</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>[Šûñðåý]</translation>
        </message>
        <message>
            <source>And if a home visit today has no reflection yet, at</source>
            <translation>[Åñð îƒ å ĥöɱé ṽîšîţ ţöðåý ĥåš ñö ŕéƒļéçţîöñ ýéţ, åţ]</translation>
        </message>
        <message>
            <source>Home visit reminder at</source>
            <translation>[Ĥöɱé ṽîšîţ ŕéɱîñðéŕ åţ]</translation>
        </message>
        <message>
            <source>on</source>
            <translation>[öñ]</translation>
        </message>
        <message>
            <source>Time to reflect?</source>
            <translation>[Ţîɱé ţö ŕéƒļéçţ?]</translation>
        </message>
        <message>
            <source>A home visit today has no reflection yet.</source>
            <translation>[Å ĥöɱé ṽîšîţ ţöðåý ĥåš ñö ŕéƒļéçţîöñ ýéţ.]</translation>
        </message>
        <message>
            <source>Frameworks in this pack</source>
            <translation>[Ƒŕåɱéŵöŕķš îñ ţĥîš þåçķ]</translation>
        </message>
        <message>
            <source>Optional. Include a framework file (JSON, see docs/framework-format.md) to give practitioners a framework that is not built in; your prompts can then name its items.</source>
            <translation>[Öþţîöñåļ. Îñçļûðé å ƒŕåɱéŵöŕķ ƒîļé (ĴŠÖÑ, šéé ðöçš/ƒŕåɱéŵöŕķ-ƒöŕɱåţ.ɱð) ţö ĝîṽé þŕåçţîţîöñéŕš å ƒŕåɱéŵöŕķ ţĥåţ îš ñöţ ƀûîļţ îñ; ýöûŕ þŕöɱþţš çåñ ţĥéñ ñåɱé îţš îţéɱš.]</translation>
        </message>
        <message>
            <source>Include a framework file…</source>
            <translation>[Îñçļûðé å ƒŕåɱéŵöŕķ ƒîļé…]</translation>
        </message>
        <message>
            <source>Remove the framework</source>
            <translation>[Ŕéɱöṽé ţĥé ƒŕåɱéŵöŕķ]</translation>
        </message>
        <message>
            <source>Include a framework file</source>
            <translation>[Îñçļûðé å ƒŕåɱéŵöŕķ ƒîļé]</translation>
        </message>
        <message>
            <source>Framework files (*.json)</source>
            <translation>[Ƒŕåɱéŵöŕķ ƒîļéš (*.json)]</translation>
        </message>
        <message>
            <source>… and %1 more.</source>
            <translation>[… åñð %1 ɱöŕé.]</translation>
        </message>
        <message>
            <source>Framework not included</source>
            <translation>[Ƒŕåɱéŵöŕķ ñöţ îñçļûðéð]</translation>
        </message>
        <message>
            <source>%1 is not a framework file the pack can carry. Nothing was added.</source>
            <translation>[%1 îš ñöţ å ƒŕåɱéŵöŕķ ƒîļé ţĥé þåçķ çåñ çåŕŕý. Ñöţĥîñĝ ŵåš åððéð.]</translation>
        </message>
        <message>
            <source>%1 could not be read (%2). Check the file and try again.</source>
            <translation>[%1 çöûļð ñöţ ƀé ŕéåð (%2). Çĥéçķ ţĥé ƒîļé åñð ţŕý åĝåîñ.]</translation>
        </message>
        <message>
            <source>it could not be opened</source>
            <translation>[îţ çöûļð ñöţ ƀé öþéñéð]</translation>
        </message>
        <message>
            <source>This pack already has a framework with the id “%1”, or it is built in. Give the file another id.</source>
            <translation>[Ţĥîš þåçķ åļŕéåðý ĥåš å ƒŕåɱéŵöŕķ ŵîţĥ ţĥé îð “%1”, öŕ îţ îš ƀûîļţ îñ. Ĝîṽé ţĥé ƒîļé åñöţĥéŕ îð.]</translation>
        </message>
        <message>
            <source>Included: %1</source>
            <translation>[Îñçļûðéð: %1]</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About reflectjournal</source>
            <translation>[Åƀöûţ ŕéƒļéçţĵöûŕñåļ]</translation>
        </message>
        <message>
            <source>reflectjournal %1</source>
            <translation>[ŕéƒļéçţĵöûŕñåļ %1]</translation>
        </message>
        <message>
            <source>An encrypted, private reflective journal for social workers.</source>
            <translation>[Åñ éñçŕýþţéð, þŕîṽåţé ŕéƒļéçţîṽé ĵöûŕñåļ ƒöŕ šöçîåļ ŵöŕķéŕš.]</translation>
        </message>
        <message>
            <source>Licence: GNU General Public Licence, version 3 or later (GPL-3.0-or-later).</source>
            <translation>[Ļîçéñçé: ĜÑÛ Ĝéñéŕåļ Þûƀļîç Ļîçéñçé, ṽéŕšîöñ 3 öŕ ļåţéŕ (ĜÞĻ-3.0-öŕ-ļåţéŕ).]</translation>
        </message>
        <message>
            <source>This program comes with no warranty.</source>
            <translation>[Ţĥîš þŕöĝŕåɱ çöɱéš ŵîţĥ ñö ŵåŕŕåñţý.]</translation>
        </message>
        <message>
            <source>Where your data lives:</source>
            <translation>[Ŵĥéŕé ýöûŕ ðåţå ļîṽéš:]</translation>
        </message>
    </context>
    <context>
        <name>AnyDateEdit</name>
        <message>
            <source>Any date</source>
            <translation>[Åñý ðåţé]</translation>
        </message>
        <message>
            <source>Delete sets any date</source>
            <translation>[Ðéļéţé šéţš åñý ðåţé]</translation>
        </message>
    </context>
    <context>
        <name>AttachmentController</name>
        <message>
            <source>&amp;Attach a picture or PDF…</source>
            <translation>[&amp;Aţţåçĥ å þîçţûŕé öŕ ÞÐƑ…]</translation>
        </message>
        <message>
            <source>Attach a picture or PDF</source>
            <translation>[Åţţåçĥ å þîçţûŕé öŕ ÞÐƑ]</translation>
        </message>
        <message>
            <source>Pasted picture</source>
            <translation>[Þåšţéð þîçţûŕé]</translation>
        </message>
        <message>
            <source>“%1” could not be read. Check that it is a file you can open.</source>
            <translation>[“%1” çöûļð ñöţ ƀé ŕéåð. Çĥéçķ ţĥåţ îţ îš å ƒîļé ýöû çåñ öþéñ.]</translation>
        </message>
        <message>
            <source>Not attached</source>
            <translation>[Ñöţ åţţåçĥéð]</translation>
        </message>
        <message>
            <source>Location (GPS) details were removed from %1 before it was kept.</source>
            <translation>[Ļöçåţîöñ (ĜÞŠ) ðéţåîļš ŵéŕé ŕéɱöṽéð ƒŕöɱ %1 ƀéƒöŕé îţ ŵåš ķéþţ.]</translation>
        </message>
        <message>
            <source>Attachments now take %1 of this journal. Every backup is as large: keep an eye on the space they take, or move old attachments out.</source>
            <translation>[Åţţåçĥɱéñţš ñöŵ ţåķé %1 öƒ ţĥîš ĵöûŕñåļ. Éṽéŕý ƀåçķûþ îš åš ļåŕĝé: ķééþ åñ éýé öñ ţĥé šþåçé ţĥéý ţåķé, öŕ ɱöṽé öļð åţţåçĥɱéñţš öûţ.]</translation>
        </message>
        <message>
            <source>Attached %1.</source>
            <translation>[Åţţåçĥéð %1.]</translation>
        </message>
        <message>
            <source>“%1” was not attached: only PNG, JPEG, WebP and GIF pictures and PDF documents can be. Save it as one of those and attach that.</source>
            <translation>[“%1” ŵåš ñöţ åţţåçĥéð: öñļý ÞÑĜ, ĴÞÉĜ, ŴéƀÞ åñð ĜÎƑ þîçţûŕéš åñð ÞÐƑ ðöçûɱéñţš çåñ ƀé. Šåṽé îţ åš öñé öƒ ţĥöšé åñð åţţåçĥ ţĥåţ.]</translation>
        </message>
        <message>
            <source>“%1” was not attached: it is larger than %2. Make it smaller (a lower resolution or fewer pages) and attach it again.</source>
            <translation>[“%1” ŵåš ñöţ åţţåçĥéð: îţ îš ļåŕĝéŕ ţĥåñ %2. Ṁåķé îţ šɱåļļéŕ (å ļöŵéŕ ŕéšöļûţîöñ öŕ ƒéŵéŕ þåĝéš) åñð åţţåçĥ îţ åĝåîñ.]</translation>
        </message>
        <message>
            <source>“%1” was not attached: the picture has too many pixels to open safely. Save a smaller copy of it and attach that.</source>
            <translation>[“%1” ŵåš ñöţ åţţåçĥéð: ţĥé þîçţûŕé ĥåš ţöö ɱåñý þîẋéļš ţö öþéñ šåƒéļý. Šåṽé å šɱåļļéŕ çöþý öƒ îţ åñð åţţåçĥ ţĥåţ.]</translation>
        </message>
        <message>
            <source>“%1” was not attached: the file is damaged or incomplete. Save it again in another program and attach the new copy.</source>
            <translation>[“%1” ŵåš ñöţ åţţåçĥéð: ţĥé ƒîļé îš ðåɱåĝéð öŕ îñçöɱþļéţé. Šåṽé îţ åĝåîñ îñ åñöţĥéŕ þŕöĝŕåɱ åñð åţţåçĥ ţĥé ñéŵ çöþý.]</translation>
        </message>
        <message>
            <source>Save an unencrypted copy?</source>
            <translation>[Šåṽé åñ ûñéñçŕýþţéð çöþý?]</translation>
        </message>
        <message>
            <source>The copy is NOT encrypted: anyone who can open the folder can see it. Save it only to a place you trust, and delete it when you no longer need it. Continue?</source>
            <translation>[Ţĥé çöþý îš ÑÖŢ éñçŕýþţéð: åñýöñé ŵĥö çåñ öþéñ ţĥé ƒöļðéŕ çåñ šéé îţ. Šåṽé îţ öñļý ţö å þļåçé ýöû ţŕûšţ, åñð ðéļéţé îţ ŵĥéñ ýöû ñö ļöñĝéŕ ñééð îţ. Çöñţîñûé?]</translation>
        </message>
        <message>
            <source>Save a copy of the attachment</source>
            <translation>[Šåṽé å çöþý öƒ ţĥé åţţåçĥɱéñţ]</translation>
        </message>
        <message>
            <source>Copy not saved</source>
            <translation>[Çöþý ñöţ šåṽéð]</translation>
        </message>
        <message>
            <source>Copy saved. It is not encrypted.</source>
            <translation>[Çöþý šåṽéð. Îţ îš ñöţ éñçŕýþţéð.]</translation>
        </message>
        <message>
            <source>Delete this attachment?</source>
            <translation>[Ðéļéţé ţĥîš åţţåçĥɱéñţ?]</translation>
        </message>
        <message>
            <source>“%1” will be removed from the journal. This cannot be undone.</source>
            <translation>[“%1” ŵîļļ ƀé ŕéɱöṽéð ƒŕöɱ ţĥé ĵöûŕñåļ. Ţĥîš çåññöţ ƀé ûñðöñé.]</translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>[Ñöţ ðéļéţéð]</translation>
        </message>
        <message>
            <source>Deleted “%1”.</source>
            <translation>[Ðéļéţéð “%1”.]</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsButton</name>
        <message>
            <source>Pictures and PDFs kept with this entry, encrypted</source>
            <translation>[Þîçţûŕéš åñð ÞÐƑš ķéþţ ŵîţĥ ţĥîš éñţŕý, éñçŕýþţéð]</translation>
        </message>
        <message>
            <source>Attachments (%1)</source>
            <translation>[Åţţåçĥɱéñţš (%1)]</translation>
        </message>
        <message>
            <source>Attach</source>
            <translation>[Åţţåçĥ]</translation>
        </message>
        <message>
            <source>Insert a reference</source>
            <translation>[Îñšéŕţ å ŕéƒéŕéñçé]</translation>
        </message>
        <message>
            <source>Save a copy…</source>
            <translation>[Šåṽé å çöþý…]</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>[Ðéļéţé…]</translation>
        </message>
    </context>
    <context>
        <name>Autosaver</name>
        <message>
            <source>Saving…</source>
            <translation>[Šåṽîñĝ…]</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>[Ñöţ šåṽéð]</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>[Šåṽéð]</translation>
        </message>
    </context>
    <context>
        <name>BackupController</name>
        <message>
            <source>Back &amp;up now…</source>
            <translation>[Ɓåçķ &amp;uþ ñöŵ…]</translation>
        </message>
        <message>
            <source>Restore from &amp;backup…</source>
            <translation>[Ŕéšţöŕé ƒŕöɱ &amp;båçķûþ…]</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>[Ɓåçķîñĝ ûþ…]</translation>
        </message>
        <message>
            <source>Where should the backup be saved?</source>
            <translation>[Ŵĥéŕé šĥöûļð ţĥé ƀåçķûþ ƀé šåṽéð?]</translation>
        </message>
        <message>
            <source>Choose another file</source>
            <translation>[Çĥööšé åñöţĥéŕ ƒîļé]</translation>
        </message>
        <message>
            <source>A backup cannot be written over the journal itself. Choose another name or place.</source>
            <translation>[Å ƀåçķûþ çåññöţ ƀé ŵŕîţţéñ öṽéŕ ţĥé ĵöûŕñåļ îţšéļƒ. Çĥööšé åñöţĥéŕ ñåɱé öŕ þļåçé.]</translation>
        </message>
        <message>
            <source>Finishing the backup, then locking…</source>
            <translation>[Ƒîñîšĥîñĝ ţĥé ƀåçķûþ, ţĥéñ ļöçķîñĝ…]</translation>
        </message>
        <message>
            <source>Finishing the export, then locking…</source>
            <translation>[Ƒîñîšĥîñĝ ţĥé éẋþöŕţ, ţĥéñ ļöçķîñĝ…]</translation>
        </message>
        <message>
            <source>Backup checked</source>
            <translation>[Ɓåçķûþ çĥéçķéð]</translation>
        </message>
        <message>
            <source>Backup written and checked</source>
            <translation>[Ɓåçķûþ ŵŕîţţéñ åñð çĥéçķéð]</translation>
        </message>
        <message>
            <source>The backup is at:
%1

It was opened and checked after it was written. It is encrypted and opens with the journal's current passphrase.</source>
            <translation>[Ţĥé ƀåçķûþ îš åţ:
%1

Îţ ŵåš öþéñéð åñð çĥéçķéð åƒţéŕ îţ ŵåš ŵŕîţţéñ. Îţ îš éñçŕýþţéð åñð öþéñš ŵîţĥ ţĥé ĵöûŕñåļ'š çûŕŕéñţ þåššþĥŕåšé.]</translation>
        </message>
        <message>
            <source>Automatic backup failed: %1</source>
            <translation>[Åûţöɱåţîç ƀåçķûþ ƒåîļéð: %1]</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>[Ɓåçķûþ ƒåîļéð]</translation>
        </message>
        <message>
            <source>No journal</source>
            <translation>[Ñö ĵöûŕñåļ]</translation>
        </message>
        <message>
            <source>Open or create a journal first.</source>
            <translation>[Öþéñ öŕ çŕéåţé å ĵöûŕñåļ ƒîŕšţ.]</translation>
        </message>
        <message>
            <source>Restore into a new file</source>
            <translation>[Ŕéšţöŕé îñţö å ñéŵ ƒîļé]</translation>
        </message>
        <message>
            <source>Journals (*.rjournal)</source>
            <translation>[Ĵöûŕñåļš (*.rjournal)]</translation>
        </message>
        <message>
            <source>Choose a new file</source>
            <translation>[Çĥööšé å ñéŵ ƒîļé]</translation>
        </message>
        <message>
            <source>There is already a file at %1. A backup is only restored into a new file here; to put it in place of the journal, use “Replace the journal with it…”.</source>
            <translation>[Ţĥéŕé îš åļŕéåðý å ƒîļé åţ %1. Å ƀåçķûþ îš öñļý ŕéšţöŕéð îñţö å ñéŵ ƒîļé ĥéŕé; ţö þûţ îţ îñ þļåçé öƒ ţĥé ĵöûŕñåļ, ûšé “Ŕéþļåçé ţĥé ĵöûŕñåļ ŵîţĥ îţ…”.]</translation>
        </message>
        <message>
            <source>Replace the journal with this backup?</source>
            <translation>[Ŕéþļåçé ţĥé ĵöûŕñåļ ŵîţĥ ţĥîš ƀåçķûþ?]</translation>
        </message>
        <message>
            <source>The backup taken %1 (%2) will take the place of the journal at:
%3

The current journal is kept first, exactly as it is now, as a backup in:
%4
so nothing is lost. The journal is locked while this happens; afterwards, unlock it with the passphrase of the backup. Replace the journal?</source>
            <translation>[Ţĥé ƀåçķûþ ţåķéñ %1 (%2) ŵîļļ ţåķé ţĥé þļåçé öƒ ţĥé ĵöûŕñåļ åţ:
%3

Ţĥé çûŕŕéñţ ĵöûŕñåļ îš ķéþţ ƒîŕšţ, éẋåçţļý åš îţ îš ñöŵ, åš å ƀåçķûþ îñ:
%4
šö ñöţĥîñĝ îš ļöšţ. Ţĥé ĵöûŕñåļ îš ļöçķéð ŵĥîļé ţĥîš ĥåþþéñš; åƒţéŕŵåŕðš, ûñļöçķ îţ ŵîţĥ ţĥé þåššþĥŕåšé öƒ ţĥé ƀåçķûþ. Ŕéþļåçé ţĥé ĵöûŕñåļ?]</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>[Ŕéšţöŕîñĝ ţĥé ƀåçķûþ…]</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>[Ŕéšţöŕîñĝ…]</translation>
        </message>
        <message>
            <source>The backup taken %1 is now your journal. The journal as it was is kept in the backup folder. Unlock with the backup's passphrase.</source>
            <translation>[Ţĥé ƀåçķûþ ţåķéñ %1 îš ñöŵ ýöûŕ ĵöûŕñåļ. Ţĥé ĵöûŕñåļ åš îţ ŵåš îš ķéþţ îñ ţĥé ƀåçķûþ ƒöļðéŕ. Ûñļöçķ ŵîţĥ ţĥé ƀåçķûþ'š þåššþĥŕåšé.]</translation>
        </message>
        <message>
            <source>Nothing was restored</source>
            <translation>[Ñöţĥîñĝ ŵåš ŕéšţöŕéð]</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>[Ɓåçķûþ ŕéšţöŕéð]</translation>
        </message>
        <message>
            <source>The backup taken %1 (%2) is now a journal at:
%3

Open it now? The journal open now will be locked first.</source>
            <translation>[Ţĥé ƀåçķûþ ţåķéñ %1 (%2) îš ñöŵ å ĵöûŕñåļ åţ:
%3

Öþéñ îţ ñöŵ? Ţĥé ĵöûŕñåļ öþéñ ñöŵ ŵîļļ ƀé ļöçķéð ƒîŕšţ.]</translation>
        </message>
        <message>
            <source>Unlock the restored journal with the backup's passphrase.</source>
            <translation>[Ûñļöçķ ţĥé ŕéšţöŕéð ĵöûŕñåļ ŵîţĥ ţĥé ƀåçķûþ'š þåššþĥŕåšé.]</translation>
        </message>
        <message>
            <source>The backup is now your journal. The journal as it was is kept in the backup folder, so nothing was lost.</source>
            <translation>[Ţĥé ƀåçķûþ îš ñöŵ ýöûŕ ĵöûŕñåļ. Ţĥé ĵöûŕñåļ åš îţ ŵåš îš ķéþţ îñ ţĥé ƀåçķûþ ƒöļðéŕ, šö ñöţĥîñĝ ŵåš ļöšţ.]</translation>
        </message>
    </context>
    <context>
        <name>CalendarButton</name>
        <message>
            <source>Calendar…</source>
            <translation>[Çåļéñðåŕ…]</translation>
        </message>
        <message>
            <source>Pick a day or month on a calendar</source>
            <translation>[Þîçķ å ðåý öŕ ɱöñţĥ öñ å çåļéñðåŕ]</translation>
        </message>
        <message>
            <source>Showing %1.</source>
            <translation>[Šĥöŵîñĝ %1.]</translation>
        </message>
        <message>
            <source>Showing every date.</source>
            <translation>[Šĥöŵîñĝ éṽéŕý ðåţé.]</translation>
        </message>
    </context>
    <context>
        <name>CalendarPicker</name>
        <message>
            <source>Calendar: days in bold have entries</source>
            <translation>[Çåļéñðåŕ: ðåýš îñ ƀöļð ĥåṽé éñţŕîéš]</translation>
        </message>
        <message>
            <source>Days in bold have entries. Enter shows the day.</source>
            <translation>[Ðåýš îñ ƀöļð ĥåṽé éñţŕîéš. Éñţéŕ šĥöŵš ţĥé ðåý.]</translation>
        </message>
        <message>
            <source>Show this &amp;day</source>
            <translation>[Šĥöŵ ţĥîš &amp;dåý]</translation>
        </message>
        <message>
            <source>Show this &amp;month</source>
            <translation>[Šĥöŵ ţĥîš &amp;möñţĥ]</translation>
        </message>
        <message>
            <source>&amp;Any date</source>
            <translation>[&amp;Añý ðåţé]</translation>
        </message>
    </context>
    <context>
        <name>CapsLockNote</name>
        <message>
            <source>Caps Lock seems to be on.</source>
            <translation>[Çåþš Ļöçķ šééɱš ţö ƀé öñ.]</translation>
        </message>
    </context>
    <context>
        <name>CasePatterns</name>
        <message>
            <source>Case num&amp;bers:</source>
            <translation>[Çåšé ñûɱ&amp;béŕš:]</translation>
        </message>
        <message>
            <source>Case-number patterns saved: the check finds them from now on.</source>
            <translation>[Çåšé-ñûɱƀéŕ þåţţéŕñš šåṽéð: ţĥé çĥéçķ ƒîñðš ţĥéɱ ƒŕöɱ ñöŵ öñ.]</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>[Ñöţ šåṽéð: %1]</translation>
        </message>
        <message>
            <source>Save pa&amp;tterns</source>
            <translation>[Šåṽé þå&amp;tţéŕñš]</translation>
        </message>
        <message>
            <source>Up to %1 patterns; this has %2.</source>
            <translation>[Ûþ ţö %1 þåţţéŕñš; ţĥîš ĥåš %2.]</translation>
        </message>
        <message>
            <source>Your case system's numbers, separated by commas. Finds numbers like %1.</source>
            <translation>[Ýöûŕ çåšé šýšţéɱ'š ñûɱƀéŕš, šéþåŕåţéð ƀý çöɱɱåš. Ƒîñðš ñûɱƀéŕš ļîķé %1.]</translation>
        </message>
        <message>
            <source>Your case system's numbers, separated by commas: # a digit, @ a letter, * either.</source>
            <translation>[Ýöûŕ çåšé šýšţéɱ'š ñûɱƀéŕš, šéþåŕåţéð ƀý çöɱɱåš: # å ðîĝîţ, @ å ļéţţéŕ, * éîţĥéŕ.]</translation>
        </message>
        <message>
            <source>for example CS-######, @@######</source>
            <translation>[ƒöŕ éẋåɱþļé ÇŠ-######, @@######]</translation>
        </message>
        <message>
            <source>“%1” is not a pattern: use # for a digit, @ for a letter, * for either (up to 40 characters).</source>
            <translation>[“%1” îš ñöţ å þåţţéŕñ: ûšé # ƒöŕ å ðîĝîţ, @ ƒöŕ å ļéţţéŕ, * ƒöŕ éîţĥéŕ (ûþ ţö 40 çĥåŕåçţéŕš).]</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change passphrase</source>
            <translation>[Çĥåñĝé þåššþĥŕåšé]</translation>
        </message>
        <message>
            <source>Your journal will open only with the new passphrase. Nobody can recover it if it is forgotten: choose a few unrelated words you will remember.</source>
            <translation>[Ýöûŕ ĵöûŕñåļ ŵîļļ öþéñ öñļý ŵîţĥ ţĥé ñéŵ þåššþĥŕåšé. Ñöƀöðý çåñ ŕéçöṽéŕ îţ îƒ îţ îš ƒöŕĝöţţéñ: çĥööšé å ƒéŵ ûñŕéļåţéð ŵöŕðš ýöû ŵîļļ ŕéɱéɱƀéŕ.]</translation>
        </message>
        <message>
            <source>Changing the passphrase</source>
            <translation>[Çĥåñĝîñĝ ţĥé þåššþĥŕåšé]</translation>
        </message>
        <message>
            <source>C&amp;hange passphrase</source>
            <translation>[Ç&amp;håñĝé þåššþĥŕåšé]</translation>
        </message>
        <message>
            <source>&amp;Current passphrase:</source>
            <translation>[&amp;Cûŕŕéñţ þåššþĥŕåšé:]</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>[&amp;Néŵ þåššþĥŕåšé:]</translation>
        </message>
        <message>
            <source>New passphrase &amp;again:</source>
            <translation>[Ñéŵ þåššþĥŕåšé &amp;aĝåîñ:]</translation>
        </message>
        <message>
            <source>New passphrase strength</source>
            <translation>[Ñéŵ þåššþĥŕåšé šţŕéñĝţĥ]</translation>
        </message>
        <message>
            <source>Type your current passphrase.</source>
            <translation>[Ţýþé ýöûŕ çûŕŕéñţ þåššþĥŕåšé.]</translation>
        </message>
        <message>
            <source>Type a new passphrase.</source>
            <translation>[Ţýþé å ñéŵ þåššþĥŕåšé.]</translation>
        </message>
        <message>
            <source>The new passphrase is too weak: %1</source>
            <translation>[Ţĥé ñéŵ þåššþĥŕåšé îš ţöö ŵéåķ: %1]</translation>
        </message>
        <message>
            <source>Type the new passphrase again, the same both times.</source>
            <translation>[Ţýþé ţĥé ñéŵ þåššþĥŕåšé åĝåîñ, ţĥé šåɱé ƀöţĥ ţîɱéš.]</translation>
        </message>
        <message>
            <source>The new passphrase is the same as the current one.</source>
            <translation>[Ţĥé ñéŵ þåššþĥŕåšé îš ţĥé šåɱé åš ţĥé çûŕŕéñţ öñé.]</translation>
        </message>
        <message>
            <source>The current passphrase is not correct. Nothing was changed.</source>
            <translation>[Ţĥé çûŕŕéñţ þåššþĥŕåšé îš ñöţ çöŕŕéçţ. Ñöţĥîñĝ ŵåš çĥåñĝéð.]</translation>
        </message>
        <message>
            <source>Changing the passphrase… This takes a few seconds; the journal is not changed until it ends.</source>
            <translation>[Çĥåñĝîñĝ ţĥé þåššþĥŕåšé… Ţĥîš ţåķéš å ƒéŵ šéçöñðš; ţĥé ĵöûŕñåļ îš ñöţ çĥåñĝéð ûñţîļ îţ éñðš.]</translation>
        </message>
    </context>
    <context>
        <name>ClipboardGuard</name>
        <message>
            <source>&amp;Copy entry text</source>
            <translation>[&amp;Cöþý éñţŕý ţéẋţ]</translation>
        </message>
        <message>
            <source>Copied. The clipboard is cleared in %1 seconds and when the journal locks.</source>
            <translation>[Çöþîéð. Ţĥé çļîþƀöåŕð îš çļéåŕéð îñ %1 šéçöñðš åñð ŵĥéñ ţĥé ĵöûŕñåļ ļöçķš.]</translation>
        </message>
    </context>
    <context>
        <name>DateFilter</name>
        <message>
            <source>%1: any date</source>
            <translation>[%1: åñý ðåţé]</translation>
        </message>
        <message>
            <source>Any date</source>
            <translation>[Åñý ðåţé]</translation>
        </message>
    </context>
    <context>
        <name>DocumentExportDialog</name>
        <message>
            <source>Check what will be exported as Markdown</source>
            <translation>[Çĥéçķ ŵĥåţ ŵîļļ ƀé éẋþöŕţéð åš Ṁåŕķðöŵñ]</translation>
        </message>
        <message>
            <source>Check what will be exported as PDF</source>
            <translation>[Çĥéçķ ŵĥåţ ŵîļļ ƀé éẋþöŕţéð åš ÞÐƑ]</translation>
        </message>
        <message>
            <source>Choose where to save the Markdown…</source>
            <translation>[Çĥööšé ŵĥéŕé ţö šåṽé ţĥé Ṁåŕķðöŵñ…]</translation>
        </message>
        <message>
            <source>Choose where to save the PDF…</source>
            <translation>[Çĥööšé ŵĥéŕé ţö šåṽé ţĥé ÞÐƑ…]</translation>
        </message>
        <message>
            <source>E&amp;xactly this text will leave the journal:</source>
            <translation>[É&amp;xåçţļý ţĥîš ţéẋţ ŵîļļ ļéåṽé ţĥé ĵöûŕñåļ:]</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>[Éẋþöŕţ ƒåîļéð]</translation>
        </message>
        <message>
            <source>Markdown files (*.md)</source>
            <translation>[Ṁåŕķðöŵñ ƒîļéš (*.md)]</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>[ÞÐƑ ƒîļéš (*.pdf)]</translation>
        </message>
        <message>
            <source>The exported file is not encrypted. Anyone who can open the file can read it. Keep it somewhere safe and delete it when you no longer need it.</source>
            <translation>[Ţĥé éẋþöŕţéð ƒîļé îš ñöţ éñçŕýþţéð. Åñýöñé ŵĥö çåñ öþéñ ţĥé ƒîļé çåñ ŕéåð îţ. Ķééþ îţ šöɱéŵĥéŕé šåƒé åñð ðéļéţé îţ ŵĥéñ ýöû ñö ļöñĝéŕ ñééð îţ.]</translation>
        </message>
        <message>
            <source>The text that will be exported</source>
            <translation>[Ţĥé ţéẋţ ţĥåţ ŵîļļ ƀé éẋþöŕţéð]</translation>
        </message>
    </context>
    <context>
        <name>EmptyList</name>
        <message>
            <source>No entries yet. Start writing on the right.</source>
            <translation>[Ñö éñţŕîéš ýéţ. Šţåŕţ ŵŕîţîñĝ öñ ţĥé ŕîĝĥţ.]</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>[Çļéåŕ ƒîļţéŕš]</translation>
        </message>
        <message>
            <source>Nothing in the trash.</source>
            <translation>[Ñöţĥîñĝ îñ ţĥé ţŕåšĥ.]</translation>
        </message>
        <message>
            <source>The filters hide the only entry in the trash.</source>
            <translation>[Ţĥé ƒîļţéŕš ĥîðé ţĥé öñļý éñţŕý îñ ţĥé ţŕåšĥ.]</translation>
        </message>
        <message numerus="yes">
            <source>The filters hide all %n entries in the trash.</source>
            <translation>
                <numerusform>[Ţĥé ƒîļţéŕš ĥîðé åļļ %n éñţŕîéš îñ ţĥé ţŕåšĥ.]</numerusform>
                <numerusform>[Ţĥé ƒîļţéŕš ĥîðé åļļ %n éñţŕîéš îñ ţĥé ţŕåšĥ.]</numerusform>
            </translation>
        </message>
        <message>
            <source>The filters hide the only entry.</source>
            <translation>[Ţĥé ƒîļţéŕš ĥîðé ţĥé öñļý éñţŕý.]</translation>
        </message>
        <message numerus="yes">
            <source>The filters hide all %n entries.</source>
            <translation>
                <numerusform>[Ţĥé ƒîļţéŕš ĥîðé åļļ %n éñţŕîéš.]</numerusform>
                <numerusform>[Ţĥé ƒîļţéŕš ĥîðé åļļ %n éñţŕîéš.]</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EntryBody</name>
        <message>
            <source>Reflection</source>
            <translation>[Ŕéƒļéçţîöñ]</translation>
        </message>
        <message>
            <source>What happened? What did you notice, think and feel? (Markdown)</source>
            <translation>[Ŵĥåţ ĥåþþéñéð? Ŵĥåţ ðîð ýöû ñöţîçé, ţĥîñķ åñð ƒééļ? (Ṁåŕķðöŵñ)]</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>[Þŕéṽîéŵ]</translation>
        </message>
        <message>
            <source>The reflection as it will look. Read only.</source>
            <translation>[Ţĥé ŕéƒļéçţîöñ åš îţ ŵîļļ ļööķ. Ŕéåð öñļý.]</translation>
        </message>
        <message>
            <source>Show the preview</source>
            <translation>[Šĥöŵ ţĥé þŕéṽîéŵ]</translation>
        </message>
        <message>
            <source>Show the rendered text beside the editor</source>
            <translation>[Šĥöŵ ţĥé ŕéñðéŕéð ţéẋţ ƀéšîðé ţĥé éðîţöŕ]</translation>
        </message>
    </context>
    <context>
        <name>EntryEditor</name>
        <message>
            <source>Title</source>
            <translation>[Ţîţļé]</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>[Ðåţé åñð ţîɱé]</translation>
        </message>
        <message>
            <source>When this happened</source>
            <translation>[Ŵĥéñ ţĥîš ĥåþþéñéð]</translation>
        </message>
        <message>
            <source>Kind of entry</source>
            <translation>[Ķîñð öƒ éñţŕý]</translation>
        </message>
        <message>
            <source>Tags, separated by commas</source>
            <translation>[Ţåĝš, šéþåŕåţéð ƀý çöɱɱåš]</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>[Ţåĝš]</translation>
        </message>
        <message>
            <source>Keeping the child in mind</source>
            <translation>[Ķééþîñĝ ţĥé çĥîļð îñ ɱîñð]</translation>
        </message>
        <message>
            <source>In their words, as far as you can tell…</source>
            <translation>[Îñ ţĥéîŕ ŵöŕðš, åš ƒåŕ åš ýöû çåñ ţéļļ…]</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>[&amp;Kîñð:]</translation>
        </message>
        <message>
            <source>&amp;Tags:</source>
            <translation>[&amp;Tåĝš:]</translation>
        </message>
        <message>
            <source>What is life like for this child? What would they say about today, if they could?</source>
            <translation>[Ŵĥåţ îš ļîƒé ļîķé ƒöŕ ţĥîš çĥîļð? Ŵĥåţ ŵöûļð ţĥéý šåý åƀöûţ ţöðåý, îƒ ţĥéý çöûļð?]</translation>
        </message>
    </context>
    <context>
        <name>EntryEditorPane</name>
        <message>
            <source>This entry is in the trash</source>
            <translation>[Ţĥîš éñţŕý îš îñ ţĥé ţŕåšĥ]</translation>
        </message>
        <message>
            <source>Date in the future</source>
            <translation>[Ðåţé îñ ţĥé ƒûţûŕé]</translation>
        </message>
        <message>
            <source>Saved, except the title</source>
            <translation>[Šåṽéð, éẋçéþţ ţĥé ţîţļé]</translation>
        </message>
        <message>
            <source>This entry is in the trash. Restore it to change it.</source>
            <translation>[Ţĥîš éñţŕý îš îñ ţĥé ţŕåšĥ. Ŕéšţöŕé îţ ţö çĥåñĝé îţ.]</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>[Ŕéšţöŕé]</translation>
        </message>
        <message>
            <source>This entry is dated %1, in the future. Keep that date?</source>
            <translation>[Ţĥîš éñţŕý îš ðåţéð %1, îñ ţĥé ƒûţûŕé. Ķééþ ţĥåţ ðåţé?]</translation>
        </message>
        <message>
            <source>Keep the date</source>
            <translation>[Ķééþ ţĥé ðåţé]</translation>
        </message>
        <message>
            <source>Change it</source>
            <translation>[Çĥåñĝé îţ]</translation>
        </message>
    </context>
    <context>
        <name>EntryListModel</name>
        <message>
            <source>Untitled</source>
            <translation>[Ûñţîţļéð]</translation>
        </message>
    </context>
    <context>
        <name>EntryListPane</name>
        <message>
            <source>Search (Ctrl+F)</source>
            <translation>[Šéåŕçĥ (Çţŕļ+Ƒ)]</translation>
        </message>
        <message>
            <source>Search the journal</source>
            <translation>[Šéåŕçĥ ţĥé ĵöûŕñåļ]</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>[Çļéåŕ ţĥé šéåŕçĥ]</translation>
        </message>
        <message>
            <source>Show entries of this kind</source>
            <translation>[Šĥöŵ éñţŕîéš öƒ ţĥîš ķîñð]</translation>
        </message>
        <message>
            <source>Show entries with this tag</source>
            <translation>[Šĥöŵ éñţŕîéš ŵîţĥ ţĥîš ţåĝ]</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>[Ƒŕöɱ ðåţé]</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>[Ţö ðåţé]</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>[Ûñðö]</translation>
        </message>
        <message>
            <source>The entry on the right is not in the trash.</source>
            <translation>[Ţĥé éñţŕý öñ ţĥé ŕîĝĥţ îš ñöţ îñ ţĥé ţŕåšĥ.]</translation>
        </message>
        <message>
            <source>The entry on the right is not in this list: the filters leave it out.</source>
            <translation>[Ţĥé éñţŕý öñ ţĥé ŕîĝĥţ îš ñöţ îñ ţĥîš ļîšţ: ţĥé ƒîļţéŕš ļéåṽé îţ öûţ.]</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>[Ţŕåšĥ]</translation>
        </message>
        <message>
            <source>Show the trash</source>
            <translation>[Šĥöŵ ţĥé ţŕåšĥ]</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>[Çļéåŕ ƒîļţéŕš]</translation>
        </message>
        <message>
            <source>Show every entry again (%1)</source>
            <translation>[Šĥöŵ éṽéŕý éñţŕý åĝåîñ (%1)]</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>[Éñţŕîéš]</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>[Šéåŕçĥ ŕéšûļţš]</translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>[Ñöţĥîñĝ ƒöûñð.]</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>[Ķîñð:]</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>[Ţåĝ:]</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>[Ƒŕöɱ:]</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>[Ţö:]</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>[Åļļ ķîñðš]</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>[Åļļ ţåĝš]</translation>
        </message>
    </context>
    <context>
        <name>Evidence</name>
        <message>
            <source>%1 %2 (no longer in this framework)</source>
            <translation>[%1 %2 (ñö ļöñĝéŕ îñ ţĥîš ƒŕåɱéŵöŕķ)]</translation>
        </message>
        <message>
            <source>KSS</source>
            <translation>[ĶŠŠ]</translation>
        </message>
        <message>
            <source>KSS adults</source>
            <translation>[ĶŠŠ åðûļţš]</translation>
        </message>
        <message>
            <source>None yet</source>
            <translation>[Ñöñé ýéţ]</translation>
        </message>
        <message>
            <source>PCF</source>
            <translation>[ÞÇƑ]</translation>
        </message>
        <message>
            <source>SWE standard</source>
            <translation>[ŠŴÉ šţåñðåŕð]</translation>
        </message>
    </context>
    <context>
        <name>FindingsPanel</name>
        <message>
            <source>%1 details that may identify someone are highlighted (%2 different).</source>
            <translation>[%1 ðéţåîļš ţĥåţ ɱåý îðéñţîƒý šöɱéöñé åŕé ĥîĝĥļîĝĥţéð (%2 ðîƒƒéŕéñţ).]</translation>
        </message>
        <message>
            <source>&amp;Details that may identify someone:</source>
            <translation>[&amp;Déţåîļš ţĥåţ ɱåý îðéñţîƒý šöɱéöñé:]</translation>
        </message>
        <message>
            <source>&amp;Keep</source>
            <translation>[&amp;Kééþ]</translation>
        </message>
        <message>
            <source>Addresses</source>
            <translation>[Åððŕéššéš]</translation>
        </message>
        <message>
            <source>Always i&amp;gnore this word</source>
            <translation>[Åļŵåýš î&amp;gñöŕé ţĥîš ŵöŕð]</translation>
        </message>
        <message>
            <source>Case numbers</source>
            <translation>[Çåšé ñûɱƀéŕš]</translation>
        </message>
        <message>
            <source>Checking for details that may identify someone…</source>
            <translation>[Çĥéçķîñĝ ƒöŕ ðéţåîļš ţĥåţ ɱåý îðéñţîƒý šöɱéöñé…]</translation>
        </message>
        <message>
            <source>Dates of birth</source>
            <translation>[Ðåţéš öƒ ƀîŕţĥ]</translation>
        </message>
        <message>
            <source>Details that may identify someone</source>
            <translation>[Ðéţåîļš ţĥåţ ɱåý îðéñţîƒý šöɱéöñé]</translation>
        </message>
        <message>
            <source>Email addresses</source>
            <translation>[Éɱåîļ åððŕéššéš]</translation>
        </message>
        <message>
            <source>Every suggested replacement is made in the outgoing copy.</source>
            <translation>[Éṽéŕý šûĝĝéšţéð ŕéþļåçéɱéñţ îš ɱåðé îñ ţĥé öûţĝöîñĝ çöþý.]</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>[Ƒöûñð]</translation>
        </message>
        <message>
            <source>Goes out as</source>
            <translation>[Ĝöéš öûţ åš]</translation>
        </message>
        <message>
            <source>Goes out as: %1</source>
            <translation>[Ĝöéš öûţ åš: %1]</translation>
        </message>
        <message>
            <source>NHS numbers</source>
            <translation>[ÑĤŠ ñûɱƀéŕš]</translation>
        </message>
        <message>
            <source>National Insurance numbers</source>
            <translation>[Ñåţîöñåļ Îñšûŕåñçé ñûɱƀéŕš]</translation>
        </message>
        <message>
            <source>On your People list</source>
            <translation>[Öñ ýöûŕ Þéöþļé ļîšţ]</translation>
        </message>
        <message>
            <source>Phone numbers</source>
            <translation>[Þĥöñé ñûɱƀéŕš]</translation>
        </message>
        <message>
            <source>Possible names</source>
            <translation>[Þöššîƀļé ñåɱéš]</translation>
        </message>
        <message>
            <source>Postcodes</source>
            <translation>[Þöšţçöðéš]</translation>
        </message>
        <message>
            <source>Progress of the identifying-information check</source>
            <translation>[Þŕöĝŕéšš öƒ ţĥé îðéñţîƒýîñĝ-îñƒöŕɱåţîöñ çĥéçķ]</translation>
        </message>
        <message>
            <source>Replace all su&amp;ggested</source>
            <translation>[Ŕéþļåçé åļļ šû&amp;gĝéšţéð]</translation>
        </message>
        <message>
            <source>Schools</source>
            <translation>[Šçĥööļš]</translation>
        </message>
        <message>
            <source>Stop the check</source>
            <translation>[Šţöþ ţĥé çĥéçķ]</translation>
        </message>
        <message>
            <source>The check found nothing that looks identifying. It is an aid, not a guarantee.</source>
            <translation>[Ţĥé çĥéçķ ƒöûñð ñöţĥîñĝ ţĥåţ ļööķš îðéñţîƒýîñĝ. Îţ îš åñ åîð, ñöţ å ĝûåŕåñţéé.]</translation>
        </message>
        <message>
            <source>The check is an aid, not a guarantee: read the text before it leaves.</source>
            <translation>[Ţĥé çĥéçķ îš åñ åîð, ñöţ å ĝûåŕåñţéé: ŕéåð ţĥé ţéẋţ ƀéƒöŕé îţ ļéåṽéš.]</translation>
        </message>
        <message>
            <source>The check was stopped: nothing is highlighted. Read the text yourself.</source>
            <translation>[Ţĥé çĥéçķ ŵåš šţöþþéð: ñöţĥîñĝ îš ĥîĝĥļîĝĥţéð. Ŕéåð ţĥé ţéẋţ ýöûŕšéļƒ.]</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>[Ţîɱéš]</translation>
        </message>
        <message>
            <source>Use &amp;stand-in</source>
            <translation>[Ûšé &amp;sţåñð-îñ]</translation>
        </message>
        <message>
            <source>Use i&amp;nitials</source>
            <translation>[Ûšé î&amp;nîţîåļš]</translation>
        </message>
        <message>
            <source>initials</source>
            <translation>[îñîţîåļš]</translation>
        </message>
        <message>
            <source>keep</source>
            <translation>[ķééþ]</translation>
        </message>
        <message>
            <source>stand-in</source>
            <translation>[šţåñð-îñ]</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>User guide</source>
            <translation>[Ûšéŕ ĝûîðé]</translation>
        </message>
        <message>
            <source>Find in the guide</source>
            <translation>[Ƒîñð îñ ţĥé ĝûîðé]</translation>
        </message>
        <message>
            <source>Find &amp;next</source>
            <translation>[Ƒîñð &amp;néẋţ]</translation>
        </message>
        <message>
            <source>The user guide is missing from this installation.</source>
            <translation>[Ţĥé ûšéŕ ĝûîðé îš ɱîššîñĝ ƒŕöɱ ţĥîš îñšţåļļåţîöñ.]</translation>
        </message>
    </context>
    <context>
        <name>ImportExportController</name>
        <message>
            <source>Import en&amp;tries…</source>
            <translation>[Îɱþöŕţ éñ&amp;tŕîéš…]</translation>
        </message>
        <message>
            <source>Bring entries in from jrnl, Day One or a folder of Markdown files</source>
            <translation>[Ɓŕîñĝ éñţŕîéš îñ ƒŕöɱ ĵŕñļ, Ðåý Öñé öŕ å ƒöļðéŕ öƒ Ṁåŕķðöŵñ ƒîļéš]</translation>
        </message>
        <message>
            <source>Export p&amp;rintable (HTML or PDF)…</source>
            <translation>[Éẋþöŕţ þ&amp;rîñţåƀļé (ĤŢṀĻ öŕ ÞÐƑ)…]</translation>
        </message>
        <message>
            <source>Export the entries of a date range as one HTML or PDF file</source>
            <translation>[Éẋþöŕţ ţĥé éñţŕîéš öƒ å ðåţé ŕåñĝé åš öñé ĤŢṀĻ öŕ ÞÐƑ ƒîļé]</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>[Îɱþöŕţ ƒîñîšĥéð]</translation>
        </message>
        <message>
            <source>1 entry imported.</source>
            <translation>[1 éñţŕý îɱþöŕţéð.]</translation>
        </message>
        <message numerus="yes">
            <source>%n entries imported.</source>
            <translation>
                <numerusform>[%n éñţŕîéš îɱþöŕţéð.]</numerusform>
                <numerusform>[%n éñţŕîéš îɱþöŕţéð.]</numerusform>
            </translation>
        </message>
        <message>
            <source>1 was already in this journal.</source>
            <translation>[1 ŵåš åļŕéåðý îñ ţĥîš ĵöûŕñåļ.]</translation>
        </message>
        <message numerus="yes">
            <source>%n were already in this journal.</source>
            <translation>
                <numerusform>[%n ŵéŕé åļŕéåðý îñ ţĥîš ĵöûŕñåļ.]</numerusform>
                <numerusform>[%n ŵéŕé åļŕéåðý îñ ţĥîš ĵöûŕñåļ.]</numerusform>
            </translation>
        </message>
        <message>
            <source>1 item could not be imported (listed in the preview).</source>
            <translation>[1 îţéɱ çöûļð ñöţ ƀé îɱþöŕţéð (ļîšţéð îñ ţĥé þŕéṽîéŵ).]</translation>
        </message>
        <message numerus="yes">
            <source>%n items could not be imported (listed in the preview).</source>
            <translation>
                <numerusform>[%n îţéɱš çöûļð ñöţ ƀé îɱþöŕţéð (ļîšţéð îñ ţĥé þŕéṽîéŵ).]</numerusform>
                <numerusform>[%n îţéɱš çöûļð ñöţ ƀé îɱþöŕţéð (ļîšţéð îñ ţĥé þŕéṽîéŵ).]</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>[Ŕéåðîñĝ %1…]</translation>
        </message>
        <message>
            <source>Importing from %1…</source>
            <translation>[Îɱþöŕţîñĝ ƒŕöɱ %1…]</translation>
        </message>
        <message>
            <source>%1 of %2 done</source>
            <translation>[%1 öƒ %2 ðöñé]</translation>
        </message>
        <message>
            <source>Could not import</source>
            <translation>[Çöûļð ñöţ îɱþöŕţ]</translation>
        </message>
        <message>
            <source>Export without encryption?</source>
            <translation>[Éẋþöŕţ ŵîţĥöûţ éñçŕýþţîöñ?]</translation>
        </message>
        <message>
            <source>The %1 file is NOT encrypted: anyone who can open it can read every entry in it. Save it only to a place you trust, and delete it when you no longer need it. Continue?</source>
            <translation>[Ţĥé %1 ƒîļé îš ÑÖŢ éñçŕýþţéð: åñýöñé ŵĥö çåñ öþéñ îţ çåñ ŕéåð éṽéŕý éñţŕý îñ îţ. Šåṽé îţ öñļý ţö å þļåçé ýöû ţŕûšţ, åñð ðéļéţé îţ ŵĥéñ ýöû ñö ļöñĝéŕ ñééð îţ. Çöñţîñûé?]</translation>
        </message>
        <message>
            <source>Check what will be exported as %1</source>
            <translation>[Çĥéçķ ŵĥåţ ŵîļļ ƀé éẋþöŕţéð åš %1]</translation>
        </message>
        <message>
            <source>Choose where to save it…</source>
            <translation>[Çĥööšé ŵĥéŕé ţö šåṽé îţ…]</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>[ÞÐƑ ƒîļéš (*.pdf)]</translation>
        </message>
        <message>
            <source>HTML files (*.html *.htm)</source>
            <translation>[ĤŢṀĻ ƒîļéš (*.html *.htm)]</translation>
        </message>
        <message>
            <source>Save the printable export as</source>
            <translation>[Šåṽé ţĥé þŕîñţåƀļé éẋþöŕţ åš]</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>[Éẋþöŕţîñĝ…]</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>[Éẋþöŕţ ƒåîļéð]</translation>
        </message>
        <message>
            <source>Export finished</source>
            <translation>[Éẋþöŕţ ƒîñîšĥéð]</translation>
        </message>
        <message>
            <source>1 entry exported to %1.</source>
            <translation>[1 éñţŕý éẋþöŕţéð ţö %1.]</translation>
        </message>
        <message numerus="yes">
            <source>%n entries exported to %1.</source>
            <translation>
                <numerusform>[%n éñţŕîéš éẋþöŕţéð ţö %1.]</numerusform>
                <numerusform>[%n éñţŕîéš éẋþöŕţéð ţö %1.]</numerusform>
            </translation>
        </message>
        <message>
            <source>The file is not encrypted.</source>
            <translation>[Ţĥé ƒîļé îš ñöţ éñçŕýþţéð.]</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Import preview</source>
            <translation>[Îɱþöŕţ þŕéṽîéŵ]</translation>
        </message>
        <message>
            <source>Items that cannot come across, and what changes on the way, with counts and examples</source>
            <translation>[Îţéɱš ţĥåţ çåññöţ çöɱé åçŕöšš, åñð ŵĥåţ çĥåñĝéš öñ ţĥé ŵåý, ŵîţĥ çöûñţš åñð éẋåɱþļéš]</translation>
        </message>
        <message>
            <source>&amp;Details:</source>
            <translation>[&amp;Déţåîļš:]</translation>
        </message>
        <message>
            <source>&amp;Keep location, weather and music (an “Imported details” line)</source>
            <translation>[&amp;Kééþ ļöçåţîöñ, ŵéåţĥéŕ åñð ɱûšîç (åñ “Îɱþöŕţéð ðéţåîļš” ļîñé)]</translation>
        </message>
        <message>
            <source>Day One's location, weather and music, kept as a short line at the end of each entry, or left out</source>
            <translation>[Ðåý Öñé'š ļöçåţîöñ, ŵéåţĥéŕ åñð ɱûšîç, ķéþţ åš å šĥöŕţ ļîñé åţ ţĥé éñð öƒ éåçĥ éñţŕý, öŕ ļéƒţ öûţ]</translation>
        </message>
        <message>
            <source>&amp;Import 1 entry</source>
            <translation>[&amp;Iɱþöŕţ 1 éñţŕý]</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Import %n entries</source>
            <translation>
                <numerusform>[&amp;Iɱþöŕţ %n éñţŕîéš]</numerusform>
                <numerusform>[&amp;Iɱþöŕţ %n éñţŕîéš]</numerusform>
            </translation>
        </message>
        <message>
            <source>Import the entries</source>
            <translation>[Îɱþöŕţ ţĥé éñţŕîéš]</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>[Çļöšé]</translation>
        </message>
        <message>
            <source>1 entry will be imported.</source>
            <translation>[1 éñţŕý ŵîļļ ƀé îɱþöŕţéð.]</translation>
        </message>
        <message numerus="yes">
            <source>%n entries will be imported.</source>
            <translation>
                <numerusform>[%n éñţŕîéš ŵîļļ ƀé îɱþöŕţéð.]</numerusform>
                <numerusform>[%n éñţŕîéš ŵîļļ ƀé îɱþöŕţéð.]</numerusform>
            </translation>
        </message>
        <message>
            <source>1 entry is already in this journal and will be skipped.</source>
            <translation>[1 éñţŕý îš åļŕéåðý îñ ţĥîš ĵöûŕñåļ åñð ŵîļļ ƀé šķîþþéð.]</translation>
        </message>
        <message numerus="yes">
            <source>%n entries are already in this journal and will be skipped.</source>
            <translation>
                <numerusform>[%n éñţŕîéš åŕé åļŕéåðý îñ ţĥîš ĵöûŕñåļ åñð ŵîļļ ƀé šķîþþéð.]</numerusform>
                <numerusform>[%n éñţŕîéš åŕé åļŕéåðý îñ ţĥîš ĵöûŕñåļ åñð ŵîļļ ƀé šķîþþéð.]</numerusform>
            </translation>
        </message>
        <message>
            <source>1 item cannot be imported.</source>
            <translation>[1 îţéɱ çåññöţ ƀé îɱþöŕţéð.]</translation>
        </message>
        <message numerus="yes">
            <source>%n items cannot be imported.</source>
            <translation>
                <numerusform>[%n îţéɱš çåññöţ ƀé îɱþöŕţéð.]</numerusform>
                <numerusform>[%n îţéɱš çåññöţ ƀé îɱþöŕţéð.]</numerusform>
            </translation>
        </message>
        <message>
            <source>1 entry will come in without something it holds.</source>
            <translation>[1 éñţŕý ŵîļļ çöɱé îñ ŵîţĥöûţ šöɱéţĥîñĝ îţ ĥöļðš.]</translation>
        </message>
        <message numerus="yes">
            <source>%n entries will come in without something they hold.</source>
            <translation>
                <numerusform>[%n éñţŕîéš ŵîļļ çöɱé îñ ŵîţĥöûţ šöɱéţĥîñĝ ţĥéý ĥöļð.]</numerusform>
                <numerusform>[%n éñţŕîéš ŵîļļ çöɱé îñ ŵîţĥöûţ šöɱéţĥîñĝ ţĥéý ĥöļð.]</numerusform>
            </translation>
        </message>
        <message>
            <source>1 entry will be changed on the way (listed below).</source>
            <translation>[1 éñţŕý ŵîļļ ƀé çĥåñĝéð öñ ţĥé ŵåý (ļîšţéð ƀéļöŵ).]</translation>
        </message>
        <message numerus="yes">
            <source>%n entries will be changed on the way (listed below).</source>
            <translation>
                <numerusform>[%n éñţŕîéš ŵîļļ ƀé çĥåñĝéð öñ ţĥé ŵåý (ļîšţéð ƀéļöŵ).]</numerusform>
                <numerusform>[%n éñţŕîéš ŵîļļ ƀé çĥåñĝéð öñ ţĥé ŵåý (ļîšţéð ƀéļöŵ).]</numerusform>
            </translation>
        </message>
        <message>
            <source>1 picture or PDF will be attached, encrypted inside the journal.</source>
            <translation>[1 þîçţûŕé öŕ ÞÐƑ ŵîļļ ƀé åţţåçĥéð, éñçŕýþţéð îñšîðé ţĥé ĵöûŕñåļ.]</translation>
        </message>
        <message numerus="yes">
            <source>%n pictures and PDFs will be attached, encrypted inside the journal.</source>
            <translation>
                <numerusform>[%n þîçţûŕéš åñð ÞÐƑš ŵîļļ ƀé åţţåçĥéð, éñçŕýþţéð îñšîðé ţĥé ĵöûŕñåļ.]</numerusform>
                <numerusform>[%n þîçţûŕéš åñð ÞÐƑš ŵîļļ ƀé åţţåçĥéð, éñçŕýþţéð îñšîðé ţĥé ĵöûŕñåļ.]</numerusform>
            </translation>
        </message>
        <message>
            <source>Kinds of entry to be added: %1.</source>
            <translation>[Ķîñðš öƒ éñţŕý ţö ƀé åððéð: %1.]</translation>
        </message>
        <message>
            <source>Nothing has been changed yet. Choose Import to bring these entries in, or Cancel.</source>
            <translation>[Ñöţĥîñĝ ĥåš ƀééñ çĥåñĝéð ýéţ. Çĥööšé Îɱþöŕţ ţö ƀŕîñĝ ţĥéšé éñţŕîéš îñ, öŕ Çåñçéļ.]</translation>
        </message>
        <message>
            <source>There is nothing new to import. Nothing has been changed.</source>
            <translation>[Ţĥéŕé îš ñöţĥîñĝ ñéŵ ţö îɱþöŕţ. Ñöţĥîñĝ ĥåš ƀééñ çĥåñĝéð.]</translation>
        </message>
        <message numerus="yes">
            <source> and %n more</source>
            <translation>
                <numerusform>[ åñð %n ɱöŕé]</numerusform>
                <numerusform>[ åñð %n ɱöŕé]</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 times in %2</source>
            <translation>[%1 ţîɱéš îñ %2]</translation>
        </message>
        <message>
            <source>%1 times</source>
            <translation>[%1 ţîɱéš]</translation>
        </message>
        <message>
            <source>Cannot be imported:</source>
            <translation>[Çåññöţ ƀé îɱþöŕţéð:]</translation>
        </message>
        <message>
            <source>Will be imported, but without:</source>
            <translation>[Ŵîļļ ƀé îɱþöŕţéð, ƀûţ ŵîţĥöûţ:]</translation>
        </message>
        <message>
            <source>Will be changed on the way:</source>
            <translation>[Ŵîļļ ƀé çĥåñĝéð öñ ţĥé ŵåý:]</translation>
        </message>
        <message>
            <source>Everything found can come across as it is.</source>
            <translation>[Éṽéŕýţĥîñĝ ƒöûñð çåñ çöɱé åçŕöšš åš îţ îš.]</translation>
        </message>
    </context>
    <context>
        <name>ImportProgressDialog</name>
        <message>
            <source>Importing</source>
            <translation>[Îɱþöŕţîñĝ]</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>[&amp;Cåñçéļ]</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>[Îɱþöŕţ þŕöĝŕéšš]</translation>
        </message>
    </context>
    <context>
        <name>ImportSourceDialog</name>
        <message>
            <source>Import entries</source>
            <translation>[Îɱþöŕţ éñţŕîéš]</translation>
        </message>
        <message>
            <source>Bring entries in from another journal. You will see what will come in, and anything that cannot, before anything is changed.</source>
            <translation>[Ɓŕîñĝ éñţŕîéš îñ ƒŕöɱ åñöţĥéŕ ĵöûŕñåļ. Ýöû ŵîļļ šéé ŵĥåţ ŵîļļ çöɱé îñ, åñð åñýţĥîñĝ ţĥåţ çåññöţ, ƀéƒöŕé åñýţĥîñĝ îš çĥåñĝéð.]</translation>
        </message>
        <message>
            <source>&amp;jrnl: the JSON file made by “jrnl --export json”</source>
            <translation>[&amp;jŕñļ: ţĥé ĴŠÖÑ ƒîļé ɱåðé ƀý “ĵŕñļ --éẋþöŕţ ĵšöñ”]</translation>
        </message>
        <message>
            <source>jrnl JSON export</source>
            <translation>[ĵŕñļ ĴŠÖÑ éẋþöŕţ]</translation>
        </message>
        <message>
            <source>&amp;Day One: the JSON export, as its .zip file or unpacked into a folder</source>
            <translation>[&amp;Dåý Öñé: ţĥé ĴŠÖÑ éẋþöŕţ, åš îţš .žîþ ƒîļé öŕ ûñþåçķéð îñţö å ƒöļðéŕ]</translation>
        </message>
        <message>
            <source>Day One JSON export</source>
            <translation>[Ðåý Öñé ĴŠÖÑ éẋþöŕţ]</translation>
        </message>
        <message>
            <source>&amp;Markdown: a folder of .md files, as Obsidian and other note apps keep them</source>
            <translation>[&amp;Måŕķðöŵñ: å ƒöļðéŕ öƒ .ɱð ƒîļéš, åš Öƀšîðîåñ åñð öţĥéŕ ñöţé åþþš ķééþ ţĥéɱ]</translation>
        </message>
        <message>
            <source>Folder of Markdown files</source>
            <translation>[Ƒöļðéŕ öƒ Ṁåŕķðöŵñ ƒîļéš]</translation>
        </message>
        <message>
            <source>What are you importing?</source>
            <translation>[Ŵĥåţ åŕé ýöû îɱþöŕţîñĝ?]</translation>
        </message>
        <message>
            <source>File or folder to import</source>
            <translation>[Ƒîļé öŕ ƒöļðéŕ ţö îɱþöŕţ]</translation>
        </message>
        <message>
            <source>Choose a file or folder</source>
            <translation>[Çĥööšé å ƒîļé öŕ ƒöļðéŕ]</translation>
        </message>
        <message>
            <source>Choose &amp;file…</source>
            <translation>[Çĥööšé &amp;fîļé…]</translation>
        </message>
        <message>
            <source>Choose the file to import</source>
            <translation>[Çĥööšé ţĥé ƒîļé ţö îɱþöŕţ]</translation>
        </message>
        <message>
            <source>Choose f&amp;older…</source>
            <translation>[Çĥööšé ƒ&amp;oļðéŕ…]</translation>
        </message>
        <message>
            <source>Choose the folder to import</source>
            <translation>[Çĥööšé ţĥé ƒöļðéŕ ţö îɱþöŕţ]</translation>
        </message>
        <message>
            <source>&amp;Source:</source>
            <translation>[&amp;Söûŕçé:]</translation>
        </message>
        <message>
            <source>&amp;Preview…</source>
            <translation>[&amp;Pŕéṽîéŵ…]</translation>
        </message>
        <message>
            <source>Preview the import</source>
            <translation>[Þŕéṽîéŵ ţĥé îɱþöŕţ]</translation>
        </message>
        <message>
            <source>Day One exports (*.zip);;All files (*)</source>
            <translation>[Ðåý Öñé éẋþöŕţš (*.zip);;Åļļ ƒîļéš (*)]</translation>
        </message>
        <message>
            <source>JSON files (*.json);;All files (*)</source>
            <translation>[ĴŠÖÑ ƒîļéš (*.json);;Åļļ ƒîļéš (*)]</translation>
        </message>
        <message>
            <source>Choose the export file</source>
            <translation>[Çĥööšé ţĥé éẋþöŕţ ƒîļé]</translation>
        </message>
    </context>
    <context>
        <name>MainActions</name>
        <message>
            <source>&amp;New entry</source>
            <translation>[&amp;Néŵ éñţŕý]</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>[&amp;Fîñð…]</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>[&amp;Löçķ]</translation>
        </message>
        <message>
            <source>&amp;Export as Markdown files…</source>
            <translation>[&amp;Eẋþöŕţ åš Ṁåŕķðöŵñ ƒîļéš…]</translation>
        </message>
        <message>
            <source>P&amp;eople…</source>
            <translation>[Þ&amp;eöþļé…]</translation>
        </message>
        <message>
            <source>Names the identifying-information check always finds, and their stand-ins</source>
            <translation>[Ñåɱéš ţĥé îðéñţîƒýîñĝ-îñƒöŕɱåţîöñ çĥéçķ åļŵåýš ƒîñðš, åñð ţĥéîŕ šţåñð-îñš]</translation>
        </message>
        <message>
            <source>Review &amp;old entries…</source>
            <translation>[Ŕéṽîéŵ &amp;oļð éñţŕîéš…]</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>[&amp;Séţţîñĝš…]</translation>
        </message>
        <message>
            <source>Change &amp;passphrase…</source>
            <translation>[Çĥåñĝé &amp;påššþĥŕåšé…]</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>[&amp;Qûîţ]</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>[&amp;Uñðö]</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>[&amp;Réðö]</translation>
        </message>
        <message>
            <source>Show &amp;preview</source>
            <translation>[Šĥöŵ &amp;pŕéṽîéŵ]</translation>
        </message>
        <message>
            <source>Move to &amp;trash</source>
            <translation>[Ṁöṽé ţö &amp;tŕåšĥ]</translation>
        </message>
        <message>
            <source>&amp;Restore from trash</source>
            <translation>[&amp;Réšţöŕé ƒŕöɱ ţŕåšĥ]</translation>
        </message>
        <message>
            <source>&amp;Delete forever…</source>
            <translation>[&amp;Déļéţé ƒöŕéṽéŕ…]</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>[&amp;Ušéŕ ĝûîðé]</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>[&amp;Kéýƀöåŕð šĥöŕţçûţš]</translation>
        </message>
        <message>
            <source>Move to trash</source>
            <translation>[Ṁöṽé ţö ţŕåšĥ]</translation>
        </message>
        <message>
            <source>Undo move to trash</source>
            <translation>[Ûñðö ɱöṽé ţö ţŕåšĥ]</translation>
        </message>
        <message>
            <source>&amp;About reflectjournal</source>
            <translation>[&amp;Aƀöûţ ŕéƒļéçţĵöûŕñåļ]</translation>
        </message>
        <message>
            <source>&amp;Journal</source>
            <translation>[&amp;Jöûŕñåļ]</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>[&amp;Eðîţ]</translation>
        </message>
        <message>
            <source>E&amp;ntry</source>
            <translation>[É&amp;nţŕý]</translation>
        </message>
        <message>
            <source>&amp;Supervision</source>
            <translation>[&amp;Sûþéŕṽîšîöñ]</translation>
        </message>
        <message>
            <source>&amp;Portfolio</source>
            <translation>[&amp;Pöŕţƒöļîö]</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>[&amp;Héļþ]</translation>
        </message>
        <message>
            <source>New entry</source>
            <translation>[Ñéŵ éñţŕý]</translation>
        </message>
        <message>
            <source>From prompt</source>
            <translation>[Ƒŕöɱ þŕöɱþţ]</translation>
        </message>
        <message>
            <source>New entry from a prompt</source>
            <translation>[Ñéŵ éñţŕý ƒŕöɱ å þŕöɱþţ]</translation>
        </message>
        <message>
            <source>Prompts</source>
            <translation>[Þŕöɱþţš]</translation>
        </message>
        <message>
            <source>Show or hide the prompts</source>
            <translation>[Šĥöŵ öŕ ĥîðé ţĥé þŕöɱþţš]</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>[Þŕéṽîéŵ]</translation>
        </message>
        <message>
            <source>Show or hide the preview</source>
            <translation>[Šĥöŵ öŕ ĥîðé ţĥé þŕéṽîéŵ]</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>[Šéåŕçĥ]</translation>
        </message>
        <message>
            <source>Search the journal</source>
            <translation>[Šéåŕçĥ ţĥé ĵöûŕñåļ]</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>[Ļöçķ]</translation>
        </message>
        <message>
            <source>Lock the journal</source>
            <translation>[Ļöçķ ţĥé ĵöûŕñåļ]</translation>
        </message>
        <message>
            <source>Moved to the trash. Tick “Trash” to see it later.</source>
            <translation>[Ṁöṽéð ţö ţĥé ţŕåšĥ. Ţîçķ “Ţŕåšĥ” ţö šéé îţ ļåţéŕ.]</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>[Ûñðö]</translation>
        </message>
        <message>
            <source>Delete this entry forever?</source>
            <translation>[Ðéļéţé ţĥîš éñţŕý ƒöŕéṽéŕ?]</translation>
        </message>
        <message>
            <source>The entry will be removed from the journal. This cannot be undone.</source>
            <translation>[Ţĥé éñţŕý ŵîļļ ƀé ŕéɱöṽéð ƒŕöɱ ţĥé ĵöûŕñåļ. Ţĥîš çåññöţ ƀé ûñðöñé.]</translation>
        </message>
        <message>
            <source>Export without encryption?</source>
            <translation>[Éẋþöŕţ ŵîţĥöûţ éñçŕýþţîöñ?]</translation>
        </message>
        <message>
            <source>The export is NOT encrypted: anyone who can open the folder can read every entry. Export only to a place you trust, and delete the files when you no longer need them. Continue?</source>
            <translation>[Ţĥé éẋþöŕţ îš ÑÖŢ éñçŕýþţéð: åñýöñé ŵĥö çåñ öþéñ ţĥé ƒöļðéŕ çåñ ŕéåð éṽéŕý éñţŕý. Éẋþöŕţ öñļý ţö å þļåçé ýöû ţŕûšţ, åñð ðéļéţé ţĥé ƒîļéš ŵĥéñ ýöû ñö ļöñĝéŕ ñééð ţĥéɱ. Çöñţîñûé?]</translation>
        </message>
        <message>
            <source>Choose an empty folder for the export</source>
            <translation>[Çĥööšé åñ éɱþţý ƒöļðéŕ ƒöŕ ţĥé éẋþöŕţ]</translation>
        </message>
        <message>
            <source>Check what will be exported as Markdown</source>
            <translation>[Çĥéçķ ŵĥåţ ŵîļļ ƀé éẋþöŕţéð åš Ṁåŕķðöŵñ]</translation>
        </message>
        <message>
            <source>Choose a folder for the export…</source>
            <translation>[Çĥööšé å ƒöļðéŕ ƒöŕ ţĥé éẋþöŕţ…]</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>[Éẋþöŕţ ƒåîļéð]</translation>
        </message>
        <message>
            <source>Export finished</source>
            <translation>[Éẋþöŕţ ƒîñîšĥéð]</translation>
        </message>
        <message>
            <source>1 entry exported.</source>
            <translation>[1 éñţŕý éẋþöŕţéð.]</translation>
        </message>
        <message numerus="yes">
            <source>%n entries exported.</source>
            <translation>
                <numerusform>[%n éñţŕîéš éẋþöŕţéð.]</numerusform>
                <numerusform>[%n éñţŕîéš éẋþöŕţéð.]</numerusform>
            </translation>
        </message>
        <message>
            <source>The files are not encrypted.</source>
            <translation>[Ţĥé ƒîļéš åŕé ñöţ éñçŕýþţéð.]</translation>
        </message>
        <message>
            <source>Team folder (kept in this journal, changed at once)</source>
            <translation>[Ţéåɱ ƒöļðéŕ (ķéþţ îñ ţĥîš ĵöûŕñåļ, çĥåñĝéð åţ öñçé)]</translation>
        </message>
        <message>
            <source>Team folder…</source>
            <translation>[Ţéåɱ ƒöļðéŕ…]</translation>
        </message>
        <message>
            <source>Stop using it</source>
            <translation>[Šţöþ ûšîñĝ îţ]</translation>
        </message>
        <message>
            <source>Look now</source>
            <translation>[Ļööķ ñöŵ]</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>[Ĵöûŕñåļ]</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>[Ɓåçķûþš]</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>[Šéţţîñĝš]</translation>
        </message>
    </context>
    <context>
        <name>MainToolBar</name>
        <message>
            <source>Main toolbar</source>
            <translation>[Ṁåîñ ţööļƀåŕ]</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Locked after a time without activity.</source>
            <translation>[Ļöçķéð åƒţéŕ å ţîɱé ŵîţĥöûţ åçţîṽîţý.]</translation>
        </message>
        <message>
            <source>Locked when the window was minimised.</source>
            <translation>[Ļöçķéð ŵĥéñ ţĥé ŵîñðöŵ ŵåš ɱîñîɱîšéð.]</translation>
        </message>
        <message>
            <source>Locked when the screen locked.</source>
            <translation>[Ļöçķéð ŵĥéñ ţĥé šçŕééñ ļöçķéð.]</translation>
        </message>
        <message>
            <source>Locked when the computer went to sleep.</source>
            <translation>[Ļöçķéð ŵĥéñ ţĥé çöɱþûţéŕ ŵéñţ ţö šļééþ.]</translation>
        </message>
        <message>
            <source>Locked.</source>
            <translation>[Ļöçķéð.]</translation>
        </message>
        <message>
            <source>The last changes could not be saved; the message above the editor said why.</source>
            <translation>[Ţĥé ļåšţ çĥåñĝéš çöûļð ñöţ ƀé šåṽéð; ţĥé ɱéššåĝé åƀöṽé ţĥé éðîţöŕ šåîð ŵĥý.]</translation>
        </message>
        <message>
            <source>The last changes could not be saved (the message above the editor says why). Quit anyway and lose them?</source>
            <translation>[Ţĥé ļåšţ çĥåñĝéš çöûļð ñöţ ƀé šåṽéð (ţĥé ɱéššåĝé åƀöṽé ţĥé éðîţöŕ šåýš ŵĥý). Ǫûîţ åñýŵåý åñð ļöšé ţĥéɱ?]</translation>
        </message>
        <message>
            <source>Your last changes are not saved</source>
            <translation>[Ýöûŕ ļåšţ çĥåñĝéš åŕé ñöţ šåṽéð]</translation>
        </message>
        <message>
            <source>Only https links can be opened, and only after you confirm.</source>
            <translation>[Öñļý ĥţţþš ļîñķš çåñ ƀé öþéñéð, åñð öñļý åƒţéŕ ýöû çöñƒîŕɱ.]</translation>
        </message>
    </context>
    <context>
        <name>MatchNote</name>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>[Ţĥé ţŵö þåššþĥŕåšéš åŕé ñöţ ţĥé šåɱé.]</translation>
        </message>
    </context>
    <context>
        <name>MessageNote</name>
        <message>
            <source>Error: %1</source>
            <translation>[Éŕŕöŕ: %1]</translation>
        </message>
    </context>
    <context>
        <name>OutgoingPreviewDialog</name>
        <message>
            <source>&amp;Continue…</source>
            <translation>[&amp;Cöñţîñûé…]</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>[&amp;Cöþý]</translation>
        </message>
        <message>
            <source>Check what will be copied</source>
            <translation>[Çĥéçķ ŵĥåţ ŵîļļ ƀé çöþîéð]</translation>
        </message>
        <message>
            <source>E&amp;xactly this text will leave the journal:</source>
            <translation>[É&amp;xåçţļý ţĥîš ţéẋţ ŵîļļ ļéåṽé ţĥé ĵöûŕñåļ:]</translation>
        </message>
        <message>
            <source>Text on the clipboard can be read by other programs until it is cleared.</source>
            <translation>[Ţéẋţ öñ ţĥé çļîþƀöåŕð çåñ ƀé ŕéåð ƀý öţĥéŕ þŕöĝŕåɱš ûñţîļ îţ îš çļéåŕéð.]</translation>
        </message>
        <message>
            <source>The exported file is not encrypted.</source>
            <translation>[Ţĥé éẋþöŕţéð ƒîļé îš ñöţ éñçŕýþţéð.]</translation>
        </message>
        <message>
            <source>The text that will be exported, with possible identifying details marked</source>
            <translation>[Ţĥé ţéẋţ ţĥåţ ŵîļļ ƀé éẋþöŕţéð, ŵîţĥ þöššîƀļé îðéñţîƒýîñĝ ðéţåîļš ɱåŕķéð]</translation>
        </message>
        <message>
            <source>What leaves the journal is not encrypted.</source>
            <translation>[Ŵĥåţ ļéåṽéš ţĥé ĵöûŕñåļ îš ñöţ éñçŕýþţéð.]</translation>
        </message>
    </context>
    <context>
        <name>PassphraseEdit</name>
        <message>
            <source>Show passphrase</source>
            <translation>[Šĥöŵ þåššþĥŕåšé]</translation>
        </message>
        <message>
            <source>Show passphrase (Alt+F8)</source>
            <translation>[Šĥöŵ þåššþĥŕåšé (Åļţ+Ƒ8)]</translation>
        </message>
    </context>
    <context>
        <name>PassphraseFields</name>
        <message>
            <source>Strength:</source>
            <translation>[Šţŕéñĝţĥ:]</translation>
        </message>
    </context>
    <context>
        <name>PathView</name>
        <message>
            <source>Copy</source>
            <translation>[Çöþý]</translation>
        </message>
        <message>
            <source>Copy the whole location</source>
            <translation>[Çöþý ţĥé ŵĥöļé ļöçåţîöñ]</translation>
        </message>
    </context>
    <context>
        <name>PeopleDialog</name>
        <message>
            <source>&amp;Add as new</source>
            <translation>[&amp;Aðð åš ñéŵ]</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>[&amp;Méŕĝé]</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>[&amp;Nåɱé:]</translation>
        </message>
        <message>
            <source>&amp;Other spellings:</source>
            <translation>[&amp;Oţĥéŕ šþéļļîñĝš:]</translation>
        </message>
        <message>
            <source>&amp;Remove…</source>
            <translation>[&amp;Réɱöṽé…]</translation>
        </message>
        <message>
            <source>&amp;Stand-in:</source>
            <translation>[&amp;Sţåñð-îñ:]</translation>
        </message>
        <message>
            <source>Add “%1” to &amp;People</source>
            <translation>[Åðð “%1” ţö &amp;Péöþļé]</translation>
        </message>
        <message>
            <source>Added to People as “%1”. Change the stand-in in People.</source>
            <translation>[Åððéð ţö Þéöþļé åš “%1”. Çĥåñĝé ţĥé šţåñð-îñ îñ Þéöþļé.]</translation>
        </message>
        <message>
            <source>Added to People.</source>
            <translation>[Åððéð ţö Þéöþļé.]</translation>
        </message>
        <message>
            <source>Give a name and a stand-in of 1 to 100 characters.</source>
            <translation>[Ĝîṽé å ñåɱé åñð å šţåñð-îñ öƒ 1 ţö 100 çĥåŕåçţéŕš.]</translation>
        </message>
        <message>
            <source>Give a name of 1 to 100 characters.</source>
            <translation>[Ĝîṽé å ñåɱé öƒ 1 ţö 100 çĥåŕåçţéŕš.]</translation>
        </message>
        <message>
            <source>Merge &amp;into:</source>
            <translation>[Ṁéŕĝé &amp;iñţö:]</translation>
        </message>
        <message>
            <source>Merged.</source>
            <translation>[Ṁéŕĝéð.]</translation>
        </message>
        <message>
            <source>Names the check always finds before anything leaves the journal, and the stand-in used instead (“Tayo” → “Child A”), and the case numbers it finds. Kept in the encrypted journal; never exported.</source>
            <translation>[Ñåɱéš ţĥé çĥéçķ åļŵåýš ƒîñðš ƀéƒöŕé åñýţĥîñĝ ļéåṽéš ţĥé ĵöûŕñåļ, åñð ţĥé šţåñð-îñ ûšéð îñšţéåð (“Ţåýö” → “Çĥîļð Å”), åñð ţĥé çåšé ñûɱƀéŕš îţ ƒîñðš. Ķéþţ îñ ţĥé éñçŕýþţéð ĵöûŕñåļ; ñéṽéŕ éẋþöŕţéð.]</translation>
        </message>
        <message>
            <source>Not added</source>
            <translation>[Ñöţ åððéð]</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>[Ñöţ šåṽéð]</translation>
        </message>
        <message>
            <source>People</source>
            <translation>[Þéöþļé]</translation>
        </message>
        <message>
            <source>Remove from People?</source>
            <translation>[Ŕéɱöṽé ƒŕöɱ Þéöþļé?]</translation>
        </message>
        <message>
            <source>Sa&amp;ve changes</source>
            <translation>[Šå&amp;vé çĥåñĝéš]</translation>
        </message>
        <message>
            <source>The check will no longer always find this name.</source>
            <translation>[Ţĥé çĥéçķ ŵîļļ ñö ļöñĝéŕ åļŵåýš ƒîñð ţĥîš ñåɱé.]</translation>
        </message>
        <message>
            <source>separated by commas</source>
            <translation>[šéþåŕåţéð ƀý çöɱɱåš]</translation>
        </message>
    </context>
    <context>
        <name>PrintableExportDialog</name>
        <message>
            <source>Export printable</source>
            <translation>[Éẋþöŕţ þŕîñţåƀļé]</translation>
        </message>
        <message>
            <source>One file of the entries in a date range, oldest first, to print or keep. It is not encrypted.</source>
            <translation>[Öñé ƒîļé öƒ ţĥé éñţŕîéš îñ å ðåţé ŕåñĝé, öļðéšţ ƒîŕšţ, ţö þŕîñţ öŕ ķééþ. Îţ îš ñöţ éñçŕýþţéð.]</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>[Ƒŕöɱ ðåţé]</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>[Ţö ðåţé]</translation>
        </message>
        <message>
            <source>&amp;HTML (opens in a web browser)</source>
            <translation>[&amp;HŢṀĻ (öþéñš îñ å ŵéƀ ƀŕöŵšéŕ)]</translation>
        </message>
        <message>
            <source>HTML file</source>
            <translation>[ĤŢṀĻ ƒîļé]</translation>
        </message>
        <message>
            <source>&amp;PDF</source>
            <translation>[&amp;PÐƑ]</translation>
        </message>
        <message>
            <source>PDF file</source>
            <translation>[ÞÐƑ ƒîļé]</translation>
        </message>
        <message>
            <source>The “From” date is after the “To” date.</source>
            <translation>[Ţĥé “Ƒŕöɱ” ðåţé îš åƒţéŕ ţĥé “Ţö” ðåţé.]</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>[&amp;Eẋþöŕţ…]</translation>
        </message>
        <message>
            <source>Export the printable file</source>
            <translation>[Éẋþöŕţ ţĥé þŕîñţåƀļé ƒîļé]</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>[&amp;Fŕöɱ:]</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>[&amp;Tö:]</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>[Ƒöŕɱåţ:]</translation>
        </message>
    </context>
    <context>
        <name>ReflectReminders</name>
        <message>
            <source>A home visit today has no reflection yet.</source>
            <translation>[Å ĥöɱé ṽîšîţ ţöðåý ĥåš ñö ŕéƒļéçţîöñ ýéţ.]</translation>
        </message>
        <message>
            <source>Time to reflect?</source>
            <translation>[Ţîɱé ţö ŕéƒļéçţ?]</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from a backup</source>
            <translation>[Ŕéšţöŕé ƒŕöɱ å ƀåçķûþ]</translation>
        </message>
        <message>
            <source>Backups of %1 in %2. Type the passphrase the journal had when the backup was taken, then “Check”: each backup is opened and checked, and its entries counted.</source>
            <translation>[Ɓåçķûþš öƒ %1 îñ %2. Ţýþé ţĥé þåššþĥŕåšé ţĥé ĵöûŕñåļ ĥåð ŵĥéñ ţĥé ƀåçķûþ ŵåš ţåķéñ, ţĥéñ “Çĥéçķ”: éåçĥ ƀåçķûþ îš öþéñéð åñð çĥéçķéð, åñð îţš éñţŕîéš çöûñţéð.]</translation>
        </message>
        <message>
            <source>Passphrase of the backups</source>
            <translation>[Þåššþĥŕåšé öƒ ţĥé ƀåçķûþš]</translation>
        </message>
        <message>
            <source>&amp;Check</source>
            <translation>[&amp;Cĥéçķ]</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>[Ţåķéñ]</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>[Ķîñð]</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>[Éñţŕîéš]</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>[Ɓåçķûþš]</translation>
        </message>
        <message>
            <source>No backups were found there. Choose a backup file with “Other file…”.</source>
            <translation>[Ñö ƀåçķûþš ŵéŕé ƒöûñð ţĥéŕé. Çĥööšé å ƀåçķûþ ƒîļé ŵîţĥ “Öţĥéŕ ƒîļé…”.]</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>[&amp;Påššþĥŕåšé:]</translation>
        </message>
        <message>
            <source>&amp;Other file…</source>
            <translation>[&amp;Oţĥéŕ ƒîļé…]</translation>
        </message>
        <message>
            <source>Restore into a &amp;new file…</source>
            <translation>[Ŕéšţöŕé îñţö å &amp;néŵ ƒîļé…]</translation>
        </message>
        <message>
            <source>&amp;Replace the journal with it…</source>
            <translation>[&amp;Réþļåçé ţĥé ĵöûŕñåļ ŵîţĥ îţ…]</translation>
        </message>
        <message>
            <source>Type the passphrase first.</source>
            <translation>[Ţýþé ţĥé þåššþĥŕåšé ƒîŕšţ.]</translation>
        </message>
        <message>
            <source>Checking the backups…</source>
            <translation>[Çĥéçķîñĝ ţĥé ƀåçķûþš…]</translation>
        </message>
        <message>
            <source>Checked. Choose a backup, then where it goes.</source>
            <translation>[Çĥéçķéð. Çĥööšé å ƀåçķûþ, ţĥéñ ŵĥéŕé îţ ĝöéš.]</translation>
        </message>
        <message>
            <source>Choose a backup file</source>
            <translation>[Çĥööšé å ƀåçķûþ ƒîļé]</translation>
        </message>
        <message>
            <source>This backup cannot be restored</source>
            <translation>[Ţĥîš ƀåçķûþ çåññöţ ƀé ŕéšţöŕéð]</translation>
        </message>
        <message>
            <source>This backup %1, so it cannot be restored. Your journal was not changed. Choose another backup.</source>
            <translation>[Ţĥîš ƀåçķûþ %1, šö îţ çåññöţ ƀé ŕéšţöŕéð. Ýöûŕ ĵöûŕñåļ ŵåš ñöţ çĥåñĝéð. Çĥööšé åñöţĥéŕ ƀåçķûþ.]</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>%1 deleted permanently.</source>
            <translation>[%1 ðéļéţéð þéŕɱåñéñţļý.]</translation>
        </message>
        <message>
            <source>%1 reflections are older than the review age. Select some, then choose.</source>
            <translation>[%1 ŕéƒļéçţîöñš åŕé öļðéŕ ţĥåñ ţĥé ŕéṽîéŵ åĝé. Šéļéçţ šöɱé, ţĥéñ çĥööšé.]</translation>
        </message>
        <message>
            <source>%1 reflections will be removed from the journal and their text overwritten. This cannot be undone. Backups made before now still hold them until they rotate out.</source>
            <translation>[%1 ŕéƒļéçţîöñš ŵîļļ ƀé ŕéɱöṽéð ƒŕöɱ ţĥé ĵöûŕñåļ åñð ţĥéîŕ ţéẋţ öṽéŕŵŕîţţéñ. Ţĥîš çåññöţ ƀé ûñðöñé. Ɓåçķûþš ɱåðé ƀéƒöŕé ñöŵ šţîļļ ĥöļð ţĥéɱ ûñţîļ ţĥéý ŕöţåţé öûţ.]</translation>
        </message>
        <message>
            <source>&amp;Delete permanently…</source>
            <translation>[&amp;Déļéţé þéŕɱåñéñţļý…]</translation>
        </message>
        <message>
            <source>&amp;Export then delete…</source>
            <translation>[&amp;Eẋþöŕţ ţĥéñ ðéļéţé…]</translation>
        </message>
        <message>
            <source>&amp;Keep</source>
            <translation>[&amp;Kééþ]</translation>
        </message>
        <message>
            <source>A fresh backup was made; %1 older backups were removed.</source>
            <translation>[Å ƒŕéšĥ ƀåçķûþ ŵåš ɱåðé; %1 öļðéŕ ƀåçķûþš ŵéŕé ŕéɱöṽéð.]</translation>
        </message>
        <message>
            <source>A new backup is made and checked, then every older backup of this journal is removed. Continue?</source>
            <translation>[Å ñéŵ ƀåçķûþ îš ɱåðé åñð çĥéçķéð, ţĥéñ éṽéŕý öļðéŕ ƀåçķûþ öƒ ţĥîš ĵöûŕñåļ îš ŕéɱöṽéð. Çöñţîñûé?]</translation>
        </message>
        <message>
            <source>After %1 years</source>
            <translation>[Åƒţéŕ %1 ýéåŕš]</translation>
        </message>
        <message>
            <source>After 1 year</source>
            <translation>[Åƒţéŕ 1 ýéåŕ]</translation>
        </message>
        <message>
            <source>Ask me to &amp;review reflections:</source>
            <translation>[Åšķ ɱé ţö &amp;réṽîéŵ ŕéƒļéçţîöñš:]</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>[Ɓåçķûþ ƒåîļéð]</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>[Ɓåçķûþ ɱåðé]</translation>
        </message>
        <message>
            <source>Backups made before a deletion still hold the deleted entries until they rotate out. To remove them everywhere, make a fresh backup and remove the older ones.</source>
            <translation>[Ɓåçķûþš ɱåðé ƀéƒöŕé å ðéļéţîöñ šţîļļ ĥöļð ţĥé ðéļéţéð éñţŕîéš ûñţîļ ţĥéý ŕöţåţé öûţ. Ţö ŕéɱöṽé ţĥéɱ éṽéŕýŵĥéŕé, ɱåķé å ƒŕéšĥ ƀåçķûþ åñð ŕéɱöṽé ţĥé öļðéŕ öñéš.]</translation>
        </message>
        <message>
            <source>Choose an empty folder for the export</source>
            <translation>[Çĥööšé åñ éɱþţý ƒöļðéŕ ƒöŕ ţĥé éẋþöŕţ]</translation>
        </message>
        <message>
            <source>Delete permanently?</source>
            <translation>[Ðéļéţé þéŕɱåñéñţļý?]</translation>
        </message>
        <message>
            <source>Entries older than the review age</source>
            <translation>[Éñţŕîéš öļðéŕ ţĥåñ ţĥé ŕéṽîéŵ åĝé]</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>[Éẋþöŕţ ƒåîļéð]</translation>
        </message>
        <message>
            <source>Exported (not encrypted). Now remove these %1 reflections from the journal for good?</source>
            <translation>[Éẋþöŕţéð (ñöţ éñçŕýþţéð). Ñöŵ ŕéɱöṽé ţĥéšé %1 ŕéƒļéçţîöñš ƒŕöɱ ţĥé ĵöûŕñåļ ƒöŕ ĝööð?]</translation>
        </message>
        <message>
            <source>Make a fresh backup and remove &amp;older ones…</source>
            <translation>[Ṁåķé å ƒŕéšĥ ƀåçķûþ åñð ŕéɱöṽé &amp;oļðéŕ öñéš…]</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>[Ñéṽéŕ]</translation>
        </message>
        <message>
            <source>No reflection is older than the review age.</source>
            <translation>[Ñö ŕéƒļéçţîöñ îš öļðéŕ ţĥåñ ţĥé ŕéṽîéŵ åĝé.]</translation>
        </message>
        <message>
            <source>Reflections are kept until you delete them. Choose an age to review them.</source>
            <translation>[Ŕéƒļéçţîöñš åŕé ķéþţ ûñţîļ ýöû ðéļéţé ţĥéɱ. Çĥööšé åñ åĝé ţö ŕéṽîéŵ ţĥéɱ.]</translation>
        </message>
        <message>
            <source>Remove older backups?</source>
            <translation>[Ŕéɱöṽé öļðéŕ ƀåçķûþš?]</translation>
        </message>
        <message>
            <source>Review old entries</source>
            <translation>[Ŕéṽîéŵ öļð éñţŕîéš]</translation>
        </message>
    </context>
    <context>
        <name>SearchResultsModel</name>
        <message>
            <source>Untitled</source>
            <translation>[Ûñţîţļéð]</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>[Šéţţîñĝš]</translation>
        </message>
        <message>
            <source> min</source>
            <translation>[ ɱîñ]</translation>
        </message>
        <message>
            <source>Editor font</source>
            <translation>[Éðîţöŕ ƒöñţ]</translation>
        </message>
        <message>
            <source> pt</source>
            <translation>[ þţ]</translation>
        </message>
        <message>
            <source>Samaritans: 116 123 (free, any time, day or night)
Your manager or supervisor</source>
            <translation>[Šåɱåŕîţåñš: 116 123 (ƒŕéé, åñý ţîɱé, ðåý öŕ ñîĝĥţ)
Ýöûŕ ɱåñåĝéŕ öŕ šûþéŕṽîšöŕ]</translation>
        </message>
        <message>
            <source>Lock when the window is &amp;minimised</source>
            <translation>[Ļöçķ ŵĥéñ ţĥé ŵîñðöŵ îš &amp;mîñîɱîšéð]</translation>
        </message>
        <message>
            <source>Use the s&amp;ystem font</source>
            <translation>[Ûšé ţĥé š&amp;yšţéɱ ƒöñţ]</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>[Ƒöļļöŵ ţĥé šýšţéɱ]</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>[Ļîĝĥţ]</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>[Ðåŕķ]</translation>
        </message>
        <message>
            <source>Check &amp;spelling as I type (British English)</source>
            <translation>[Çĥéçķ &amp;sþéļļîñĝ åš Î ţýþé (Ɓŕîţîšĥ Éñĝļîšĥ)]</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>[Ç&amp;hööšé…]</translation>
        </message>
        <message>
            <source>&amp;Beside the journal</source>
            <translation>[&amp;Béšîðé ţĥé ĵöûŕñåļ]</translation>
        </message>
        <message>
            <source>Keep backups in a “backups” folder beside the journal</source>
            <translation>[Ķééþ ƀåçķûþš îñ å “ƀåçķûþš” ƒöļðéŕ ƀéšîðé ţĥé ĵöûŕñåļ]</translation>
        </message>
        <message>
            <source>&amp;Offer this list after a check-in of 1 or 2</source>
            <translation>[&amp;Oƒƒéŕ ţĥîš ļîšţ åƒţéŕ å çĥéçķ-îñ öƒ 1 öŕ 2]</translation>
        </message>
        <message>
            <source>One per line (an assistance line, your manager, a colleague). Kept in this computer's settings file, not in the encrypted journal; never sent anywhere.</source>
            <translation>[Öñé þéŕ ļîñé (åñ åššîšţåñçé ļîñé, ýöûŕ ɱåñåĝéŕ, å çöļļéåĝûé). Ķéþţ îñ ţĥîš çöɱþûţéŕ'š šéţţîñĝš ƒîļé, ñöţ îñ ţĥé éñçŕýþţéð ĵöûŕñåļ; ñéṽéŕ šéñţ åñýŵĥéŕé.]</translation>
        </message>
        <message>
            <source>Backup folder:</source>
            <translation>[Ɓåçķûþ ƒöļðéŕ:]</translation>
        </message>
        <message>
            <source>Keep &amp;daily backups for:</source>
            <translation>[Ķééþ &amp;dåîļý ƀåçķûþš ƒöŕ:]</translation>
        </message>
        <message>
            <source>Then &amp;weekly ones for:</source>
            <translation>[Ţĥéñ &amp;wééķļý öñéš ƒöŕ:]</translation>
        </message>
        <message>
            <source>Backup folder: %1</source>
            <translation>[Ɓåçķûþ ƒöļðéŕ: %1]</translation>
        </message>
        <message>
            <source>Choose the backup folder</source>
            <translation>[Çĥööšé ţĥé ƀåçķûþ ƒöļðéŕ]</translation>
        </message>
        <message>
            <source> days</source>
            <translation>[ ðåýš]</translation>
        </message>
        <message>
            <source> weeks</source>
            <translation>[ ŵééķš]</translation>
        </message>
        <message>
            <source> s</source>
            <translation>[ š]</translation>
        </message>
        <message>
            <source>Show “O&amp;n this day” (entries from a month and a year ago)</source>
            <translation>[Šĥöŵ “Ö&amp;n ţĥîš ðåý” (éñţŕîéš ƒŕöɱ å ɱöñţĥ åñð å ýéåŕ åĝö)]</translation>
        </message>
        <message>
            <source>&amp;Lock after:</source>
            <translation>[&amp;Löçķ åƒţéŕ:]</translation>
        </message>
        <message>
            <source>Si&amp;ze:</source>
            <translation>[Šî&amp;zé:]</translation>
        </message>
        <message>
            <source>Editor &amp;font:</source>
            <translation>[Éðîţöŕ &amp;föñţ:]</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>[&amp;Tĥéɱé:]</translation>
        </message>
        <message>
            <source>Clear &amp;clipboard after:</source>
            <translation>[Çļéåŕ &amp;cļîþƀöåŕð åƒţéŕ:]</translation>
        </message>
        <message>
            <source>S&amp;upport I can turn to:</source>
            <translation>[Š&amp;uþþöŕţ Î çåñ ţûŕñ ţö:]</translation>
        </message>
        <message>
            <source>The “backups” folder beside the journal</source>
            <translation>[Ţĥé “ƀåçķûþš” ƒöļðéŕ ƀéšîðé ţĥé ĵöûŕñåļ]</translation>
        </message>
        <message>
            <source> check-ins</source>
            <translation>[ çĥéçķ-îñš]</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>[Ƒŕî]</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>[Ƒŕîðåý]</translation>
        </message>
        <message>
            <source>Home visit reminder at</source>
            <translation>[Ĥöɱé ṽîšîţ ŕéɱîñðéŕ åţ]</translation>
        </message>
        <message>
            <source>Low check-ins: %1</source>
            <translation>[Ļöŵ çĥéçķ-îñš: %1]</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>[Ṁöñ]</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>[Ṁöñðåý]</translation>
        </message>
        <message>
            <source>Over the l&amp;ast</source>
            <translation>[Öṽéŕ ţĥé ļ&amp;ašţ]</translation>
        </message>
        <message>
            <source>Remind me at</source>
            <translation>[Ŕéɱîñð ɱé åţ]</translation>
        </message>
        <message>
            <source>And if a home visit today has no reflection yet, at</source>
            <translation>[Åñð îƒ å ĥöɱé ṽîšîţ ţöðåý ĥåš ñö ŕéƒļéçţîöñ ýéţ, åţ]</translation>
        </message>
        <message>
            <source>Remind me to r&amp;eflect: a notification that says only “Time to reflect?”</source>
            <translation>[Ŕéɱîñð ɱé ţö ŕ&amp;eƒļéçţ: å ñöţîƒîçåţîöñ ţĥåţ šåýš öñļý “Ţîɱé ţö ŕéƒļéçţ?”]</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>[Šåţ]</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>[Šåţûŕðåý]</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>[Šûñ]</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>[Šûñðåý]</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>[Ţĥû]</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>[Ţĥûŕšðåý]</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>[Ţûé]</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>[Ţûéšðåý]</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>[Ŵéð]</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>[Ŵéðñéšðåý]</translation>
        </message>
        <message>
            <source>a&amp;verage at or below</source>
            <translation>[å&amp;véŕåĝé åţ öŕ ƀéļöŵ]</translation>
        </message>
        <message>
            <source>at</source>
            <translation>[åţ]</translation>
        </message>
        <message>
            <source>f&amp;rom at least</source>
            <translation>[ƒ&amp;röɱ åţ ļéåšţ]</translation>
        </message>
        <message>
            <source>on</source>
            <translation>[öñ]</translation>
        </message>
        <message>
            <source>Say when my check-&amp;ins stay low (only I see it)</source>
            <translation>[Šåý ŵĥéñ ɱý çĥéçķ-&amp;iñš šţåý ļöŵ (öñļý Î šéé îţ)]</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Other</source>
            <translation>[Öţĥéŕ]</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>[Ķéýƀöåŕð šĥöŕţçûţš]</translation>
        </message>
        <message>
            <source>Find a shortcut</source>
            <translation>[Ƒîñð å šĥöŕţçûţ]</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>[Åçţîöñ]</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>[Šĥöŕţçûţ]</translation>
        </message>
    </context>
    <context>
        <name>SpellingController</name>
        <message>
            <source>No spell checking</source>
            <translation>[Ñö šþéļļ çĥéçķîñĝ]</translation>
        </message>
        <message>
            <source>Spell checking is not available: no British English dictionary was found on this computer.</source>
            <translation>[Šþéļļ çĥéçķîñĝ îš ñöţ åṽåîļåƀļé: ñö Ɓŕîţîšĥ Éñĝļîšĥ ðîçţîöñåŕý ŵåš ƒöûñð öñ ţĥîš çöɱþûţéŕ.]</translation>
        </message>
        <message>
            <source>No suggestions</source>
            <translation>[Ñö šûĝĝéšţîöñš]</translation>
        </message>
        <message>
            <source>&amp;Add to dictionary</source>
            <translation>[&amp;Aðð ţö ðîçţîöñåŕý]</translation>
        </message>
        <message>
            <source>I&amp;gnore</source>
            <translation>[Î&amp;gñöŕé]</translation>
        </message>
        <message>
            <source>Do not mark this word again until the journal is locked</source>
            <translation>[Ðö ñöţ ɱåŕķ ţĥîš ŵöŕð åĝåîñ ûñţîļ ţĥé ĵöûŕñåļ îš ļöçķéð]</translation>
        </message>
        <message>
            <source>The word could not be added to the dictionary: the journal could not be written.</source>
            <translation>[Ţĥé ŵöŕð çöûļð ñöţ ƀé åððéð ţö ţĥé ðîçţîöñåŕý: ţĥé ĵöûŕñåļ çöûļð ñöţ ƀé ŵŕîţţéñ.]</translation>
        </message>
    </context>
    <context>
        <name>StartFlow</name>
        <message>
            <source>Where should the new journal be saved?</source>
            <translation>[Ŵĥéŕé šĥöûļð ţĥé ñéŵ ĵöûŕñåļ ƀé šåṽéð?]</translation>
        </message>
        <message>
            <source>Journals (*.rjournal)</source>
            <translation>[Ĵöûŕñåļš (*.rjournal)]</translation>
        </message>
        <message>
            <source>Open a journal</source>
            <translation>[Öþéñ å ĵöûŕñåļ]</translation>
        </message>
        <message>
            <source>Journals (*.rjournal);;All files (*)</source>
            <translation>[Ĵöûŕñåļš (*.rjournal);;Åļļ ƒîļéš (*)]</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <source>Very weak</source>
            <translation>[Ṽéŕý ŵéåķ]</translation>
        </message>
        <message>
            <source>Weak</source>
            <translation>[Ŵéåķ]</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>[Ƒåîŕ]</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>[Šţŕöñĝ]</translation>
        </message>
        <message>
            <source>Very strong</source>
            <translation>[Ṽéŕý šţŕöñĝ]</translation>
        </message>
        <message>
            <source>Use four or more unrelated words.</source>
            <translation>[Ûšé ƒöûŕ öŕ ɱöŕé ûñŕéļåţéð ŵöŕðš.]</translation>
        </message>
        <message>
            <source>Nothing typed yet</source>
            <translation>[Ñöţĥîñĝ ţýþéð ýéţ]</translation>
        </message>
    </context>
    <context>
        <name>SupportNote</name>
        <message>
            <source>Close</source>
            <translation>[Çļöšé]</translation>
        </message>
        <message>
            <source>Close the support list</source>
            <translation>[Çļöšé ţĥé šûþþöŕţ ļîšţ]</translation>
        </message>
        <message>
            <source>That sounds like a hard one. If it would help, you listed:</source>
            <translation>[Ţĥåţ šöûñðš ļîķé å ĥåŕð öñé. Îƒ îţ ŵöûļð ĥéļþ, ýöû ļîšţéð:]</translation>
        </message>
        <message>
            <source>That sounds like a hard one. Talking to someone can help: your manager, a colleague, or Samaritans on 116 123 (free, any time). You can list your own support in Settings.</source>
            <translation>[Ţĥåţ šöûñðš ļîķé å ĥåŕð öñé. Ţåļķîñĝ ţö šöɱéöñé çåñ ĥéļþ: ýöûŕ ɱåñåĝéŕ, å çöļļéåĝûé, öŕ Šåɱåŕîţåñš öñ 116 123 (ƒŕéé, åñý ţîɱé). Ýöû çåñ ļîšţ ýöûŕ öŵñ šûþþöŕţ îñ Šéţţîñĝš.]</translation>
        </message>
    </context>
    <context>
        <name>TitleProblemLabel</name>
        <message>
            <source>The title mixes letters from different alphabets in one word (“%1” has the %2 letter “%3” among %4 letters). Retype it using one alphabet.</source>
            <translation>[Ţĥé ţîţļé ɱîẋéš ļéţţéŕš ƒŕöɱ ðîƒƒéŕéñţ åļþĥåƀéţš îñ öñé ŵöŕð (“%1” ĥåš ţĥé %2 ļéţţéŕ “%3” åɱöñĝ %4 ļéţţéŕš). Ŕéţýþé îţ ûšîñĝ öñé åļþĥåƀéţ.]</translation>
        </message>
        <message>
            <source>Everything else is saved; the title is saved once it is corrected.</source>
            <translation>[Éṽéŕýţĥîñĝ éļšé îš šåṽéð; ţĥé ţîţļé îš šåṽéð öñçé îţ îš çöŕŕéçţéð.]</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>Unlock your journal</source>
            <translation>[Ûñļöçķ ýöûŕ ĵöûŕñåļ]</translation>
        </message>
        <message>
            <source>Show &amp;location</source>
            <translation>[Šĥöŵ &amp;löçåţîöñ]</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>[Þåššþĥŕåšé]</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>[&amp;Uñļöçķ]</translation>
        </message>
        <message>
            <source>Open &amp;another journal…</source>
            <translation>[Öþéñ &amp;añöţĥéŕ ĵöûŕñåļ…]</translation>
        </message>
        <message>
            <source>Create a &amp;new journal…</source>
            <translation>[Çŕéåţé å &amp;néŵ ĵöûŕñåļ…]</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation>[&amp;Réšţöŕé ƒŕöɱ å ƀåçķûþ…]</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>[&amp;Påššþĥŕåšé:]</translation>
        </message>
        <message>
            <source>Journal: %1</source>
            <translation>[Ĵöûŕñåļ: %1]</translation>
        </message>
        <message>
            <source>Hide &amp;location</source>
            <translation>[Ĥîðé &amp;löçåţîöñ]</translation>
        </message>
        <message>
            <source>Unlocking…</source>
            <translation>[Ûñļöçķîñĝ…]</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to reflectjournal</source>
            <translation>[Ŵéļçöɱé ţö ŕéƒļéçţĵöûŕñåļ]</translation>
        </message>
        <message>
            <source>A private place to reflect after a visit. Your journal is one encrypted file on this computer, locked with a passphrase that only you know.</source>
            <translation>[Å þŕîṽåţé þļåçé ţö ŕéƒļéçţ åƒţéŕ å ṽîšîţ. Ýöûŕ ĵöûŕñåļ îš öñé éñçŕýþţéð ƒîļé öñ ţĥîš çöɱþûţéŕ, ļöçķéð ŵîţĥ å þåššþĥŕåšé ţĥåţ öñļý ýöû ķñöŵ.]</translation>
        </message>
        <message>
            <source>Copy where the new journal will be saved</source>
            <translation>[Çöþý ŵĥéŕé ţĥé ñéŵ ĵöûŕñåļ ŵîļļ ƀé šåṽéð]</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>[Çĥåñĝé…]</translation>
        </message>
        <message>
            <source>Choose where to save the journal</source>
            <translation>[Çĥööšé ŵĥéŕé ţö šåṽé ţĥé ĵöûŕñåļ]</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>[Þåššþĥŕåšé]</translation>
        </message>
        <message>
            <source>Passphrase again</source>
            <translation>[Þåššþĥŕåšé åĝåîñ]</translation>
        </message>
        <message>
            <source>Passphrase strength</source>
            <translation>[Þåššþĥŕåšé šţŕéñĝţĥ]</translation>
        </message>
        <message>
            <source>If you forget this passphrase, nobody can recover your journal: not us, not your IT team. There is no reset. Choose a few unrelated words you will remember, and keep a copy somewhere safe.</source>
            <translation>[Îƒ ýöû ƒöŕĝéţ ţĥîš þåššþĥŕåšé, ñöƀöðý çåñ ŕéçöṽéŕ ýöûŕ ĵöûŕñåļ: ñöţ ûš, ñöţ ýöûŕ ÎŢ ţéåɱ. Ţĥéŕé îš ñö ŕéšéţ. Çĥööšé å ƒéŵ ûñŕéļåţéð ŵöŕðš ýöû ŵîļļ ŕéɱéɱƀéŕ, åñð ķééþ å çöþý šöɱéŵĥéŕé šåƒé.]</translation>
        </message>
        <message>
            <source>Warning about forgotten passphrases</source>
            <translation>[Ŵåŕñîñĝ åƀöûţ ƒöŕĝöţţéñ þåššþĥŕåšéš]</translation>
        </message>
        <message>
            <source>&amp;Create journal</source>
            <translation>[&amp;Cŕéåţé ĵöûŕñåļ]</translation>
        </message>
        <message>
            <source>&amp;Open an existing journal…</source>
            <translation>[&amp;Oþéñ åñ éẋîšţîñĝ ĵöûŕñåļ…]</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>[Ļöçåţîöñ:]</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>[&amp;Påššþĥŕåšé:]</translation>
        </message>
        <message>
            <source>&amp;Again:</source>
            <translation>[&amp;Aĝåîñ:]</translation>
        </message>
        <message>
            <source>Creating your journal…</source>
            <translation>[Çŕéåţîñĝ ýöûŕ ĵöûŕñåļ…]</translation>
        </message>
    </context>
    <context>
        <name>WellbeingCheckIn</name>
        <message>
            <source>How are you after this?</source>
            <translation>[Ĥöŵ åŕé ýöû åƒţéŕ ţĥîš?]</translation>
        </message>
        <message>
            <source>1 Struggling</source>
            <translation>[1 Šţŕûĝĝļîñĝ]</translation>
        </message>
        <message>
            <source>2</source>
            <translation>[2]</translation>
        </message>
        <message>
            <source>3 OK</source>
            <translation>[3 ÖĶ]</translation>
        </message>
        <message>
            <source>4</source>
            <translation>[4]</translation>
        </message>
        <message>
            <source>5 Well</source>
            <translation>[5 Ŵéļļ]</translation>
        </message>
        <message numerus="yes">
            <source>Wellbeing %n of 5</source>
            <translation>
                <numerusform>[Ŵéļļƀéîñĝ %n öƒ 5]</numerusform>
                <numerusform>[Ŵéļļƀéîñĝ %n öƒ 5]</numerusform>
            </translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>[Ñöţ ñöŵ]</translation>
        </message>
        <message>
            <source>Clear the wellbeing check-in</source>
            <translation>[Çļéåŕ ţĥé ŵéļļƀéîñĝ çĥéçķ-îñ]</translation>
        </message>
        <message>
            <source>In a few words, how are you?</source>
            <translation>[Îñ å ƒéŵ ŵöŕðš, ĥöŵ åŕé ýöû?]</translation>
        </message>
        <message>
            <source>How you are, in a few words</source>
            <translation>[Ĥöŵ ýöû åŕé, îñ å ƒéŵ ŵöŕðš]</translation>
        </message>
    </context>
    <context>
        <name>WordCountLabel</name>
        <message>
            <source>1 word</source>
            <translation>[1 ŵöŕð]</translation>
        </message>
        <message numerus="yes">
            <source>%n words</source>
            <translation>
                <numerusform>[%n ŵöŕðš]</numerusform>
                <numerusform>[%n ŵöŕðš]</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>announce</name>
        <message>
            <source>Drag to resize the window</source>
            <translation>[Ðŕåĝ ţö ŕéšîžé ţĥé ŵîñðöŵ]</translation>
        </message>
        <message>
            <source>Divider: drag to change the widths</source>
            <translation>[Ðîṽîðéŕ: ðŕåĝ ţö çĥåñĝé ţĥé ŵîðţĥš]</translation>
        </message>
        <message>
            <source>Divider: drag to change the heights</source>
            <translation>[Ðîṽîðéŕ: ðŕåĝ ţö çĥåñĝé ţĥé ĥéîĝĥţš]</translation>
        </message>
    </context>
    <context>
        <name>backups</name>
        <message>
            <source>%1 entries</source>
            <translation>[%1 éñţŕîéš]</translation>
        </message>
        <message>
            <source>1 entry</source>
            <translation>[1 éñţŕý]</translation>
        </message>
        <message>
            <source>A file you chose</source>
            <translation>[Å ƒîļé ýöû çĥöšé]</translation>
        </message>
        <message>
            <source>Automatic (daily)</source>
            <translation>[Åûţöɱåţîç (ðåîļý)]</translation>
        </message>
        <message>
            <source>Before a passphrase change</source>
            <translation>[Ɓéƒöŕé å þåššþĥŕåšé çĥåñĝé]</translation>
        </message>
        <message>
            <source>Before an upgrade of the journal</source>
            <translation>[Ɓéƒöŕé åñ ûþĝŕåðé öƒ ţĥé ĵöûŕñåļ]</translation>
        </message>
        <message>
            <source>Journal as it was before a restore</source>
            <translation>[Ĵöûŕñåļ åš îţ ŵåš ƀéƒöŕé å ŕéšţöŕé]</translation>
        </message>
        <message>
            <source>Taken by hand</source>
            <translation>[Ţåķéñ ƀý ĥåñð]</translation>
        </message>
        <message>
            <source>Journals and backups (*.rjournal);;All files (*)</source>
            <translation>[Ĵöûŕñåļš åñð ƀåçķûþš (*.rjournal);;Åļļ ƒîļéš (*)]</translation>
        </message>
    </context>
    <context>
        <name>dialog</name>
        <message>
            <source>Passphrase changed</source>
            <translation>[Þåššþĥŕåšé çĥåñĝéð]</translation>
        </message>
        <message>
            <source>The journal now opens with the new passphrase only. A backup taken just before the change is in %1; it still opens with the OLD passphrase. Delete it if anyone else may know the old one.</source>
            <translation>[Ţĥé ĵöûŕñåļ ñöŵ öþéñš ŵîţĥ ţĥé ñéŵ þåššþĥŕåšé öñļý. Å ƀåçķûþ ţåķéñ ĵûšţ ƀéƒöŕé ţĥé çĥåñĝé îš îñ %1; îţ šţîļļ öþéñš ŵîţĥ ţĥé ÖĻÐ þåššþĥŕåšé. Ðéļéţé îţ îƒ åñýöñé éļšé ɱåý ķñöŵ ţĥé öļð öñé.]</translation>
        </message>
    </context>
    <context>
        <name>importing</name>
        <message>
            <source>Day One JSON export</source>
            <translation>[Ðåý Öñé ĴŠÖÑ éẋþöŕţ]</translation>
        </message>
        <message>
            <source>folder of Markdown files</source>
            <translation>[ƒöļðéŕ öƒ Ṁåŕķðöŵñ ƒîļéš]</translation>
        </message>
        <message>
            <source>jrnl JSON export</source>
            <translation>[ĵŕñļ ĴŠÖÑ éẋþöŕţ]</translation>
        </message>
    </context>
    <context>
        <name>looking_back</name>
        <message>
            <source>Nothing to show for this period.</source>
            <translation>[Ñöţĥîñĝ ţö šĥöŵ ƒöŕ ţĥîš þéŕîöð.]</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>A file already exists there. Choose another name or location for the new journal.</source>
            <translation>[Å ƒîļé åļŕéåðý éẋîšţš ţĥéŕé. Çĥööšé åñöţĥéŕ ñåɱé öŕ ļöçåţîöñ ƒöŕ ţĥé ñéŵ ĵöûŕñåļ.]</translation>
        </message>
        <message>
            <source>A file could not be read or written (%1).</source>
            <translation>[Å ƒîļé çöûļð ñöţ ƀé ŕéåð öŕ ŵŕîţţéñ (%1).]</translation>
        </message>
        <message>
            <source>Check that you chose the right kind of export for this file or folder (jrnl, Day One or Markdown), and that the export is complete. Your journal has not been changed.</source>
            <translation>[Çĥéçķ ţĥåţ ýöû çĥöšé ţĥé ŕîĝĥţ ķîñð öƒ éẋþöŕţ ƒöŕ ţĥîš ƒîļé öŕ ƒöļðéŕ (ĵŕñļ, Ðåý Öñé öŕ Ṁåŕķðöŵñ), åñð ţĥåţ ţĥé éẋþöŕţ îš çöɱþļéţé. Ýöûŕ ĵöûŕñåļ ĥåš ñöţ ƀééñ çĥåñĝéð.]</translation>
        </message>
        <message>
            <source>Import cancelled. Nothing was changed.</source>
            <translation>[Îɱþöŕţ çåñçéļļéð. Ñöţĥîñĝ ŵåš çĥåñĝéð.]</translation>
        </message>
        <message>
            <source>Nothing was restored.</source>
            <translation>[Ñöţĥîñĝ ŵåš ŕéšţöŕéð.]</translation>
        </message>
        <message>
            <source>Please type your passphrase.</source>
            <translation>[Þļéåšé ţýþé ýöûŕ þåššþĥŕåšé.]</translation>
        </message>
        <message>
            <source>That did not work, and nothing was changed. Try again; if it happens again, please report it.</source>
            <translation>[Ţĥåţ ðîð ñöţ ŵöŕķ, åñð ñöţĥîñĝ ŵåš çĥåñĝéð. Ţŕý åĝåîñ; îƒ îţ ĥåþþéñš åĝåîñ, þļéåšé ŕéþöŕţ îţ.]</translation>
        </message>
        <message>
            <source>That passphrase does not open this backup. Nothing was restored and your journal was not changed.</source>
            <translation>[Ţĥåţ þåššþĥŕåšé ðöéš ñöţ öþéñ ţĥîš ƀåçķûþ. Ñöţĥîñĝ ŵåš ŕéšţöŕéð åñð ýöûŕ ĵöûŕñåļ ŵåš ñöţ çĥåñĝéð.]</translation>
        </message>
        <message>
            <source>That passphrase does not unlock this journal. Please try again.</source>
            <translation>[Ţĥåţ þåššþĥŕåšé ðöéš ñöţ ûñļöçķ ţĥîš ĵöûŕñåļ. Þļéåšé ţŕý åĝåîñ.]</translation>
        </message>
        <message>
            <source>The backup could not be restored. Your journal was not changed.</source>
            <translation>[Ţĥé ƀåçķûþ çöûļð ñöţ ƀé ŕéšţöŕéð. Ýöûŕ ĵöûŕñåļ ŵåš ñöţ çĥåñĝéð.]</translation>
        </message>
        <message>
            <source>The backup could not be written (%1). Your journal itself is unchanged.</source>
            <translation>[Ţĥé ƀåçķûþ çöûļð ñöţ ƀé ŵŕîţţéñ (%1). Ýöûŕ ĵöûŕñåļ îţšéļƒ îš ûñçĥåñĝéð.]</translation>
        </message>
        <message>
            <source>The backup could not be written. Your journal itself is unchanged. Check the backup folder in Settings, then try Journal → Back up now….</source>
            <translation>[Ţĥé ƀåçķûþ çöûļð ñöţ ƀé ŵŕîţţéñ. Ýöûŕ ĵöûŕñåļ îţšéļƒ îš ûñçĥåñĝéð. Çĥéçķ ţĥé ƀåçķûþ ƒöļðéŕ îñ Šéţţîñĝš, ţĥéñ ţŕý Ĵöûŕñåļ → Ɓåçķ ûþ ñöŵ….]</translation>
        </message>
        <message>
            <source>The backup failed unexpectedly. Your journal itself is unchanged. Try Journal → Back up now…; if it fails again, please report it.</source>
            <translation>[Ţĥé ƀåçķûþ ƒåîļéð ûñéẋþéçţéðļý. Ýöûŕ ĵöûŕñåļ îţšéļƒ îš ûñçĥåñĝéð. Ţŕý Ĵöûŕñåļ → Ɓåçķ ûþ ñöŵ…; îƒ îţ ƒåîļš åĝåîñ, þļéåšé ŕéþöŕţ îţ.]</translation>
        </message>
        <message>
            <source>The copy did not pass its checks, so it was not kept. Your journal itself is unchanged. If this happens again, the journal file or the disk may be failing: back up to another disk.</source>
            <translation>[Ţĥé çöþý ðîð ñöţ þåšš îţš çĥéçķš, šö îţ ŵåš ñöţ ķéþţ. Ýöûŕ ĵöûŕñåļ îţšéļƒ îš ûñçĥåñĝéð. Îƒ ţĥîš ĥåþþéñš åĝåîñ, ţĥé ĵöûŕñåļ ƒîļé öŕ ţĥé ðîšķ ɱåý ƀé ƒåîļîñĝ: ƀåçķ ûþ ţö åñöţĥéŕ ðîšķ.]</translation>
        </message>
        <message>
            <source>The disk is full, so nothing was changed. Free some space and try again.</source>
            <translation>[Ţĥé ðîšķ îš ƒûļļ, šö ñöţĥîñĝ ŵåš çĥåñĝéð. Ƒŕéé šöɱé šþåçé åñð ţŕý åĝåîñ.]</translation>
        </message>
        <message>
            <source>The disk is full, so the backup could not be written. Your journal itself is unchanged.</source>
            <translation>[Ţĥé ðîšķ îš ƒûļļ, šö ţĥé ƀåçķûþ çöûļð ñöţ ƀé ŵŕîţţéñ. Ýöûŕ ĵöûŕñåļ îţšéļƒ îš ûñçĥåñĝéð.]</translation>
        </message>
        <message>
            <source>The disk is full, so the entries could not be saved. Nothing was imported and your journal has not been changed. Free some space and try again.</source>
            <translation>[Ţĥé ðîšķ îš ƒûļļ, šö ţĥé éñţŕîéš çöûļð ñöţ ƀé šåṽéð. Ñöţĥîñĝ ŵåš îɱþöŕţéð åñð ýöûŕ ĵöûŕñåļ ĥåš ñöţ ƀééñ çĥåñĝéð. Ƒŕéé šöɱé šþåçé åñð ţŕý åĝåîñ.]</translation>
        </message>
        <message>
            <source>The disk is full, so the file was not written. Free some space and try again.</source>
            <translation>[Ţĥé ðîšķ îš ƒûļļ, šö ţĥé ƒîļé ŵåš ñöţ ŵŕîţţéñ. Ƒŕéé šöɱé šþåçé åñð ţŕý åĝåîñ.]</translation>
        </message>
        <message>
            <source>The disk is full, so the journal could not be written. Free some space and try again.</source>
            <translation>[Ţĥé ðîšķ îš ƒûļļ, šö ţĥé ĵöûŕñåļ çöûļð ñöţ ƀé ŵŕîţţéñ. Ƒŕéé šöɱé šþåçé åñð ţŕý åĝåîñ.]</translation>
        </message>
        <message>
            <source>The disk is full, so your latest changes are not saved yet. They are still here in the editor. Free some space; saving will be tried again as you type.</source>
            <translation>[Ţĥé ðîšķ îš ƒûļļ, šö ýöûŕ ļåţéšţ çĥåñĝéš åŕé ñöţ šåṽéð ýéţ. Ţĥéý åŕé šţîļļ ĥéŕé îñ ţĥé éðîţöŕ. Ƒŕéé šöɱé šþåçé; šåṽîñĝ ŵîļļ ƀé ţŕîéð åĝåîñ åš ýöû ţýþé.]</translation>
        </message>
        <message>
            <source>The disk is full. Nothing was restored and your journal was not changed. Free some space and try again.</source>
            <translation>[Ţĥé ðîšķ îš ƒûļļ. Ñöţĥîñĝ ŵåš ŕéšţöŕéð åñð ýöûŕ ĵöûŕñåļ ŵåš ñöţ çĥåñĝéð. Ƒŕéé šöɱé šþåçé åñð ţŕý åĝåîñ.]</translation>
        </message>
        <message>
            <source>The export folder is not empty; choose a new or empty folder.</source>
            <translation>[Ţĥé éẋþöŕţ ƒöļðéŕ îš ñöţ éɱþţý; çĥööšé å ñéŵ öŕ éɱþţý ƒöļðéŕ.]</translation>
        </message>
        <message>
            <source>The export path is a file, not a folder; choose a new folder.</source>
            <translation>[Ţĥé éẋþöŕţ þåţĥ îš å ƒîļé, ñöţ å ƒöļðéŕ; çĥööšé å ñéŵ ƒöļðéŕ.]</translation>
        </message>
        <message>
            <source>The file could not be written (%1).</source>
            <translation>[Ţĥé ƒîļé çöûļð ñöţ ƀé ŵŕîţţéñ (%1).]</translation>
        </message>
        <message>
            <source>The file could not be written there. Choose another folder and try again.</source>
            <translation>[Ţĥé ƒîļé çöûļð ñöţ ƀé ŵŕîţţéñ ţĥéŕé. Çĥööšé åñöţĥéŕ ƒöļðéŕ åñð ţŕý åĝåîñ.]</translation>
        </message>
        <message>
            <source>The import failed (%1). Nothing was imported and your journal has not been changed.</source>
            <translation>[Ţĥé îɱþöŕţ ƒåîļéð (%1). Ñöţĥîñĝ ŵåš îɱþöŕţéð åñð ýöûŕ ĵöûŕñåļ ĥåš ñöţ ƀééñ çĥåñĝéð.]</translation>
        </message>
        <message>
            <source>The import failed. Nothing was imported and your journal has not been changed. Check the file or folder and try again.</source>
            <translation>[Ţĥé îɱþöŕţ ƒåîļéð. Ñöţĥîñĝ ŵåš îɱþöŕţéð åñð ýöûŕ ĵöûŕñåļ ĥåš ñöţ ƀééñ çĥåñĝéð. Çĥéçķ ţĥé ƒîļé öŕ ƒöļðéŕ åñð ţŕý åĝåîñ.]</translation>
        </message>
        <message>
            <source>The journal could not be opened.</source>
            <translation>[Ţĥé ĵöûŕñåļ çöûļð ñöţ ƀé öþéñéð.]</translation>
        </message>
        <message>
            <source>The journal could not be read through to the end: part of the file may be damaged. Restore your most recent backup with Journal → Restore from backup…, or export what can still be read.</source>
            <translation>[Ţĥé ĵöûŕñåļ çöûļð ñöţ ƀé ŕéåð ţĥŕöûĝĥ ţö ţĥé éñð: þåŕţ öƒ ţĥé ƒîļé ɱåý ƀé ðåɱåĝéð. Ŕéšţöŕé ýöûŕ ɱöšţ ŕéçéñţ ƀåçķûþ ŵîţĥ Ĵöûŕñåļ → Ŕéšţöŕé ƒŕöɱ ƀåçķûþ…, öŕ éẋþöŕţ ŵĥåţ çåñ šţîļļ ƀé ŕéåð.]</translation>
        </message>
        <message>
            <source>The journal could not be written: the file may have become read-only, or another program may hold it. Your latest changes are still here in the editor; saving will be tried again as you type.</source>
            <translation>[Ţĥé ĵöûŕñåļ çöûļð ñöţ ƀé ŵŕîţţéñ: ţĥé ƒîļé ɱåý ĥåṽé ƀéçöɱé ŕéåð-öñļý, öŕ åñöţĥéŕ þŕöĝŕåɱ ɱåý ĥöļð îţ. Ýöûŕ ļåţéšţ çĥåñĝéš åŕé šţîļļ ĥéŕé îñ ţĥé éðîţöŕ; šåṽîñĝ ŵîļļ ƀé ţŕîéð åĝåîñ åš ýöû ţýþé.]</translation>
        </message>
        <message>
            <source>The journal is locked. Unlock it, then try again.</source>
            <translation>[Ţĥé ĵöûŕñåļ îš ļöçķéð. Ûñļöçķ îţ, ţĥéñ ţŕý åĝåîñ.]</translation>
        </message>
        <message>
            <source>The journal is open in another reflectjournal window or command. Close it there, then try again. Nothing was restored.</source>
            <translation>[Ţĥé ĵöûŕñåļ îš öþéñ îñ åñöţĥéŕ ŕéƒļéçţĵöûŕñåļ ŵîñðöŵ öŕ çöɱɱåñð. Çļöšé îţ ţĥéŕé, ţĥéñ ţŕý åĝåîñ. Ñöţĥîñĝ ŵåš ŕéšţöŕéð.]</translation>
        </message>
        <message>
            <source>The journal’s lock file (the file beside it ending in “.lock”) is a link or a special file that reflectjournal did not make, so it was not used. Remove that file, then open the journal again.</source>
            <translation>[Ţĥé ĵöûŕñåļ’š ļöçķ ƒîļé (ţĥé ƒîļé ƀéšîðé îţ éñðîñĝ îñ “.ļöçķ”) îš å ļîñķ öŕ å šþéçîåļ ƒîļé ţĥåţ ŕéƒļéçţĵöûŕñåļ ðîð ñöţ ɱåķé, šö îţ ŵåš ñöţ ûšéð. Ŕéɱöṽé ţĥåţ ƒîļé, ţĥéñ öþéñ ţĥé ĵöûŕñåļ åĝåîñ.]</translation>
        </message>
        <message>
            <source>There is no journal at this location. It may have been moved or renamed.</source>
            <translation>[Ţĥéŕé îš ñö ĵöûŕñåļ åţ ţĥîš ļöçåţîöñ. Îţ ɱåý ĥåṽé ƀééñ ɱöṽéð öŕ ŕéñåɱéð.]</translation>
        </message>
        <message>
            <source>This backup is damaged: it failed its checks. Nothing was restored and your journal was not changed. Choose another backup.</source>
            <translation>[Ţĥîš ƀåçķûþ îš ðåɱåĝéð: îţ ƒåîļéð îţš çĥéçķš. Ñöţĥîñĝ ŵåš ŕéšţöŕéð åñð ýöûŕ ĵöûŕñåļ ŵåš ñöţ çĥåñĝéð. Çĥööšé åñöţĥéŕ ƀåçķûþ.]</translation>
        </message>
        <message>
            <source>This file is not a reflectjournal journal. Choose another file with “Open another journal…”.</source>
            <translation>[Ţĥîš ƒîļé îš ñöţ å ŕéƒļéçţĵöûŕñåļ ĵöûŕñåļ. Çĥööšé åñöţĥéŕ ƒîļé ŵîţĥ “Öþéñ åñöţĥéŕ ĵöûŕñåļ…”.]</translation>
        </message>
        <message>
            <source>This is not a journal file: it is a named pipe, socket or device. Choose your journal file with “Open another journal…”.</source>
            <translation>[Ţĥîš îš ñöţ å ĵöûŕñåļ ƒîļé: îţ îš å ñåɱéð þîþé, šöçķéţ öŕ ðéṽîçé. Çĥööšé ýöûŕ ĵöûŕñåļ ƒîļé ŵîţĥ “Öþéñ åñöţĥéŕ ĵöûŕñåļ…”.]</translation>
        </message>
        <message>
            <source>This journal file has more than one name (a hard link), so entries saved under one name could be lost under the other. Nothing has been changed. Keep one name and remove the other, then try again; if a file ending in “-wal” sits beside one of the names, keep that one.</source>
            <translation>[Ţĥîš ĵöûŕñåļ ƒîļé ĥåš ɱöŕé ţĥåñ öñé ñåɱé (å ĥåŕð ļîñķ), šö éñţŕîéš šåṽéð ûñðéŕ öñé ñåɱé çöûļð ƀé ļöšţ ûñðéŕ ţĥé öţĥéŕ. Ñöţĥîñĝ ĥåš ƀééñ çĥåñĝéð. Ķééþ öñé ñåɱé åñð ŕéɱöṽé ţĥé öţĥéŕ, ţĥéñ ţŕý åĝåîñ; îƒ å ƒîļé éñðîñĝ îñ “-ŵåļ” šîţš ƀéšîðé öñé öƒ ţĥé ñåɱéš, ķééþ ţĥåţ öñé.]</translation>
        </message>
        <message>
            <source>This journal file is damaged and cannot be opened. Nothing has been changed. Restore your most recent backup with “Restore from a backup…” below: backups are kept in the “backups” folder beside the journal (or in the backup folder chosen in Settings). The damaged file is kept as it is, whichever you choose.</source>
            <translation>[Ţĥîš ĵöûŕñåļ ƒîļé îš ðåɱåĝéð åñð çåññöţ ƀé öþéñéð. Ñöţĥîñĝ ĥåš ƀééñ çĥåñĝéð. Ŕéšţöŕé ýöûŕ ɱöšţ ŕéçéñţ ƀåçķûþ ŵîţĥ “Ŕéšţöŕé ƒŕöɱ å ƀåçķûþ…” ƀéļöŵ: ƀåçķûþš åŕé ķéþţ îñ ţĥé “ƀåçķûþš” ƒöļðéŕ ƀéšîðé ţĥé ĵöûŕñåļ (öŕ îñ ţĥé ƀåçķûþ ƒöļðéŕ çĥöšéñ îñ Šéţţîñĝš). Ţĥé ðåɱåĝéð ƒîļé îš ķéþţ åš îţ îš, ŵĥîçĥéṽéŕ ýöû çĥööšé.]</translation>
        </message>
        <message>
            <source>This journal is already open in another reflectjournal window or command. Close it there, then try again.</source>
            <translation>[Ţĥîš ĵöûŕñåļ îš åļŕéåðý öþéñ îñ åñöţĥéŕ ŕéƒļéçţĵöûŕñåļ ŵîñðöŵ öŕ çöɱɱåñð. Çļöšé îţ ţĥéŕé, ţĥéñ ţŕý åĝåîñ.]</translation>
        </message>
        <message>
            <source>This journal was written by a newer version of reflectjournal. Update the app to open it.</source>
            <translation>[Ţĥîš ĵöûŕñåļ ŵåš ŵŕîţţéñ ƀý å ñéŵéŕ ṽéŕšîöñ öƒ ŕéƒļéçţĵöûŕñåļ. Ûþðåţé ţĥé åþþ ţö öþéñ îţ.]</translation>
        </message>
        <message>
            <source>Your latest changes are not saved yet: %1 They are still here in the editor.</source>
            <translation>[Ýöûŕ ļåţéšţ çĥåñĝéš åŕé ñöţ šåṽéð ýéţ: %1 Ţĥéý åŕé šţîļļ ĥéŕé îñ ţĥé éðîţöŕ.]</translation>
        </message>
        <message>
            <source>Your latest changes could not be saved. They are still here in the editor; saving will be tried again as you type.</source>
            <translation>[Ýöûŕ ļåţéšţ çĥåñĝéš çöûļð ñöţ ƀé šåṽéð. Ţĥéý åŕé šţîļļ ĥéŕé îñ ţĥé éðîţöŕ; šåṽîñĝ ŵîļļ ƀé ţŕîéð åĝåîñ åš ýöû ţýþé.]</translation>
        </message>
        <message>
            <source>reflectjournal is not allowed to read that file or folder. Nothing was imported.</source>
            <translation>[ŕéƒļéçţĵöûŕñåļ îš ñöţ åļļöŵéð ţö ŕéåð ţĥåţ ƒîļé öŕ ƒöļðéŕ. Ñöţĥîñĝ ŵåš îɱþöŕţéð.]</translation>
        </message>
        <message>
            <source>reflectjournal is not allowed to use that location. Choose another folder.</source>
            <translation>[ŕéƒļéçţĵöûŕñåļ îš ñöţ åļļöŵéð ţö ûšé ţĥåţ ļöçåţîöñ. Çĥööšé åñöţĥéŕ ƒöļðéŕ.]</translation>
        </message>
        <message>
            <source>reflectjournal is not allowed to write backups to %1. Choose another backup folder in Settings.</source>
            <translation>[ŕéƒļéçţĵöûŕñåļ îš ñöţ åļļöŵéð ţö ŵŕîţé ƀåçķûþš ţö %1. Çĥööšé åñöţĥéŕ ƀåçķûþ ƒöļðéŕ îñ Šéţţîñĝš.]</translation>
        </message>
        <message>
            <source>reflectjournal is not allowed to write there. Choose another folder.</source>
            <translation>[ŕéƒļéçţĵöûŕñåļ îš ñöţ åļļöŵéð ţö ŵŕîţé ţĥéŕé. Çĥööšé åñöţĥéŕ ƒöļðéŕ.]</translation>
        </message>
        <message>
            <source>reflectjournal is not allowed to write there. Nothing was restored; choose another place.</source>
            <translation>[ŕéƒļéçţĵöûŕñåļ îš ñöţ åļļöŵéð ţö ŵŕîţé ţĥéŕé. Ñöţĥîñĝ ŵåš ŕéšţöŕéð; çĥööšé åñöţĥéŕ þļåçé.]</translation>
        </message>
        <message>
            <source>that folder</source>
            <translation>[ţĥåţ ƒöļðéŕ]</translation>
        </message>
    </context>
    <context>
        <name>search_results</name>
        <message>
            <source>'%2*' starts more than %1 different words, so it was searched as the word '%2'. Type more letters before the *.</source>
            <translation>['%2*' šţåŕţš ɱöŕé ţĥåñ %1 ðîƒƒéŕéñţ ŵöŕðš, šö îţ ŵåš šéåŕçĥéð åš ţĥé ŵöŕð '%2'. Ţýþé ɱöŕé ļéţţéŕš ƀéƒöŕé ţĥé *.]</translation>
        </message>
        <message>
            <source>More than %1 entries match, so the best were chosen from the %1 written most recently. Add words or filters to narrow the search.</source>
            <translation>[Ṁöŕé ţĥåñ %1 éñţŕîéš ɱåţçĥ, šö ţĥé ƀéšţ ŵéŕé çĥöšéñ ƒŕöɱ ţĥé %1 ŵŕîţţéñ ɱöšţ ŕéçéñţļý. Åðð ŵöŕðš öŕ ƒîļţéŕš ţö ñåŕŕöŵ ţĥé šéåŕçĥ.]</translation>
        </message>
        <message>
            <source>Prefixes need at least %1 letters: '%2*' was searched as the word '%2'.</source>
            <translation>[Þŕéƒîẋéš ñééð åţ ļéåšţ %1 ļéţţéŕš: '%2*' ŵåš šéåŕçĥéð åš ţĥé ŵöŕð '%2'.]</translation>
        </message>
        <message>
            <source>Showing the best %1 matches; there are more. Add words or filters to narrow the search.</source>
            <translation>[Šĥöŵîñĝ ţĥé ƀéšţ %1 ɱåţçĥéš; ţĥéŕé åŕé ɱöŕé. Åðð ŵöŕðš öŕ ƒîļţéŕš ţö ñåŕŕöŵ ţĥé šéåŕçĥ.]</translation>
        </message>
    </context>
</TS>
