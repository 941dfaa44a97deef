<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl_NL">
<context>
    <name></name>
    <message>
        <source>te laat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>binnenkort</source>
        <translation>due soon</translation>
    </message>
    <message>
        <source>en nog {0}</source>
        <translation>and {0} more</translation>
    </message>
    <message>
        <source>1 maatregel is over de termijn</source>
        <translation>1 measure is overdue</translation>
    </message>
    <message>
        <source>{0} maatregelen zijn over de termijn</source>
        <translation>{0} measures are overdue</translation>
    </message>
    <message>
        <source>1 maatregel moet binnen 30 dagen klaar zijn</source>
        <translation>1 measure must be completed within 30 days</translation>
    </message>
    <message>
        <source>{0} maatregelen moeten binnen 30 dagen klaar zijn</source>
        <translation>{0} measures must be completed within 30 days</translation>
    </message>
    <message>
        <source>Termijnen in cyclus {0}: {1}.</source>
        <translation>Deadlines in cycle {0}: {1}.</translation>
    </message>
    <message>
        <source> en </source>
        <translation> and </translation>
    </message>
    <message>
        <source>nog niemand aangewezen</source>
        <translation>no one assigned yet</translation>
    </message>
    <message>
        <source>(maatregel zonder naam)</source>
        <translation>(untitled measure)</translation>
    </message>
    <message>
        <source>• {0} — uiterlijk {1} ({2}), verantwoordelijk: {3}</source>
        <translation>• {0} — due {1} ({2}), responsible: {3}</translation>
    </message>
    <message>
        <source>Termijnen die aandacht vragen</source>
        <translation>Deadlines that need attention</translation>
    </message>
    <message>
        <source>Verdwijnt als u naar een andere stap gaat; de termijnen staan ook bij Overzicht &amp; afdrukken.</source>
        <translation>Disappears when you go to another step; the deadlines are also listed under Overview &amp; print.</translation>
    </message>
    <message>
        <source>Dossier van deze cyclus</source>
        <translation>Dossier of this cycle</translation>
    </message>
    <message>
        <source>Presentielijst voor een voorlichting</source>
        <translation>Attendance list for an information session</translation>
    </message>
    <message>
        <source>Vragenlijst op papier</source>
        <translation>Paper questionnaire</translation>
    </message>
    <message>
        <source>Evaluatie van de maatregelen</source>
        <translation>Evaluation of the measures</translation>
    </message>
    <message>
        <source>Klaar voor de inspectie? (actielijst)</source>
        <translation>Ready for the inspection? (action list)</translation>
    </message>
    <message>
        <source>Blad voor aan de muur: gedragscode, vertrouwenspersoon en melden</source>
        <translation>Sheet for the wall: code of conduct, confidential adviser and reporting</translation>
    </message>
    <message>
        <source>{file} staat in een map die {service} bijhoudt. Dat gaat goed zolang u het bestand op één computer tegelijk gebruikt. De vergrendeling van het programma werkt alleen op deze computer: opent iemand het bestand tegelijk op een andere computer, dan maakt {service} een tweede versie en raakt een deel van het werk uit beeld.

Sluit het bestand dus hier, en wacht tot {service} klaar is met bijwerken, voordat u het op een andere computer opent.</source>
        <translation>{file} is in a folder that {service} keeps in sync. That works well as long as you use the file on one computer at a time. The program&apos;s lock only works on this computer: if someone opens the file on another computer at the same time, {service} makes a second version and part of the work goes out of sight.

So close the file here, and wait until {service} has finished syncing, before you open it on another computer.</translation>
    </message>
    <message>
        <source>De dagelijkse reservekopie maakt het programma buiten de gesynchroniseerde map, op deze computer: {folder}</source>
        <translation>The program makes its daily backup outside the synced folder, on this computer: {folder}</translation>
    </message>
    <message>
        <source>Let op: ook de map met reservekopieën ({folder}) wordt door {service} bijgehouden.</source>
        <translation>Note: the backups folder ({folder}) is kept in sync by {service} as well.</translation>
    </message>
    <message>
        <source>Naast {file} staan bestanden die eruitzien als een tweede versie ervan, gemaakt door een synchronisatieprogramma:
{names}

Misschien is het bestand op twee computers tegelijk gebruikt. Wilt u ze vergelijken, zodat u het juiste bestand kunt houden?</source>
        <translation>Next to {file} there are files that look like a second version of it, made by a sync program:
{names}

Perhaps the file was used on two computers at the same time. Do you want to compare them, so you can keep the right file?</translation>
    </message>
    <message>
        <source>&amp;Vergelijken</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Laatste cyclus</source>
        <translation>Latest cycle</translation>
    </message>
    <message>
        <source>Laatst gewijzigd</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Maatregelen in die cyclus</source>
        <translation>Measures in that cycle</translation>
    </message>
    <message>
        <source>Voorlichtingen in die cyclus</source>
        <translation>Information sessions in that cycle</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <source> (nu geopend)</source>
        <translation> (open now)</translation>
    </message>
    <message>
        <source>cyclus {0} (van {1})</source>
        <translation>cycle {0} (of {1})</translation>
    </message>
    <message>
        <source>{0} kB</source>
        <translation>{0} kB</translation>
    </message>
    <message>
        <source>Versies vergelijken</source>
        <translation>Compare versions</translation>
    </message>
    <message>
        <source>Hieronder staan het geopende bestand en de andere versies naast elkaar. Het programma leest de andere versies alleen; het verandert er niets aan. Kies welk bestand het juiste is en werk daarin verder. Zet de andere versies daarna zelf opzij, bijvoorbeeld in een map &apos;oud&apos;, zodat niemand er per ongeluk in verder werkt.</source>
        <translation>Below are the open file and the other versions side by side. The program only reads the other versions; it changes nothing in them. Choose which file is the right one and continue working in it. Then put the other versions aside yourself, for example in a folder &apos;old&apos;, so nobody continues in them by mistake.</translation>
    </message>
    <message>
        <source>&amp;Map tonen</source>
        <translation>&amp;Show folder</translation>
    </message>
    <message>
        <source>Vertel wie u bent: hoe groot de organisatie is, welke teams er zijn en wie de preventiemedewerker is. De inspecteur kijkt of werkdruk een plek heeft in uw RI&amp;E en of medewerkers weten bij wie ze terechtkunnen.</source>
        <translation>Tell us who you are: how big the organisation is, which teams it has and who the prevention officer is. The inspector checks whether work pressure has a place in your risk assessment (RI&amp;E) and whether employees know whom they can turn to.</translation>
    </message>
    <message>
        <source>Vertel wie u bent: hoe groot de organisatie is, welke teams er zijn en wie de preventiemedewerker is. De inspecteur kijkt of werkdruk, ongewenst gedrag en agressie een plek hebben in uw RI&amp;E, en welke afspraken er zijn: een gedragscode, een vertrouwenspersoon, een manier om te melden.</source>
        <translation>Tell us who you are: how big the organisation is, which teams it has and who the prevention officer is. The inspector checks whether work pressure, unwanted behaviour and aggression have a place in your risk assessment (RI&amp;E), and which arrangements there are: a code of conduct, a confidential adviser, a way to report.</translation>
    </message>
    <message>
        <source>Inventarisatie</source>
        <translation>Inventory</translation>
    </message>
    <message>
        <source>Ga per team na welke werkdrukbronnen te hoog zijn en welke energiebronnen te laag. Leg vast waarop u dat baseert: een vragenlijst, een groepsgesprek of een document. Zonder zicht op de oorzaken kunt u geen gerichte maatregelen nemen.</source>
        <translation>For each team, find out which job demands are too high and which job resources are too low. Record what you base this on: a questionnaire, a group discussion or a document. Without insight into the causes, you cannot take targeted measures.</translation>
    </message>
    <message>
        <source>Ga per team na welke werkdrukbronnen te hoog zijn en welke energiebronnen te laag, en hoe vaak ongewenst gedrag en agressie voorkomen. Leg vast waarop u dat baseert: een vragenlijst, een groepsgesprek, een document of de meldingen. Zonder zicht op de oorzaken kunt u geen gerichte maatregelen nemen.</source>
        <translation>For each team, find out which job demands are too high and which job resources are too low, and how often unwanted behaviour and aggression happen. Record what you base this on: a questionnaire, a group discussion, a document or the incident reports. Without insight into the causes, you cannot take targeted measures.</translation>
    </message>
    <message>
        <source>Balans</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Zet per team de te hoge werkdrukbronnen naast de te lage energiebronnen, en kijk ook naar rust, herstel en de balans tussen werk en privé. Bepaal welk team het eerst aandacht krijgt.</source>
        <translation>For each team, set the job demands that are too high against the job resources that are too low, and also look at rest, recovery and the balance between work and private life. Decide which team gets attention first.</translation>
    </message>
    <message>
        <source>Zet per team de te hoge werkdrukbronnen naast de te lage energiebronnen, en kijk ook naar rust, herstel en de balans tussen werk en privé. Ongewenst gedrag en agressie staan apart: energiebronnen maken die niet goed. Bepaal welk team het eerst aandacht krijgt.</source>
        <translation>For each team, set the job demands that are too high against the job resources that are too low, and also look at rest, recovery and the balance between work and private life. Unwanted behaviour and aggression stand apart: job resources do not make up for them. Decide which team gets attention first.</translation>
    </message>
    <message>
        <source>Plan van aanpak</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Leg de maatregelen vast: eerst voor de hele organisatie, dan per team, dan voor individuele medewerkers. Iedere maatregel heeft een eigenaar en een termijn. De inspecteur vraagt naar dit plan en naar de instemming van OR of PVT.</source>
        <translation>Record the measures: first for the whole organisation, then per team, then for individual employees. Every measure has an owner and a deadline. The inspector will ask about this plan and about the consent of the works council or staff representatives.</translation>
    </message>
    <message>
        <source>Voorlichting</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Vertel uw mensen actief wat werkstress is, waar het vandaan komt en wat u eraan doet. Leg elke bijeenkomst of elk gesprek vast, met wie er waren en wat er besproken is.</source>
        <translation>Actively tell your people what work stress is, where it comes from and what you are doing about it. Record every meeting or talk, with who was there and what was discussed.</translation>
    </message>
    <message>
        <source>Vertel uw mensen actief wat werkstress is, waar het vandaan komt en wat u eraan doet, en ook wat de gedragscode zegt, wie de vertrouwenspersoon is en hoe ze een incident melden. Leg elke bijeenkomst of elk gesprek vast, met wie er waren en wat er besproken is.</source>
        <translation>Actively tell your people what work stress is, where it comes from and what you are doing about it, and also what the code of conduct says, who the confidential adviser is and how to report an incident. Record every meeting or talk, with who was there and what was discussed.</translation>
    </message>
    <message>
        <source>Evaluatie</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Kijk terug: werkten de maatregelen, en ging het proces zorgvuldig? Gebruik gesprekken of een tweede meting met dezelfde bronnen. Wat u leert, neemt u mee in de volgende cyclus.</source>
        <translation>Look back: did the measures work, and was the process carried out carefully? Use talks or a second measurement with the same sources. Take what you learn with you into the next cycle.</translation>
    </message>
    <message>
        <source>Overzicht &amp; afdrukken</source>
        <translation>Overview &amp; print</translation>
    </message>
    <message>
        <source>Zie in één oogopslag hoe ver u bent en druk de stukken af die een inspecteur wil zien.</source>
        <translation>See at a glance how far you have got, and print the documents an inspector wants to see.</translation>
    </message>
    <message>
        <source>Deze cyclus is afgesloten; de inventarisatie kan niet meer veranderen.</source>
        <translation>This cycle is closed; the inventory can no longer be changed.</translation>
    </message>
    <message>
        <source>{0} beoordelingen uit de vragenlijst</source>
        <translation>{0} ratings from the questionnaire</translation>
    </message>
    <message>
        <source>Uitkomsten gebruiken in de inventarisatie</source>
        <translation>Use results in the inventory</translation>
    </message>
    <message>
        <source>Vink aan welke voorstellen u overneemt in de inventarisatie, met &apos;{0}&apos; als onderbouwing. Wat u al beoordeeld hebt, staat niet aangevinkt: dat verandert alleen als u het zelf aanvinkt. U houdt het laatste woord.</source>
        <translation>Tick the suggestions you want to apply to the inventory, with &apos;{0}&apos; as evidence. Anything you have already assessed is not ticked: that only changes if you tick it yourself. You have the final say.</translation>
    </message>
    <message>
        <source>Aangevinkte &amp;overnemen</source>
        <translation>Apply &amp;ticked</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Nu in de inventarisatie</source>
        <translation>Now in the inventory</translation>
    </message>
    <message>
        <source>Voorstel uit de vragenlijst</source>
        <translation>Suggestion from the questionnaire</translation>
    </message>
    <message>
        <source>Voorstellen voor de inventarisatie</source>
        <translation>Suggestions for the inventory</translation>
    </message>
    <message>
        <source>al overgenomen</source>
        <translation>already applied</translation>
    </message>
    <message>
        <source>nog niet beoordeeld</source>
        <translation>not rated</translation>
    </message>
    <message>
        <source>&amp;Alles aanvinken</source>
        <translation>Tick &amp;all</translation>
    </message>
    <message>
        <source>&amp;Niets aanvinken</source>
        <translation>Tick &amp;none</translation>
    </message>
    <message>
        <source>Invullen op dit scherm</source>
        <translation>Fill in on this screen</translation>
    </message>
    <message>
        <source>Medewerkers vullen de vragenlijst &apos;{0}&apos; hierna één voor één in op dit scherm. Het scherm is dan alleen voor de vragenlijst. Kies een code van minstens {1} tekens waarmee u het scherm straks weer sluit, en houd die voor uzelf.</source>
        <translation>Employees will now fill in the questionnaire &apos;{0}&apos; one by one on this screen. The screen is then used only for the questionnaire. Choose a code of at least {1} characters that you will use to close the screen again later, and keep it to yourself.</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>Code &amp;nogmaals</source>
        <translation>Code &amp;again</translation>
    </message>
    <message>
        <source>&amp;Beginnen</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Kies een code van minstens {0} tekens.</source>
        <translation>Choose a code of at least {0} characters.</translation>
    </message>
    <message>
        <source>De twee codes zijn niet gelijk.</source>
        <translation>The two codes do not match.</translation>
    </message>
    <message>
        <source>Scherm sluiten</source>
        <translation>Close screen</translation>
    </message>
    <message>
        <source>Code van de eigenaar</source>
        <translation>Owner&apos;s code</translation>
    </message>
    <message>
        <source>Alleen de eigenaar sluit dit scherm. Typ de code die u bij het begin koos.</source>
        <translation>Only the owner can close this screen. Type the code you chose at the start.</translation>
    </message>
    <message>
        <source>Wat nu half is ingevuld, wordt niet opgeslagen.</source>
        <translation>Anything that is only half filled in now will not be saved.</translation>
    </message>
    <message>
        <source>Scherm &amp;sluiten</source>
        <translation>&amp;Close screen</translation>
    </message>
    <message>
        <source>&amp;Terug naar de vragenlijst</source>
        <translation>&amp;Back to the questionnaire</translation>
    </message>
    <message>
        <source>Deze code klopt niet.</source>
        <translation>This code is not correct.</translation>
    </message>
    <message>
        <source>Vragenlijst werkdruk en sociale veiligheid</source>
        <translation>Questionnaire on work pressure and safety at work</translation>
    </message>
    <message>
        <source>Werkdrukvragenlijst</source>
        <translation>Work pressure questionnaire</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Deel {0} van {1}</source>
        <translation>Part {0} of {1}</translation>
    </message>
    <message>
        <source>&amp;Vorige</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <source>Scherm sluiten (eigenaar)…</source>
        <translation>Close screen (owner)…</translation>
    </message>
    <message>
        <source>&amp;Klaar</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>Volgende &amp;collega</source>
        <translation>Next &amp;colleague</translation>
    </message>
    <message>
        <source>V&amp;olgende</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Kies eerst uw team, of &apos;Zeg ik liever niet&apos;.</source>
        <translation>First choose your team, or &apos;I&apos;d rather not say&apos;.</translation>
    </message>
    <message>
        <source>U hebt nog geen enkele vraag beantwoord.</source>
        <translation>You have not answered any questions yet.</translation>
    </message>
    <message>
        <source>Roep de eigenaar erbij.</source>
        <translation>Please call the owner.</translation>
    </message>
    <message>
        <source>Dit bestand is alleen om te lezen geopend; wijzigen kan niet.</source>
        <translation>This file was opened read-only; changes are not possible.</translation>
    </message>
    <message>
        <source>Opslaan is mislukt ({0}). Wat al was opgeslagen, staat veilig in het bestand.</source>
        <translation>Saving failed ({0}). Everything that was already saved is safe in the file.</translation>
    </message>
    <message>
        <source>Deze cyclus is afgesloten of het bestand is alleen om te lezen geopend.</source>
        <translation>This cycle is closed or the file was opened read-only.</translation>
    </message>
    <message>
        <source>{0} vragenlijsten bij &apos;{1}&apos;</source>
        <translation>{0} questionnaires for &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>Grafiek: gemiddelde per bron voor en na</source>
        <translation>Chart: average per source, before and after</translation>
    </message>
    <message>
        <source>Werkdrukbronnen: lager is beter</source>
        <translation>Job demands: lower is better</translation>
    </message>
    <message>
        <source>Energiebronnen: hoger is beter</source>
        <translation>Job resources: higher is better</translation>
    </message>
    <message>
        <source>Antwoordbestand kiezen</source>
        <translation>Choose answer file</translation>
    </message>
    <message>
        <source>Het antwoordbestand wordt gelezen…</source>
        <translation>Reading the answer file…</translation>
    </message>
    <message>
        <source>niet gebruiken</source>
        <translation>do not use</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>verandering</source>
        <translation>change</translation>
    </message>
    <message>
        <source>bron</source>
        <translation>source</translation>
    </message>
    <message>
        <source>cyclus</source>
        <translation>cycle</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>beoordeling</source>
        <translation>rating</translation>
    </message>
    <message>
        <source>balans</source>
        <translation>balance</translation>
    </message>
    <message>
        <source>maatregel</source>
        <translation>measure</translation>
    </message>
    <message>
        <source>bijeenkomst</source>
        <translation>session</translation>
    </message>
    <message>
        <source>meting</source>
        <translation>measurement</translation>
    </message>
    <message>
        <source>groepsgesprek</source>
        <translation>group conversation</translation>
    </message>
    <message>
        <source>extern onderzoek</source>
        <translation>external study</translation>
    </message>
    <message>
        <source>melding</source>
        <translation>report</translation>
    </message>
    <message>
        <source>gegevens</source>
        <translation>details</translation>
    </message>
    <message>
        <source>de organisatie</source>
        <translation>the organisation</translation>
    </message>
    <message>
        <source>gedragscode en opvang</source>
        <translation>code of conduct and support</translation>
    </message>
    <message>
        <source>instellingen van de vragenlijst</source>
        <translation>questionnaire settings</translation>
    </message>
    <message>
        <source>cyclus {0}</source>
        <translation>cycle {0}</translation>
    </message>
    <message>
        <source>{0} bij {1}</source>
        <translation>{0} in {1}</translation>
    </message>
    <message>
        <source>{0} van &apos;{1}&apos;</source>
        <translation>{0} of &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>{0} &apos;{1}&apos; toegevoegd</source>
        <translation>{0} &apos;{1}&apos; added</translation>
    </message>
    <message>
        <source>{0} &apos;{1}&apos; verwijderd</source>
        <translation>{0} &apos;{1}&apos; deleted</translation>
    </message>
    <message>
        <source>vraag: {0}</source>
        <translation>question: {0}</translation>
    </message>
    <message>
        <source>Antwoordbestand inlezen – {0}</source>
        <translation>Import answer file – {0}</translation>
    </message>
    <message>
        <source>{0} ({1}). Controleer per kolom wat erin staat; er wordt pas iets opgeslagen als u op Inlezen klikt.</source>
        <translation>{0} ({1}). Check what each column contains; nothing is saved until you click Import.</translation>
    </message>
    <message>
        <source>Opmerkingen bij het bestand</source>
        <translation>Notes on the file</translation>
    </message>
    <message>
        <source>Aantal rijen</source>
        <translation>Number of rows</translation>
    </message>
    <message>
        <source>Overgeslagen rijen en waarom</source>
        <translation>Skipped rows and why</translation>
    </message>
    <message>
        <source>&amp;Inlezen</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Kolom in het bestand</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Wordt ingelezen als</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <source>Kolommen van het bestand</source>
        <translation>Columns of the file</translation>
    </message>
    <message>
        <source>&amp;Meting (bestaand of nieuw)</source>
        <translation>&amp;Measurement (existing or new)</translation>
    </message>
    <message>
        <source>&amp;Datum bij een nieuwe meting</source>
        <translation>&amp;Date for a new measurement</translation>
    </message>
    <message>
        <source>Waar de antwoorden terechtkomen</source>
        <translation>Where the answers will go</translation>
    </message>
    <message>
        <source>De antwoorden komen bij de bestaande meting &apos;{0}&apos;, die nu {1} ingevulde vragenlijsten heeft.</source>
        <translation>The answers will be added to the existing measurement &apos;{0}&apos;, which now has {1} completed questionnaires.</translation>
    </message>
    <message>
        <source>Er komt een nieuwe meting &apos;{0}&apos; met de bronnen die in het bestand staan.</source>
        <translation>A new measurement &apos;{0}&apos; will be created with the sources that are in the file.</translation>
    </message>
    <message>
        <source>Geef de meting een naam.</source>
        <translation>Give the measurement a name.</translation>
    </message>
    <message>
        <source>wordt niet ingelezen: kan iemand herkenbaar maken</source>
        <translation>will not be imported: could identify someone</translation>
    </message>
    <message>
        <source>{2} rijen gelezen: {0} ingevulde vragenlijsten worden ingelezen; {1} rijen worden overgeslagen.</source>
        <translation>{2} rows read: {0} completed questionnaires will be imported; {1} rows will be skipped.</translation>
    </message>
    <message>
        <source>Wat kolom &apos;{0}&apos; is</source>
        <translation>What column &apos;{0}&apos; is</translation>
    </message>
    <message>
        <source>Deze cyclus is afgesloten; inlezen kan niet.</source>
        <translation>This cycle is closed; importing is not possible.</translation>
    </message>
    <message>
        <source>Welkom bij de werkdrukvragenlijst</source>
        <translation>Welcome to the work pressure questionnaire</translation>
    </message>
    <message>
        <source>Uw antwoorden komen zonder naam in het bestand van uw werkgever. Het programma laat uw losse antwoorden niet zien, maar wie het bestand beheert, is uw werkgever.</source>
        <translation>Your answers go into your employer&apos;s file without your name. The program does not show your single answers, but the person who keeps the file is your employer.</translation>
    </message>
    <message>
        <source>Uw antwoorden komen zonder naam in een bestand dat iemand anders dan uw werkgever beheert. Uw werkgever ziet uw losse antwoorden niet, alleen de uitkomsten per groep.</source>
        <translation>Your answers go without your name into a file kept by someone other than your employer. Your employer does not see your single answers, only the results per group.</translation>
    </message>
    <message>
        <source>Welkom bij de vragenlijst over werkdruk en sociale veiligheid</source>
        <translation>Welcome to the questionnaire on work pressure and safety at work</translation>
    </message>
    <message>
        <source>U vult de vragenlijst zonder naam in: uw naam wordt nergens gevraagd of bewaard. Uitkomsten worden alleen getoond voor groepen van minstens {0} collega&apos;s. Wie na u komt, kan uw antwoorden niet terugzien.</source>
        <translation>You fill in the questionnaire without your name: your name is never asked or kept. Results are only shown for groups of at least {0} colleagues. Whoever comes after you cannot see your answers.</translation>
    </message>
    <message>
        <source>Kies met de muis, of met de toetsen 1 tot en met 5; Enter gaat verder.</source>
        <translation>Choose with the mouse, or with the keys 1 to 5; Enter moves on.</translation>
    </message>
    <message>
        <source>In welk team werkt u?</source>
        <translation>Which team do you work in?</translation>
    </message>
    <message>
        <source>Zeg ik liever niet</source>
        <translation>I&apos;d rather not say</translation>
    </message>
    <message>
        <source>Bedankt voor het invullen!</source>
        <translation>Thank you for filling in the questionnaire!</translation>
    </message>
    <message>
        <source>Uw antwoorden zijn opgeslagen. Ze zijn niet meer te bekijken of te wijzigen, ook niet door u. Geef het scherm gerust door aan een collega.</source>
        <translation>Your answers have been saved. They can no longer be viewed or changed, not even by you. Feel free to pass the screen on to a colleague.</translation>
    </message>
    <message>
        <source>de nieuwe meting</source>
        <translation>the new measurement</translation>
    </message>
    <message>
        <source>Werkdrukvragenlijst {0} {1}</source>
        <translation>Work pressure questionnaire {0} {1}</translation>
    </message>
    <message>
        <source>Meting</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Manier</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Ingevulde vragenlijsten</source>
        <translation>Completed questionnaires</translation>
    </message>
    <message>
        <source>Metingen in deze cyclus</source>
        <translation>Measurements in this cycle</translation>
    </message>
    <message>
        <source>(geen datum)</source>
        <translation>(no date)</translation>
    </message>
    <message>
        <source>Meting verwijderen</source>
        <translation>Delete measurement</translation>
    </message>
    <message>
        <source>Meting &apos;{0}&apos; verwijderen?</source>
        <translation>Delete measurement &apos;{0}&apos;?</translation>
    </message>
    <message>
        <source>Ook de antwoorden verwijderen?</source>
        <translation>Delete the answers too?</translation>
    </message>
    <message>
        <source>Bij deze meting horen {0} ingevulde vragenlijsten. Die gaan dan ook verloren en zijn niet terug te halen. Echt verwijderen?</source>
        <translation>This measurement has {0} completed questionnaires. They will be lost as well and cannot be recovered. Really delete?</translation>
    </message>
    <message>
        <source>Nieuwe meting</source>
        <translation>New measurement</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Manier van invullen</source>
        <translation>&amp;Method of filling in</translation>
    </message>
    <message>
        <source>Meting &amp;aanmaken</source>
        <translation>&amp;Create measurement</translation>
    </message>
    <message>
        <source>Voorgesteld: dezelfde bronnen als bij &apos;{0}&apos;, zodat u de metingen kunt vergelijken.</source>
        <translation>Suggested: the same sources as in &apos;{0}&apos;, so that you can compare the measurements.</translation>
    </message>
    <message>
        <source>Kies de bronnen waarover u de medewerkers vragen wilt stellen.</source>
        <translation>Choose the sources you want to ask employees about.</translation>
    </message>
    <message>
        <source>&amp;Bronnen in de vragenlijst</source>
        <translation>&amp;Sources in the questionnaire</translation>
    </message>
    <message>
        <source>Bronnen in de vragenlijst</source>
        <translation>Sources in the questionnaire</translation>
    </message>
    <message>
        <source>Verschillen met de vorige meting</source>
        <translation>Differences from the previous measurement</translation>
    </message>
    <message>
        <source>Deze cyclus heeft al een meting met die naam.</source>
        <translation>This cycle already has a measurement with that name.</translation>
    </message>
    <message>
        <source>Vul de datum van de meting in (dd-mm-jjjj).</source>
        <translation>Enter the date of the measurement (dd-mm-yyyy).</translation>
    </message>
    <message>
        <source>Kies minstens één bron.</source>
        <translation>Choose at least one source.</translation>
    </message>
    <message>
        <source>De meting kon niet worden opgeslagen.</source>
        <translation>The measurement could not be saved.</translation>
    </message>
    <message>
        <source>Antwoord op vraag {0}</source>
        <translation>Answer to question {0}</translation>
    </message>
    <message>
        <source>Papieren formulieren invoeren – {0}</source>
        <translation>Enter paper forms – {0}</translation>
    </message>
    <message>
        <source>Team op dit formulier</source>
        <translation>Team on this form</translation>
    </message>
    <message>
        <source>— kies het team van dit formulier —</source>
        <translation>— choose the team on this form —</translation>
    </message>
    <message>
        <source>Geen team ingevuld</source>
        <translation>No team filled in</translation>
    </message>
    <message>
        <source>Typ per vraag het cijfer dat is aangekruist: 1 nooit, 2 zelden, 3 soms, 4 vaak, 5 altijd. Het volgende vak is dan meteen aan de beurt. Spatie of Enter: niet beantwoord. Ctrl+Enter slaat het formulier op.</source>
        <translation>For each question, type the number that was ticked: 1 never, 2 rarely, 3 sometimes, 4 often, 5 always. The next box is then selected straight away. Space or Enter: not answered. Ctrl+Enter saves the form.</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>Antwoorden van dit formulier</source>
        <translation>Answers on this form</translation>
    </message>
    <message>
        <source>Aantal ingevoerde formulieren</source>
        <translation>Number of forms entered</translation>
    </message>
    <message>
        <source>&amp;Opslaan en volgende formulier (Ctrl+Enter)</source>
        <translation>&amp;Save and next form (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is geen antwoord: typ 1 tot en met 5, of spatie voor niet beantwoord.</source>
        <translation>&apos;{0}&apos; is not an answer: type 1 to 5, or a space for not answered.</translation>
    </message>
    <message>
        <source>Kies eerst het team dat op het formulier staat (of &apos;Geen team ingevuld&apos;).</source>
        <translation>First choose the team given on the form (or &apos;No team filled in&apos;).</translation>
    </message>
    <message>
        <source>Op dit formulier is nog geen enkel antwoord ingevuld.</source>
        <translation>No answer has been filled in on this form yet.</translation>
    </message>
    <message>
        <source>Formulieren opgeslagen in deze ronde: {0}</source>
        <translation>Forms saved in this round: {0}</translation>
    </message>
    <message>
        <source>Formulier niet opgeslagen</source>
        <translation>Form not saved</translation>
    </message>
    <message>
        <source>Het formulier dat u nu invoert, is nog niet opgeslagen. Toch sluiten?</source>
        <translation>The form you are entering now has not been saved yet. Close anyway?</translation>
    </message>
    <message>
        <source>{0} – meegeteld in &apos;{1}&apos;</source>
        <translation>{0} – counted in &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>{0} – minder dan {1} ingevuld</source>
        <translation>{0} – fewer than {1} completed</translation>
    </message>
    <message>
        <source>{0} – uitkomsten over {1} vragenlijsten</source>
        <translation>{0} – results over {1} questionnaires</translation>
    </message>
    <message>
        <source>Samenvatting van de meting</source>
        <translation>Summary of the measurement</translation>
    </message>
    <message>
        <source>Waarschuwingen bij de meting</source>
        <translation>Warnings about the measurement</translation>
    </message>
    <message>
        <source>Medewerkers</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Ingevuld</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Deelname</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Deelname per team</source>
        <translation>Participation per team</translation>
    </message>
    <message>
        <source>Deelname per team; onder de helft is gemarkeerd:</source>
        <translation>Participation per team; below half is highlighted:</translation>
    </message>
    <message>
        <source>&apos;Niet getoond&apos;: te weinig mensen, of met dat aantal zou uit te rekenen zijn hoeveel mensen van een klein team meededen.</source>
        <translation>&apos;Not shown&apos;: too few people, or that number would make it possible to work out how many people from a small team took part.</translation>
    </message>
    <message>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>&amp;Groep:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>&amp;Gebruik als onderbouwing in de inventarisatie…</source>
        <translation>&amp;Use as evidence in the inventory…</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Gemiddelde</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Voorstel</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Antwoorden</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Betrouwbaarheid (alfa)</source>
        <translation>Reliability (alpha)</translation>
    </message>
    <message>
        <source>Uitkomsten per bron</source>
        <translation>Results per source</translation>
    </message>
    <message>
        <source>Gemiddelde op de schaal van 1 (nooit) tot 5 (altijd). Bij een werkdrukbron is hoger zwaarder, bij een energiebron is hoger beter. Het voorstel is een hulpmiddel: u beslist zelf wat in de inventarisatie komt.</source>
        <translation>Average on the scale from 1 (never) to 5 (always). For a job demand, higher means heavier; for a job resource, higher is better. The suggestion is only an aid: you decide yourself what goes into the inventory.</translation>
    </message>
    <message>
        <source>Deelname: {0}. Uitkomsten alleen voor groepen van minstens {1} mensen; losse antwoorden worden nooit getoond.</source>
        <translation>Participation: {0}. Results only for groups of at least {1} people; individual answers are never shown.</translation>
    </message>
    <message>
        <source>Let op: {0}</source>
        <translation>Note: {0}</translation>
    </message>
    <message>
        <source>niet getoond</source>
        <translation>not shown</translation>
    </message>
    <message>
        <source>, onder de helft</source>
        <translation>, below half</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Dit team heeft geen eigen uitkomsten: de antwoorden tellen mee in &apos;{0}&apos;.</source>
        <translation>This team has no results of its own: its answers count towards &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>Minder dan {0} ingevulde vragenlijsten: geen uitkomsten, zodat niemand herkenbaar wordt.</source>
        <translation>Fewer than {0} completed questionnaires: no results, so that nobody can be identified.</translation>
    </message>
    <message>
        <source>niet getoond: te weinig antwoorden</source>
        <translation>not shown: too few answers</translation>
    </message>
    <message>
        <source>Instellingen van de vragenlijst</source>
        <translation>Questionnaire settings</translation>
    </message>
    <message>
        <source>De gemiddelden lopen van 1 (nooit) tot 5 (altijd). Met deze grenzen stelt het programma een beoordeling voor. De standaardwaarden volgen de woorden van de schaal: vanaf &apos;soms&apos; (3) verdient een werkdrukbron aandacht, halverwege &apos;soms&apos; en &apos;vaak&apos; (3,5) is hij te hoog. Voor energiebronnen geldt het spiegelbeeld.</source>
        <translation>The averages run from 1 (never) to 5 (always). The program uses these limits to suggest a rating. The default values follow the words of the scale: from &apos;sometimes&apos; (3) a job demand needs attention, and halfway between &apos;sometimes&apos; and &apos;often&apos; (3.5) it is too high. For job resources it is the other way round.</translation>
    </message>
    <message>
        <source>&amp;Kleinste groep met uitkomsten (minstens 5)</source>
        <translation>&amp;Smallest group with results (at least 5)</translation>
    </message>
    <message>
        <source>Werkdrukbron &amp;te hoog vanaf</source>
        <translation>Job demand too &amp;high at or above</translation>
    </message>
    <message>
        <source>Werkdrukbron &amp;aandacht nodig vanaf</source>
        <translation>Job demand needs &amp;attention at or above</translation>
    </message>
    <message>
        <source>Energiebron te &amp;laag tot en met</source>
        <translation>Job resource too &amp;low at or below</translation>
    </message>
    <message>
        <source>Energiebron aandacht &amp;nodig tot en met</source>
        <translation>Job resource needs atte&amp;ntion at or below</translation>
    </message>
    <message>
        <source>&amp;Wie ziet en verwerkt de antwoorden op papier en op het scherm</source>
        <translation>&amp;Who sees and enters the answers on paper and on screen</translation>
    </message>
    <message>
        <source>Het papieren formulier en het scherm zeggen precies wat u hier kiest, en beloven niet meer. Voert u de formulieren zelf in, kies dan de werkgever.</source>
        <translation>The paper form and the screen say exactly what you choose here, and promise no more. If you enter the forms yourself, choose the employer.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Standaardwaarden</source>
        <translation>Restore &amp;defaults</translation>
    </message>
    <message>
        <source>S&amp;luiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Niet opgeslagen: los eerst de melding hierboven op.</source>
        <translation>Not saved: first resolve the message above.</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Vragenlijst – cyclus {0}</source>
        <translation>Questionnaire – cycle {0}</translation>
    </message>
    <message>
        <source>Met een anonieme vragenlijst onderbouwt u de inventarisatie. Maak een meting aan, laat medewerkers invullen op dit scherm of op papier, of lees een antwoordbestand in. U ziet alleen uitkomsten van groepen, nooit losse antwoorden.</source>
        <translation>An anonymous questionnaire gives you evidence for the inventory. Create a measurement, then let employees fill it in on this screen or on paper, or import an answer file. You only ever see results for groups, never individual answers.</translation>
    </message>
    <message>
        <source>Sl&amp;uiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Nieuwe meting…</source>
        <translation>&amp;New measurement…</translation>
    </message>
    <message>
        <source>&amp;Verwijderen…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Gekozen meting verwijderen</source>
        <translation>Delete the selected measurement</translation>
    </message>
    <message>
        <source>Invullen op dit &amp;scherm…</source>
        <translation>&amp;Fill in on this screen…</translation>
    </message>
    <message>
        <source>&amp;Papieren formulieren invoeren…</source>
        <translation>Enter &amp;paper forms…</translation>
    </message>
    <message>
        <source>Antwoord&amp;bestand inlezen…</source>
        <translation>&amp;Import answer file…</translation>
    </message>
    <message>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Uitkomsten besproken met de medewerkers</source>
        <translation>Results discussed with the staff</translation>
    </message>
    <message>
        <source>Hoe en wanneer, bijv. personeelsvergadering 12-12: uitkomsten per team doorgenomen</source>
        <translation>How and when, e.g. staff meeting 12-12: results gone through per team</translation>
    </message>
    <message>
        <source>Uitkomsten besproken met de &amp;medewerkers</source>
        <translation>Results discussed with the &amp;staff</translation>
    </message>
    <message>
        <source>Deze cyclus is afgesloten of het bestand is alleen om te lezen geopend: u kunt de metingen en uitkomsten bekijken, maar niets toevoegen of wijzigen.</source>
        <translation>This cycle is closed or the file was opened read-only: you can view the measurements and results, but you cannot add or change anything.</translation>
    </message>
    <message>
        <source>Nog geen metingen. Begin met &apos;Nieuwe meting&apos;.</source>
        <translation>No measurements yet. Start with &apos;New measurement&apos;.</translation>
    </message>
    <message>
        <source>Bij &apos;{0}&apos; zijn nog geen vragenlijsten ingevuld.</source>
        <translation>No questionnaires have been completed yet for &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>De antwoorden konden niet worden gelezen.</source>
        <translation>The answers could not be read.</translation>
    </message>
    <message>
        <source>Alles op orde.</source>
        <translation>Everything in order.</translation>
    </message>
    <message>
        <source>Nog niets ingevuld.</source>
        <translation>Nothing filled in yet.</translation>
    </message>
    <message>
        <source>{0} en nog {1}</source>
        <translation>{0} and {1} more</translation>
    </message>
    <message>
        <source>Nog nodig: {0}</source>
        <translation>Still needed: {0}</translation>
    </message>
    <message>
        <source>{0}: klaar. {1}</source>
        <translation>{0}: done. {1}</translation>
    </message>
    <message>
        <source>{0}: {1} procent. {2}</source>
        <translation>{0}: {1} percent. {2}</translation>
    </message>
</context>
<context>
    <name>AggressionRisks</name>
    <message>
        <source>Wat speelt er per team?</source>
        <translation>What applies per team?</translation>
    </message>
    <message>
        <source>Wie alleen werkt, &apos;s avonds werkt, met geld of spullen omgaat, zorgt voor mensen in nood of &apos;nee&apos; moet verkopen, loopt meer kans op agressie van klanten of bezoekers. Vink per team aan wat in het werk voorkomt: zo ziet u waar maatregelen het meest nodig zijn.</source>
        <translation>People who work alone, work evenings, handle money or goods, care for people in distress or have to say &apos;no&apos; are more likely to meet aggression from customers or visitors. Tick per team what happens in its work: that shows where measures are needed most.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Voeg eerst bij Organisatie de teams toe.</source>
        <translation>First add the teams under Organisation.</translation>
    </message>
    <message>
        <source>risico&apos;s op agressie</source>
        <translation>risks of aggression</translation>
    </message>
</context>
<context>
    <name>AnswerLoader</name>
    <message>
        <source>De antwoorden van de vragenlijsten konden niet worden gelezen: {0}.</source>
        <translation>The questionnaire answers could not be read: {0}.</translation>
    </message>
    <message>
        <source>De antwoorden in {0} zijn beschadigd en kunnen niet worden gelezen. Gebruik een reservekopie of vraag hulp; het bestand is niet gewijzigd.</source>
        <translation>The answers in {0} are damaged and cannot be read. Use a backup copy or ask for help; the file has not been changed.</translation>
    </message>
</context>
<context>
    <name>ApprovalTab</name>
    <message>
        <source>Samenhang van het plan</source>
        <translation>Coherence of the plan</translation>
    </message>
    <message>
        <source>Beschrijf in een paar zinnen hoe de maatregelen samen de werkdruk aanpakken: welke eerst komen, welke elkaar versterken en waarom deze keuze past bij wat de inventarisatie liet zien.</source>
        <translation>Describe in a few sentences how the measures tackle work pressure together: which come first, which reinforce each other and why this choice fits what the inventory showed.</translation>
    </message>
    <message>
        <source>Hoe medewerkers meedachten</source>
        <translation>How staff were involved</translation>
    </message>
    <message>
        <source>Schrijf op hoe de medewerkers hebben meegedacht over de maatregelen, bijvoorbeeld in het werkoverleg of een werkgroep. U kunt het ook bij elke maatregel apart invullen.</source>
        <translation>Write down how staff helped think about the measures, for example in the team meeting or a working group. You can also fill this in for each measure separately.</translation>
    </message>
    <message>
        <source>Raadpleging van de medewerkers (zonder OR of PVT)</source>
        <translation>Consulting the employees (without a works council or staff representation)</translation>
    </message>
    <message>
        <source>Heeft uw organisatie geen ondernemingsraad en geen personeelsvertegenwoordiging, dan bespreekt u de RI&amp;E en het plan van aanpak met de medewerkers zelf. Leg vast wanneer, hoe en wat eruit kwam.</source>
        <translation>If your organisation has neither a works council nor a staff representation, you discuss the RI&amp;E and the action plan with the employees themselves. Record when, how and what came out of it.</translation>
    </message>
    <message>
        <source>Geraadpleegd op</source>
        <translation>Consulted on</translation>
    </message>
    <message>
        <source>Hoe</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Wat eruit kwam</source>
        <translation>What came out of it</translation>
    </message>
    <message>
        <source>Instemming en ondertekening</source>
        <translation>Consent and signature</translation>
    </message>
    <message>
        <source>Heeft uw organisatie een ondernemingsraad of personeelsvertegenwoordiging, dan moet die instemmen met de aanpak van de RI&amp;E en met het plan van aanpak. Leg vast wie heeft ingestemd en wanneer.</source>
        <translation>If your organisation has a works council or staff representation, it must consent to the approach of the RI&amp;E and to the action plan. Record who consented and when.</translation>
    </message>
    <message>
        <source>Instemming met de aanpak van de RI&amp;&amp;E</source>
        <translation>Consent to the RI&amp;&amp;E approach</translation>
    </message>
    <message>
        <source>Instemming met het plan</source>
        <translation>Consent to the plan</translation>
    </message>
    <message>
        <source>Ingestemd door</source>
        <translation>Consent given by</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Ondertekend door (werkgever)</source>
        <translation>Signed by (employer)</translation>
    </message>
    <message>
        <source>Ondertekend op</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>nog niemand</source>
        <translation>no one yet</translation>
    </message>
</context>
<context>
    <name>ArrangementsTab</name>
    <message>
        <source>Wat u heeft afgesproken tegen ongewenst gedrag binnen het bedrijf en agressie van buitenaf. De inspectie vraagt ernaar; vul in wat er is, met de datum waarop het is vastgesteld. Wat nog ontbreekt, laat u leeg.</source>
        <translation>What you have agreed on against unwanted behaviour within the company and aggression from outside. The inspectorate asks about it; fill in what there is, with the date it was set. Leave empty what is still missing.</translation>
    </message>
    <message>
        <source>Gedragscode</source>
        <translation>Code of conduct</translation>
    </message>
    <message>
        <source>Zo weet iedereen welk gedrag wel en niet past, en kan niemand zeggen dat hij het niet wist.</source>
        <translation>So everyone knows which behaviour is and is not acceptable, and nobody can say they did not know.</translation>
    </message>
    <message>
        <source>Vastgesteld op</source>
        <translation>Set on</translation>
    </message>
    <message>
        <source>De kern in een paar zinnen</source>
        <translation>Its core in a few sentences</translation>
    </message>
    <message>
        <source>Zo kennen medewerkers de code</source>
        <translation>How staff know the code</translation>
    </message>
    <message>
        <source>bijvoorbeeld: bij indiensttreding uitgereikt, elk jaar besproken</source>
        <translation>for example: handed out on joining, discussed every year</translation>
    </message>
    <message>
        <source>Waar de hele code staat</source>
        <translation>Where the whole code is kept</translation>
    </message>
    <message>
        <source>Vertrouwenspersoon</source>
        <translation>Confidential adviser</translation>
    </message>
    <message>
        <source>Iemand bij wie medewerkers in vertrouwen terechtkunnen als ze last hebben van ongewenst gedrag, zonder dat het meteen een klacht wordt.</source>
        <translation>Someone staff can turn to in confidence when they suffer from unwanted behaviour, without it becoming a complaint straight away.</translation>
    </message>
    <message>
        <source>Intern of extern</source>
        <translation>Internal or external</translation>
    </message>
    <message>
        <source>Naam of bureau</source>
        <translation>Name or agency</translation>
    </message>
    <message>
        <source>Zo is hij of zij te bereiken</source>
        <translation>How to reach him or her</translation>
    </message>
    <message>
        <source>telefoon, e-mail, wanneer</source>
        <translation>phone, e-mail, when</translation>
    </message>
    <message>
        <source>Opgeleid als vertrouwenspersoon</source>
        <translation>Trained as a confidential adviser</translation>
    </message>
    <message>
        <source>Aangesteld op</source>
        <translation>Appointed on</translation>
    </message>
    <message>
        <source>Klachtenregeling</source>
        <translation>Complaints procedure</translation>
    </message>
    <message>
        <source>Wie een klacht indient, moet weten wie die behandelt, en erop kunnen rekenen dat dat eerlijk gebeurt.</source>
        <translation>Whoever files a complaint must know who handles it, and be able to count on it being handled fairly.</translation>
    </message>
    <message>
        <source>Wie behandelt klachten</source>
        <translation>Who handles complaints</translation>
    </message>
    <message>
        <source>bijvoorbeeld: de klachtencommissie van de branche</source>
        <translation>for example: the sector&apos;s complaints committee</translation>
    </message>
    <message>
        <source>Onafhankelijk: niemand erin werkt onder dezelfde leidinggevende als de aangeklaagde</source>
        <translation>Independent: nobody on it works under the same manager as the accused</translation>
    </message>
    <message>
        <source>Waar de regeling staat</source>
        <translation>Where the procedure is kept</translation>
    </message>
    <message>
        <source>Melden en registreren</source>
        <translation>Reporting and registering</translation>
    </message>
    <message>
        <source>Alleen wat gemeld en bijgehouden wordt, ziet u terugkomen en kunt u aanpakken.</source>
        <translation>Only what is reported and recorded can you see recurring and tackle.</translation>
    </message>
    <message>
        <source>Zo meldt een medewerker een voorval</source>
        <translation>How an employee reports an incident</translation>
    </message>
    <message>
        <source>Wie houdt het register bij</source>
        <translation>Who keeps the register</translation>
    </message>
    <message>
        <source>een functie, bijvoorbeeld: preventiemedewerker</source>
        <translation>a role, for example: prevention officer</translation>
    </message>
    <message>
        <source> maanden</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Meldingen bewaren</source>
        <translation>Keep incidents for</translation>
    </message>
    <message>
        <source>Daarna haalt het programma een melding uit het register: niet langer bewaren dan nodig (AVG).</source>
        <translation>After that the program removes an incident from the register: kept no longer than needed (GDPR).</translation>
    </message>
    <message>
        <source>Huisregels voor klanten en bezoekers</source>
        <translation>House rules for customers and visitors</translation>
    </message>
    <message>
        <source>Zo weten klanten en bezoekers wat niet wordt geaccepteerd en wat er dan gebeurt.</source>
        <translation>So customers and visitors know what is not accepted and what happens then.</translation>
    </message>
    <message>
        <source>Waar ze te lezen zijn</source>
        <translation>Where they can be read</translation>
    </message>
    <message>
        <source>bijvoorbeeld: bij de ingang en op de website</source>
        <translation>for example: at the entrance and on the website</translation>
    </message>
    <message>
        <source>Waar de tekst bewaard is</source>
        <translation>Where the text is kept</translation>
    </message>
    <message>
        <source>Opvang en nazorg</source>
        <translation>Care and aftercare</translation>
    </message>
    <message>
        <source>Na een nare gebeurtenis heeft iemand snel steun nodig; vastgelegd is wie dat regelt, ook als de eigenaar er niet is.</source>
        <translation>After a distressing event someone needs support quickly; it is set down who arranges it, also when the owner is not there.</translation>
    </message>
    <message>
        <source>Wie vangt op</source>
        <translation>Who gives first care</translation>
    </message>
    <message>
        <source>een functie, bijvoorbeeld: de leidinggevende van dienst</source>
        <translation>a role, for example: the manager on duty</translation>
    </message>
    <message>
        <source>niet ingevuld</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <source> uur</source>
        <translation> hours</translation>
    </message>
    <message>
        <source>Binnen hoeveel uur</source>
        <translation>Within how many hours</translation>
    </message>
    <message>
        <source>Verwijzing naar</source>
        <translation>Referral to</translation>
    </message>
    <message>
        <source>bijvoorbeeld: bedrijfsarts, Slachtofferhulp</source>
        <translation>for example: company doctor, Victim Support</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Het archief {file} klopt niet: {problem}. Er is niets geschreven.</source>
        <translation>The archive {file} is not right: {problem}. Nothing was written.</translation>
    </message>
    <message>
        <source>Het onderdeel waar de bijlage {file} bij hoort, bestaat niet (meer) in dit bestand.</source>
        <translation>The record the attachment {file} belongs to is not (or no longer) in this file.</translation>
    </message>
    <message>
        <source>Het archief {file} is beschadigd of onvolledig: niet elke bijlage is precies zoals ze werd uitgevoerd. Er is niets geschreven; maak het archief opnieuw met &apos;export --with-attachments&apos;.</source>
        <translation>The archive {file} is damaged or incomplete: not every attachment is exactly as it was exported. Nothing was written; make the archive again with &apos;export --with-attachments&apos;.</translation>
    </message>
    <message>
        <source>{file} is geen archief van WerkdrukDesk (het bevat geen {json}).</source>
        <translation>{file} is not a WerkdrukDesk archive (it holds no {json}).</translation>
    </message>
    <message>
        <source>{file} kan niet als bijlage worden bewaard. Een bijlage is een PDF, een foto of scan (PNG of JPEG) of een Office-bestand (Word, Excel, PowerPoint, OpenDocument).</source>
        <translation>{file} cannot be kept as an attachment. An attachment is a PDF, a photo or scan (PNG or JPEG) or an office file (Word, Excel, PowerPoint, OpenDocument).</translation>
    </message>
    <message>
        <source>{file} is {size} MB; een bijlage mag hoogstens {most} MB zijn. Scan het document met een lagere resolutie of splits het in delen.</source>
        <translation>{file} is {size} MB; an attachment may be at most {most} MB. Scan the document at a lower resolution or split it into parts.</translation>
    </message>
    <message>
        <source>{file} is leeg.</source>
        <translation>{file} is empty.</translation>
    </message>
    <message>
        <source>{file} is geen echt {kind}-bestand, ook al eindigt de naam zo. Sla het opnieuw op als {kind} en voeg het dan toe.</source>
        <translation>{file} is not a real {kind} file, although its name ends that way. Save it again as {kind} and then add it.</translation>
    </message>
    <message>
        <source>bijlage</source>
        <translation>attachment</translation>
    </message>
    <message>
        <source>De bijlage {file} is niet bewaard: {reason}. Het bestand is niet gewijzigd.</source>
        <translation>The attachment {file} was not saved: {reason}. The file has not been changed.</translation>
    </message>
    <message>
        <source>{file} veranderde terwijl het werd ingelezen. Sluit het programma dat het bewerkt en voeg het opnieuw toe.</source>
        <translation>{file} changed while it was being read. Close the program that is editing it and add it again.</translation>
    </message>
    <message>
        <source>De bijlage {file} kon niet worden gelezen: {reason}.</source>
        <translation>The attachment {file} could not be read: {reason}.</translation>
    </message>
    <message>
        <source>De bijlage {file} is beschadigd: de inhoud klopt niet meer met wat er is bewaard. Voeg het document opnieuw toe.</source>
        <translation>The attachment {file} is damaged: its content no longer matches what was stored. Add the document again.</translation>
    </message>
</context>
<context>
    <name>AttachmentsDialog</name>
    <message>
        <source>PDF, foto&apos;s en Office-bestanden (*.pdf *.png *.jpg *.jpeg *.docx *.doc *.xlsx *.xls *.pptx *.odt *.ods)</source>
        <translation>PDFs, photos and office files (*.pdf *.png *.jpg *.jpeg *.docx *.doc *.xlsx *.xls *.pptx *.odt *.ods)</translation>
    </message>
    <message>
        <source>Waar is het een bewijs van?</source>
        <translation>What does it prove?</translation>
    </message>
    <message>
        <source>Bij welk onderdeel hoort dit document?</source>
        <translation>Which record does this document belong to?</translation>
    </message>
    <message>
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Documenten die iets bewijzen: de RI&amp;E, de brief met de instemming van de OR of PVT, notulen van een groepsgesprek, een foto of scan van een getekende presentielijst. Ze worden in het bestand zelf bewaard (hoogstens {0} MB per document) en komen achter het dossier als u dat met bijlagen afdrukt.</source>
        <translation>Documents that prove something: the RI&amp;E, the letter with the consent of the works council or staff representation, minutes of a group conversation, a photo or scan of a signed attendance sheet. They are kept in the file itself (at most {0} MB per document) and follow the dossier when you print it with attachments.</translation>
    </message>
    <message>
        <source>Bewijs voor</source>
        <translation>Proof of</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Toegevoegd op</source>
        <translation>Added on</translation>
    </message>
    <message>
        <source>Bijlagen in dit bestand</source>
        <translation>Attachments in this file</translation>
    </message>
    <message>
        <source>&amp;Toevoegen…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>bijlage &apos;{0}&apos; verwijderd</source>
        <translation>attachment &apos;{0}&apos; deleted</translation>
    </message>
    <message>
        <source>Verwijderd: {0}. Met Bewerken › Ongedaan maken (Ctrl+Z) komt de bijlage terug.</source>
        <translation>Deleted: {0}. Edit › Undo (Ctrl+Z) brings the attachment back.</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Document toevoegen</source>
        <translation>Add a document</translation>
    </message>
    <message>
        <source>bijlage &apos;{0}&apos; toegevoegd</source>
        <translation>attachment &apos;{0}&apos; added</translation>
    </message>
    <message>
        <source>Toegevoegd: {0}</source>
        <translation>Added: {0}</translation>
    </message>
    <message>
        <source>De bijlage kon niet worden klaargezet om te openen ({0}).</source>
        <translation>The attachment could not be prepared for opening ({0}).</translation>
    </message>
    <message>
        <source>Er is geen programma gevonden dat {0} opent. Een kopie staat in {1}.</source>
        <translation>No program was found that opens {0}. A copy is in {1}.</translation>
    </message>
    <message>
        <source>… en nog {0} andere</source>
        <translation>… and {0} more</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is uit de gegevens verwijderd, maar bijlagen kunnen deze persoon ook noemen, zoals een presentielijst of notulen. WerkdrukDesk kan niet in bijlagen kijken. Bekijk deze bijlagen zelf en verwijder of vervang ze waar nodig via Bestand › Bijlagen:

{1}</source>
        <translation>&apos;{0}&apos; has been removed from the records, but attachments may name this person too, such as an attendance sheet or minutes. WerkdrukDesk cannot look inside attachments. Check these attachments yourself and remove or replace them where needed via File › Attachments:

{1}</translation>
    </message>
</context>
<context>
    <name>AttachmentsReport</name>
    <message>
        <source>Document (RI&amp;E, MTO, onderzoek)</source>
        <translation>Document (RI&amp;E, staff survey, study)</translation>
    </message>
    <message>
        <source>Groepsgesprek</source>
        <translation>Group conversation</translation>
    </message>
    <message>
        <source>Instemming OR/PVT of raadpleging personeel</source>
        <translation>Consent of works council/staff representation or consultation of staff</translation>
    </message>
    <message>
        <source>Voorlichting (presentielijst)</source>
        <translation>Information session (attendance sheet)</translation>
    </message>
    <message>
        <source>Maatregel en de evaluatie ervan</source>
        <translation>Measure and its evaluation</translation>
    </message>
    <message>
        <source>Evaluatie van het proces</source>
        <translation>Evaluation of the process</translation>
    </message>
    <message>
        <source>Cyclus {number}</source>
        <translation>Cycle {number}</translation>
    </message>
    <message>
        <source>het document is met een wachtwoord beveiligd</source>
        <translation>the document is protected by a password</translation>
    </message>
    <message>
        <source>het document heeft geen pagina&apos;s</source>
        <translation>the document has no pages</translation>
    </message>
    <message>
        <source>het document is beschadigd of geen PDF die te lezen is</source>
        <translation>the document is damaged or not a readable PDF</translation>
    </message>
    <message>
        <source>Bijlage</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Bewijs voor</source>
        <translation>Proof of</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Pagina</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>niet afgedrukt</source>
        <translation>not printed</translation>
    </message>
    <message>
        <source>Bijlagen bij het dossier</source>
        <translation>Attachments to the dossier</translation>
    </message>
    <message>
        <source>De documenten die het dossier onderbouwen, zoals ze in het WerkdrukDesk-bestand zijn bewaard. Elke bijlage begint met een titelblad met haar controlegetal (SHA-256), zodat u kunt nagaan dat het afgedrukte document het bewaarde is.</source>
        <translation>The documents that support the dossier, as they are kept in the WerkdrukDesk file. Each attachment starts with a title page with its checksum (SHA-256), so you can verify that the printed document is the one kept.</translation>
    </message>
    <message>
        <source>Office-bestanden (Word, Excel, PowerPoint, OpenDocument) kunnen niet in deze PDF worden opgenomen; ze zitten wel in het bestand en zijn te openen via Bestand › Bijlagen.</source>
        <translation>Office files (Word, Excel, PowerPoint, OpenDocument) cannot be included in this PDF; they are kept in the file and can be opened via File › Attachments.</translation>
    </message>
    <message>
        <source>de afbeelding is beschadigd of van een soort die niet te lezen is</source>
        <translation>the image is damaged or of a kind that cannot be read</translation>
    </message>
    <message>
        <source>de afbeelding is leeg</source>
        <translation>the image is empty</translation>
    </message>
    <message>
        <source>kon niet worden toegevoegd</source>
        <translation>could not be appended</translation>
    </message>
    <message>
        <source>afbeelding, op de volgende pagina</source>
        <translation>image, on the next page</translation>
    </message>
    <message>
        <source>PDF-document, {pages} pagina&apos;s, op de volgende pagina&apos;s</source>
        <translation>PDF document, {pages} pages, on the following pages</translation>
    </message>
    <message>
        <source>Wat volgt</source>
        <translation>What follows</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Toegevoegd op</source>
        <translation>Added on</translation>
    </message>
    <message>
        <source>Controlegetal (SHA-256)</source>
        <translation>Checksum (SHA-256)</translation>
    </message>
    <message>
        <source>Bijlage {number}</source>
        <translation>Attachment {number}</translation>
    </message>
    <message>
        <source>Deze bijlage kon niet aan de PDF worden toegevoegd: {reason}. Het bestand zelf zit in het WerkdrukDesk-bestand; open het daar via Bestand › Bijlagen.</source>
        <translation>This attachment could not be appended to the PDF: {reason}. The file itself is kept in the WerkdrukDesk file; open it there via File › Attachments.</translation>
    </message>
    <message>
        <source>Bijlage {number}: {file}</source>
        <translation>Attachment {number}: {file}</translation>
    </message>
</context>
<context>
    <name>AttendanceReport</name>
    <message>
        <source>Presentielijst voorlichting werkdruk</source>
        <translation>Attendance list: work pressure information session</translation>
    </message>
    <message>
        <source>Presentielijst voorlichting psychosociale arbeidsbelasting</source>
        <translation>Attendance list: information session on psychosocial workload</translation>
    </message>
    <message>
        <source>Wie bij deze voorlichting over werkdruk is, zet hieronder naam, team en handtekening. Zo kan de werkgever laten zien dat medewerkers en leidinggevenden voorlichting hebben gekregen (Arbowet artikel 8).</source>
        <translation>If you are at this information session on work pressure, write your name, team and signature below. This lets the employer show that employees and managers have received information (Working Conditions Act, article 8).</translation>
    </message>
    <message>
        <source>Wie bij deze voorlichting over werkdruk, ongewenst gedrag of agressie is, zet hieronder naam, team en handtekening. Zo kan de werkgever laten zien dat medewerkers en leidinggevenden voorlichting hebben gekregen (Arbowet artikel 8).</source>
        <translation>Everyone at this information session on work pressure, unwanted behaviour or aggression writes their name, team and signature below. This lets the employer show that staff and managers were informed (Working Conditions Act, article 8).</translation>
    </message>
    <message>
        <source>Voorlichting over werkdruk</source>
        <translation>Information session on work pressure</translation>
    </message>
    <message>
        <source>Voorlichting over psychosociale arbeidsbelasting</source>
        <translation>Information session on psychosocial workload</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Vorm</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Doelgroep</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Gegeven door</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>Al vastgelegd</source>
        <translation>Already recorded</translation>
    </message>
    <message>
        <source>1 aanwezige op naam, hieronder voorgedrukt</source>
        <translation>1 person present by name, printed below</translation>
    </message>
    <message>
        <source>{count} aanwezigen op naam, hieronder voorgedrukt</source>
        <translation>{count} people present by name, printed below</translation>
    </message>
    <message>
        <source>nog niemand vastgelegd</source>
        <translation>nobody recorded yet</translation>
    </message>
    <message>
        <source>geteld zonder naam: {teams}</source>
        <translation>counted without names: {teams}</translation>
    </message>
    <message>
        <source>daarnaast geteld zonder naam: {teams}</source>
        <translation>also counted without names: {teams}</translation>
    </message>
    <message>
        <source>Onderwerpen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Vet gedrukt en met &apos;gepland&apos; erachter: de onderwerpen die voor deze voorlichting zijn vastgelegd. Kruis aan wat echt aan bod is gekomen.</source>
        <translation>In bold and marked &apos;planned&apos;: the topics recorded for this information session. Tick what was actually covered.</translation>
    </message>
    <message>
        <source>Voor deze voorlichting zijn nog geen onderwerpen vastgelegd. Kruis aan wat aan bod is gekomen.</source>
        <translation>No topics have been recorded for this information session yet. Tick what was covered.</translation>
    </message>
    <message>
        <source>Kruis aan welke onderwerpen aan bod zijn gekomen.</source>
        <translation>Tick the topics that were covered.</translation>
    </message>
    <message>
        <source>gepland</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>Aanwezigen</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Staat uw naam er al, zet dan alleen uw handtekening. Anders vult u een lege regel in.</source>
        <translation>If your name is already on the list, just sign. Otherwise, fill in an empty line.</translation>
    </message>
    <message>
        <source>Vul naam, team en handtekening in, één regel per persoon.</source>
        <translation>Fill in name, team and signature, one line per person.</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Handtekening</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Voorlichting gegeven door</source>
        <translation>Information session given by</translation>
    </message>
    <message>
        <source>Wie de voorlichting gaf, tekent voor de juistheid van deze lijst.</source>
        <translation>The person who gave the session signs to confirm this list is correct.</translation>
    </message>
    <message>
        <source>Er is geen voorlichting met nummer {id} in cyclus {cycle}</source>
        <translation>There is no information session with number {id} in cycle {cycle}</translation>
    </message>
    <message>
        <source>Voorlichting {id} hoort bij cyclus {other}, niet bij cyclus {cycle}</source>
        <translation>Information session {id} belongs to cycle {other}, not to cycle {cycle}</translation>
    </message>
    <message>
        <source>{problem}; kies uit: {ids}.</source>
        <translation>{problem}; choose from: {ids}.</translation>
    </message>
    <message>
        <source>{problem}; in deze cyclus is nog geen voorlichting vastgelegd.</source>
        <translation>{problem}; no information session has been recorded in this cycle yet.</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is geen nummer van een voorlichting.</source>
        <translation>&apos;{id}&apos; is not the number of an information session.</translation>
    </message>
</context>
<context>
    <name>AttendeesBox</name>
    <message>
        <source>Aanwezigen bij naam</source>
        <translation>Attendees by name</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Naam, bijvoorbeeld Ayşe Yılmaz</source>
        <translation>Name, for example Ayşe Yılmaz</translation>
    </message>
    <message>
        <source>Naam van een nieuwe aanwezige</source>
        <translation>Name of a new attendee</translation>
    </message>
    <message>
        <source>Team van de nieuwe aanwezige</source>
        <translation>Team of the new attendee</translation>
    </message>
    <message>
        <source>&amp;Aanwezige toevoegen</source>
        <translation>&amp;Add attendee</translation>
    </message>
    <message>
        <source>Aanwezige &amp;schrappen</source>
        <translation>&amp;Remove attendee</translation>
    </message>
    <message>
        <source>Haalt de gekozen naam uit de lijst.</source>
        <translation>Removes the selected name from the list.</translation>
    </message>
    <message>
        <source>(geen team)</source>
        <translation>(no team)</translation>
    </message>
    <message>
        <source>F2 of dubbelklikken om het team te kiezen</source>
        <translation>F2 or double-click to choose the team</translation>
    </message>
    <message>
        <source>Typ eerst de naam van wie er was.</source>
        <translation>First type the name of the person who was there.</translation>
    </message>
    <message>
        <source>{0} staat al op de lijst.</source>
        <translation>{0} is already on the list.</translation>
    </message>
    <message>
        <source>Kies eerst de naam die weg moet.</source>
        <translation>First select the name to remove.</translation>
    </message>
    <message>
        <source>Aanwezige schrappen</source>
        <translation>Strike attendee</translation>
    </message>
    <message>
        <source>{0} van de lijst van aanwezigen halen?</source>
        <translation>Take {0} off the list of attendees?</translation>
    </message>
    <message>
        <source>Een aanwezige zonder naam kan niet worden vastgelegd; gebruik &apos;Aanwezige schrappen&apos; om iemand uit de lijst te halen.</source>
        <translation>An attendee without a name cannot be recorded; use &apos;Remove attendee&apos; to take someone off the list.</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Er ging iets onverwachts mis ({0}). Wat al in het bestand stond, is veilig. Een verslag voor de makers staat in {1}.</source>
        <translation>Something unexpected went wrong ({0}). What was already in the file is safe. A report for the makers is in {1}.</translation>
    </message>
</context>
<context>
    <name>Balance</name>
    <message>
        <source>Er is voor dit team nog niets beoordeeld bij de inventarisatie.</source>
        <translation>Nothing has been assessed for this team in the inventory yet.</translation>
    </message>
    <message>
        <source>{n} werkdrukbron is</source>
        <translation>{n} job demand is</translation>
    </message>
    <message>
        <source>{n} werkdrukbronnen zijn</source>
        <translation>{n} job demands are</translation>
    </message>
    <message>
        <source>{n} energiebron is</source>
        <translation>{n} job resource is</translation>
    </message>
    <message>
        <source>{n} energiebronnen zijn</source>
        <translation>{n} job resources are</translation>
    </message>
    <message>
        <source>{demands} te hoog en {resources} te laag.</source>
        <translation>{demands} too high and {resources} too low.</translation>
    </message>
    <message>
        <source>{demands} te hoog.</source>
        <translation>{demands} too high.</translation>
    </message>
    <message>
        <source>{resources} te laag.</source>
        <translation>{resources} too low.</translation>
    </message>
    <message>
        <source>{n} bron vraagt</source>
        <translation>{n} source needs</translation>
    </message>
    <message>
        <source>{n} bronnen vragen</source>
        <translation>{n} sources need</translation>
    </message>
    <message>
        <source>{sources} aandacht.</source>
        <translation>{sources} attention.</translation>
    </message>
    <message>
        <source>Geen enkele beoordeelde bron is een probleem.</source>
        <translation>None of the assessed sources is a problem.</translation>
    </message>
    <message>
        <source>{n} bron van ongewenst gedrag of agressie komt te vaak voor; energiebronnen maken dat niet goed.</source>
        <translation>{n} source of unwanted behaviour or aggression happens too often; job resources do not make up for that.</translation>
    </message>
    <message>
        <source>{n} bronnen van ongewenst gedrag of agressie komen te vaak voor; energiebronnen maken dat niet goed.</source>
        <translation>{n} sources of unwanted behaviour or aggression happen too often; job resources do not make up for that.</translation>
    </message>
    <message>
        <source>Kies een prioriteit van 1 tot en met {highest}.</source>
        <translation>Choose a priority from 1 to {highest}.</translation>
    </message>
    <message>
        <source>Een ander team heeft ook prioriteit {priority}.</source>
        <translation>Another team also has priority {priority}.</translation>
    </message>
    <message>
        <source>U noemt dit team in balans terwijl er werkdrukbronnen te hoog en energiebronnen te laag zijn. Leg in de toelichting uit waarom.</source>
        <translation>You call this team in balance while job demands are too high and job resources too low. Explain why in the notes.</translation>
    </message>
    <message>
        <source>{sources} is te hoog. Dat maken energiebronnen niet goed: noem dit team niet in balans en neem een maatregel.</source>
        <translation>{sources} is too high. Job resources do not make up for that: do not call this team in balance, and take a measure.</translation>
    </message>
    <message>
        <source>Leg vast waarop u deze beoordeling baseert.</source>
        <translation>Record what you base this assessment on.</translation>
    </message>
    <message>
        <source>Noem welke meting, welk gesprek of welk document u bedoelt.</source>
        <translation>Say which measurement, discussion or document you mean.</translation>
    </message>
    <message>
        <source>Geef de bron een naam.</source>
        <translation>Give the source a name.</translation>
    </message>
    <message>
        <source>Er is al een bron met de naam &apos;{name}&apos;.</source>
        <translation>There is already a source called &apos;{name}&apos;.</translation>
    </message>
</context>
<context>
    <name>BalanceBar</name>
    <message>
        <source>Balans van werkdrukbronnen en energiebronnen</source>
        <translation>Balance of job demands and job resources</translation>
    </message>
    <message>
        <source>◀ Werkdrukbronnen</source>
        <translation>◀ Job demands</translation>
    </message>
    <message>
        <source>Energiebronnen ▶</source>
        <translation>Job resources ▶</translation>
    </message>
    <message>
        <source>{0} te hoog, {1} aandacht</source>
        <translation>{0} too high, {1} needing attention</translation>
    </message>
    <message>
        <source>{0} te laag, {1} aandacht</source>
        <translation>{0} too low, {1} needing attention</translation>
    </message>
    <message>
        <source>Werkdrukbronnen: {0} te hoog, {1} aandacht nodig. Energiebronnen: {2} te laag, {3} aandacht nodig.</source>
        <translation>Job demands: {0} too high, {1} need attention. Job resources: {2} too low, {3} need attention.</translation>
    </message>
    <message>
        <source>Ongewenst gedrag of agressie: {0} te vaak, {1} aandacht nodig.</source>
        <translation>Unwanted behaviour or aggression: {0} too often, {1} need attention.</translation>
    </message>
    <message>
        <source>{0} te vaak</source>
        <translation>{0} too often</translation>
    </message>
    <message>
        <source>{0} aandacht</source>
        <translation>{0} attention</translation>
    </message>
</context>
<context>
    <name>BalancePage</name>
    <message>
        <source>&amp;Teams, de belangrijkste eerst. Links van de streep de werkdrukbronnen die te hoog zijn (rood) of aandacht nodig hebben (oranje), rechts de energiebronnen die te laag zijn of aandacht nodig hebben. Eén blokje is één bron.</source>
        <translation>&amp;Teams, most important first. Left of the line: job demands that are too high (red) or need attention (orange); right of it: job resources that are too low or need attention. One block is one source.</translation>
    </message>
    <message>
        <source>Samenvatting van de balans</source>
        <translation>Summary of the balance</translation>
    </message>
    <message>
        <source>Ongewenst gedrag en agressie zijn geen werkdruk: die staan apart, onder &apos;Gedrag, agressie&apos;.</source>
        <translation>Unwanted behaviour and aggression are not work pressure: they are shown apart, under &apos;Behaviour, aggression&apos;.</translation>
    </message>
    <message>
        <source>Voeg eerst bij Organisatie de teams toe.</source>
        <translation>First add the teams under Organisation.</translation>
    </message>
    <message>
        <source>Oordeel gegeven: {0} van {1} teams (uit balans: {2}, let op: {3}). Met prioriteit: {4}.</source>
        <translation>Assessed: {0} of {1} teams (out of balance: {2}, at risk: {3}). With priority: {4}.</translation>
    </message>
    <message>
        <source>Hele organisatie: te hoge werkdrukbronnen {0}, te lage energiebronnen {1}, ongewenst gedrag of agressie te vaak {2}. Die tellen mee bij ieder team dat die bron niet zelf heeft beoordeeld.</source>
        <translation>Whole organisation: {0} job demands too high, {1} job resources too low, unwanted behaviour or aggression too often {2}. These count for every team that has not assessed that source itself.</translation>
    </message>
    <message>
        <source>Hele organisatie: te hoge werkdrukbronnen {0}, te lage energiebronnen {1}. Die tellen mee bij ieder team dat die bron niet zelf heeft beoordeeld.</source>
        <translation>Whole organisation: {0} job demands too high, {1} job resources too low. These count for every team that has not assessed that source itself.</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
</context>
<context>
    <name>CellEditor</name>
    <message>
        <source>Kies een vakje in het overzicht (met de muis of de pijltjestoetsen) en druk op Enter om het hier te beoordelen.</source>
        <translation>Select a box in the overview (with the mouse or the arrow keys) and press Enter to assess it here.</translation>
    </message>
    <message>
        <source>Oo&amp;rdeel</source>
        <translation>&amp;Rating</translation>
    </message>
    <message>
        <source>&amp;Gebaseerd op</source>
        <translation>&amp;Based on</translation>
    </message>
    <message>
        <source>bijv. meting voorjaar, teamoverleg 12-03</source>
        <translation>e.g. spring measurement, team meeting 12-03</translation>
    </message>
    <message>
        <source>&amp;Welke precies</source>
        <translation>&amp;Which one exactly</translation>
    </message>
    <message>
        <source>&amp;Toelichting</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Meldingen in het register</source>
        <translation>Incidents in the register</translation>
    </message>
</context>
<context>
    <name>ChangesBox</name>
    <message>
        <source>Veranderingen sinds de RI&amp;&amp;E</source>
        <translation>Changes since the RI&amp;&amp;E</translation>
    </message>
    <message>
        <source>Kwam er een team bij, ging men hybride werken, was er een reorganisatie of nieuw werk? Zet het hier met de datum. Na zo&apos;n verandering werkt u het werkdrukdeel van de RI&amp;E bij en vult u daar de nieuwe datum in.</source>
        <translation>Was a team added, did people start working hybrid, was there a reorganisation or new work? Enter it here with the date. After such a change, update the work pressure part of the RI&amp;E and enter its new date there.</translation>
    </message>
    <message>
        <source>Veranderingen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Soort verandering</source>
        <translation>Kind of change</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Wat veranderde</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>Verandering toevoegen</source>
        <translation>Add change</translation>
    </message>
    <message>
        <source>Verandering verwijderen</source>
        <translation>Remove change</translation>
    </message>
    <message>
        <source>datum onbekend</source>
        <translation>date unknown</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>taal: nl (Nederlands, standaard) of en (English)</source>
        <translation>language: nl (Nederlands, the default) or en (English)</translation>
    </message>
    <message>
        <source>{message} (zie &apos;{program} --help&apos;)</source>
        <translation>{message} (see &apos;{program} --help&apos;)</translation>
    </message>
    <message>
        <source>Er ging iets mis met {file} ({reason}).</source>
        <translation>Something went wrong with {file} ({reason}).</translation>
    </message>
    <message>
        <source>Er ging iets mis met een bestand ({reason}).</source>
        <translation>Something went wrong with a file ({reason}).</translation>
    </message>
    <message>
        <source>{program}: werkdrukbeleid op orde.</source>
        <translation>{program}: your work pressure policy in order.</translation>
    </message>
    <message>
        <source>het .werkdruk-bestand om te openen</source>
        <translation>the .werkdruk file to open</translation>
    </message>
    <message>
        <source>stop zodra het hoofdvenster klaar is (voor metingen en rooktests)</source>
        <translation>quit as soon as the main window is ready (for timing runs and smoke tests)</translation>
    </message>
    <message>
        <source>Opdrachten: {commands} (werkdrukdesk OPDRACHT --help)</source>
        <translation>Commands: {commands} (werkdrukdesk COMMAND --help)</translation>
    </message>
    <message>
        <source>Nieuw bestand gemaakt: {file}</source>
        <translation>New file created: {file}</translation>
    </message>
    <message>
        <source>Voorbeeldorganisatie &apos;{organisation}&apos; geschreven naar {file}</source>
        <translation>Example organisation &apos;{organisation}&apos; written to {file}</translation>
    </message>
    <message>
        <source>Geëxporteerd naar {file}</source>
        <translation>Exported to {file}</translation>
    </message>
    <message>
        <source>{file} is geen tekstbestand in UTF-8.</source>
        <translation>{file} is not a UTF-8 text file.</translation>
    </message>
    <message>
        <source>Kies voor het nieuwe .werkdruk-bestand een andere naam dan die van de invoer.</source>
        <translation>Choose a name for the new .werkdruk file other than that of the input.</translation>
    </message>
    <message>
        <source>Er ging iets mis dat het programma niet had verwacht. Een verslag voor de makers staat in {log}.</source>
        <translation>Something went wrong that the program did not expect. A report for the makers is in {log}.</translation>
    </message>
    <message>
        <source>Een archief met bijlagen kan niet naar het scherm; geef met -o een bestandsnaam die op .zip eindigt.</source>
        <translation>An archive with attachments cannot go to the screen; give a file name ending in .zip with -o.</translation>
    </message>
    <message>
        <source>Geëxporteerd met {count} bijlagen naar {file}</source>
        <translation>Exported with {count} attachments to {file}</translation>
    </message>
    <message>
        <source>Ingelezen met {count} bijlagen naar {file}</source>
        <translation>Imported with {count} attachments into {file}</translation>
    </message>
    <message>
        <source>Ingelezen naar {file}</source>
        <translation>Imported into {file}</translation>
    </message>
    <message>
        <source>Geef één .werkdruk-bestand; alleen &apos;report portfolio&apos; neemt meer mappen.</source>
        <translation>Give one .werkdruk file; only &apos;report portfolio&apos; takes several folders.</translation>
    </message>
    <message>
        <source>--with-attachments hoort bij het dossier; andere rapporten hebben geen bijlagen.</source>
        <translation>--with-attachments belongs to the dossier; other reports have no attachments.</translation>
    </message>
    <message>
        <source>Kies voor het rapport een andere naam dan die van het .werkdruk-bestand.</source>
        <translation>Give the report a different name from the .werkdruk file.</translation>
    </message>
    <message>
        <source>Rapport geschreven naar {file}</source>
        <translation>Report written to {file}</translation>
    </message>
    <message>
        <source>Overzicht van {count} bestanden geschreven naar {file}</source>
        <translation>Overview of {count} files written to {file}</translation>
    </message>
    <message>
        <source>Klaar voor de inspectie? {organisation} — cyclus {cycle}</source>
        <translation>Ready for the inspection? {organisation} — cycle {cycle}</translation>
    </message>
    <message>
        <source>Nog niet: {gaps} van de {total} punten vragen actie.</source>
        <translation>Not yet: action needed on {gaps} of the {total} points.</translation>
    </message>
    <message>
        <source>Ja: alles wat de inspecteur over werkdruk, ongewenst gedrag en agressie vraagt, staat erin.</source>
        <translation>Yes: everything the inspector asks about work pressure, unwanted behaviour and aggression is there.</translation>
    </message>
    <message>
        <source>Ja, voor werkdruk: alles wat de inspecteur over werkdruk vraagt, staat erin. Ongewenst gedrag en agressie zijn niet nagekeken.</source>
        <translation>Yes, for work pressure: everything the inspector asks about work pressure is there. Unwanted behaviour and aggression have not been checked.</translation>
    </message>
    <message>
        <source>Actie: {action} (stap: {step})</source>
        <translation>Action: {action} (step: {step})</translation>
    </message>
    <message>
        <source>Een WerkdrukDesk-bestand eindigt op .werkdruk, niet &apos;{file}&apos;.</source>
        <translation>The name of a WerkdrukDesk file ends in .werkdruk; &apos;{file}&apos; does not.</translation>
    </message>
    <message>
        <source>maak een leeg organisatiebestand</source>
        <translation>create an empty organisation file</translation>
    </message>
    <message>
        <source>schrijf een voorbeeldorganisatie</source>
        <translation>write an example organisation</translation>
    </message>
    <message>
        <source>de hele organisatie als JSON</source>
        <translation>the whole organisation as JSON</translation>
    </message>
    <message>
        <source>een nieuw .werkdruk-bestand uit JSON</source>
        <translation>a new .werkdruk file from JSON</translation>
    </message>
    <message>
        <source>druk een rapport af als PDF</source>
        <translation>print a report as PDF</translation>
    </message>
    <message>
        <source>de anonieme vragenlijst</source>
        <translation>the anonymous questionnaire</translation>
    </message>
    <message>
        <source>klaar voor de inspectie? (0: ja, 1: nog actiepunten)</source>
        <translation>ready for the inspection? (0: yes, 1: action points left)</translation>
    </message>
    <message>
        <source>het plan van aanpak exporteren</source>
        <translation>export the action plan</translation>
    </message>
    <message>
        <source>alle klantbestanden in mappen: overzicht</source>
        <translation>all client files in folders: overview</translation>
    </message>
    <message>
        <source>naam van de organisatie</source>
        <translation>name of the organisation</translation>
    </message>
    <message>
        <source>het hele PSA-beleid (standaard) of alleen werkdruk</source>
        <translation>the whole PSA policy (default) or werkdruk only</translation>
    </message>
    <message>
        <source>begin met de eigen bronnen en maatregelen uit een bibliotheek (zie &apos;library export&apos;)</source>
        <translation>start with the own sources and measures from a library (see &apos;library export&apos;)</translation>
    </message>
    <message>
        <source>overschrijf een bestaand bestand</source>
        <translation>overwrite an existing file</translation>
    </message>
    <message>
        <source>ook de losse (anonieme) ingevulde vragenlijsten; behandel het bestand dan als het .werkdruk-bestand zelf</source>
        <translation>include the individual (anonymous) completed questionnaires; then handle the output as carefully as the .werkdruk file itself</translation>
    </message>
    <message>
        <source>schrijf één archief (.zip) met de JSON en alle bijlagen</source>
        <translation>write one archive (.zip) with the JSON and all attachments</translation>
    </message>
    <message>
        <source>het .werkdruk-bestand (bij portfolio: mappen)</source>
        <translation>the .werkdruk file (for portfolio: folders)</translation>
    </message>
    <message>
        <source>cyclusnummer (standaard de nieuwste)</source>
        <translation>cycle number (default: the newest)</translation>
    </message>
    <message>
        <source>sessie (bij attendance)</source>
        <translation>session (for attendance)</translation>
    </message>
    <message>
        <source>meting (bij questionnaire; standaard de nieuwste)</source>
        <translation>measurement (for questionnaire; default: the newest)</translation>
    </message>
    <message>
        <source>dossier: met de PDF-bijlagen en afbeeldingen achteraan</source>
        <translation>dossier: with the PDF attachments and images at the end</translation>
    </message>
    <message>
        <source>als JSON</source>
        <translation>as JSON</translation>
    </message>
    <message>
        <source>Cyclus {number} bestaat niet in {file}; kies uit: {numbers}.</source>
        <translation>Cycle {number} does not exist in {file}; choose from: {numbers}.</translation>
    </message>
    <message>
        <source>plan van aanpak: exporteren</source>
        <translation>action plan: export</translation>
    </message>
    <message>
        <source>Het plan van aanpak als spreadsheet (CSV, XLSX) of agenda (ICS).</source>
        <translation>The action plan as a spreadsheet (CSV, XLSX) or calendar (ICS).</translation>
    </message>
    <message>
        <source>als CSV, XLSX of ICS (naar de extensie)</source>
        <translation>as CSV, XLSX or ICS (chosen by the file extension)</translation>
    </message>
    <message>
        <source>Kies voor de export een andere naam dan die van het .werkdruk-bestand.</source>
        <translation>Give the export a different name from the .werkdruk file.</translation>
    </message>
    <message>
        <source>Plan van aanpak (cyclus {cycle}, 1 maatregel) geschreven naar {file}</source>
        <translation>Action plan (cycle {cycle}, 1 measure) written to {file}</translation>
    </message>
    <message>
        <source>Plan van aanpak (cyclus {cycle}, {count} maatregelen) geschreven naar {file}</source>
        <translation>Action plan (cycle {cycle}, {count} measures) written to {file}</translation>
    </message>
    <message>
        <source>vragenlijst: antwoordblad, inlezen, uitkomsten</source>
        <translation>questionnaire: answer sheet, import, results</translation>
    </message>
    <message>
        <source>De anonieme vragenlijst: antwoordblad, antwoorden inlezen, uitkomsten.</source>
        <translation>The anonymous questionnaire: answer sheet, importing answers, results.</translation>
    </message>
    <message>
        <source>leeg antwoordblad (CSV)</source>
        <translation>empty answer sheet (CSV)</translation>
    </message>
    <message>
        <source>antwoorden uit CSV of XLSX inlezen</source>
        <translation>import answers from CSV or XLSX</translation>
    </message>
    <message>
        <source>uitkomsten per groep</source>
        <translation>results per group</translation>
    </message>
    <message>
        <source>Kies voor het antwoordblad een andere naam dan die van het .werkdruk-bestand.</source>
        <translation>Give the answer sheet a different name from the .werkdruk file.</translation>
    </message>
    <message>
        <source>Er zijn geen bronnen met vragen; kies eerst bronnen in het programma.</source>
        <translation>No source has questions; choose sources in the program first.</translation>
    </message>
    <message>
        <source>Antwoordblad geschreven naar {file}</source>
        <translation>Answer sheet written to {file}</translation>
    </message>
    <message>
        <source>Geef de meting een naam met --measurement.</source>
        <translation>Name the measurement with --measurement.</translation>
    </message>
    <message>
        <source>Gelezen als {description}.</source>
        <translation>Read as {description}.</translation>
    </message>
    <message>
        <source>Afgewezen rijen ({count}):</source>
        <translation>Rejected rows ({count}):</translation>
    </message>
    <message>
        <source>en nog {count}</source>
        <translation>and {count} more</translation>
    </message>
    <message>
        <source>{count} ingevulde vragenlijsten ingelezen in de nieuwe meting &apos;{measurement}&apos; (cyclus {cycle}).</source>
        <translation>Completed questionnaires imported into the new measurement &apos;{measurement}&apos; (cycle {cycle}): {count}.</translation>
    </message>
    <message>
        <source>{count} ingevulde vragenlijsten ingelezen in de meting &apos;{measurement}&apos; (cyclus {cycle}).</source>
        <translation>Completed questionnaires imported into the measurement &apos;{measurement}&apos; (cycle {cycle}): {count}.</translation>
    </message>
    <message>
        <source>Cyclus {cycle} heeft nog geen meting met de vragenlijst.</source>
        <translation>Cycle {cycle} has no questionnaire measurement yet.</translation>
    </message>
    <message>
        <source>Er is geen meting &apos;{name}&apos;. Metingen: {names}.</source>
        <translation>There is no measurement &apos;{name}&apos;. Measurements: {names}.</translation>
    </message>
    <message>
        <source>Er is geen meting &apos;{name}&apos;. Er zijn nog geen metingen.</source>
        <translation>There is no measurement &apos;{name}&apos;. There are no measurements yet.</translation>
    </message>
    <message>
        <source>Een overzicht van alle .werkdruk-bestanden in de gekozen mappen (niet in mappen daaronder), of met &apos;deadlines&apos; alle termijnen in één agenda (ICS). Er wordt niets gewijzigd.</source>
        <translation>An overview of every .werkdruk file in the chosen folders (not in folders below them), or with &apos;deadlines&apos; every deadline in one calendar (ICS). Nothing is changed.</translation>
    </message>
    <message>
        <source>map met .werkdruk-bestanden</source>
        <translation>folder with .werkdruk files</translation>
    </message>
    <message>
        <source>de agenda (bij deadlines)</source>
        <translation>the calendar (with deadlines)</translation>
    </message>
    <message>
        <source>-o hoort bij &apos;portfolio deadlines DIR... -o ALLE.ics&apos;.</source>
        <translation>-o belongs to &apos;portfolio deadlines DIR... -o ALL.ics&apos;.</translation>
    </message>
    <message>
        <source>Geen .werkdruk-bestanden gevonden.</source>
        <translation>No .werkdruk files found.</translation>
    </message>
    <message>
        <source>Geef met -o een agendabestand dat eindigt op .ics.</source>
        <translation>Name with -o a calendar file ending in .ics.</translation>
    </message>
    <message>
        <source>Overgeslagen: {file} ({state}).</source>
        <translation>Skipped: {file} ({state}).</translation>
    </message>
    <message>
        <source>{count} termijnen uit {files} bestanden geschreven naar {file}</source>
        <translation>{count} deadlines from {files} files written to {file}</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Cyclus</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Open punten</source>
        <translation>Open points</translation>
    </message>
    <message>
        <source>Te laat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Volgende termijn</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>Gewijzigd</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Staat</source>
        <translation>State</translation>
    </message>
    <message>
        <source>eigen bronnen en maatregelen naar een andere klant</source>
        <translation>own sources and measures to another client</translation>
    </message>
    <message>
        <source>Uw eigen bronnen (met hun vragen) en maatregelen als bibliotheekbestand, om ze bij een andere klant in te lezen. Namen van mensen, datums en teams gaan niet mee.</source>
        <translation>Your own sources (with their questions) and measures as a library file, to read in at another client. Names of people, dates and teams do not go along.</translation>
    </message>
    <message>
        <source>schrijf een bibliotheek</source>
        <translation>write a library</translation>
    </message>
    <message>
        <source>welke maatregelen van de nieuwste cyclus: alle (standaard), alleen de open of geen</source>
        <translation>which measures of the newest cycle: all (default), only the open ones or none</translation>
    </message>
    <message>
        <source>lees een bibliotheek in een bestaand bestand in</source>
        <translation>read a library into an existing file</translation>
    </message>
    <message>
        <source>Kies voor de bibliotheek een andere naam dan die van het .werkdruk-bestand.</source>
        <translation>Choose a different name for the library than that of the .werkdruk file.</translation>
    </message>
    <message>
        <source>Bibliotheek met {sources} eigen bronnen en {measures} maatregelen geschreven naar {file}</source>
        <translation>Library with {sources} own sources and {measures} measures written to {file}</translation>
    </message>
</context>
<context>
    <name>Codec</name>
    <message>
        <source>een lijst</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>een tabel</source>
        <translation>a table</translation>
    </message>
    <message>
        <source>een object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>een datum</source>
        <translation>a date</translation>
    </message>
    <message>
        <source>ja of nee</source>
        <translation>yes or no</translation>
    </message>
    <message>
        <source>een geheel getal</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>een getal</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>tekst</source>
        <translation>text</translation>
    </message>
    <message>
        <source>een geheel getal van hoogstens 19 cijfers</source>
        <translation>a whole number of at most 19 digits</translation>
    </message>
    <message>
        <source>een eindig getal (geen NaN of Infinity)</source>
        <translation>a finite number (not NaN or Infinity)</translation>
    </message>
    <message>
        <source>leesbare tekst (zonder losse surrogaattekens)</source>
        <translation>readable text (without lone surrogate characters)</translation>
    </message>
    <message>
        <source>{where}: onbekend veld &apos;{field}&apos;</source>
        <translation>{where}: unknown field &apos;{field}&apos;</translation>
    </message>
    <message>
        <source>{where}: veld &apos;{field}&apos; ontbreekt</source>
        <translation>{where}: field &apos;{field}&apos; is missing</translation>
    </message>
    <message>
        <source>{where}: onbekende waarde {value}</source>
        <translation>{where}: unknown value {value}</translation>
    </message>
    <message>
        <source>{where}: ongeldige datum {value}</source>
        <translation>{where}: invalid date {value}</translation>
    </message>
    <message>
        <source>{where}: sleutel {key} is geen getal</source>
        <translation>{where}: key {key} is not a number</translation>
    </message>
    <message>
        <source>{where}: verwacht {what}</source>
        <translation>{where}: expected {what}</translation>
    </message>
</context>
<context>
    <name>ComparisonBox</name>
    <message>
        <source>Vergelijking van metingen</source>
        <translation>Comparison of measurements</translation>
    </message>
    <message>
        <source>Uitleg bij de vergelijking</source>
        <translation>Explanation of the comparison</translation>
    </message>
    <message>
        <source>Samenvatting van de vergelijking</source>
        <translation>Summary of the comparison</translation>
    </message>
    <message>
        <source>Waarschuwingen bij de vergelijking</source>
        <translation>Warnings about the comparison</translation>
    </message>
    <message>
        <source>Niet vergeleken</source>
        <translation>Not compared</translation>
    </message>
    <message>
        <source>&amp;Welke metingen:</source>
        <translation>&amp;Which measurements:</translation>
    </message>
    <message>
        <source>&amp;Groep:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Deze cyclus heeft twee of meer metingen. Zodra ze allebei ingevulde vragenlijsten hebben, ziet u hier per bron wat er veranderd is.</source>
        <translation>This cycle has two or more measurements. As soon as both have completed questionnaires, you will see here what has changed for each source.</translation>
    </message>
    <message>
        <source>De antwoorden van de vragenlijsten worden nog gelezen; de vergelijking volgt zo.</source>
        <translation>The questionnaire answers are still being read; the comparison will follow shortly.</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Voor</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Na</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Verschil</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Antwoorden voor / na</source>
        <translation>Answers before / after</translation>
    </message>
    <message>
        <source>95%-interval</source>
        <translation>95% interval</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Verschillen per bron</source>
        <translation>Differences per source</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; vergeleken met &apos;{1}&apos;. Per bron het gemiddelde voor en na (1 nooit tot 5 altijd), het verschil en het 95%-interval van dat verschil. Een verschil heet duidelijk als het hele interval boven of onder 0 ligt; anders kan het toeval zijn. Bij een werkdrukbron is lager beter, bij een energiebron hoger.</source>
        <translation>&apos;{0}&apos; compared with &apos;{1}&apos;. For each source: the average before and after (1 never to 5 always), the difference, and the 95% interval of that difference. A difference counts as clear if the whole interval lies above or below 0; otherwise it may be chance. For a job demand lower is better, for a job resource higher is better.</translation>
    </message>
    <message>
        <source>Let op: {0}</source>
        <translation>Note: {0}</translation>
    </message>
    <message>
        <source>Niet vergeleken:</source>
        <translation>Not compared:</translation>
    </message>
    <message>
        <source>Over alle groepen samen: {0} keer duidelijk beter, {1} keer duidelijk slechter, {2} keer geen duidelijk verschil.</source>
        <translation>Across all groups together: {0} times clearly better, {1} times clearly worse, {2} times no clear difference.</translation>
    </message>
    <message>
        <source>Van elke twintig vergelijkingen valt er gemiddeld één &apos;duidelijk&apos; uit door toeval alleen: let vooral op veranderingen die u verwachtte of die in meer teams terugkomen.</source>
        <translation>Out of every twenty comparisons, on average one turns out &apos;clear&apos; by chance alone: pay most attention to changes you expected or that show up in several teams.</translation>
    </message>
    <message>
        <source>{0} tot {1}</source>
        <translation>{0} to {1}</translation>
    </message>
</context>
<context>
    <name>ConclusionBox</name>
    <message>
        <source>&amp;Geen risico op werkstress gevonden</source>
        <translation>&amp;No risk of work stress found</translation>
    </message>
    <message>
        <source>Geen risico op werkstress gevonden</source>
        <translation>No risk of work stress found</translation>
    </message>
    <message>
        <source>Dit is een geldige uitkomst, mits u opschrijft waarom. Anders vult u het overzicht in.</source>
        <translation>This is a valid outcome, provided you write down why. Otherwise, fill in the overview.</translation>
    </message>
    <message>
        <source>Om&amp;dat…</source>
        <translation>&amp;Because…</translation>
    </message>
    <message>
        <source>Zo is &amp;hybride werken bij de beoordeling meegenomen</source>
        <translation>How &amp;hybrid working was taken into account in the assessment</translation>
    </message>
    <message>
        <source>Geen enkel team werkt volgens de teamgegevens (deels) hybride.</source>
        <translation>According to the team details, no team works (partly) hybrid.</translation>
    </message>
    <message>
        <source>Deze teams werken (deels) hybride of tijd- en plaatsonafhankelijk: {0}.</source>
        <translation>These teams work (partly) hybrid or independently of time and place: {0}.</translation>
    </message>
    <message>
        <source>U meldt geen risico, maar in het overzicht staan bronnen die te hoog of te laag zijn. Kijk of dat klopt.</source>
        <translation>You report no risk, but the overview contains sources that are too high or too low. Check whether that is right.</translation>
    </message>
    <message>
        <source>Er werken teams hybride; beschrijf hoe u dat bij de beoordeling hebt meegenomen.</source>
        <translation>Some teams work hybrid; describe how you took that into account in the assessment.</translation>
    </message>
</context>
<context>
    <name>ConversationsBox</name>
    <message>
        <source>Groepsgesprekken per team</source>
        <translation>Group conversations per team</translation>
    </message>
    <message>
        <source>&amp;Nieuw groepsgesprek</source>
        <translation>&amp;New group conversation</translation>
    </message>
    <message>
        <source>Groepsgesprekken in deze cyclus</source>
        <translation>Group conversations in this cycle</translation>
    </message>
    <message>
        <source>bijv. de preventiemedewerker of de arbodienst</source>
        <translation>e.g. the prevention officer or the occupational health service</translation>
    </message>
    <message>
        <source>Deze persoon &amp;is niet de leidinggevende van het team</source>
        <translation>This person &amp;is not the manager of the team</translation>
    </message>
    <message>
        <source>Een groepsgesprek met een team telt als verdiepend onderzoek als iemand anders dan de eigen leidinggevende het leidt, minstens de helft van het team meepraat, u opschrijft wat eruit kwam (in het algemeen of per bron) zonder namen te noemen, en u de uitkomsten daarna met de medewerkers bespreekt. Voor teams van minder dan {0} mensen is dit de beste weg.</source>
        <translation>A group conversation with a team counts as an in-depth study when someone other than the team&apos;s own manager leads it, at least half of the team takes part, you write down what came out (overall or per source) without naming anyone, and you then discuss the outcomes with the staff. For teams of fewer than {0} people this is the best way.</translation>
    </message>
    <message>
        <source>Wat er in het algemeen uitkwam, bijv. &apos;De zaterdag is voor iedereen te vol.&apos; Geen namen.</source>
        <translation>What came out overall, e.g. &apos;Saturday is too busy for everyone.&apos; No names.</translation>
    </message>
    <message>
        <source>Schrijf per bron kort op wat eruit kwam. Noem geen namen: niet wie iets zei en niet over wie het ging. Laat een bron leeg als die niet aan bod kwam.</source>
        <translation>Write down briefly per source what came out. Name nobody: not who said something and not who it was about. Leave a source empty if it did not come up.</translation>
    </message>
    <message>
        <source>Er staan &amp;geen namen in de uitkomsten</source>
        <translation>The outcomes contain &amp;no names</translation>
    </message>
    <message>
        <source>bijv. in het werkoverleg</source>
        <translation>e.g. in the team meeting</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Ge&amp;leid door</source>
        <translation>&amp;Led by</translation>
    </message>
    <message>
        <source>&amp;Aantal deelnemers</source>
        <translation>&amp;Number of participants</translation>
    </message>
    <message>
        <source>&amp;Uitkomsten algemeen</source>
        <translation>&amp;Outcomes overall</translation>
    </message>
    <message>
        <source>Be&amp;sproken op</source>
        <translation>Di&amp;scussed on</translation>
    </message>
    <message>
        <source>&amp;Hoe besproken</source>
        <translation>&amp;How discussed</translation>
    </message>
    <message>
        <source>Per bron</source>
        <translation>Per source</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>(nog geen team)</source>
        <translation>(no team yet)</translation>
    </message>
    <message>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>Nog niemand staat als aanwezig genoteerd: de onderwerpen tellen pas mee als u vastlegt wie er waren of hoeveel mensen per team.</source>
        <translation>Nobody has been recorded as present yet: the topics only count once you record who was there or how many people per team.</translation>
    </message>
    <message>
        <source>Signalen bij medewerkers herkennen telt alleen mee voor leidinggevenden als de doelgroep &apos;{managers}&apos; of &apos;{everyone}&apos; is.</source>
        <translation>Recognising signals in employees only counts for managers when the audience is &apos;{managers}&apos; or &apos;{everyone}&apos;.</translation>
    </message>
    <message>
        <source>Bij {team} staan meer aanwezigen ({present}) dan het team medewerkers heeft ({headcount}).</source>
        <translation>{team} has more people present ({present}) than the team has employees ({headcount}).</translation>
    </message>
    <message>
        <source>Wie er sinds de laatste voorlichting bij is gekomen, kan het programma niet zien: het kent geen datums van indiensttreding. Tel nieuwe medewerkers mee in het aantal van hun team en geef hun voorlichting bij de start.</source>
        <translation>The program cannot see who has joined since the last session: it knows no start dates. Count new employees in their team&apos;s number and give them the information when they start.</translation>
    </message>
    <message>
        <source>{team}: {missing} van de {headcount} medewerkers nog niet bereikt.</source>
        <translation>{team}: {missing} of the {headcount} employees not reached yet.</translation>
    </message>
    <message>
        <source>{team}: nog niemand bereikt, en het aantal medewerkers is niet ingevuld.</source>
        <translation>{team}: nobody reached yet, and the number of employees is not filled in.</translation>
    </message>
    <message>
        <source>Gepland op {day}: {title}.</source>
        <translation>Planned on {day}: {title}.</translation>
    </message>
    <message>
        <source>Schrijf op hoe u heeft vastgesteld of de maatregel werkt.</source>
        <translation>Write down how you found out whether the measure works.</translation>
    </message>
    <message>
        <source>De datum van de evaluatie ligt in de toekomst.</source>
        <translation>The date of the evaluation is in the future.</translation>
    </message>
    <message>
        <source>De maatregel werkt niet: schrijf op wat u nu gaat doen.</source>
        <translation>The measure does not work: write down what you will do now.</translation>
    </message>
    <message>
        <source>De maatregel staat nog op &apos;{planned}&apos;; kan het effect al bekend zijn?</source>
        <translation>The measure is still set to &apos;{planned}&apos;; can its effect be known already?</translation>
    </message>
    <message>
        <source>Voor een vergelijking zijn twee metingen in deze cyclus nodig, met dezelfde bronnen; er is er nu 1.</source>
        <translation>A comparison needs two measurements in this cycle, with the same sources; there is 1 now.</translation>
    </message>
    <message>
        <source>Voor een vergelijking zijn twee metingen in deze cyclus nodig, met dezelfde bronnen; er zijn er nu {count}.</source>
        <translation>A comparison needs two measurements in this cycle, with the same sources; there are {count} now.</translation>
    </message>
    <message>
        <source>Schrijf kort op hoe het proces is verlopen.</source>
        <translation>Write down briefly how the process went.</translation>
    </message>
</context>
<context>
    <name>CoverageSummary</name>
    <message>
        <source>Stand van de voorlichting in deze cyclus</source>
        <translation>Progress of information in this cycle</translation>
    </message>
    <message>
        <source>Stand van de voorlichting</source>
        <translation>Progress of information</translation>
    </message>
    <message>
        <source>Er is in deze cyclus nog geen voorlichting vastgelegd.</source>
        <translation>No information session has been recorded in this cycle yet.</translation>
    </message>
    <message>
        <source>Medewerkers: nog niet aan bod geweest: {0}.</source>
        <translation>Employees: not yet covered: {0}.</translation>
    </message>
    <message>
        <source>Medewerkers: alle onderwerpen zijn aan bod geweest.</source>
        <translation>Employees: all topics have been covered.</translation>
    </message>
    <message>
        <source>Leidinggevenden: nog geen voorlichting over signalen van werkstress bij medewerkers herkennen.</source>
        <translation>Managers: no information yet on recognising signals of work stress in employees.</translation>
    </message>
    <message>
        <source>Leidinggevenden: signalen van werkstress bij medewerkers herkennen is aan bod geweest.</source>
        <translation>Managers: recognising signals of work stress in employees has been covered.</translation>
    </message>
    <message>
        <source>Bereikt: minstens {0} van de {1} medewerkers ({2}%).</source>
        <translation>Reached: at least {0} of the {1} employees ({2}%).</translation>
    </message>
    <message>
        <source>Bereikt: minstens {0} mensen.</source>
        <translation>Reached: at least {0} people.</translation>
    </message>
    <message>
        <source>Nog niemand bereikt in: {0}.</source>
        <translation>No one reached yet in: {0}.</translation>
    </message>
    <message>
        <source>Minder dan de helft bereikt in: {0}.</source>
        <translation>Less than half reached in: {0}.</translation>
    </message>
    <message>
        <source>{0} ({1} van {2})</source>
        <translation>{0} ({1} of {2})</translation>
    </message>
    <message>
        <source>Per team: {0}.</source>
        <translation>Per team: {0}.</translation>
    </message>
    <message>
        <source>{0} {1} van {2}</source>
        <translation>{0} {1} of {2}</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>(geen verslag mogelijk)</source>
        <translation>(no report possible)</translation>
    </message>
    <message>
        <source>Er ging iets mis dat WerkdrukDesk niet had verwacht. Alles wat u tot nu toe hebt ingevuld, staat veilig in het bestand.

U kunt gewoon verder werken. Gebeurt het vaker, sluit het programma dan en open het bestand opnieuw. Een verslag voor de makers staat in:
{0}</source>
        <translation>Something went wrong that WerkdrukDesk did not expect. Everything you have filled in so far is safe in the file.

You can simply carry on working. If it happens more often, close the program and open the file again. A report for the developers is in:
{0}</translation>
    </message>
</context>
<context>
    <name>Cycles</name>
    <message>
        <source>Cyclus {year}</source>
        <translation>Cycle {year}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Typ bijvoorbeeld 1-3-2027, 1 maart 2027, 1 mrt, vandaag of morgen. Alt+↓ opent een kalender.</source>
        <translation>Type for example 1-3-2027, 1 March 2027, 1 Mar, today or tomorrow. Alt+↓ opens a calendar.</translation>
    </message>
    <message>
        <source>Kies een datum in de kalender</source>
        <translation>Pick a date in the calendar</translation>
    </message>
</context>
<context>
    <name>DateHint</name>
    <message>
        <source>Uitleg bij de datum</source>
        <translation>About the date</translation>
    </message>
    <message>
        <source>bijv. 1-3-2027, 1 maart, vandaag</source>
        <translation>e.g. 1-3-2027, 1 March, today</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>januari</source>
        <translation>January</translation>
    </message>
    <message>
        <source>februari</source>
        <translation>February</translation>
    </message>
    <message>
        <source>maart</source>
        <translation>March</translation>
    </message>
    <message>
        <source>april</source>
        <translation>April</translation>
    </message>
    <message>
        <source>mei</source>
        <translation>May</translation>
    </message>
    <message>
        <source>juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>augustus</source>
        <translation>August</translation>
    </message>
    <message>
        <source>september</source>
        <translation>September</translation>
    </message>
    <message>
        <source>oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>november</source>
        <translation>November</translation>
    </message>
    <message>
        <source>december</source>
        <translation>December</translation>
    </message>
    <message>
        <source>Dit is geen datum; schrijf bijvoorbeeld 1-3-2027 of 1 maart 2027.</source>
        <translation>This is not a date; write for example 1-3-2027 or 1 March 2027.</translation>
    </message>
    <message>
        <source>Er is geen maand {month}; een jaar heeft 12 maanden.</source>
        <translation>There is no month {month}; a year has 12 months.</translation>
    </message>
    <message>
        <source>Het jaar {year} klopt vast niet; schrijf het voluit, bijvoorbeeld 2027.</source>
        <translation>The year {year} cannot be right; write it in full, for example 2027.</translation>
    </message>
    <message>
        <source>Die dag bestaat niet: {month} {year} heeft {days} dagen.</source>
        <translation>That day does not exist: {month} {year} has {days} days.</translation>
    </message>
</context>
<context>
    <name>DocumentsBox</name>
    <message>
        <source>Documenten (RI&amp;&amp;E, MTO, verdiepend onderzoek)</source>
        <translation>Documents: risk assessment (RI&amp;&amp;E), staff survey, in-depth study</translation>
    </message>
    <message>
        <source>Documenten</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Geef het document een titel.</source>
        <translation>Give the document a title.</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Waar te vinden</source>
        <translation>Where to find it</translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Document toe&amp;voegen</source>
        <translation>Add &amp;document</translation>
    </message>
    <message>
        <source>Document verwijderen</source>
        <translation>Remove document</translation>
    </message>
    <message>
        <source>Nieuw document</source>
        <translation>New document</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; uit de lijst halen? Het document zelf blijft waar het is.</source>
        <translation>Remove &apos;{0}&apos; from the list? The document itself stays where it is.</translation>
    </message>
</context>
<context>
    <name>DossierReport</name>
    <message>
        <source>Werkdrukdossier</source>
        <translation>Work pressure dossier</translation>
    </message>
    <message>
        <source>Dossier psychosociale arbeidsbelasting</source>
        <translation>Psychosocial workload dossier</translation>
    </message>
    <message>
        <source>Dit dossier bundelt alles wat {organisation} in deze cyclus over werkdruk heeft vastgelegd, in de volgorde van de beleidscyclus die de Nederlandse Arbeidsinspectie verwacht: wie we zijn, wat de inventarisatie liet zien, hoe de balans per team is, welke maatregelen we nemen, welke voorlichting we gaven, wat de evaluatie opleverde en wat eerdere cycli brachten.</source>
        <translation>This dossier brings together everything {organisation} recorded about work pressure in this cycle, in the order of the policy cycle the Labour Inspectorate expects: who we are, what the inventory showed, how the balance is per team, which measures we are taking, which information sessions we gave, what the evaluation produced and what earlier cycles brought.</translation>
    </message>
    <message>
        <source>Dit dossier bundelt alles wat {organisation} in deze cyclus heeft vastgelegd over psychosociale arbeidsbelasting: werkdruk, ongewenst gedrag binnen het bedrijf, en agressie en geweld van buitenaf. Het volgt de beleidscyclus die de Nederlandse Arbeidsinspectie verwacht: wie we zijn, wat de inventarisatie liet zien, hoe de balans per team is, welke maatregelen we nemen, welke voorlichting we gaven, wat de evaluatie opleverde en wat eerdere cycli brachten.</source>
        <translation>This dossier brings together everything {organisation} recorded in this cycle on psychosocial workload: work pressure, unwanted behaviour within the organisation, and aggression and violence from outside. It follows the order of the policy cycle the Labour Inspectorate expects: who we are, what the inventory showed, how the balance is per team, which measures we are taking, which information sessions we gave, what the evaluation produced and what earlier cycles brought.</translation>
    </message>
    <message>
        <source>Inhoud</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>pagina {page}</source>
        <translation>page {page}</translation>
    </message>
    <message>
        <source>Organisatie en RI&amp;E</source>
        <translation>Organisation and risk assessment (RI&amp;E)</translation>
    </message>
    <message>
        <source>profiel, teams, documenten en arbocatalogus</source>
        <translation>profile, teams, documents and Arbocatalogus</translation>
    </message>
    <message>
        <source>Inventarisatie</source>
        <translation>Inventory</translation>
    </message>
    <message>
        <source>beoordeling van de bronnen per team, met onderbouwing, en de metingen met hun uitkomsten</source>
        <translation>rating of the sources per team, with evidence, and the measurements with their results</translation>
    </message>
    <message>
        <source>Balans per team</source>
        <translation>Balance per team</translation>
    </message>
    <message>
        <source>werkdrukbronnen tegenover energiebronnen, oordeel en prioriteit</source>
        <translation>job demands against job resources, verdict and priority</translation>
    </message>
    <message>
        <source>Maatregelen</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>het plan van aanpak, de samenhang en de instemming</source>
        <translation>the action plan, its coherence and the consent</translation>
    </message>
    <message>
        <source>Voorlichting en onderricht</source>
        <translation>Information and instruction</translation>
    </message>
    <message>
        <source>bijeenkomsten, behandelde onderwerpen en bereik per team</source>
        <translation>sessions, topics covered and reach per team</translation>
    </message>
    <message>
        <source>Evaluatie</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>effect per maatregel, evaluatie van het proces en vergelijking van de metingen</source>
        <translation>effect per measure, evaluation of the process and comparison of the measurements</translation>
    </message>
    <message>
        <source>Eerdere cycli</source>
        <translation>Earlier cycles</translation>
    </message>
    <message>
        <source>korte samenvatting van elke vorige cyclus</source>
        <translation>a short summary of each previous cycle</translation>
    </message>
    <message>
        <source>Groepsgesprekken per team</source>
        <translation>Group conversations per team</translation>
    </message>
    <message>
        <source>Gestructureerde gesprekken over werkdruk met een team. Wie meepraatte staat hier niet: alleen hoeveel mensen, wie het gesprek leidde en wat eruit kwam.</source>
        <translation>Structured conversations about work pressure with a team. Who took part is not shown here: only how many people, who led the conversation and what came out.</translation>
    </message>
    <message>
        <source>Geleid door</source>
        <translation>Led by</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Uitkomsten, zonder namen</source>
        <translation>Outcomes, without names</translation>
    </message>
    <message>
        <source>niet de leidinggevende van het team</source>
        <translation>not the manager of the team</translation>
    </message>
    <message>
        <source>de leidinggevende van het team</source>
        <translation>the manager of the team</translation>
    </message>
    <message>
        <source>{count} van {total}</source>
        <translation>{count} of {total}</translation>
    </message>
    <message>
        <source>Niet afgedrukt: nog niet bevestigd dat hier geen namen in staan.</source>
        <translation>Not printed: not yet confirmed that this contains no names.</translation>
    </message>
    <message>
        <source>Uitkomsten per bron: {team}, {date}</source>
        <translation>Outcomes per source: {team}, {date}</translation>
    </message>
    <message>
        <source>Wat kwam eruit, zonder namen</source>
        <translation>What came out, without names</translation>
    </message>
    <message>
        <source>nog niet besproken</source>
        <translation>not yet discussed</translation>
    </message>
    <message>
        <source>Extern onderzoek</source>
        <translation>External study</translation>
    </message>
    <message>
        <source>Onderzoek naar werkdruk door een arbodienst of adviseur; het rapport zelf beschrijft de werkwijze en de uitkomsten per team.</source>
        <translation>A study of work pressure by an occupational health service or adviser; the report itself describes the method and the outcomes per team.</translation>
    </message>
    <message>
        <source>Gedaan door</source>
        <translation>Done by</translation>
    </message>
    <message>
        <source>Werkwijze</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Rapport en bespreking</source>
        <translation>Report and discussion</translation>
    </message>
    <message>
        <source>De teams of afdelingen zoals ze in deze cyclus zijn ingedeeld.</source>
        <translation>The teams or departments as they are set up in this cycle.</translation>
    </message>
    <message>
        <source>Er zijn in deze cyclus nog geen teams vastgelegd.</source>
        <translation>No teams have been recorded in this cycle yet.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Medewerkers</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Hybride werken</source>
        <translation>Hybrid working</translation>
    </message>
    <message>
        <source>Leidinggevende</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Documenten</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>De RI&amp;E en de andere stukken waarnaar het werkdrukbeleid verwijst, zoals een medewerkersonderzoek (MTO) of een verdiepend onderzoek.</source>
        <translation>The risk assessment (RI&amp;E) and the other documents the work pressure policy refers to, such as a staff survey or an in-depth study.</translation>
    </message>
    <message>
        <source>De RI&amp;E en de andere stukken waarnaar het beleid op psychosociale arbeidsbelasting verwijst, zoals een medewerkersonderzoek (MTO), een verdiepend onderzoek, de gedragscode of de klachtenregeling.</source>
        <translation>The RI&amp;E and the other documents the psychosocial workload policy refers to, such as an employee survey, an in-depth study, the code of conduct or the complaints procedure.</translation>
    </message>
    <message>
        <source>Er zijn nog geen documenten vastgelegd.</source>
        <translation>No documents have been recorded yet.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Waar te vinden</source>
        <translation>Where to find it</translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Per team staat hieronder welke bronnen niet in orde zijn, met waarop die beoordeling rust. Bronnen die in orde zijn, worden alleen geteld.</source>
        <translation>For each team, the sources that are not fine are listed below, with what their rating is based on. Sources that are fine are only counted.</translation>
    </message>
    <message>
        <source>Uitkomst: geen risico op werkstress gevonden</source>
        <translation>Outcome: no risk of work stress found</translation>
    </message>
    <message>
        <source>Onderbouwing: {reason}</source>
        <translation>Evidence: {reason}</translation>
    </message>
    <message>
        <source>Hele organisatie</source>
        <translation>Whole organisation</translation>
    </message>
    <message>
        <source>Beoordelingen voor de organisatie als geheel. Ze gelden voor elk team dat die bron niet zelf heeft beoordeeld.</source>
        <translation>Ratings for the organisation as a whole. They apply to every team that has not rated that source itself.</translation>
    </message>
    <message>
        <source>{total} bekeken: {fine} in orde, {attention} aandacht nodig, {problem} te hoog of te laag, {unrated} nog niet beoordeeld.</source>
        <translation>{total} looked at: {fine} fine, {attention} needs attention, {problem} too high or too low, {unrated} not rated yet.</translation>
    </message>
    <message>
        <source>1 bron</source>
        <translation>1 source</translation>
    </message>
    <message>
        <source>{count} bronnen</source>
        <translation>{count} sources</translation>
    </message>
    <message>
        <source>Geen enkele beoordeelde bron vraagt hier aandacht.</source>
        <translation>None of the rated sources needs attention here.</translation>
    </message>
    <message>
        <source>Hier is nog niets beoordeeld.</source>
        <translation>Nothing has been rated here yet.</translation>
    </message>
    <message>
        <source>de organisatie</source>
        <translation>the organisation</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Beoordeling</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Onderbouwing</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>eigen bron</source>
        <translation>own source</translation>
    </message>
    <message>
        <source>niet meer in gebruik</source>
        <translation>no longer in use</translation>
    </message>
    <message>
        <source>{count} medewerkers</source>
        <translation>{count} employees</translation>
    </message>
    <message>
        <source>werkt hybride</source>
        <translation>works hybrid</translation>
    </message>
    <message>
        <source>Teams die hybride werken: {teams}.</source>
        <translation>Teams that work hybrid: {teams}.</translation>
    </message>
    <message>
        <source>Geen van de teams werkt hybride.</source>
        <translation>None of the teams works hybrid.</translation>
    </message>
    <message>
        <source>Nog niet beschreven hoe hybride werken is meegenomen.</source>
        <translation>How hybrid working was taken into account has not been described yet.</translation>
    </message>
    <message>
        <source>Metingen met de vragenlijst</source>
        <translation>Measurements with the questionnaire</translation>
    </message>
    <message>
        <source>Welke metingen er zijn gehouden. De antwoorden zijn anoniem: uitkomsten staan hieronder alleen voor groepen die groot genoeg zijn, nooit per persoon.</source>
        <translation>Which measurements were held. The answers are anonymous: results are shown below only for groups that are large enough, never per person.</translation>
    </message>
    <message>
        <source>In deze cyclus is nog geen meting met de vragenlijst gehouden.</source>
        <translation>No measurement with the questionnaire has been held in this cycle yet.</translation>
    </message>
    <message>
        <source>Meting</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <source>Hoe verzameld</source>
        <translation>How collected</translation>
    </message>
    <message>
        <source>Ingevuld</source>
        <translation>Responses</translation>
    </message>
    <message>
        <source>Besproken met medewerkers</source>
        <translation>Discussed with employees</translation>
    </message>
    <message>
        <source>Per team de werkdrukbronnen die te hoog zijn of aandacht vragen (links) tegenover de energiebronnen die te laag zijn of aandacht vragen (rechts). Een bron die alleen voor de hele organisatie is beoordeeld, telt bij elk team mee.</source>
        <translation>For each team, the job demands that are too high or need attention (left) against the job resources that are too low or need attention (right). A source rated only for the whole organisation counts for every team.</translation>
    </message>
    <message>
        <source>Ongewenst gedrag binnen de organisatie en agressie van buiten zijn geen werkdruk. Ze staan daarom apart: in de grafiek in de kolom &apos;Gedrag, agressie&apos;, en bij elk team op een eigen regel. Komen ze te vaak voor, dan wegen ze wel mee in het oordeel, en geen energiebron maakt dat goed.</source>
        <translation>Unwanted behaviour within the organisation and aggression from outside are not work pressure. They are therefore shown apart: in the chart in the column &apos;Behaviour, aggression&apos;, and for each team on a line of its own. If they happen too often they do weigh in the verdict, and no job resource makes up for that.</translation>
    </message>
    <message>
        <source>Ongewenst gedrag of agressie</source>
        <translation>Unwanted behaviour or aggression</translation>
    </message>
    <message>
        <source>{often} te vaak, {attention} aandacht nodig</source>
        <translation>{often} too often, {attention} need attention</translation>
    </message>
    <message>
        <source>Te vaak: {names}</source>
        <translation>Too often: {names}</translation>
    </message>
    <message>
        <source>Oordeel</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Prioriteit {priority}</source>
        <translation>Priority {priority}</translation>
    </message>
    <message>
        <source>Geen prioriteit</source>
        <translation>No priority</translation>
    </message>
    <message>
        <source>Volgens de inventarisatie</source>
        <translation>According to the inventory</translation>
    </message>
    <message>
        <source>werkdrukbronnen: {high} te hoog, {demand_attention} aandacht nodig; energiebronnen: {low} te laag, {resource_attention} aandacht nodig</source>
        <translation>job demands: {high} too high, {demand_attention} needs attention; job resources: {low} too low, {resource_attention} needs attention</translation>
    </message>
    <message>
        <source>Rust en herstel</source>
        <translation>Rest and recovery</translation>
    </message>
    <message>
        <source>Werk en privé</source>
        <translation>Work and private life</translation>
    </message>
    <message>
        <source>Samenhang, instemming en ondertekening</source>
        <translation>Coherence, consent and signatures</translation>
    </message>
    <message>
        <source>Samenhang van het plan</source>
        <translation>Coherence of the plan</translation>
    </message>
    <message>
        <source>Nog niet beschreven hoe de maatregelen samenhangen.</source>
        <translation>How the measures fit together has not been described yet.</translation>
    </message>
    <message>
        <source>Met het plan van aanpak moet de ondernemingsraad of de personeelsvertegenwoordiging instemmen (WOR artikel 27).</source>
        <translation>The works council or the staff representatives must give their consent to the action plan (WOR, article 27).</translation>
    </message>
    <message>
        <source>Instemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>{body} op {date}</source>
        <translation>{body} on {date}</translation>
    </message>
    <message>
        <source>{body}, datum nog niet ingevuld</source>
        <translation>{body}, date not filled in yet</translation>
    </message>
    <message>
        <source>Nog geen instemming vastgelegd.</source>
        <translation>No consent recorded yet.</translation>
    </message>
    <message>
        <source>Toelichting bij de instemming</source>
        <translation>Note on the consent</translation>
    </message>
    <message>
        <source>Werkgever</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>ondertekend door {name} op {date}</source>
        <translation>signed by {name} on {date}</translation>
    </message>
    <message>
        <source>Nog niet ondertekend.</source>
        <translation>Not signed yet.</translation>
    </message>
    <message>
        <source>De bijeenkomsten waarin medewerkers en leidinggevenden uitleg kregen over werkdruk en werkstress.</source>
        <translation>The sessions in which employees and managers were told about work pressure and work stress.</translation>
    </message>
    <message>
        <source>De bijeenkomsten waarin medewerkers en leidinggevenden uitleg kregen over werkdruk en werkstress, over ongewenst gedrag binnen het bedrijf en over agressie en geweld van buitenaf.</source>
        <translation>The sessions in which staff and managers were told about work pressure and work stress, about unwanted behaviour within the organisation and about aggression and violence from outside.</translation>
    </message>
    <message>
        <source>In deze cyclus is nog geen voorlichting vastgelegd.</source>
        <translation>No information session has been recorded in this cycle yet.</translation>
    </message>
    <message>
        <source>Bijeenkomst</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Onderwerpen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Aanwezig</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>door {name}</source>
        <translation>by {name}</translation>
    </message>
    <message>
        <source>{count} aanwezig</source>
        <translation>{count} present</translation>
    </message>
    <message>
        <source>{count} op naam</source>
        <translation>{count} by name</translation>
    </message>
    <message>
        <source>zonder team</source>
        <translation>no team</translation>
    </message>
    <message>
        <source>onbekend team</source>
        <translation>unknown team</translation>
    </message>
    <message>
        <source>Welke onderwerpen zijn behandeld</source>
        <translation>Which topics were covered</translation>
    </message>
    <message>
        <source>Medewerkers horen alle onderwerpen hieronder behalve het laatste; leidinggevenden leren daarnaast signalen bij medewerkers herkennen.</source>
        <translation>Employees hear about all the topics below except the last one; managers also learn to recognise signals in their staff.</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Voor medewerkers</source>
        <translation>For employees</translation>
    </message>
    <message>
        <source>Voor leidinggevenden</source>
        <translation>For managers</translation>
    </message>
    <message>
        <source>behandeld ({count}×)</source>
        <translation>covered ({count}×)</translation>
    </message>
    <message>
        <source>nog niet behandeld</source>
        <translation>not covered yet</translation>
    </message>
    <message>
        <source>niet vereist</source>
        <translation>not required</translation>
    </message>
    <message>
        <source>Alle vereiste onderwerpen zijn behandeld.</source>
        <translation>All required topics have been covered.</translation>
    </message>
    <message>
        <source>Bereik per team</source>
        <translation>Reach per team</translation>
    </message>
    <message>
        <source>Hoeveel verschillende medewerkers per team minstens een bijeenkomst bijwoonden. Wie alleen is geteld en niet op naam is genoteerd, kan niet over bijeenkomsten heen worden gevolgd; het werkelijke aantal kan dus hoger zijn.</source>
        <translation>How many different employees of each team attended at least one session. People who were only counted and not written down by name cannot be followed from one session to the next, so the real number may be higher.</translation>
    </message>
    <message>
        <source>Bereikt</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Deel</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>minstens {reached} van {headcount}</source>
        <translation>at least {reached} of {headcount}</translation>
    </message>
    <message>
        <source>minstens {reached}</source>
        <translation>at least {reached}</translation>
    </message>
    <message>
        <source>nog niemand bereikt</source>
        <translation>nobody reached yet</translation>
    </message>
    <message>
        <source>In elk team zijn minstens zoveel mensen bereikt als er werken.</source>
        <translation>In every team at least as many people were reached as work there.</translation>
    </message>
    <message>
        <source>Per maatregel of die werkt, en daarna hoe het proces is verlopen.</source>
        <translation>For each measure whether it works, and then how the process went.</translation>
    </message>
    <message>
        <source>Effect per maatregel</source>
        <translation>Effect per measure</translation>
    </message>
    <message>
        <source>Nog geen enkele maatregel is geëvalueerd.</source>
        <translation>No measure has been evaluated yet.</translation>
    </message>
    <message>
        <source>Uitgevoerd, maar nog niet geëvalueerd: {measures}.</source>
        <translation>Done, but not evaluated yet: {measures}.</translation>
    </message>
    <message>
        <source>Nog niet uitgevoerd en dus nog niet te beoordelen: {count}.</source>
        <translation>Not done yet, so not ready to assess: {count}.</translation>
    </message>
    <message>
        <source>1 maatregel</source>
        <translation>1 measure</translation>
    </message>
    <message>
        <source>{count} maatregelen</source>
        <translation>{count} measures</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effect</translation>
    </message>
    <message>
        <source>Hoe vastgesteld</source>
        <translation>How assessed</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Vervolg</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Geëvalueerd op</source>
        <translation>Evaluated on</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Evaluatie van het proces</source>
        <translation>Evaluation of the process</translation>
    </message>
    <message>
        <source>Manier van evalueren</source>
        <translation>Way of evaluating</translation>
    </message>
    <message>
        <source>Vergeleken metingen</source>
        <translation>Measurements compared</translation>
    </message>
    <message>
        <source>Hoe het ging</source>
        <translation>How it went</translation>
    </message>
    <message>
        <source>Wat we anders doen</source>
        <translation>What we will do differently</translation>
    </message>
    <message>
        <source>Aanpassing van het beleid</source>
        <translation>Changes to the policy</translation>
    </message>
    <message>
        <source>Eerdere cycli, kort samengevat. Hun volledige dossiers blijven opvraagbaar.</source>
        <translation>Earlier cycles, in brief. Their full dossiers remain available.</translation>
    </message>
    <message>
        <source>Dit is de eerste cyclus; er is nog geen eerdere cyclus om samen te vatten.</source>
        <translation>This is the first cycle; there is no earlier cycle to sum up yet.</translation>
    </message>
    <message>
        <source>Cyclus</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Voorlichting</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>1 bijeenkomst</source>
        <translation>1 session</translation>
    </message>
    <message>
        <source>{count} bijeenkomsten</source>
        <translation>{count} sessions</translation>
    </message>
    <message>
        <source>afgesloten</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>loopt nog</source>
        <translation>still running</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>O&amp;pnieuw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>wijziging</source>
        <translation>change</translation>
    </message>
    <message>
        <source>Ongedaan gemaakt: {0}</source>
        <translation>Undone: {0}</translation>
    </message>
    <message>
        <source>Opnieuw gedaan: {0}</source>
        <translation>Redone: {0}</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <source>Evaluatie van deze cyclus</source>
        <translation>Evaluation of this cycle</translation>
    </message>
    <message>
        <source>Volgende cyclus</source>
        <translation>Next cycle</translation>
    </message>
    <message>
        <source>Een nieuwe cyclus neemt de teams, de werkdruk- en energiebronnen en de maatregelen die nog niet klaar zijn mee; deze cyclus wordt dan afgesloten en blijft als geschiedenis te lezen, maar kan niet meer worden gewijzigd.</source>
        <translation>A new cycle takes over the teams, the job demands and job resources, and the measures that are not yet finished; this cycle is then closed and can still be read as history, but can no longer be changed.</translation>
    </message>
    <message>
        <source>&amp;Nieuwe cyclus starten…</source>
        <translation>Start a &amp;new cycle…</translation>
    </message>
    <message>
        <source>Deze cyclus is afgesloten of het bestand is alleen om te lezen geopend; een nieuwe cyclus starten kan hier niet.</source>
        <translation>This cycle is closed or the file was opened read-only; you cannot start a new cycle here.</translation>
    </message>
</context>
<context>
    <name>EvaluationReport</name>
    <message>
        <source>Evaluatie werkdrukbeleid</source>
        <translation>Work pressure policy evaluation</translation>
    </message>
    <message>
        <source>Evaluatie beleid psychosociale arbeidsbelasting</source>
        <translation>Psychosocial workload policy evaluation</translation>
    </message>
    <message>
        <source>In deze evaluatie kijkt {organisation} terug op de aanpak van werkdruk in deze cyclus: werken de maatregelen uit het plan van aanpak, is het proces zorgvuldig verlopen en wat moet er de volgende keer anders? Op basis hiervan passen we het beleid en de maatregelen aan.</source>
        <translation>In this evaluation {organisation} looks back on how work pressure was tackled in this cycle: do the measures from the action plan work, was the process carried out with care, and what should be different next time? Based on this, we adjust the policy and the measures.</translation>
    </message>
    <message>
        <source>In deze evaluatie kijkt {organisation} terug op de aanpak van werkdruk, van ongewenst gedrag binnen het bedrijf en van agressie en geweld van buitenaf in deze cyclus: werken de maatregelen uit het plan van aanpak, is het proces zorgvuldig verlopen en wat moet er de volgende keer anders? Op basis hiervan passen we het beleid en de maatregelen aan.</source>
        <translation>In this evaluation {organisation} looks back on how it tackled work pressure, unwanted behaviour within the organisation and aggression and violence from outside in this cycle: do the measures of the action plan work, did the process go carefully, and what should be different next time? On that basis we adjust the policy and the measures.</translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>{total} in deze cyclus: {done} uitgevoerd, {open} gepland of bezig, {cancelled} vervallen.</source>
        <translation>{total} in this cycle: {done} done, {open} planned or in progress, {cancelled} cancelled.</translation>
    </message>
    <message>
        <source>Van 1 uitgevoerde maatregel is nog niet vastgesteld of hij werkt.</source>
        <translation>For 1 measure that was carried out, it is not yet known whether it works.</translation>
    </message>
    <message>
        <source>Van {count} uitgevoerde maatregelen is nog niet vastgesteld of ze werken.</source>
        <translation>For {count} measures that were carried out, it is not yet known whether they work.</translation>
    </message>
    <message>
        <source>Van alle uitgevoerde maatregelen is vastgesteld of ze werken.</source>
        <translation>For every measure carried out, it is known whether it works.</translation>
    </message>
    <message>
        <source>Het proces is nog niet geëvalueerd.</source>
        <translation>The process has not been evaluated yet.</translation>
    </message>
    <message>
        <source>Er zijn in deze cyclus nog geen maatregelen vastgelegd; er is dus nog niets te evalueren.</source>
        <translation>No measures have been recorded in this cycle yet, so there is nothing to evaluate yet.</translation>
    </message>
    <message>
        <source>In deze cyclus is geen risico op werkstress gevonden; daarom zijn er geen maatregelen om te evalueren.</source>
        <translation>No risk of work stress was found in this cycle, so there are no measures to evaluate.</translation>
    </message>
    <message>
        <source>Werken de maatregelen?</source>
        <translation>Do the measures work?</translation>
    </message>
    <message>
        <source>Werkt de maatregel?</source>
        <translation>Does the measure work?</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Welke maatregelen</source>
        <translation>Which measures</translation>
    </message>
    <message>
        <source>nog niet bekend of nog niet geëvalueerd</source>
        <translation>not yet known or not yet evaluated</translation>
    </message>
    <message>
        <source>Wat er nu verandert</source>
        <translation>What changes now</translation>
    </message>
    <message>
        <source>Aanpassing van beleid en maatregelen</source>
        <translation>Changes to policy and measures</translation>
    </message>
    <message>
        <source>Er is nog niet vastgelegd hoe het beleid door deze evaluatie verandert.</source>
        <translation>How this evaluation changes the policy has not been recorded yet.</translation>
    </message>
    <message>
        <source>Volgende stappen per maatregel</source>
        <translation>Next steps per measure</translation>
    </message>
    <message>
        <source>Er zijn nog geen volgende stappen vastgelegd.</source>
        <translation>No next steps have been recorded yet.</translation>
    </message>
    <message>
        <source>Volgende stap</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Evaluatie van het proces</source>
        <translation>Evaluation of the process</translation>
    </message>
    <message>
        <source>Is het proces zorgvuldig doorlopen, en wat doen we de volgende keer anders? Hier staat hoe dat is bekeken en wat eruit kwam.</source>
        <translation>Was the process carried out with care, and what will we do differently next time? This shows how that was looked at and what came out of it.</translation>
    </message>
    <message>
        <source>Het proces van deze cyclus is nog niet geëvalueerd.</source>
        <translation>The process of this cycle has not been evaluated yet.</translation>
    </message>
    <message>
        <source>Zo is geëvalueerd</source>
        <translation>How it was evaluated</translation>
    </message>
    <message>
        <source>nog niet vastgelegd</source>
        <translation>not recorded yet</translation>
    </message>
    <message>
        <source>Verloop van het proces</source>
        <translation>How the process went</translation>
    </message>
    <message>
        <source>Wat de volgende keer anders kan</source>
        <translation>What could be different next time</translation>
    </message>
    <message>
        <source>Beleid en maatregelen aangepast</source>
        <translation>Policy and measures adjusted</translation>
    </message>
    <message>
        <source>Datum procesevaluatie</source>
        <translation>Date of process evaluation</translation>
    </message>
    <message>
        <source>Let op: {problem}</source>
        <translation>Note: {problem}</translation>
    </message>
    <message>
        <source>Vergelijking van de metingen</source>
        <translation>Comparison of the measurements</translation>
    </message>
</context>
<context>
    <name>ExternalStudiesBox</name>
    <message>
        <source>Extern onderzoek</source>
        <translation>External study</translation>
    </message>
    <message>
        <source>Nieuw e&amp;xtern onderzoek</source>
        <translation>New e&amp;xternal study</translation>
    </message>
    <message>
        <source>Externe onderzoeken in deze cyclus</source>
        <translation>External studies in this cycle</translation>
    </message>
    <message>
        <source>Liet u de werkdruk onderzoeken door een arbodienst of adviseur? Vul hier in wie het deed, hoe, welke teams meededen, hoeveel mensen meededen en waar het rapport ligt. Het telt als minstens de helft meedeed en u de uitkomsten met de medewerkers besprak.</source>
        <translation>Did an occupational health service or adviser study the work pressure for you? Fill in who did it, how, which teams took part, how many people took part and where the report is kept. It counts when at least half took part and you discussed the outcomes with the staff.</translation>
    </message>
    <message>
        <source>bijv. vragenlijst en gesprekken per team</source>
        <translation>e.g. questionnaire and conversations per team</translation>
    </message>
    <message>
        <source>bijv. map arbo, rapport maart</source>
        <translation>e.g. health and safety folder, March report</translation>
    </message>
    <message>
        <source>Uitgevoe&amp;rd door</source>
        <translation>Ca&amp;rried out by</translation>
    </message>
    <message>
        <source>Datu&amp;m</source>
        <translation>Dat&amp;e</translation>
    </message>
    <message>
        <source>Aantal deelnemers</source>
        <translation>Number of participants</translation>
    </message>
    <message>
        <source>Van hoeveel gevraagd</source>
        <translation>Out of how many asked</translation>
    </message>
    <message>
        <source>Waar ligt het rapport</source>
        <translation>Where the report is kept</translation>
    </message>
    <message>
        <source>Hoe besproken</source>
        <translation>How discussed</translation>
    </message>
    <message>
        <source>&amp;Werkwijze</source>
        <translation>&amp;Method</translation>
    </message>
    <message>
        <source>Bes&amp;proken op</source>
        <translation>Di&amp;scussed on</translation>
    </message>
    <message>
        <source>Welke teams</source>
        <translation>Which teams</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>(nog geen naam)</source>
        <translation>(no name yet)</translation>
    </message>
    <message>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>Team {0} deed mee</source>
        <translation>Team {0} took part</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>WerkdrukDesk-bestanden (*.werkdruk)</source>
        <translation>WerkdrukDesk files (*.werkdruk)</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Nieuwe organisatie…</source>
        <translation>&amp;New organisation…</translation>
    </message>
    <message>
        <source>&amp;Openen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Recente bestanden</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <source>Porte&amp;feuille…</source>
        <translation>Port&amp;folio…</translation>
    </message>
    <message>
        <source>&amp;Kopie opslaan als…</source>
        <translation>Save a &amp;copy as…</translation>
    </message>
    <message>
        <source>Reservekopie &amp;terugzetten…</source>
        <translation>Restore &amp;backup…</translation>
    </message>
    <message>
        <source>&amp;Bijlagen…</source>
        <translation>&amp;Attachments…</translation>
    </message>
    <message>
        <source>Eigen &amp;bibliotheek…</source>
        <translation>Own &amp;library…</translation>
    </message>
    <message>
        <source>&amp;Persoon uit het bestand verwijderen…</source>
        <translation>Remove a &amp;person from the file…</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;Cyclus</source>
        <translation>&amp;Cycle</translation>
    </message>
    <message>
        <source>Waar wilt u het bestand bewaren?</source>
        <translation>Where do you want to save the file?</translation>
    </message>
    <message>
        <source>organisatie</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>Bestand openen</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>Kopie opslaan als</source>
        <translation>Save copy as</translation>
    </message>
    <message>
        <source>{0} (kopie)</source>
        <translation>{0} (copy)</translation>
    </message>
    <message>
        <source>Kopie maken…</source>
        <translation>Making a copy…</translation>
    </message>
    <message>
        <source>Kopie opgeslagen: {0}</source>
        <translation>Copy saved: {0}</translation>
    </message>
    <message>
        <source>Er is nog geen reservekopie van dit bestand. WerkdrukDesk maakt er elke dag een als u het bestand opent.</source>
        <translation>There is no backup of this file yet. WerkdrukDesk makes one every day when you open the file.</translation>
    </message>
    <message>
        <source>Reservekopie terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Welke reservekopie wilt u terugzetten? Wat u daarna hebt veranderd, gaat verloren; van de huidige stand wordt eerst nog een kopie gemaakt.</source>
        <translation>Which backup do you want to restore? Anything you changed after it will be lost; a copy of the current state is made first.</translation>
    </message>
    <message>
        <source>Persoon verwijderen</source>
        <translation>Remove person</translation>
    </message>
    <message>
        <source>Wie moet uit het bestand? Typ de naam zoals die is ingevuld. De naam verdwijnt uit alle cycli, ook afgesloten; dat kan niet ongedaan worden (behalve met een reservekopie).</source>
        <translation>Who needs to be removed from the file? Type the name as it was entered. The name disappears from all cycles, including closed ones; this cannot be undone (except with a backup).</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is verwijderd uit {1} onderdelen. Dit en de bewerkingen ervoor kunnen niet meer ongedaan worden gemaakt.</source>
        <translation>&apos;{0}&apos; was removed from {1} places. This, and the edits before it, can no longer be undone.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; kwam nergens voor.</source>
        <translation>&apos;{0}&apos; was not found anywhere.</translation>
    </message>
    <message>
        <source>Reservekopieën</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>{0} reservekopieën van dit bestand bevatten &apos;{1}&apos; nog. Zal WerkdrukDesk ze herschrijven zonder die naam? Kopieën die niet te herschrijven zijn (van een oudere versie), worden verwijderd.</source>
        <translation>{0} backups of this file still hold &apos;{1}&apos;. Shall WerkdrukDesk rewrite them without that name? Copies that cannot be rewritten (from an older version) are removed.</translation>
    </message>
    <message>
        <source>Reservekopieën zonder &apos;{0}&apos;: {1} herschreven, {2} verwijderd.</source>
        <translation>Backups without &apos;{0}&apos;: {1} rewritten, {2} removed.</translation>
    </message>
    <message>
        <source> (afgesloten)</source>
        <translation> (closed)</translation>
    </message>
    <message>
        <source>Cyclus {0}: {1}{2}</source>
        <translation>Cycle {0}: {1}{2}</translation>
    </message>
    <message>
        <source>&amp;Nieuwe cyclus starten…</source>
        <translation>Start a &amp;new cycle…</translation>
    </message>
    <message>
        <source>Nieuwe cyclus starten</source>
        <translation>Start new cycle</translation>
    </message>
    <message>
        <source>Een nieuwe cyclus neemt de teams, de bronnen en de maatregelen die nog open staan mee. De huidige cyclus wordt afgesloten en blijft als geschiedenis te lezen. Doorgaan?</source>
        <translation>A new cycle takes over the teams, the sources and the measures that are still open. The current cycle is closed and can still be read as history. Continue?</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>&amp;Zoeken in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Bestands&amp;naam:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>Bestands&amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <source>Op&amp;slaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>De naam &apos;{0}&apos; werkt niet op elke computer: Windows staat geen tekens als &lt; &gt; : &quot; / \ | ? * toe, geen punt of spatie aan het eind en geen namen als CON of NUL. Voorstel: &apos;{1}&apos;.</source>
        <translation>The name &apos;{0}&apos; does not work on every computer: Windows allows no characters such as &lt; &gt; : &quot; / \ | ? *, no dot or space at the end, and no names such as CON or NUL. Suggestion: &apos;{1}&apos;.</translation>
    </message>
</context>
<context>
    <name>FillRestDialog</name>
    <message>
        <source>rest van {0} op &apos;in orde&apos;</source>
        <translation>rest of {0} set to &apos;fine&apos;</translation>
    </message>
    <message>
        <source>Rest op &apos;in orde&apos; zetten</source>
        <translation>Set the rest to &apos;fine&apos;</translation>
    </message>
    <message>
        <source>{0} bronnen van &apos;{1}&apos; zijn nog niet beoordeeld. Zet ze in één keer op &apos;in orde&apos; als u ze met het team hebt doorgenomen of als de vragenlijst dat laat zien. Waar baseert u dat op?</source>
        <translation>{0} sources of &apos;{1}&apos; have not been rated yet. Set them all to &apos;fine&apos; at once if you have gone through them with the team or if the questionnaire shows this. What do you base this on?</translation>
    </message>
    <message>
        <source>Gebaseerd op</source>
        <translation>Based on</translation>
    </message>
    <message>
        <source>Welke precies</source>
        <translation>Which one exactly</translation>
    </message>
    <message>
        <source>bijv. teamoverleg 12-03-2026</source>
        <translation>e.g. team meeting 12-03-2026</translation>
    </message>
    <message>
        <source>&amp;Gebaseerd op</source>
        <translation>&amp;Based on</translation>
    </message>
    <message>
        <source>&amp;Welke precies</source>
        <translation>&amp;Which one exactly</translation>
    </message>
    <message>
        <source>Schrijf op welk gesprek, welke meting of welk document het is.</source>
        <translation>Write down which conversation, measurement or document it is.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>T&amp;eam</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>N&amp;iveau</source>
        <translation>&amp;Level</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>naam bevat…</source>
        <translation>name contains…</translation>
    </message>
    <message>
        <source>Verant&amp;woordelijk</source>
        <translation>&amp;Responsible</translation>
    </message>
    <message>
        <source>Alleen te &amp;laat</source>
        <translation>Only o&amp;verdue</translation>
    </message>
    <message>
        <source>Alleen maatregelen die te laat zijn</source>
        <translation>Only measures that are overdue</translation>
    </message>
    <message>
        <source>Filter op {0}</source>
        <translation>Filter by {0}</translation>
    </message>
    <message>
        <source>Alle niveaus</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Nog open (gepland of bezig)</source>
        <translation>Still open (planned or in progress)</translation>
    </message>
    <message>
        <source>Alle teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <source>Hele organisatie</source>
        <translation>Whole organisation</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Uitleg bij deze stap</source>
        <translation>Explanation of this step</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Help bij &amp;deze stap</source>
        <translation>Help with &amp;this step</translation>
    </message>
    <message>
        <source>&amp;Begrippen</source>
        <translation>&amp;Glossary</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Help bij WerkdrukDesk</source>
        <translation>WerkdrukDesk help</translation>
    </message>
    <message>
        <source>Onderwerp van de help</source>
        <translation>Help topic</translation>
    </message>
    <message>
        <source>Alle begrippen</source>
        <translation>Glossary: all terms</translation>
    </message>
    <message>
        <source>Helptekst</source>
        <translation>Help text</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Onderwerp</source>
        <translation>&amp;Topic</translation>
    </message>
    <message>
        <source>Wat deze stap vraagt</source>
        <translation>What this step asks</translation>
    </message>
    <message>
        <source>Waarom de inspecteur dit wil zien</source>
        <translation>Why the inspector wants to see this</translation>
    </message>
    <message>
        <source>Voorbeeld: een bakkerij met 18 medewerkers</source>
        <translation>Example: a bakery with 18 staff</translation>
    </message>
    <message>
        <source>Begrippen</source>
        <translation>Glossary</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <source>overige teams samen</source>
        <translation>other teams together</translation>
    </message>
</context>
<context>
    <name>IncidentsBeforeAfter</name>
    <message>
        <source>Meldingen: vorige cyclus en deze</source>
        <translation>Incidents: previous cycle and this one</translation>
    </message>
    <message>
        <source>Meldingen in de vorige cyclus en in deze</source>
        <translation>Incidents in the previous cycle and in this one</translation>
    </message>
    <message>
        <source>Meer meldingen hoeft niet slechter te zijn: het kan ook betekenen dat mensen eerder durven te melden. Bespreek wat erachter zit.</source>
        <translation>More reports need not be worse: it can also mean that people dare to report sooner. Discuss what lies behind it.</translation>
    </message>
    <message>
        <source>{0}: vorige cyclus {1}, deze cyclus {2}</source>
        <translation>{0}: previous cycle {1}, this cycle {2}</translation>
    </message>
    <message>
        <source>(er is geen vorige cyclus)</source>
        <translation>(there is no previous cycle)</translation>
    </message>
    <message>
        <source>(niet getoond: de groep is te klein)</source>
        <translation>(not shown: the group is too small)</translation>
    </message>
</context>
<context>
    <name>IncidentsBox</name>
    <message>
        <source>Meldingen in deze cyclus</source>
        <translation>Incidents in this cycle</translation>
    </message>
    <message>
        <source>&amp;Nieuwe melding</source>
        <translation>&amp;New incident</translation>
    </message>
    <message>
        <source>Opvang of nazorg &amp;gegeven</source>
        <translation>Care or aftercare &amp;given</translation>
    </message>
    <message>
        <source>Aangifte of melding bij de &amp;politie</source>
        <translation>Reported to the &amp;police</translation>
    </message>
    <message>
        <source>Er volgde een &amp;maatregel</source>
        <translation>A &amp;measure followed</translation>
    </message>
    <message>
        <source>Wat er gebeurde en wat er daarna gedaan is. Geen namen: niet van wie het overkwam, niet van wie het meldde en niet van wie het deed.</source>
        <translation>What happened and what was done afterwards. No names: not of whom it happened to, not of who reported it and not of who did it.</translation>
    </message>
    <message>
        <source>Namen in de beschrijving</source>
        <translation>Names in the description</translation>
    </message>
    <message>
        <source>Toc&amp;h opslaan</source>
        <translation>Save t&amp;his anyway</translation>
    </message>
    <message>
        <source>Alleen als het woord geen naam van een persoon is, bijvoorbeeld een plaats of een product.</source>
        <translation>Only if the word is not a person&apos;s name, for example a place or a product.</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Waar vandaan</source>
        <translation>&amp;Where from</translation>
    </message>
    <message>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>E&amp;rnst</source>
        <translation>Seve&amp;rity</translation>
    </message>
    <message>
        <source>Beschr&amp;ijving (zonder namen)</source>
        <translation>Descr&amp;iption (without names)</translation>
    </message>
    <message>
        <source>binnen het bedrijf (collega&apos;s, leidinggevenden)</source>
        <translation>within the organisation (colleagues, managers)</translation>
    </message>
    <message>
        <source>van buitenaf (klanten, bezoekers, publiek)</source>
        <translation>from outside (customers, visitors, the public)</translation>
    </message>
    <message>
        <source>opvang</source>
        <translation>care</translation>
    </message>
    <message>
        <source>politie</source>
        <translation>police</translation>
    </message>
    <message>
        <source>maatregel</source>
        <translation>measure</translation>
    </message>
    <message>
        <source>binnen</source>
        <translation>within</translation>
    </message>
    <message>
        <source>van buitenaf</source>
        <translation>from outside</translation>
    </message>
    <message>
        <source>team niet gezegd</source>
        <translation>team not given</translation>
    </message>
    <message>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>gevolgd door: {0}</source>
        <translation>followed by: {0}</translation>
    </message>
    <message>
        <source>Vul de datum in: zonder datum kan de melding niet op tijd worden verwijderd.</source>
        <translation>Fill in the date: without a date the incident cannot be removed on time.</translation>
    </message>
    <message>
        <source>(niet gezegd)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>Niet opgeslagen: in de beschrijving staat {0}, de naam van iemand die in dit bestand voorkomt. Schrijf het op zonder namen, bijvoorbeeld &apos;een collega&apos; of &apos;een klant&apos;.</source>
        <translation>Not saved: the description contains {0}, the name of someone in this file. Write it down without names, for example &apos;a colleague&apos; or &apos;a customer&apos;.</translation>
    </message>
    <message>
        <source>Nog niet opgeslagen: {0} lijkt een naam. Schrijf het op zonder namen, bijvoorbeeld &apos;een collega&apos; of &apos;een klant&apos;. Is het geen naam van een persoon, kies dan &apos;Toch opslaan&apos;.</source>
        <translation>Not saved yet: {0} looks like a name. Write it down without names, for example &apos;a colleague&apos; or &apos;a customer&apos;. If it is not a person&apos;s name, choose &apos;Save this anyway&apos;.</translation>
    </message>
</context>
<context>
    <name>InlineProblems</name>
    <message>
        <source>Meldingen</source>
        <translation>Messages</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Nieuwe organisatie</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>Begin met de naam van uw organisatie en de teams of afdelingen. Werkt een team (deels) thuis of op wisselende plekken, vink dan &apos;hybride&apos; aan. Alles is later aan te vullen.</source>
        <translation>Start with the name of your organisation and its teams or departments. If a team works (partly) from home or at changing locations, tick &apos;Hybrid&apos;. You can add to all of this later.</translation>
    </message>
    <message>
        <source>Naam van de organisatie</source>
        <translation>Name of the organisation</translation>
    </message>
    <message>
        <source>&amp;Naam van de organisatie</source>
        <translation>&amp;Name of the organisation</translation>
    </message>
    <message>
        <source>Team of afdeling</source>
        <translation>Team or department</translation>
    </message>
    <message>
        <source>Medewerkers</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Hybride</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Nog een &amp;team</source>
        <translation>Another &amp;team</translation>
    </message>
    <message>
        <source>Wat wilt u met dit programma regelen?</source>
        <translation>What do you want to arrange with this program?</translation>
    </message>
    <message>
        <source>Start met &amp;bibliotheek…</source>
        <translation>Start with a &amp;library…</translation>
    </message>
    <message>
        <source>Optioneel: begin met de eigen bronnen en maatregelen uit een bibliotheekbestand dat u bij een andere klant hebt gemaakt (Bestand › Eigen bibliotheek).</source>
        <translation>Optional: start with the own sources and measures from a library file you made at another client (File › Own library).</translation>
    </message>
    <message>
        <source>&amp;Aanmaken</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bibliotheek kiezen</source>
        <translation>Choose a library</translation>
    </message>
    <message>
        <source>Bibliotheek (*.json)</source>
        <translation>Library (*.json)</translation>
    </message>
    <message>
        <source>Bibliotheek {0}: {1} eigen bronnen en {2} maatregelen gaan mee.</source>
        <translation>Library {0}: {1} own sources and {2} measures go along.</translation>
    </message>
    <message>
        <source>Rij {0}: vul het aantal medewerkers in als getal.</source>
        <translation>Row {0}: enter the number of employees in digits.</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <source>Overzicht van bronnen per team</source>
        <translation>Overview of sources per team</translation>
    </message>
    <message>
        <source>Beoordeling, eigen bronnen, onderzoek en conclusie</source>
        <translation>Rating, own sources, study and conclusion</translation>
    </message>
    <message>
        <source>&amp;Beoordeling</source>
        <translation>&amp;Assessment</translation>
    </message>
    <message>
        <source>&amp;Eigen bronnen</source>
        <translation>&amp;Own sources</translation>
    </message>
    <message>
        <source>Onder&amp;zoek</source>
        <translation>Stud&amp;y</translation>
    </message>
    <message>
        <source>Verdiepend onderzoek zonder vragenlijst: groepsgesprekken per team of een extern onderzoek.</source>
        <translation>In-depth study without a questionnaire: group conversations per team or an external study.</translation>
    </message>
    <message>
        <source>&amp;Conclusie</source>
        <translation>Concl&amp;usion</translation>
    </message>
    <message>
        <source>Meldingen</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Risico&apos;s op agressie</source>
        <translation>Risks of aggression</translation>
    </message>
    <message>
        <source>&amp;Overzicht: te hoog of te laag is rood, aandacht nodig oranje, in orde groen, – nog niet beoordeeld. * betekent: nog zonder onderbouwing. ⌂ = hybride team.</source>
        <translation>Over&amp;view: too high or too low is red, needs attention orange, fine green, – not yet rated. * means: no evidence yet. ⌂ = hybrid team.</translation>
    </message>
    <message>
        <source>Rest van dit team op &apos;in &amp;orde&apos;…</source>
        <translation>Set the rest of this tea&amp;m to &apos;fine&apos;…</translation>
    </message>
    <message>
        <source>Zet de bronnen die voor het gekozen team nog niet beoordeeld zijn in één keer op &apos;in orde&apos;, met de onderbouwing die u opgeeft.</source>
        <translation>Sets all sources not yet rated for the chosen team to &apos;fine&apos; in one go, with the evidence you give.</translation>
    </message>
    <message>
        <source>&amp;Vragenlijst…</source>
        <translation>&amp;Questionnaire…</translation>
    </message>
    <message>
        <source>Metingen met de anonieme vragenlijst: invullen, inlezen en de uitkomsten.</source>
        <translation>Measurements with the anonymous questionnaire: filling in, importing and the results.</translation>
    </message>
    <message>
        <source>Voor dit team is alles al beoordeeld.</source>
        <translation>Everything has already been rated for this team.</translation>
    </message>
    <message>
        <source>Voeg eerst bij Organisatie de teams toe.</source>
        <translation>First add the teams under Organisation.</translation>
    </message>
    <message>
        <source>{0} van de {1} teamvakjes zijn beoordeeld en onderbouwd.</source>
        <translation>{0} of the {1} team cells have been rated and backed by evidence.</translation>
    </message>
    <message>
        <source>geen meldingen</source>
        <translation>no incidents</translation>
    </message>
    <message>
        <source>1 melding</source>
        <translation>1 incident</translation>
    </message>
    <message>
        <source>{0} meldingen</source>
        <translation>{0} incidents</translation>
    </message>
    <message>
        <source>Het meldingenregister (tab Meldingen) heeft deze cyclus {0} van {1} voor {2}. U kunt het register als onderbouwing kiezen.</source>
        <translation>This cycle the incident register (tab Incidents) holds {0} of {1} for {2}. You can choose the register as the basis.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>werkdrukbron</source>
        <translation>job demand</translation>
    </message>
    <message>
        <source>energiebron</source>
        <translation>job resource</translation>
    </message>
    <message>
        <source>ondernemingsraad (OR)</source>
        <translation>works council</translation>
    </message>
    <message>
        <source>personeelsvertegenwoordiging (PVT)</source>
        <translation>staff representatives</translation>
    </message>
    <message>
        <source>personeelsvergadering</source>
        <translation>staff meeting</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>nog niet ingevuld</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <source>getoetst</source>
        <translation>reviewed</translation>
    </message>
    <message>
        <source>vrijgesteld van toetsing</source>
        <translation>exempt from review</translation>
    </message>
    <message>
        <source>niet getoetst</source>
        <translation>not reviewed</translation>
    </message>
    <message>
        <source>nieuw team of nieuwe afdeling</source>
        <translation>new team or department</translation>
    </message>
    <message>
        <source>hybride werken</source>
        <translation>hybrid work</translation>
    </message>
    <message>
        <source>reorganisatie</source>
        <translation>reorganisation</translation>
    </message>
    <message>
        <source>nieuw werk of nieuwe werkwijze</source>
        <translation>new work or a new way of working</translation>
    </message>
    <message>
        <source>andere verandering</source>
        <translation>other change</translation>
    </message>
    <message>
        <source>RI&amp;E</source>
        <translation>risk assessment (RI&amp;E)</translation>
    </message>
    <message>
        <source>medewerkersonderzoek (MTO)</source>
        <translation>staff survey</translation>
    </message>
    <message>
        <source>verdiepend onderzoek</source>
        <translation>in-depth study</translation>
    </message>
    <message>
        <source>ander document</source>
        <translation>other document</translation>
    </message>
    <message>
        <source>nog geen onderbouwing</source>
        <translation>no evidence yet</translation>
    </message>
    <message>
        <source>vragenlijst</source>
        <translation>questionnaire</translation>
    </message>
    <message>
        <source>groepsgesprek</source>
        <translation>group discussion</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>meldingenregister</source>
        <translation>incident register</translation>
    </message>
    <message>
        <source>nog niet beoordeeld</source>
        <translation>not yet assessed</translation>
    </message>
    <message>
        <source>in balans</source>
        <translation>in balance</translation>
    </message>
    <message>
        <source>let op</source>
        <translation>at risk</translation>
    </message>
    <message>
        <source>uit balans</source>
        <translation>out of balance</translation>
    </message>
    <message>
        <source>organisatie</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>individu</source>
        <translation>individual</translation>
    </message>
    <message>
        <source>gepland</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>bezig</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>uitgevoerd</source>
        <translation>done</translation>
    </message>
    <message>
        <source>vervallen</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>bijeenkomst</source>
        <translation>meeting</translation>
    </message>
    <message>
        <source>gesprek met leidinggevende</source>
        <translation>talk with manager</translation>
    </message>
    <message>
        <source>training</source>
        <translation>training</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>workshop</translation>
    </message>
    <message>
        <source>schriftelijk, met nagesprek</source>
        <translation>written, with follow-up talk</translation>
    </message>
    <message>
        <source>anders</source>
        <translation>other</translation>
    </message>
    <message>
        <source>medewerkers</source>
        <translation>employees</translation>
    </message>
    <message>
        <source>leidinggevenden</source>
        <translation>managers</translation>
    </message>
    <message>
        <source>iedereen</source>
        <translation>everyone</translation>
    </message>
    <message>
        <source>wat werkstress is</source>
        <translation>what work stress is</translation>
    </message>
    <message>
        <source>waar werkstress vandaan komt</source>
        <translation>where work stress comes from</translation>
    </message>
    <message>
        <source>wat de organisatie eraan doet</source>
        <translation>what the organisation does about it</translation>
    </message>
    <message>
        <source>wat team en medewerker zelf kunnen doen</source>
        <translation>what the team and employees can do themselves</translation>
    </message>
    <message>
        <source>signalen bij jezelf herkennen</source>
        <translation>recognising signals in yourself</translation>
    </message>
    <message>
        <source>signalen bij medewerkers herkennen (leidinggevenden)</source>
        <translation>recognising signals in employees (managers)</translation>
    </message>
    <message>
        <source>wat de gedragscode zegt</source>
        <translation>what the code of conduct says</translation>
    </message>
    <message>
        <source>wie de vertrouwenspersoon is en hoe je die bereikt</source>
        <translation>who the confidential adviser is and how to reach them</translation>
    </message>
    <message>
        <source>hoe je een voorval meldt en een klacht indient</source>
        <translation>how to report an incident and file a complaint</translation>
    </message>
    <message>
        <source>wat je doet tijdens en na agressie, en de opvang</source>
        <translation>what to do during and after aggression, and the aftercare</translation>
    </message>
    <message>
        <source>nog niet bekend</source>
        <translation>not yet known</translation>
    </message>
    <message>
        <source>werkt</source>
        <translation>effective</translation>
    </message>
    <message>
        <source>werkt deels</source>
        <translation>partly effective</translation>
    </message>
    <message>
        <source>werkt niet</source>
        <translation>not effective</translation>
    </message>
    <message>
        <source>groepsbijeenkomsten</source>
        <translation>group meetings</translation>
    </message>
    <message>
        <source>individuele gesprekken</source>
        <translation>individual talks</translation>
    </message>
    <message>
        <source>tweede meting met dezelfde bronnen</source>
        <translation>second measurement on the same sources</translation>
    </message>
    <message>
        <source>op het scherm</source>
        <translation>on screen</translation>
    </message>
    <message>
        <source>op papier</source>
        <translation>on paper</translation>
    </message>
    <message>
        <source>uit een bestand</source>
        <translation>from a file</translation>
    </message>
    <message>
        <source>een onafhankelijk persoon verzamelt en verwerkt de antwoorden</source>
        <translation>an independent person collects and enters the answers</translation>
    </message>
    <message>
        <source>een dichte bus; iemand anders dan de werkgever verwerkt de antwoorden</source>
        <translation>a sealed box; someone other than the employer enters the answers</translation>
    </message>
    <message>
        <source>de werkgever verwerkt de antwoorden zelf</source>
        <translation>the employer enters the answers</translation>
    </message>
    <message>
        <source>alleen werkdruk</source>
        <translation>werkdruk only</translation>
    </message>
    <message>
        <source>het hele PSA-beleid: werkdruk, ongewenst gedrag en agressie</source>
        <translation>the whole PSA policy: werkdruk, unwanted behaviour and aggression</translation>
    </message>
    <message>
        <source>werkdruk</source>
        <translation>work pressure</translation>
    </message>
    <message>
        <source>ongewenst gedrag binnen het bedrijf</source>
        <translation>unwanted behaviour within the organisation</translation>
    </message>
    <message>
        <source>agressie en geweld van buitenaf</source>
        <translation>aggression and violence from outside</translation>
    </message>
    <message>
        <source>alleen werken</source>
        <translation>working alone</translation>
    </message>
    <message>
        <source>&apos;s avonds of &apos;s nachts werken</source>
        <translation>working evenings or nights</translation>
    </message>
    <message>
        <source>geld, medicijnen of waardevolle spullen</source>
        <translation>money, medicines or valuable goods</translation>
    </message>
    <message>
        <source>zorg voor mensen die ziek, verward of overstuur zijn</source>
        <translation>care for people who are ill, confused or upset</translation>
    </message>
    <message>
        <source>wachttijden of nee moeten verkopen</source>
        <translation>waiting times or having to say no</translation>
    </message>
    <message>
        <source>niet aangesteld</source>
        <translation>not appointed</translation>
    </message>
    <message>
        <source>intern (een collega)</source>
        <translation>internal (a colleague)</translation>
    </message>
    <message>
        <source>extern (van buiten het bedrijf)</source>
        <translation>external (from outside the organisation)</translation>
    </message>
    <message>
        <source>pesten</source>
        <translation>bullying</translation>
    </message>
    <message>
        <source>intimidatie</source>
        <translation>intimidation</translation>
    </message>
    <message>
        <source>seksuele intimidatie</source>
        <translation>sexual harassment</translation>
    </message>
    <message>
        <source>discriminatie</source>
        <translation>discrimination</translation>
    </message>
    <message>
        <source>schelden of schreeuwen</source>
        <translation>swearing or shouting</translation>
    </message>
    <message>
        <source>bedreiging</source>
        <translation>threat</translation>
    </message>
    <message>
        <source>lichamelijk geweld</source>
        <translation>physical violence</translation>
    </message>
    <message>
        <source>licht</source>
        <translation>minor</translation>
    </message>
    <message>
        <source>ernstig</source>
        <translation>serious</translation>
    </message>
    <message>
        <source>zeer ernstig</source>
        <translation>severe</translation>
    </message>
    <message>
        <source>te hoog</source>
        <translation>too high</translation>
    </message>
    <message>
        <source>te laag</source>
        <translation>too low</translation>
    </message>
    <message>
        <source>in orde</source>
        <translation>fine</translation>
    </message>
    <message>
        <source>aandacht nodig</source>
        <translation>needs attention</translation>
    </message>
    <message>
        <source>{parts} en {last}</source>
        <translation>{parts} and {last}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Taal (Language)</source>
        <translation>&amp;Language (Taal)</translation>
    </message>
    <message>
        <source>Zoals het systeem</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>De nieuwe taal gaat in wanneer u WerkdrukDesk opnieuw start.</source>
        <translation>The new language takes effect when you restart WerkdrukDesk.</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Dit is geen bibliotheekbestand van WerkdrukDesk (er staat geen &quot;format&quot;: &quot;werkdrukdesk-library&quot; in).</source>
        <translation>This is not a WerkdrukDesk library file (it has no &quot;format&quot;: &quot;werkdrukdesk-library&quot;).</translation>
    </message>
    <message>
        <source>Het bibliotheekbestand mist een geldig formaatnummer.</source>
        <translation>The library file lacks a valid format number.</translation>
    </message>
    <message>
        <source>Dit bibliotheekbestand is gemaakt met een nieuwere versie van WerkdrukDesk (formaat {version}); installeer de nieuwste versie om het in te lezen.</source>
        <translation>This library file was made with a newer version of WerkdrukDesk (format {version}); install the newest version to read it.</translation>
    </message>
    <message>
        <source>de bron &apos;{name}&apos; komt meer dan eens voor</source>
        <translation>the source &apos;{name}&apos; occurs more than once</translation>
    </message>
    <message>
        <source>de vraagcode {key} komt meer dan eens voor</source>
        <translation>the question code {key} occurs more than once</translation>
    </message>
    <message>
        <source>Het bibliotheekbestand klopt niet: {problem}.</source>
        <translation>The library file is not right: {problem}.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is geen lijst</source>
        <translation>&apos;{field}&apos; is not a list</translation>
    </message>
    <message>
        <source>een onderdeel is geen object</source>
        <translation>a part is not an object</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; ontbreekt, is geen tekst of is te lang</source>
        <translation>&apos;{field}&apos; is missing, is not text or is too long</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is geen geldige waarde voor &apos;{field}&apos;</source>
        <translation>&apos;{value}&apos; is not a valid value for &apos;{field}&apos;</translation>
    </message>
    <message>
        <source>maatregel &apos;{title}&apos; noemt een bron zonder naam of code</source>
        <translation>measure &apos;{title}&apos; names a source without a name or code</translation>
    </message>
    <message>
        <source>De bron &apos;{source}&apos; uit de bibliotheek gebruikt de vraagcode {key}, maar die bestaat al in dit bestand. Er is niets ingelezen; geef de vraag in de bibliotheek een andere code.</source>
        <translation>The source &apos;{source}&apos; from the library uses the question code {key}, but that already exists in this file. Nothing was read in; give the question in the library a different code.</translation>
    </message>
    <message>
        <source>{file} is geen tekstbestand in UTF-8 en dus geen bibliotheek.</source>
        <translation>{file} is not a UTF-8 text file and so not a library.</translation>
    </message>
    <message>
        <source>{file} is geen leesbaar JSON-bestand (regel {line}, kolom {column}); een bibliotheek wordt gemaakt met &apos;werkdrukdesk library export&apos;.</source>
        <translation>{file} is not a readable JSON file (line {line}, column {column}); a library is made with &apos;werkdrukdesk library export&apos;.</translation>
    </message>
    <message>
        <source>{file} is geen bibliotheekbestand van WerkdrukDesk.</source>
        <translation>{file} is not a WerkdrukDesk library file.</translation>
    </message>
    <message>
        <source>De nieuwste cyclus is afgesloten; begin eerst een nieuwe cyclus om er maatregelen aan toe te voegen. Er is niets ingelezen.</source>
        <translation>The newest cycle is closed; start a new cycle first to add measures to it. Nothing was read in.</translation>
    </message>
    <message>
        <source>Ingelezen: {sources} eigen bronnen en {measures} maatregelen (gepland, nog zonder verantwoordelijke en datums).</source>
        <translation>Read in: {sources} own sources and {measures} measures (planned, still without a person responsible and dates).</translation>
    </message>
    <message>
        <source>Al aanwezig en overgeslagen: {names}.</source>
        <translation>Already present and skipped: {names}.</translation>
    </message>
    <message>
        <source>Maatregelen die al in de cyclus staan, overgeslagen: {titles}.</source>
        <translation>Measures already in the cycle, skipped: {titles}.</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Maatregel uit de bibliotheek</source>
        <translation>Measure from the library</translation>
    </message>
    <message>
        <source>Kies een voorbeeld. Het komt als nieuwe maatregel in uw plan, gekoppeld aan de knelpunten die erbij horen. Pas het daarna aan uw eigen bedrijf aan: wie, wanneer en hoe precies.</source>
        <translation>Choose an example. It is added to your plan as a new measure, linked to the problem areas it belongs to. Then adapt it to your own business: who, when and exactly how.</translation>
    </message>
    <message>
        <source>Voorbeeldmaatregelen</source>
        <translation>Example measures</translation>
    </message>
    <message>
        <source>Uitleg bij het gekozen voorbeeld</source>
        <translation>Explanation of the chosen example</translation>
    </message>
    <message>
        <source>woord in de titel of uitleg…</source>
        <translation>word in the title or explanation…</translation>
    </message>
    <message>
        <source>Alle niveaus</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Voor</source>
        <translation>&amp;For</translation>
    </message>
    <message>
        <source>&amp;Niveau</source>
        <translation>&amp;Level</translation>
    </message>
    <message>
        <source>Bronnen van de gekozen maatregel</source>
        <translation>Sources of the chosen measure</translation>
    </message>
    <message>
        <source>Knelpunten van deze cyclus</source>
        <translation>Problem areas in this cycle</translation>
    </message>
    <message>
        <source>Alle bronnen</source>
        <translation>All sources</translation>
    </message>
    <message>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Gekozen voorbeeld aan het plan toevoegen</source>
        <translation>Add the chosen example to the plan</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source> — wettelijk verplicht</source>
        <translation> — required by law</translation>
    </message>
    <message>
        <source> — staat al in uw plan</source>
        <translation> — already in your plan</translation>
    </message>
    <message>
        <source>{0} voorbeelden</source>
        <translation>{0} examples</translation>
    </message>
    <message>
        <source>Geen voorbeeld gevonden. Kies &apos;Alle bronnen&apos; of zoek op een ander woord.</source>
        <translation>No example found. Choose &apos;All sources&apos; or search for another word.</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Part of the policy</translation>
    </message>
    <message>
        <source>Wettelijk verplicht</source>
        <translation>Required by law</translation>
    </message>
    <message>
        <source>Dit is geen keuze maar een minimum; wat u verder doet, komt erbovenop.</source>
        <translation>This is not a choice but a minimum; whatever else you do comes on top of it.</translation>
    </message>
    <message>
        <source>nog geen knelpunt uit deze cyclus; kies dat daarna zelf bij de maatregel.</source>
        <translation>no problem area from this cycle yet; choose one yourself in the measure afterwards.</translation>
    </message>
    <message>
        <source>Eigen bibliotheek</source>
        <translation>Own library</translation>
    </message>
    <message>
        <source>Neem uw eigen bronnen (met hun vragen) en maatregelen mee naar een andere klant. In het bestand komen alleen titels, omschrijvingen, niveau, beoogd resultaat, hoe het effect wordt beoordeeld en de bronnen waar een maatregel op is gericht: geen namen van mensen, geen datums, geen status en geen teams.</source>
        <translation>Take your own sources (with their questions) and measures along to another client. The file holds only titles, descriptions, level, intended result, how the effect will be judged and the sources a measure aims at: no names of people, no dates, no status and no teams.</translation>
    </message>
    <message>
        <source>Maatregelen van deze cyclus die meegaan:</source>
        <translation>Measures of this cycle that go along:</translation>
    </message>
    <message>
        <source>Maatregelen die meegaan</source>
        <translation>Measures that go along</translation>
    </message>
    <message>
        <source>&amp;Exporteren…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Inlezen…</source>
        <translation>&amp;Read in…</translation>
    </message>
    <message>
        <source>Eigen bronnen die meegaan: {0}</source>
        <translation>Own sources that go along: {0}</translation>
    </message>
    <message>
        <source>Dit bestand heeft geen eigen bronnen; alleen maatregelen gaan mee.</source>
        <translation>This file has no own sources; only measures go along.</translation>
    </message>
    <message>
        <source>Bibliotheek opslaan</source>
        <translation>Save library</translation>
    </message>
    <message>
        <source>bibliotheek</source>
        <translation>library</translation>
    </message>
    <message>
        <source>Bibliotheek (*.json)</source>
        <translation>Library (*.json)</translation>
    </message>
    <message>
        <source>Bibliotheek geschreven naar {0}</source>
        <translation>Library written to {0}</translation>
    </message>
    <message>
        <source>Bibliotheek inlezen</source>
        <translation>Read in a library</translation>
    </message>
    <message>
        <source>bibliotheek &apos;{0}&apos; ingelezen</source>
        <translation>library &apos;{0}&apos; read in</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Stappen van de cyclus</source>
        <translation>Steps of the cycle</translation>
    </message>
    <message>
        <source>Getoonde cyclus</source>
        <translation>Cycle shown</translation>
    </message>
    <message>
        <source>← Vorige</source>
        <translation>← Previous</translation>
    </message>
    <message>
        <source>Volgende →</source>
        <translation>Next →</translation>
    </message>
    <message>
        <source>Vorige stap (Alt+pijl links)</source>
        <translation>Previous step (Alt+Left arrow)</translation>
    </message>
    <message>
        <source>Volgende stap (Alt+pijl rechts)</source>
        <translation>Next step (Alt+Right arrow)</translation>
    </message>
    <message>
        <source>Vorige stap</source>
        <translation>Previous step</translation>
    </message>
    <message>
        <source>Volgende stap</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Bestand openen…</source>
        <translation>Opening file…</translation>
    </message>
    <message>
        <source>Wilt u het nu alleen bekijken?</source>
        <translation>Would you like to just view it (read-only) for now?</translation>
    </message>
    <message>
        <source> (alleen lezen)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <source> (afgesloten, alleen bekijken)</source>
        <translation> (closed, view only)</translation>
    </message>
    <message>
        <source>Cyclus {0} van {1}{2}</source>
        <translation>Cycle {0} of {1}{2}</translation>
    </message>
</context>
<context>
    <name>MeasureEditor</name>
    <message>
        <source>Kies links een maatregel om die te bekijken of aan te passen, of maak een nieuwe maatregel.</source>
        <translation>Choose a measure on the left to view or change it, or create a new measure.</translation>
    </message>
    <message>
        <source>↻ Overgenomen uit de vorige cyclus, omdat hij nog open stond.</source>
        <translation>↻ Carried over from the previous cycle because it was still open.</translation>
    </message>
    <message>
        <source>Gegevens van de maatregel</source>
        <translation>Measure details</translation>
    </message>
    <message>
        <source>Wat en waarvoor</source>
        <translation>What and what for</translation>
    </message>
    <message>
        <source>&amp;Maatregel</source>
        <translation>&amp;Measure</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Begin bij maatregelen voor de hele organisatie, dan per team, dan voor individuele medewerkers.</source>
        <translation>Start with measures for the whole organisation, then per team, then for individual employees.</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Knelpunten</source>
        <translation>Problem areas</translation>
    </message>
    <message>
        <source>Doel en beoordeling</source>
        <translation>Purpose and judgement</translation>
    </message>
    <message>
        <source>Een bestaande maatregel staat in het plan bij de bronnen en teams waar hij al helpt, maar telt niet als iets wat het plan toevoegt.</source>
        <translation>An existing measure is listed in the plan with the sources and teams it already helps, but does not count as something the plan adds.</translation>
    </message>
    <message>
        <source>Bestaat al</source>
        <translation>Already exists</translation>
    </message>
    <message>
        <source>Bestaat al: was er al voor dit plan van aanpa&amp;k</source>
        <translation>Already exists: in place before this action plan (&amp;k)</translation>
    </message>
    <message>
        <source>Beoogd result&amp;aat</source>
        <translation>Intended result (&amp;a)</translation>
    </message>
    <message>
        <source>Zo beoordelen we het effect</source>
        <translation>How the effect will be judged</translation>
    </message>
    <message>
        <source>Beoordelen op</source>
        <translation>Judge on</translation>
    </message>
    <message>
        <source>Wie en wanneer</source>
        <translation>Who and when</translation>
    </message>
    <message>
        <source>Ve&amp;rantwoordelijk</source>
        <translation>Respons&amp;ible</translation>
    </message>
    <message>
        <source>Voert uit</source>
        <translation>Carried out by</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>&amp;Uiterste datum</source>
        <translation>D&amp;eadline</translation>
    </message>
    <message>
        <source>Budget en middelen</source>
        <translation>Budget and means</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Uitgevoerd op</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>Betrokkenheid en samenhang</source>
        <translation>Involvement and coherence</translation>
    </message>
    <message>
        <source>Zo zijn medewerkers betrokken</source>
        <translation>How employees are involved</translation>
    </message>
    <message>
        <source>Zo is de OR of PVT betrokken</source>
        <translation>How the works council or staff representatives are involved</translation>
    </message>
    <message>
        <source>Samenhang met andere maatregelen</source>
        <translation>Coherence with other measures</translation>
    </message>
    <message>
        <source>Hangt samen met</source>
        <translation>Related to</translation>
    </message>
</context>
<context>
    <name>MeasureEvaluations</name>
    <message>
        <source>Evaluatie per maatregel</source>
        <translation>Evaluation per measure</translation>
    </message>
    <message>
        <source>Per maatregel: werkt hij, hoe is dat vastgesteld en wat gebeurt er nu mee. De nummers zijn dezelfde als in het plan van aanpak. Een uitgevoerde maatregel waarvan nog niet is vastgesteld of hij werkt, staat in rood.</source>
        <translation>For each measure: does it work, how was that assessed, and what happens with it now. The numbers are the same as in the action plan. A measure that was carried out but not yet assessed for whether it works is shown in red.</translation>
    </message>
    <message>
        <source>Er zijn in deze cyclus nog geen maatregelen vastgelegd, dus ook nog niets te evalueren.</source>
        <translation>No measures have been recorded in this cycle yet, so there is nothing to evaluate yet.</translation>
    </message>
    <message>
        <source>Omdat er in deze cyclus geen risico op werkstress is gevonden, zijn er geen maatregelen om te evalueren.</source>
        <translation>Because no risk of work stress was found in this cycle, there are no measures to evaluate.</translation>
    </message>
    <message>
        <source>Op dit niveau zijn in deze cyclus geen maatregelen vastgelegd.</source>
        <translation>No measures have been recorded at this level in this cycle.</translation>
    </message>
    <message>
        <source>Werkt de maatregel?</source>
        <translation>Does the measure work?</translation>
    </message>
    <message>
        <source>Hoe vastgesteld</source>
        <translation>How assessed</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Volgende stappen</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Datum evaluatie</source>
        <translation>Date of evaluation</translation>
    </message>
    <message>
        <source>nog niet geëvalueerd</source>
        <translation>not evaluated yet</translation>
    </message>
    <message>
        <source>De maatregel is uitgevoerd, maar er is nog niet vastgesteld of hij werkt.</source>
        <translation>The measure has been carried out, but whether it works has not been assessed yet.</translation>
    </message>
    <message>
        <source>nog niet geëvalueerd; de maatregel loopt nog</source>
        <translation>not evaluated yet; the measure is still running</translation>
    </message>
    <message>
        <source>Nog niet te evalueren: deze maatregelen lopen nog</source>
        <translation>Not ready to evaluate: these measures are still running</translation>
    </message>
    <message>
        <source>niet geëvalueerd; de maatregel is vervallen</source>
        <translation>not evaluated; the measure was cancelled</translation>
    </message>
</context>
<context>
    <name>MeasureEvaluationsBox</name>
    <message>
        <source>Werkten de maatregelen?</source>
        <translation>Did the measures work?</translation>
    </message>
    <message>
        <source>Stand van de evaluatie van maatregelen</source>
        <translation>Progress of the measure evaluation</translation>
    </message>
    <message>
        <source>Maatregel</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effect</translation>
    </message>
    <message>
        <source>Evaluatie</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Maatregelen van deze cyclus</source>
        <translation>Measures in this cycle</translation>
    </message>
    <message>
        <source>Beoogd resultaat en beoordeling</source>
        <translation>Intended result and judgement</translation>
    </message>
    <message>
        <source>&amp;Effect</source>
        <translation>&amp;Effect</translation>
    </message>
    <message>
        <source>&amp;Hoe vastgesteld</source>
        <translation>&amp;How determined</translation>
    </message>
    <message>
        <source>&amp;Uitkomst</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <source>Volgende &amp;stappen</source>
        <translation>Next s&amp;teps</translation>
    </message>
    <message>
        <source>&amp;Datum evaluatie</source>
        <translation>&amp;Date of evaluation</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: besproken in het teamoverleg, of uit de tweede meting</source>
        <translation>For example: discussed in the team meeting, or from the second measurement</translation>
    </message>
    <message>
        <source>nog evalueren</source>
        <translation>to evaluate</translation>
    </message>
    <message>
        <source>geëvalueerd</source>
        <translation>evaluated</translation>
    </message>
    <message>
        <source>Deze cyclus heeft nog geen maatregelen. Leg ze vast bij &apos;Plan van aanpak&apos;.</source>
        <translation>This cycle has no measures yet. Record them under &apos;Action plan&apos;.</translation>
    </message>
    <message>
        <source>1 uitgevoerde maatregel is nog niet geëvalueerd; die staat gemarkeerd met &apos;nog evalueren&apos;.</source>
        <translation>1 completed measure has not been evaluated yet; it is marked &apos;to evaluate&apos;.</translation>
    </message>
    <message>
        <source>{0} uitgevoerde maatregelen zijn nog niet geëvalueerd; ze staan gemarkeerd met &apos;nog evalueren&apos;.</source>
        <translation>{0} completed measures have not been evaluated yet; they are marked &apos;to evaluate&apos;.</translation>
    </message>
    <message>
        <source>Alle uitgevoerde maatregelen zijn geëvalueerd.</source>
        <translation>All completed measures have been evaluated.</translation>
    </message>
    <message>
        <source>Kies een maatregel in de lijst.</source>
        <translation>Choose a measure in the list.</translation>
    </message>
    <message>
        <source>Beoogd resultaat: {0}</source>
        <translation>Intended result: {0}</translation>
    </message>
    <message>
        <source>Beoogd resultaat: niet vastgelegd in het plan van aanpak.</source>
        <translation>Intended result: not recorded in the action plan.</translation>
    </message>
    <message>
        <source>Afgesproken beoordeling: {0}</source>
        <translation>Agreed judgement: {0}</translation>
    </message>
    <message>
        <source>Deze maatregel bestond al voor het plan van aanpak.</source>
        <translation>This measure existed before the action plan.</translation>
    </message>
</context>
<context>
    <name>MeasureTableModel</name>
    <message>
        <source>Maatregel</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Teams/bronnen</source>
        <translation>Teams/sources</translation>
    </message>
    <message>
        <source>Verantwoordelijk</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Wat de maatregel is; ↻ betekent overgenomen uit de vorige cyclus</source>
        <translation>What the measure is; ↻ means carried over from the previous cycle</translation>
    </message>
    <message>
        <source>Organisatie, team of individu</source>
        <translation>Organisation, team or individual</translation>
    </message>
    <message>
        <source>Welke bronnen in welke teams de maatregel aanpakt</source>
        <translation>Which sources in which teams the measure addresses</translation>
    </message>
    <message>
        <source>Wie ervoor zorgt dat de maatregel wordt uitgevoerd</source>
        <translation>Who makes sure the measure is carried out</translation>
    </message>
    <message>
        <source>Uiterste datum (dd-mm-jjjj)</source>
        <translation>Deadline (dd-mm-yyyy)</translation>
    </message>
    <message>
        <source>Stand van zaken; &apos;te laat&apos; als de uiterste datum voorbij is</source>
        <translation>Current state; &apos;overdue&apos; once the deadline has passed</translation>
    </message>
    <message>
        <source>bestaat al</source>
        <translation>already exists</translation>
    </message>
    <message>
        <source>{0}, te laat</source>
        <translation>{0}, overdue</translation>
    </message>
    <message>
        <source>Overgenomen uit de vorige cyclus.</source>
        <translation>Carried over from the previous cycle.</translation>
    </message>
</context>
<context>
    <name>OpenDocument</name>
    <message>
        <source>1 melding is uit het meldingenregister verwijderd, omdat de bewaartermijn voorbij is.</source>
        <translation>1 incident was removed from the incident register because its retention period has ended.</translation>
    </message>
    <message>
        <source>{0} meldingen zijn uit het meldingenregister verwijderd, omdat de bewaartermijn voorbij is.</source>
        <translation>{0} incidents were removed from the incident register because their retention period has ended.</translation>
    </message>
    <message>
        <source>Dit bestand is alleen om te lezen geopend.</source>
        <translation>This file has been opened read-only.</translation>
    </message>
    <message>
        <source>Deze cyclus is afgesloten; u kunt hem alleen bekijken.</source>
        <translation>This cycle is closed; you can only view it.</translation>
    </message>
    <message>
        <source>Hele organisatie</source>
        <translation>Whole organisation</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden gelezen: {0}.</source>
        <translation>The file could not be read: {0}.</translation>
    </message>
    <message>
        <source>wat het beleid omvat</source>
        <translation>what the policy covers</translation>
    </message>
    <message>
        <source>nieuwe cyclus gestart</source>
        <translation>new cycle started</translation>
    </message>
    <message>
        <source>Dit kan niet worden opgeslagen: het botst met wat er al staat.</source>
        <translation>This cannot be saved: it conflicts with what is already there.</translation>
    </message>
    <message>
        <source>Opslaan is mislukt: {0}. Wat eerder was opgeslagen, staat veilig in het bestand.</source>
        <translation>Saving failed: {0}. What was saved before is safe in the file.</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Gedragscode en opvang</source>
        <translation>&amp;Code of conduct and care</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;KvK-nummer</source>
        <translation>Chamber of Commerce (&amp;KvK) number</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <source>niet ingevuld</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <source>&amp;Medewerkers in totaal</source>
        <translation>Total number of &amp;employees</translation>
    </message>
    <message>
        <source>Alle betaalde uren van alle medewerkers samen, per week.</source>
        <translation>All paid hours of all employees together, per week.</translation>
    </message>
    <message>
        <source>Betaalde &amp;uren per week</source>
        <translation>Paid &amp;hours per week</translation>
    </message>
    <message>
        <source>Arbozorg en medezeggenschap</source>
        <translation>Health and safety and employee participation</translation>
    </message>
    <message>
        <source>&amp;Preventiemedewerker</source>
        <translation>&amp;Prevention officer</translation>
    </message>
    <message>
        <source>Zo bereiken medewerkers hem of haar</source>
        <translation>How employees can reach them</translation>
    </message>
    <message>
        <source>&amp;Medezeggenschap</source>
        <translation>Employee pa&amp;rticipation</translation>
    </message>
    <message>
        <source>Contact OR/PVT</source>
        <translation>Works council/staff representatives contact</translation>
    </message>
    <message>
        <source>&amp;Arbodienst</source>
        <translation>&amp;Occupational health service</translation>
    </message>
    <message>
        <source>&amp;Bedrijfsarts</source>
        <translation>Company doc&amp;tor</translation>
    </message>
    <message>
        <source>Psychosociale arbeidsbelasting (PSA)</source>
        <translation>Psychosocial workload (PSA)</translation>
    </message>
    <message>
        <source>Alleen werkdruk</source>
        <translation>Werkdruk only</translation>
    </message>
    <message>
        <source>Wilt u dit bestand beperken tot werkdruk?

Ongewenst gedrag en agressie verdwijnen dan uit beeld: hun bronnen worden gearchiveerd en de tab &apos;Gedragscode en opvang&apos; verdwijnt. Er wordt niets gewist. Wat u al heeft ingevuld, blijft in het bestand en komt terug als u later weer het hele PSA-beleid kiest.</source>
        <translation>Do you want to limit this file to werkdruk?

Unwanted behaviour and aggression then go out of view: their sources are archived and the tab &apos;Code of conduct and care&apos; disappears. Nothing is deleted. What you have filled in stays in the file and comes back when you choose the whole PSA policy again later.</translation>
    </message>
    <message>
        <source>RI&amp;&amp;E</source>
        <translation>Risk assessment (RI&amp;&amp;E)</translation>
    </message>
    <message>
        <source>Datum van de RI&amp;&amp;E</source>
        <translation>Date of the risk assessment (RI&amp;&amp;E)</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Erkend branche-instrument</source>
        <translation>Recognised sector tool</translation>
    </message>
    <message>
        <source>De RI&amp;&amp;E behandelt werkdruk</source>
        <translation>The RI&amp;&amp;E covers work pressure</translation>
    </message>
    <message>
        <source>Waar staat werkdruk</source>
        <translation>Where work pressure is covered</translation>
    </message>
    <message>
        <source>hoofdstuk of bladzijde</source>
        <translation>chapter or page</translation>
    </message>
    <message>
        <source>Waar in de RI&amp;E, of in het verdiepend onderzoek waar die naar verwijst, werkdruk aan bod komt.</source>
        <translation>Where in the RI&amp;E, or in the in-depth study it refers to, work pressure is covered.</translation>
    </message>
    <message>
        <source>Datum van het werkdrukdeel</source>
        <translation>Date of the work pressure part</translation>
    </message>
    <message>
        <source>De RI&amp;&amp;E behandelt ongewenst gedrag in de organisatie</source>
        <translation>The RI&amp;&amp;E covers unwanted behaviour within the organisation</translation>
    </message>
    <message>
        <source>Intimidatie, seksuele intimidatie, pesten en discriminatie.</source>
        <translation>Intimidation, sexual harassment, bullying and discrimination.</translation>
    </message>
    <message>
        <source>De RI&amp;&amp;E behandelt agressie en geweld van buiten</source>
        <translation>The RI&amp;&amp;E covers aggression and violence from outside</translation>
    </message>
    <message>
        <source>Door klanten, patiënten of andere derden.</source>
        <translation>By customers, patients or other third parties.</translation>
    </message>
    <message>
        <source>&amp;Toetsing</source>
        <translation>Re&amp;view</translation>
    </message>
    <message>
        <source>Getoetst op</source>
        <translation>Reviewed on</translation>
    </message>
    <message>
        <source>Getoetst door</source>
        <translation>Reviewed by</translation>
    </message>
    <message>
        <source>Reden van vrijstelling</source>
        <translation>Reason for exemption</translation>
    </message>
    <message>
        <source>Arbo&amp;catalogus</source>
        <translation>Arbocata&amp;logus</translation>
    </message>
    <message>
        <source>Aantekeningen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Uw organisatie lijkt vrijgesteld van toetsing; kies dan &apos;vrijgesteld&apos; en schrijf de reden op.</source>
        <translation>Your organisation appears to be exempt from review; if so, choose &apos;exempt from review&apos; and write down the reason.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Hoe ver bent u?</source>
        <translation>How far along are you?</translation>
    </message>
    <message>
        <source>%p% op orde</source>
        <translation>%p% in order</translation>
    </message>
    <message>
        <source>Nog nodig bij {0}</source>
        <translation>Still needed for {0}</translation>
    </message>
    <message>
        <source>Termijnen</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Over de termijn: {0} (uiterlijk {1}, {2})</source>
        <translation>Overdue: {0} (deadline {1}, {2})</translation>
    </message>
    <message>
        <source>niemand aangewezen</source>
        <translation>nobody assigned</translation>
    </message>
    <message>
        <source>Binnen 30 dagen: {0} (uiterlijk {1})</source>
        <translation>Within 30 days: {0} (deadline {1})</translation>
    </message>
    <message>
        <source>Geen maatregelen over de termijn of binnen 30 dagen.</source>
        <translation>No measures overdue or due within 30 days.</translation>
    </message>
</context>
<context>
    <name>OwnSourcesBox</name>
    <message>
        <source>Speelt er iets dat niet in de lijst staat? Voeg het toe als eigen bron. Het komt dan als regel in het overzicht.</source>
        <translation>Is something going on that is not in the list? Add it as an own source. It then appears as a row in the overview.</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Soort</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Uitleg</source>
        <translation>&amp;Explanation</translation>
    </message>
    <message>
        <source>Eigen bron &amp;toevoegen</source>
        <translation>Add own &amp;source</translation>
    </message>
    <message>
        <source>&amp;Vastgelegde eigen bronnen</source>
        <translation>Recor&amp;ded own sources</translation>
    </message>
    <message>
        <source>Eigen bronnen</source>
        <translation>Own sources</translation>
    </message>
    <message>
        <source>&amp;Archiveren</source>
        <translation>Arc&amp;hive</translation>
    </message>
    <message>
        <source> – gearchiveerd</source>
        <translation> – archived</translation>
    </message>
    <message>
        <source>Terug&amp;halen</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>gearchiveerd</source>
        <translation>archived</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Uw organisatie heeft een OR of PVT; die moet instemmen met het plan van aanpak. Leg vast wie heeft ingestemd en wanneer.</source>
        <translation>Your organisation has a works council or staff representatives; they must consent to the action plan. Record who consented and when.</translation>
    </message>
    <message>
        <source>Vul de datum van de instemming in.</source>
        <translation>Fill in the date of consent.</translation>
    </message>
    <message>
        <source>Kies wie met het plan heeft ingestemd.</source>
        <translation>Choose who consented to the plan.</translation>
    </message>
    <message>
        <source>Vul de datum in waarop de medewerkers zijn geraadpleegd.</source>
        <translation>Enter the date on which the employees were consulted.</translation>
    </message>
    <message>
        <source>Een datum van instemming of ondertekening ligt in de toekomst.</source>
        <translation>A date of consent or signing is in the future.</translation>
    </message>
    <message>
        <source>Vul in wie het plan namens de werkgever heeft ondertekend.</source>
        <translation>Fill in who signed the plan for the employer.</translation>
    </message>
</context>
<context>
    <name>PlanChecksPanel</name>
    <message>
        <source>Ontbreekt</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Let op</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>In orde</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Controle van het plan</source>
        <translation>Plan check</translation>
    </message>
    <message>
        <source>Controle van het &amp;plan</source>
        <translation>&amp;Plan check</translation>
    </message>
    <message>
        <source>T&amp;oon wat in orde is</source>
        <translation>Sho&amp;w what is fine</translation>
    </message>
    <message>
        <source>Ook de controles tonen die in orde zijn</source>
        <translation>Also show the checks that are fine</translation>
    </message>
    <message>
        <source>Alles is in orde: het plan doorstaat alle {0} controles.</source>
        <translation>Everything is fine: the plan passes all {0} checks.</translation>
    </message>
    <message>
        <source>✗ {0} om op te lossen</source>
        <translation>✗ {0} to resolve</translation>
    </message>
    <message>
        <source>! {0} om op te letten</source>
        <translation>! {0} to watch</translation>
    </message>
    <message>
        <source>✓ {0} in orde</source>
        <translation>✓ {0} fine</translation>
    </message>
    <message>
        <source>Klik (of druk op Enter) om deze maatregel te openen.</source>
        <translation>Click (or press Enter) to open this measure.</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Maatregel</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Bronnen en teams</source>
        <translation>Sources and teams</translation>
    </message>
    <message>
        <source>Verantwoordelijk</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Uitvoerder</source>
        <translation>Carried out by</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Te laat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>onbekend team</source>
        <translation>unknown team</translation>
    </message>
    <message>
        <source>onbekende bron</source>
        <translation>unknown source</translation>
    </message>
    <message>
        <source>Hele organisatie</source>
        <translation>Whole organisation</translation>
    </message>
    <message>
        <source>Plan van aanpak</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>niemand aangewezen</source>
        <translation>nobody assigned</translation>
    </message>
    <message>
        <source>Verantwoordelijk: {name}</source>
        <translation>Responsible: {name}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>De termijn is verstreken.</source>
        <translation>The deadline has passed.</translation>
    </message>
    <message>
        <source>Termijn: {measure}</source>
        <translation>Deadline: {measure}</translation>
    </message>
    <message>
        <source>Plan van aanpak werkdruk – {organisation} – cyclus {number}</source>
        <translation>Work pressure action plan – {organisation} – cycle {number}</translation>
    </message>
    <message>
        <source>geen extensie</source>
        <translation>no extension</translation>
    </message>
    <message>
        <source>Kies een uitvoerbestand dat eindigt op .csv, .xlsx of .ics, niet &apos;{suffix}&apos;.</source>
        <translation>Choose an output file ending in .csv, .xlsx or .ics, not &apos;{suffix}&apos;.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Onderdelen van het plan van aanpak</source>
        <translation>Parts of the action plan</translation>
    </message>
    <message>
        <source>Maatre&amp;gelen</source>
        <translation>Me&amp;asures</translation>
    </message>
    <message>
        <source>Instemming en samen&amp;hang</source>
        <translation>Consent and c&amp;oherence</translation>
    </message>
    <message>
        <source>Deze cyclus is afgesloten; u kunt hem alleen bekijken.</source>
        <translation>This cycle is closed; you can only view it.</translation>
    </message>
    <message>
        <source>&amp;Nieuwe maatregel</source>
        <translation>&amp;New measure</translation>
    </message>
    <message>
        <source>Uit &amp;de bibliotheek…</source>
        <translation>From the li&amp;brary…</translation>
    </message>
    <message>
        <source>Kies een voorbeeldmaatregel en pas die aan</source>
        <translation>Choose an example measure and adapt it</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Gekozen maatregel verwijderen</source>
        <translation>Delete the chosen measure</translation>
    </message>
    <message>
        <source>Rood met &apos;te laat&apos;: de uiterste datum is voorbij. ↻: overgenomen uit de vorige cyclus.</source>
        <translation>Red with &apos;overdue&apos;: the deadline has passed. ↻: carried over from the previous cycle.</translation>
    </message>
    <message>
        <source>Maatregelen van deze cyclus</source>
        <translation>Measures in this cycle</translation>
    </message>
    <message>
        <source>Nog geen maatregelen. Kies &apos;Nieuwe maatregel&apos; om te beginnen.</source>
        <translation>No measures yet. Choose &apos;New measure&apos; to begin.</translation>
    </message>
    <message>
        <source>{0} van {1} maatregelen getoond</source>
        <translation>{0} of {1} measures shown</translation>
    </message>
    <message>
        <source>; {0} te laat</source>
        <translation>; {0} overdue</translation>
    </message>
    <message>
        <source>Hele organisatie</source>
        <translation>Whole organisation</translation>
    </message>
    <message>
        <source>{0} · {1} bronnen</source>
        <translation>{0} · {1} sources</translation>
    </message>
    <message>
        <source>Nieuwe maatregel</source>
        <translation>New measure</translation>
    </message>
</context>
<context>
    <name>PlanReview</name>
    <message>
        <source>Maatregel &apos;{measure}&apos;: schrijf op hoe medewerkers hebben meegedacht.</source>
        <translation>Measure &apos;{measure}&apos;: write down how staff helped think about it.</translation>
    </message>
    <message>
        <source>Maatregel &apos;{measure}&apos; is te laat (uiterste datum {deadline}).</source>
        <translation>Measure &apos;{measure}&apos; is late (deadline {deadline}).</translation>
    </message>
    <message>
        <source>Maatregel &apos;{measure}&apos;: vul in wie verantwoordelijk is en wat de uiterste datum is.</source>
        <translation>Measure &apos;{measure}&apos;: fill in who is responsible and what the deadline is.</translation>
    </message>
    <message>
        <source>Maatregel &apos;{measure}&apos;: vul in wie verantwoordelijk is.</source>
        <translation>Measure &apos;{measure}&apos;: fill in who is responsible.</translation>
    </message>
    <message>
        <source>Maatregel &apos;{measure}&apos;: vul in wat de uiterste datum is.</source>
        <translation>Measure &apos;{measure}&apos;: fill in what the deadline is.</translation>
    </message>
</context>
<context>
    <name>Portfolio</name>
    <message>
        <source>{organisation}: {measure}</source>
        <translation>{organisation}: {measure}</translation>
    </message>
    <message>
        <source>Termijnen van alle klanten (werkdruk)</source>
        <translation>Deadlines of all clients (work pressure)</translation>
    </message>
    <message>
        <source>geopend op een andere computer</source>
        <translation>open on another computer</translation>
    </message>
    <message>
        <source>alleen-lezen</source>
        <translation>read-only</translation>
    </message>
    <message>
        <source>oudere versie</source>
        <translation>older version</translation>
    </message>
    <message>
        <source>nieuwere versie</source>
        <translation>newer version</translation>
    </message>
    <message>
        <source>beschadigd</source>
        <translation>damaged</translation>
    </message>
    <message>
        <source>in orde</source>
        <translation>fine</translation>
    </message>
    <message>
        <source>geopend op computer {computer}</source>
        <translation>open on computer {computer}</translation>
    </message>
    <message>
        <source>De map {folder} bestaat niet.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>De map {folder} kan niet worden gelezen ({reason}).</source>
        <translation>The folder {folder} cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>{file} is gemaakt met een nieuwere versie van WerkdrukDesk; installeer die om het te openen.</source>
        <translation>{file} was made with a newer version of WerkdrukDesk; install that version to open it.</translation>
    </message>
</context>
<context>
    <name>PortfolioDialog</name>
    <message>
        <source>Portefeuille</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Cyclus</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Open punten</source>
        <translation>Open points</translation>
    </message>
    <message>
        <source>Te laat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Volgende termijn</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>Gewijzigd</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Staat</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Map &amp;toevoegen…</source>
        <translation>&amp;Add folder…</translation>
    </message>
    <message>
        <source>&amp;Vernieuwen</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Alle .werkdruk-bestanden in de gekozen mappen (niet in mappen daaronder). Hier wordt niets gewijzigd; dubbelklik op een rij om het bestand te openen.</source>
        <translation>Every .werkdruk file in the chosen folders (not in folders below them). Nothing is changed here; double-click a row to open the file.</translation>
    </message>
    <message>
        <source>Map met klantbestanden kiezen</source>
        <translation>Choose a folder with client files</translation>
    </message>
    <message>
        <source>Nog geen map gekozen.</source>
        <translation>No folder chosen yet.</translation>
    </message>
    <message>
        <source>Mappen: {folders}</source>
        <translation>Folders: {folders}</translation>
    </message>
</context>
<context>
    <name>PortfolioReport</name>
    <message>
        <source>Portefeuille</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>{count} klantbestanden</source>
        <translation>{count} client files</translation>
    </message>
    <message>
        <source>meest dringend eerst</source>
        <translation>most urgent first</translation>
    </message>
    <message>
        <source>Alle klantbestanden in de gekozen mappen, de meest dringende eerst: de meeste maatregelen over hun termijn, dan de meeste open punten van &apos;Klaar voor de inspectie?&apos;, dan de eerstvolgende termijn. Stand op {date}.</source>
        <translation>Every client file in the chosen folders, the most urgent first: the most measures past their term, then the most open points of &apos;Ready for the inspection?&apos;, then the nearest deadline. As of {date}.</translation>
    </message>
    <message>
        <source>Geen leesbare klantbestanden.</source>
        <translation>No readable client files.</translation>
    </message>
    <message>
        <source>Niet gelezen</source>
        <translation>Not read</translation>
    </message>
    <message>
        <source>Deze bestanden konden niet worden gelezen; open ze zelf of vraag de klant om een nieuwe kopie.</source>
        <translation>These files could not be read; open them yourself or ask the client for a new copy.</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Staat</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Organisatie en bestand</source>
        <translation>Organisation and file</translation>
    </message>
    <message>
        <source>Cyclus</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Open punten</source>
        <translation>Open points</translation>
    </message>
    <message>
        <source>Te laat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Volgende termijn</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>Gewijzigd</source>
        <translation>Changed</translation>
    </message>
</context>
<context>
    <name>PrintBox</name>
    <message>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Welk document</source>
        <translation>Which document</translation>
    </message>
    <message>
        <source>Voor welke voorlichting</source>
        <translation>For which information session</translation>
    </message>
    <message>
        <source>Taal van het document</source>
        <translation>Language of the document</translation>
    </message>
    <message>
        <source>Met de &amp;bijlagen achteraan (PDF&apos;s en foto&apos;s)</source>
        <translation>With the &amp;attachments at the end (PDFs and photos)</translation>
    </message>
    <message>
        <source>PDF &amp;maken en openen…</source>
        <translation>Create PDF and &amp;open…</translation>
    </message>
    <message>
        <source>Af&amp;drukken</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>Map &amp;openen</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>Map met het document openen</source>
        <translation>Open the folder with the document</translation>
    </message>
    <message>
        <source>Uitkomst van het afdrukken</source>
        <translation>Result of printing</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>&amp;Voorlichting</source>
        <translation>&amp;Information session</translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Leeg formulier</source>
        <translation>Blank form</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>PDF opslaan als</source>
        <translation>Save PDF as</translation>
    </message>
    <message>
        <source>PDF-documenten (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Bezig met maken…</source>
        <translation>Creating…</translation>
    </message>
    <message>
        <source>Document maken…</source>
        <translation>Creating document…</translation>
    </message>
    <message>
        <source>Opgeslagen: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <source>Het document is opgeslagen, maar er is geen programma gevonden dat PDF-bestanden opent. Klik op &apos;Map openen&apos; en open het document daar, of installeer een PDF-lezer.</source>
        <translation>The document has been saved, but no program was found that opens PDF files. Click &apos;Open folder&apos; and open the document from there, or install a PDF reader.</translation>
    </message>
    <message>
        <source>De map kon niet worden geopend. Het document staat in: {0}</source>
        <translation>The folder could not be opened. The document is in: {0}</translation>
    </message>
    <message>
        <source>Afdrukken vanuit WerkdrukDesk lukt hier niet. Het document staat open in uw PDF-lezer; druk het daar af.</source>
        <translation>Printing from WerkdrukDesk does not work here. The document is open in your PDF reader; print it from there.</translation>
    </message>
    <message>
        <source>Afdrukken vanuit WerkdrukDesk lukt hier niet, en er is geen PDF-lezer. Zet het document op een computer met een PDF-lezer en druk het daar af: het staat in {0}</source>
        <translation>Printing from WerkdrukDesk is not possible here, and there is no PDF reader. Put the document on a computer with a PDF reader and print it there: it is in {0}</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>[verwijderd]</source>
        <translation>[removed]</translation>
    </message>
</context>
<context>
    <name>ProcessEvaluationBox</name>
    <message>
        <source>Hoe ging het proces?</source>
        <translation>How did the process go?</translation>
    </message>
    <message>
        <source>Zo is geëvalueerd</source>
        <translation>How it was evaluated</translation>
    </message>
    <message>
        <source>&amp;Verloop van het proces</source>
        <translation>How the p&amp;rocess went</translation>
    </message>
    <message>
        <source>Wat de volgende keer &amp;anders kan</source>
        <translation>What to do d&amp;ifferently next time</translation>
    </message>
    <message>
        <source>&amp;Beleid en maatregelen aangepast</source>
        <translation>Changes to &amp;policy and measures</translation>
    </message>
    <message>
        <source>Datu&amp;m procesevaluatie</source>
        <translation>Date of process e&amp;valuation</translation>
    </message>
    <message>
        <source>Was het zorgvuldig? Deden medewerkers en OR/PVT mee? Liep de planning?</source>
        <translation>Was it done carefully? Did employees and the works council/staff representatives take part? Did the schedule hold?</translation>
    </message>
    <message>
        <source>Wat verandert er door deze evaluatie aan uw beleid en uw aanpak?</source>
        <translation>What does this evaluation change in your policy and your approach?</translation>
    </message>
    <message>
        <source>Methode: {0}</source>
        <translation>Method: {0}</translation>
    </message>
    <message>
        <source>methoden van de procesevaluatie</source>
        <translation>methods of the process evaluation</translation>
    </message>
</context>
<context>
    <name>PsaPolicy</name>
    <message>
        <source>gedragscode</source>
        <translation>code of conduct</translation>
    </message>
    <message>
        <source>vertrouwenspersoon</source>
        <translation>confidential adviser</translation>
    </message>
    <message>
        <source>klachtenregeling</source>
        <translation>complaints procedure</translation>
    </message>
    <message>
        <source>melden en registreren van incidenten</source>
        <translation>reporting and registering incidents</translation>
    </message>
    <message>
        <source>huisregels</source>
        <translation>house rules</translation>
    </message>
    <message>
        <source>opvang en nazorg</source>
        <translation>care and aftercare</translation>
    </message>
    <message>
        <source>de datum waarop die is vastgesteld</source>
        <translation>the date it was adopted</translation>
    </message>
    <message>
        <source>een datum die niet in de toekomst ligt</source>
        <translation>a date that is not in the future</translation>
    </message>
    <message>
        <source>de kern van de code in een paar zinnen</source>
        <translation>the heart of the code in a few sentences</translation>
    </message>
    <message>
        <source>hoe medewerkers de code leren kennen</source>
        <translation>how staff get to know the code</translation>
    </message>
    <message>
        <source>een interne of externe vertrouwenspersoon</source>
        <translation>an internal or external confidential adviser</translation>
    </message>
    <message>
        <source>de naam van de vertrouwenspersoon of dienst</source>
        <translation>the name of the confidential adviser or service</translation>
    </message>
    <message>
        <source>hoe medewerkers de vertrouwenspersoon bereiken</source>
        <translation>how staff reach the confidential adviser</translation>
    </message>
    <message>
        <source>wie de klachten behandelt</source>
        <translation>who handles the complaints</translation>
    </message>
    <message>
        <source>een commissie die onafhankelijk is</source>
        <translation>a committee that is independent</translation>
    </message>
    <message>
        <source>hoe en bij wie medewerkers een incident melden</source>
        <translation>how and to whom staff report an incident</translation>
    </message>
    <message>
        <source>wie de incidenten registreert</source>
        <translation>who registers the incidents</translation>
    </message>
    <message>
        <source>waar klanten en bezoekers de huisregels zien</source>
        <translation>where customers and visitors see the house rules</translation>
    </message>
    <message>
        <source>wie de opvang doet</source>
        <translation>who provides the care</translation>
    </message>
    <message>
        <source>binnen hoeveel uur iemand er is</source>
        <translation>within how many hours someone is there</translation>
    </message>
    <message>
        <source>naar wie u doorverwijst, zoals de bedrijfsarts of slachtofferhulp</source>
        <translation>whom you refer people to, such as the company doctor or victim support</translation>
    </message>
    <message>
        <source>Er ligt een wetsvoorstel (Kamerstuk {dossier}) dat werkgevers zou verplichten een {arrangement} te hebben; het is een wetsvoorstel, nog niet van kracht. Kijk op de site van de Tweede Kamer hoe het er nu voor staat (door WerkdrukDesk nagekeken op {date}).</source>
        <translation>There is a bill (parliamentary paper {dossier}) that would oblige employers to have a {arrangement}; it is a bill, not yet in force. Check the House of Representatives&apos; website for its current state (checked by WerkdrukDesk on {date}).</translation>
    </message>
</context>
<context>
    <name>PsaReport</name>
    <message>
        <source>Ongewenst gedrag binnen het bedrijf</source>
        <translation>Unwanted behaviour within the organisation</translation>
    </message>
    <message>
        <source>RI&amp;E, afspraken, bronnen per team, meldingen (alleen aantallen), maatregelen en voorlichting</source>
        <translation>RI&amp;E, arrangements, sources per team, incidents (counts only), measures and information</translation>
    </message>
    <message>
        <source>Pesten, intimidatie, seksuele intimidatie en discriminatie door collega&apos;s of leidinggevenden. Hier telt elk voorval: één keer is al één keer te veel.</source>
        <translation>Bullying, intimidation, sexual harassment and discrimination by colleagues or managers. Every case counts here: once is already once too often.</translation>
    </message>
    <message>
        <source>Agressie en geweld van buitenaf</source>
        <translation>Aggression and violence from outside</translation>
    </message>
    <message>
        <source>RI&amp;E, afspraken, bronnen en risico&apos;s per team, meldingen (alleen aantallen), maatregelen en voorlichting</source>
        <translation>RI&amp;E, arrangements, sources and risks per team, incidents (counts only), measures and information</translation>
    </message>
    <message>
        <source>Schelden, bedreigen en geweld door klanten, cliënten, patiënten of andere mensen van buiten het bedrijf.</source>
        <translation>Abuse, threats and violence by customers, clients, patients or other people from outside the organisation.</translation>
    </message>
    <message>
        <source>Na de evaluatie volgen de twee andere onderdelen van het beleid op psychosociale arbeidsbelasting: ongewenst gedrag binnen het bedrijf, en agressie en geweld van buitenaf.</source>
        <translation>After the evaluation come the two other parts of the policy on psychosocial workload: unwanted behaviour within the organisation, and aggression and violence from outside.</translation>
    </message>
    <message>
        <source>In de RI&amp;E</source>
        <translation>In the RI&amp;E</translation>
    </message>
    <message>
        <source>De RI&amp;E brengt dit risico in kaart.</source>
        <translation>The RI&amp;E maps this risk.</translation>
    </message>
    <message>
        <source>Dit risico staat nog niet in de RI&amp;E.</source>
        <translation>This risk is not in the RI&amp;E yet.</translation>
    </message>
    <message>
        <source>Afspraken en voorzieningen</source>
        <translation>Arrangements</translation>
    </message>
    <message>
        <source>Ontbreekt nog.</source>
        <translation>Still missing.</translation>
    </message>
    <message>
        <source>Nog nodig: {text}.</source>
        <translation>Still needed: {text}.</translation>
    </message>
    <message>
        <source>Gedragscode</source>
        <translation>Code of conduct</translation>
    </message>
    <message>
        <source>Vertrouwenspersoon</source>
        <translation>Confidential adviser</translation>
    </message>
    <message>
        <source>Klachtenregeling</source>
        <translation>Complaints procedure</translation>
    </message>
    <message>
        <source>Melden en registreren</source>
        <translation>Reporting and registering</translation>
    </message>
    <message>
        <source>Huisregels voor bezoekers</source>
        <translation>House rules for visitors</translation>
    </message>
    <message>
        <source>Opvang en nazorg</source>
        <translation>Care and aftercare</translation>
    </message>
    <message>
        <source>vastgesteld op {date}</source>
        <translation>adopted on {date}</translation>
    </message>
    <message>
        <source>datum niet ingevuld</source>
        <translation>date not filled in</translation>
    </message>
    <message>
        <source>Zo weten medewerkers ervan: {text}</source>
        <translation>How staff know about it: {text}</translation>
    </message>
    <message>
        <source>Te vinden: {text}</source>
        <translation>Kept at: {text}</translation>
    </message>
    <message>
        <source>{name} · {kind}</source>
        <translation>{name} · {kind}</translation>
    </message>
    <message>
        <source>Bereikbaar: {text}</source>
        <translation>How to reach: {text}</translation>
    </message>
    <message>
        <source>opgeleid als vertrouwenspersoon</source>
        <translation>trained as a confidential adviser</translation>
    </message>
    <message>
        <source>geen opleiding als vertrouwenspersoon vastgelegd</source>
        <translation>no training as a confidential adviser recorded</translation>
    </message>
    <message>
        <source>aangesteld op {date}</source>
        <translation>appointed on {date}</translation>
    </message>
    <message>
        <source>Klachtencommissie: {text}</source>
        <translation>Complaints committee: {text}</translation>
    </message>
    <message>
        <source>De commissie is onafhankelijk.</source>
        <translation>The committee is independent.</translation>
    </message>
    <message>
        <source>Zo meld je: {text}</source>
        <translation>How to report: {text}</translation>
    </message>
    <message>
        <source>Registreert de meldingen: {text}</source>
        <translation>Registers the incidents: {text}</translation>
    </message>
    <message>
        <source>Te zien: {text}</source>
        <translation>Shown: {text}</translation>
    </message>
    <message>
        <source>Vangt op: {text}</source>
        <translation>Takes care of the person affected: {text}</translation>
    </message>
    <message>
        <source>Binnen {hours} uur is er iemand.</source>
        <translation>Someone is there within {hours} hours.</translation>
    </message>
    <message>
        <source>Doorverwijzing: {text}</source>
        <translation>Referral: {text}</translation>
    </message>
    <message>
        <source>Inventarisatie per team</source>
        <translation>Inventory per team</translation>
    </message>
    <message>
        <source>Beoordeeld op of het voorkomt, niet op een gemiddelde: ook één geval vraagt om actie.</source>
        <translation>Judged by whether it happens, not by an average: a single case calls for action too.</translation>
    </message>
    <message>
        <source>Er is nog geen bron voor dit onderdeel in gebruik.</source>
        <translation>No source for this part is in use yet.</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Beoordeling</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Onderbouwing</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Risicofactoren per team</source>
        <translation>Risk factors per team</translation>
    </message>
    <message>
        <source>Wat in het werk van een team de kans op agressie groter maakt.</source>
        <translation>What in a team&apos;s work makes aggression more likely.</translation>
    </message>
    <message>
        <source>Risicofactoren</source>
        <translation>Risk factors</translation>
    </message>
    <message>
        <source>geen vastgelegd</source>
        <translation>none recorded</translation>
    </message>
    <message>
        <source>Meldingen in deze cyclus</source>
        <translation>Incidents in this cycle</translation>
    </message>
    <message>
        <source>Alleen aantallen, en alleen waar ze niet naar een persoon kunnen wijzen. Losse meldingen en wat erin staat, worden nooit afgedrukt.</source>
        <translation>Counts only, and only where they cannot point at a person. Single incidents and what they say are never printed.</translation>
    </message>
    <message>
        <source>Er zijn in deze cyclus geen meldingen geregistreerd.</source>
        <translation>No incidents were registered in this cycle.</translation>
    </message>
    <message>
        <source>Sommige aantallen staan hier niet, omdat ze te dicht bij een persoon komen. Zo beschermen we wie iets heeft meegemaakt of gemeld.</source>
        <translation>Some counts are not shown here because they come too close to a person. This protects whoever went through something or reported it.</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>alle soorten</source>
        <translation>all kinds</translation>
    </message>
    <message>
        <source>hele organisatie</source>
        <translation>whole organisation</translation>
    </message>
    <message>
        <source>Maatregelen</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Er is nog geen maatregel voor dit onderdeel in het plan van aanpak.</source>
        <translation>The action plan has no measure for this part yet.</translation>
    </message>
    <message>
        <source>Maatregel</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Verantwoordelijk</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Voorlichting</source>
        <translation>Information and instruction</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>In deze cyclus</source>
        <translation>In this cycle</translation>
    </message>
    <message>
        <source>behandeld ({count}×)</source>
        <translation>covered ({count}×)</translation>
    </message>
    <message>
        <source>nog niet behandeld</source>
        <translation>not covered yet</translation>
    </message>
    <message>
        <source>Maatregelen per onderdeel</source>
        <translation>Measures per part</translation>
    </message>
    <message>
        <source>Welke maatregelen bij welk onderdeel van het beleid horen. Een maatregel die meer onderdelen raakt, staat bij elk daarvan.</source>
        <translation>Which measures belong to which part of the policy. A measure that concerns more than one part is listed under each.</translation>
    </message>
    <message>
        <source>Meldingen voor en na</source>
        <translation>Incidents before and after</translation>
    </message>
    <message>
        <source>Het aantal meldingen van ongewenst gedrag en agressie in de vorige cyclus en in deze. Alleen aantallen die niet naar een persoon kunnen wijzen. Meer meldingen kan ook betekenen dat mensen beter durven te melden.</source>
        <translation>The number of incidents of unwanted behaviour and aggression in the previous cycle and in this one. Only counts that cannot point at a person. More incidents can also mean that people dare to report more readily.</translation>
    </message>
    <message>
        <source>Vorige cyclus</source>
        <translation>Previous cycle</translation>
    </message>
    <message>
        <source>Deze cyclus</source>
        <translation>This cycle</translation>
    </message>
    <message>
        <source>geen vorige cyclus</source>
        <translation>no previous cycle</translation>
    </message>
    <message>
        <source>—: in {cycle} is geen enkele melding geregistreerd. Misschien gebeurde er niets, misschien werd het register toen nog niet bijgehouden.</source>
        <translation>—: not a single incident was registered in {cycle}. Perhaps nothing happened, perhaps the register was not kept yet.</translation>
    </message>
    <message>
        <source>niet getoond</source>
        <translation>not shown</translation>
    </message>
    <message>
        <source>Zo gaan we met elkaar om</source>
        <translation>How we treat each other</translation>
    </message>
    <message>
        <source>Het blad voor aan de muur hoort bij het hele PSA-beleid (ongewenst gedrag en agressie). Dit bestand gaat alleen over werkdruk; verbreed het eerst in de stap Organisatie.</source>
        <translation>The sheet for the wall belongs to the whole PSA policy (unwanted behaviour and aggression). This file covers werkdruk only; widen it first in the Organisation step.</translation>
    </message>
    <message>
        <source>Onze afspraken</source>
        <translation>What we agreed</translation>
    </message>
    <message>
        <source>Zit je ergens mee? Praat met de vertrouwenspersoon</source>
        <translation>Something on your mind? Talk to the confidential adviser</translation>
    </message>
    <message>
        <source>Wat je vertelt, blijft tussen jullie, tenzij jij iets anders wilt.</source>
        <translation>What you tell stays between the two of you, unless you want otherwise.</translation>
    </message>
    <message>
        <source>Is er iets gebeurd? Meld het</source>
        <translation>Has something happened? Report it</translation>
    </message>
    <message>
        <source>Na een voorval laten we je niet alleen</source>
        <translation>After an incident we do not leave you alone</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Bereikbaar via</source>
        <translation>How to reach</translation>
    </message>
    <message>
        <source>Wie vangt je op</source>
        <translation>Who takes care of you</translation>
    </message>
    <message>
        <source>Binnen</source>
        <translation>Within</translation>
    </message>
    <message>
        <source>{hours} uur</source>
        <translation>{hours} hours</translation>
    </message>
    <message>
        <source>Verdere hulp</source>
        <translation>Further help</translation>
    </message>
    <message>
        <source>(nog in te vullen)</source>
        <translation>(to be filled in)</translation>
    </message>
    <message>
        <source>{organisation} · stand van {date}</source>
        <translation>{organisation} · as of {date}</translation>
    </message>
</context>
<context>
    <name>QuestionnaireForm</name>
    <message>
        <source>Uw antwoorden blijven anoniem</source>
        <translation>Your answers stay anonymous</translation>
    </message>
    <message>
        <source>Zonder naam, en wie uw antwoorden ziet</source>
        <translation>Without your name, and who sees your answers</translation>
    </message>
    <message>
        <source>Zet nergens op dit formulier uw naam.</source>
        <translation>Do not write your name anywhere on this form.</translation>
    </message>
    <message>
        <source>Uw antwoorden worden zonder naam in de computer ingevoerd.</source>
        <translation>Your answers are typed into the computer without your name.</translation>
    </message>
    <message>
        <source>Uitkomsten worden alleen getoond voor groepen van minstens {size} mensen. Een team dat kleiner is, wordt samengevoegd met een ander team.</source>
        <translation>Results are only shown for groups of at least {size} people. A smaller team is combined with another team.</translation>
    </message>
    <message>
        <source>Een onafhankelijk persoon, niet uw werkgever of leidinggevende, verzamelt de formulieren en voert ze in. Uw werkgever ziet uw losse formulier niet, alleen de uitkomsten per groep.</source>
        <translation>An independent person, not your employer or manager, collects the forms and enters them. Your employer does not see your single form, only the results per group.</translation>
    </message>
    <message>
        <source>U doet het formulier in een dichte bus. Iemand anders dan uw werkgever opent de bus en voert de formulieren in. Uw werkgever ziet uw losse formulier niet, alleen de uitkomsten per groep.</source>
        <translation>You put the form in a sealed box. Someone other than your employer opens the box and enters the forms. Your employer does not see your single form, only the results per group.</translation>
    </message>
    <message>
        <source>Uw werkgever voert de formulieren zelf in en kan uw losse formulier dus zien. Het programma bewaart geen namen en toont daarna alleen uitkomsten per groep.</source>
        <translation>Your employer enters the forms and can therefore see your single form. The program keeps no names and afterwards shows only results per group.</translation>
    </message>
    <message>
        <source>Na het invoeren worden de papieren formulieren vernietigd.</source>
        <translation>Once the answers are typed in, the paper forms are destroyed.</translation>
    </message>
    <message>
        <source>Hebt u vragen over deze vragenlijst? Stel ze aan {name}, de preventiemedewerker.</source>
        <translation>Any questions about this questionnaire? Ask {name}, the prevention officer.</translation>
    </message>
    <message>
        <source>Hebt u vragen over deze vragenlijst? Stel ze aan de preventiemedewerker.</source>
        <translation>Any questions about this questionnaire? Ask the prevention officer.</translation>
    </message>
    <message>
        <source>In welk team werkt u?</source>
        <translation>Which team do you work in?</translation>
    </message>
    <message>
        <source>Kruis één hokje aan.</source>
        <translation>Tick one box.</translation>
    </message>
    <message>
        <source>wil ik niet zeggen</source>
        <translation>I would rather not say</translation>
    </message>
    <message>
        <source>Kiest u voor &apos;wil ik niet zeggen&apos;, dan tellen uw antwoorden alleen mee voor de hele organisatie en niet voor een team.</source>
        <translation>If you choose &apos;I would rather not say&apos;, your answers count only for the whole organisation and not for a team.</translation>
    </message>
    <message>
        <source>U hoeft geen team te kiezen: uw antwoorden tellen mee voor de hele organisatie.</source>
        <translation>You do not need to choose a team: your answers count for the whole organisation.</translation>
    </message>
    <message>
        <source>Wilt u nog iets kwijt over werkdruk? (schrijf geen namen)</source>
        <translation>Is there anything else you want to say about work pressure? (no names, please)</translation>
    </message>
    <message>
        <source>Wilt u nog iets kwijt over werkdruk, over de omgang op het werk of over agressie? (schrijf geen namen)</source>
        <translation>Is there anything else you want to say about work pressure, about how people treat each other at work or about aggression? (no names, please)</translation>
    </message>
    <message>
        <source>Hartelijk dank voor het invullen!</source>
        <translation>Thank you very much for filling this in!</translation>
    </message>
    <message>
        <source>Lever het formulier in zoals in uw organisatie is afgesproken, bijvoorbeeld in een dichte envelop.</source>
        <translation>Hand in the form as agreed in your organisation, for example in a sealed envelope.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireReport</name>
    <message>
        <source>Vragenlijst werkdruk</source>
        <translation>Work pressure questionnaire</translation>
    </message>
    <message>
        <source>Vragenlijst werkdruk en sociale veiligheid</source>
        <translation>Questionnaire on work pressure and safety at work</translation>
    </message>
    <message>
        <source>Zo vult u de vragenlijst in</source>
        <translation>How to fill in the questionnaire</translation>
    </message>
    <message>
        <source>Bij elke uitspraak kruist u één hokje aan: hoe vaak geldt dit voor u? U kiest uit {scale}.</source>
        <translation>For each statement, tick one box: how often is this true for you? You choose from {scale}.</translation>
    </message>
    <message>
        <source>Denk aan uw werk in de afgelopen maanden.</source>
        <translation>Think of your work over the past few months.</translation>
    </message>
    <message>
        <source>Er zijn geen goede of foute antwoorden. Het gaat erom hoe u het zelf ervaart.</source>
        <translation>There are no right or wrong answers. What matters is how you experience it.</translation>
    </message>
    <message>
        <source>Er zijn {count} uitspraken. Het invullen duurt ongeveer {minutes} minuten.</source>
        <translation>There are {count} statements. Filling in takes about {minutes} minutes.</translation>
    </message>
    <message>
        <source>Er is 1 uitspraak. Het invullen duurt ongeveer {minutes} minuten.</source>
        <translation>There is 1 statement. Filling in takes about {minutes} minutes.</translation>
    </message>
    <message>
        <source>Vergist u zich? Kleur het verkeerde hokje helemaal zwart en kruis daarna het goede hokje aan.</source>
        <translation>Made a mistake? Colour the wrong box completely black, then tick the right box.</translation>
    </message>
    <message>
        <source>of</source>
        <translation>or</translation>
    </message>
    <message>
        <source>Uitspraken over uw werk</source>
        <translation>Statements about your work</translation>
    </message>
    <message>
        <source>Hoe vaak geldt dit voor u? Kruis per uitspraak één hokje aan. De uitspraken zijn gegroepeerd per onderwerp.</source>
        <translation>How often is this true for you? Tick one box per statement. The statements are grouped by subject.</translation>
    </message>
    <message>
        <source>Voor deze vragenlijst zijn nog geen uitspraken vastgelegd. Kies in WerkdrukDesk eerst de onderwerpen van de meting; druk de vragenlijst daarna opnieuw af.</source>
        <translation>No statements have been recorded for this questionnaire yet. First choose the subjects of the measurement in WerkdrukDesk, then print the questionnaire again.</translation>
    </message>
    <message>
        <source>Er is geen meting met nummer {id} in cyclus {cycle}</source>
        <translation>There is no measurement with number {id} in cycle {cycle}</translation>
    </message>
    <message>
        <source>Meting {id} hoort bij cyclus {other}, niet bij cyclus {cycle}</source>
        <translation>Measurement {id} belongs to cycle {other}, not to cycle {cycle}</translation>
    </message>
    <message>
        <source>{problem}; kies uit: {ids}.</source>
        <translation>{problem}; choose from: {ids}.</translation>
    </message>
    <message>
        <source>{problem}; in deze cyclus is nog geen meting vastgelegd.</source>
        <translation>{problem}; no measurement has been recorded in this cycle yet.</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is geen nummer van een meting.</source>
        <translation>&apos;{id}&apos; is not the number of a measurement.</translation>
    </message>
</context>
<context>
    <name>RatingGridModel</name>
    <message>
        <source>Hele organisatie</source>
        <translation>Whole organisation</translation>
    </message>
    <message>
        <source>een probleem als ze te hoog zijn</source>
        <translation>a problem when they are too high</translation>
    </message>
    <message>
        <source>een probleem als ze te laag zijn</source>
        <translation>a problem when they are too low</translation>
    </message>
    <message>
        <source>een probleem als het te vaak voorkomt</source>
        <translation>a problem when it happens too often</translation>
    </message>
    <message>
        <source>aandacht</source>
        <translation>attention</translation>
    </message>
    <message>
        <source>Gebaseerd op: {0}</source>
        <translation>Based on: {0}</translation>
    </message>
    <message>
        <source>Nog zonder onderbouwing</source>
        <translation>No evidence yet</translation>
    </message>
    <message>
        <source> (gearchiveerd)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <source>Werkdrukbronnen</source>
        <translation>Job demands</translation>
    </message>
    <message>
        <source>Energiebronnen</source>
        <translation>Job resources</translation>
    </message>
    <message>
        <source>Ongewenst gedrag en agressie</source>
        <translation>Unwanted behaviour and aggression</translation>
    </message>
    <message>
        <source>Geldt voor de hele organisatie, dus voor ieder team</source>
        <translation>Applies to the whole organisation, so to every team</translation>
    </message>
    <message>
        <source>{0}
{1} medewerkers</source>
        <translation>{0}
{1} employees</translation>
    </message>
    <message>
        <source>
werkt (deels) hybride</source>
        <translation>
works (partly) hybrid</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>Vul de datum van uw RI&amp;E in en zorg dat werkdruk (psychosociale arbeidsbelasting) erin staat.</source>
        <translation>Fill in the date of your risk assessment (RI&amp;E) and make sure work pressure (psychosocial workload) is covered in it.</translation>
    </message>
    <message>
        <source>Noem het instrument waarmee de RI&amp;E is gemaakt, of voeg de RI&amp;E toe bij de documenten.</source>
        <translation>Name the tool used to make the risk assessment (RI&amp;E), or add the RI&amp;E itself to the documents.</translation>
    </message>
    <message>
        <source>Zorg dat werkdruk in uw RI&amp;E staat, of in het verdiepend onderzoek waar die naar verwijst, en vink dat aan.</source>
        <translation>Make sure work pressure is in your RI&amp;E, or in the in-depth study it refers to, and tick that box.</translation>
    </message>
    <message>
        <source>Schrijf op waar werkdruk in de RI&amp;E staat: het hoofdstuk of de bladzijde, en de datum van dat deel.</source>
        <translation>Write down where work pressure is in the RI&amp;E: the chapter or page, and the date of that part.</translation>
    </message>
    <message>
        <source>Vul de datum van uw RI&amp;E in, zodat te zien is of die nog bij is.</source>
        <translation>Enter the date of your RI&amp;E, so it can be seen whether it is still up to date.</translation>
    </message>
    <message>
        <source>Sinds de RI&amp;E van {date} veranderde er iets: {changes}; werk het werkdrukdeel van de RI&amp;E bij en vul de nieuwe datum in.</source>
        <translation>Since the RI&amp;E of {date} something changed: {changes}; update the work pressure part of the RI&amp;E and enter the new date.</translation>
    </message>
    <message>
        <source>Uw RI&amp;E is van {date}, meer dan {years} jaar geleden; kijk of het werkdrukdeel nog klopt, werk het bij en vul de nieuwe datum in.</source>
        <translation>Your RI&amp;E dates from {date}, more than {years} years ago; check whether the work pressure part is still right, update it and enter the new date.</translation>
    </message>
    <message>
        <source>Onderbouw &apos;geen risico gevonden&apos; met een vragenlijst, een vastgelegd groepsgesprek of een document over werkdruk; een zin alleen is niet genoeg.</source>
        <translation>Back up &apos;no risk found&apos; with a questionnaire, a recorded group discussion or a document on work pressure; a sentence alone is not enough.</translation>
    </message>
    <message>
        <source>Leg vast welke teams of afdelingen u heeft; daarna beoordeelt u de bronnen per team.</source>
        <translation>Record which teams or departments you have; then you assess the sources per team.</translation>
    </message>
    <message>
        <source>Kies welke werkdrukbronnen en energiebronnen u per team bekijkt.</source>
        <translation>Choose which job demands and job resources you look at per team.</translation>
    </message>
    <message>
        <source>Beoordeel bij {teams} elke bron en leg vast waarop u dat baseert: een vragenlijst, een groepsgesprek of een document.</source>
        <translation>Assess every source for {teams} and record what you base it on: a questionnaire, a group discussion or a document.</translation>
    </message>
    <message>
        <source>Toon uitkomsten alleen van groepen van minstens {minimum} mensen; nu staat de grens op {size}.</source>
        <translation>Only show results for groups of at least {minimum} people; the limit is now set to {size}.</translation>
    </message>
    <message>
        <source>Leg vast welke teams of afdelingen u heeft, zodat de uitkomsten per team te zien zijn.</source>
        <translation>Record which teams or departments you have, so the results can be seen per team.</translation>
    </message>
    <message>
        <source>Vul in hoeveel medewerkers de organisatie en elk team heeft, zodat te zien is hoeveel er meededen.</source>
        <translation>Fill in how many employees the organisation and each team has, so it shows how many took part.</translation>
    </message>
    <message>
        <source>Doe een verdiepend onderzoek naar werkdruk en leg het vast: een vragenlijst, groepsgesprekken per team of een extern onderzoek.</source>
        <translation>Carry out an in-depth study of work pressure and record it: a questionnaire, group conversations per team or an external study.</translation>
    </message>
    <message>
        <source>Voor {teams}, met minder dan {minimum} mensen, past een groepsgesprek beter dan een vragenlijst: van zo&apos;n kleine groep toont de vragenlijst niets apart.</source>
        <translation>For {teams}, with fewer than {minimum} people, a group conversation suits better than a questionnaire: for so small a group the questionnaire shows nothing separately.</translation>
    </message>
    <message>
        <source>Bij {teams} leidde de eigen leidinggevende het groepsgesprek; dan weet die wie wat zei. Laat het gesprek leiden door iemand anders, bijvoorbeeld de preventiemedewerker of de arbodienst, of gebruik de vragenlijst.</source>
        <translation>At {teams} the team&apos;s own manager led the group conversation; the manager then knows who said what. Have someone else lead it, for example the prevention officer or the occupational health service, or use the questionnaire.</translation>
    </message>
    <message>
        <source>Schrijf de uitkomsten van het groepsgesprek met {teams} op zonder namen, en vink aan dat er geen namen in staan.</source>
        <translation>Write down the outcomes of the group conversation with {teams} without names, and tick that they contain no names.</translation>
    </message>
    <message>
        <source>Houd het onderzoek anoniem: de vragenlijst van WerkdrukDesk toont alleen uitkomsten van groepen van minstens {minimum} mensen; bij een groepsgesprek leidt iemand anders dan de leidinggevende en komen er geen namen in de uitkomsten.</source>
        <translation>Keep the study anonymous: WerkdrukDesk&apos;s questionnaire only shows outcomes of groups of at least {minimum} people; a group conversation is led by someone other than the manager and its outcomes contain no names.</translation>
    </message>
    <message>
        <source>Zorg voor uitkomsten van elk team: laat iedere medewerker bij de vragenlijst zijn team kiezen, houd met elk team een groepsgesprek of laat een extern onderzoek de teams noemen; nog zonder uitkomsten: {teams}.</source>
        <translation>Get outcomes for every team: let every employee choose their team in the questionnaire, hold a group conversation with each team or have an external study name the teams; still without outcomes: {teams}.</translation>
    </message>
    <message>
        <source>Bij {teams} deed nog geen helft van het team mee aan de vragenlijst, een groepsgesprek of het externe onderzoek; praat ook met de anderen of laat meer mensen meedoen.</source>
        <translation>At {teams} less than half of the team took part in the questionnaire, a group conversation or the external study; talk with the others too or have more people take part.</translation>
    </message>
    <message>
        <source>Laat minstens {half} van de {headcount} medewerkers meedoen aan het verdiepend onderzoek: een vragenlijst, groepsgesprekken per team of een extern onderzoek.</source>
        <translation>Have at least {half} of the {headcount} employees take part in the in-depth study: a questionnaire, group conversations per team or an external study.</translation>
    </message>
    <message>
        <source>Bij de meting {measurement} deden {answered} van de {headcount} medewerkers mee; zorg dat minstens {half} meedoen, bijvoorbeeld door de vragenlijst onder werktijd te laten invullen.</source>
        <translation>In the measurement {measurement}, {answered} of the {headcount} employees took part; make sure at least {half} take part, for example by letting people fill in the questionnaire during working hours.</translation>
    </message>
    <message>
        <source>Bespreek de uitkomsten van het onderzoek met de medewerkers en leg vast hoe en wanneer.</source>
        <translation>Discuss the results of the study with your employees and record how and when.</translation>
    </message>
    <message>
        <source>Bespreek de uitkomsten van {measurements} met de medewerkers en schrijf op hoe en wanneer.</source>
        <translation>Discuss the results of {measurements} with your employees and write down how and when.</translation>
    </message>
    <message>
        <source>Vul bij het groepsgesprek met {teams} in wanneer en hoe u de uitkomsten met de medewerkers besprak.</source>
        <translation>For the group conversation with {teams}, fill in when and how you discussed the outcomes with the staff.</translation>
    </message>
    <message>
        <source>Bespreek het externe onderzoek van {by} met de medewerkers en vul in wanneer en hoe.</source>
        <translation>Discuss the external study by {by} with the staff and fill in when and how.</translation>
    </message>
    <message>
        <source>Wijs een preventiemedewerker aan en vul de naam in.</source>
        <translation>Appoint a prevention officer and fill in their name.</translation>
    </message>
    <message>
        <source>Schrijf op hoe medewerkers {name} kunnen bereiken, bijvoorbeeld telefoon, e-mail of spreekuur.</source>
        <translation>Write down how employees can reach {name}, for example by phone, e-mail or drop-in hours.</translation>
    </message>
    <message>
        <source>Vul in met welke arbodienst of bedrijfsarts u werkt.</source>
        <translation>Fill in which occupational health service or company doctor you work with.</translation>
    </message>
    <message>
        <source>Vrijstelling van toetsing geldt niet voor uw organisatie: laat de RI&amp;E toetsen door een gecertificeerde deskundige en vul datum en naam in.</source>
        <translation>Exemption from review does not apply to your organisation: have the risk assessment (RI&amp;E) reviewed by a certified expert and fill in the date and name.</translation>
    </message>
    <message>
        <source>Schrijf op waarom de RI&amp;E niet getoetst hoeft te worden.</source>
        <translation>Write down why the risk assessment (RI&amp;E) does not need a review.</translation>
    </message>
    <message>
        <source>Kies &apos;{exempt}&apos; en schrijf op waarom dat voor u geldt.</source>
        <translation>Choose &apos;{exempt}&apos; and write down why it applies to you.</translation>
    </message>
    <message>
        <source>Vul het aantal medewerkers en betaalde uren in, en daarna of de RI&amp;E door een deskundige is getoetst of waarom dat niet hoeft.</source>
        <translation>Fill in the number of employees and paid hours, and then whether an expert has reviewed the risk assessment (RI&amp;E) or why that is not needed.</translation>
    </message>
    <message>
        <source>Laat de RI&amp;E toetsen door een gecertificeerde deskundige en vul datum en naam in.</source>
        <translation>Have the risk assessment (RI&amp;E) reviewed by a certified expert and fill in the date and name.</translation>
    </message>
</context>
<context>
    <name>ReadinessBase</name>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Inventarisatie</source>
        <translation>Inventory</translation>
    </message>
    <message>
        <source>Balans</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Plan van aanpak</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Voorlichting</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Evaluatie</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Overzicht &amp; afdrukken</source>
        <translation>Overview &amp; print</translation>
    </message>
    <message>
        <source>(zonder naam)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>{names} en nog {count}</source>
        <translation>{names} and {count} more</translation>
    </message>
    <message>
        <source>Werkdruk staat in de RI&amp;E</source>
        <translation>Work pressure is in the risk assessment (RI&amp;E)</translation>
    </message>
    <message>
        <source>De RI&amp;E is actueel</source>
        <translation>The RI&amp;E is up to date</translation>
    </message>
    <message>
        <source>Oorzaken per team in kaart gebracht</source>
        <translation>Causes mapped per team</translation>
    </message>
    <message>
        <source>Verdiepend onderzoek gedaan</source>
        <translation>In-depth study done</translation>
    </message>
    <message>
        <source>Het onderzoek is anoniem</source>
        <translation>The study is anonymous</translation>
    </message>
    <message>
        <source>Uitkomsten per team</source>
        <translation>Results per team</translation>
    </message>
    <message>
        <source>Minstens de helft van de medewerkers deed mee</source>
        <translation>At least half of the employees took part</translation>
    </message>
    <message>
        <source>Uitkomsten besproken met de medewerkers</source>
        <translation>Results discussed with the employees</translation>
    </message>
    <message>
        <source>Een maatregel tegen elk knelpunt</source>
        <translation>A measure against every problem</translation>
    </message>
    <message>
        <source>Elke maatregel heeft een verantwoordelijke en een termijn</source>
        <translation>Every measure has someone responsible and a deadline</translation>
    </message>
    <message>
        <source>De samenhang van de maatregelen is beschreven</source>
        <translation>The coherence of the measures is described</translation>
    </message>
    <message>
        <source>Medewerkers dachten mee over de maatregelen</source>
        <translation>Staff helped choose the measures</translation>
    </message>
    <message>
        <source>Eerst maatregelen voor de hele organisatie</source>
        <translation>Measures for the whole organisation first</translation>
    </message>
    <message>
        <source>Maatregelen voor rust en herstel</source>
        <translation>Measures for rest and recovery</translation>
    </message>
    <message>
        <source>Een maatregel tegen ongewenst gedrag</source>
        <translation>A measure against unwanted behaviour</translation>
    </message>
    <message>
        <source>Instemming met RI&amp;E-aanpak en plan, of medewerkers geraadpleegd</source>
        <translation>Consent to the RI&amp;E approach and the plan, or employees consulted</translation>
    </message>
    <message>
        <source>RI&amp;E met datum, instrument en de plek van werkdruk</source>
        <translation>RI&amp;E with date, instrument and where work pressure is covered</translation>
    </message>
    <message>
        <source>een RI&amp;E die bij is</source>
        <translation>an up-to-date RI&amp;E</translation>
    </message>
    <message>
        <source>instemming met RI&amp;E-aanpak en plan, of raadpleging van medewerkers</source>
        <translation>consent to the RI&amp;E approach and the plan, or consultation of employees</translation>
    </message>
    <message>
        <source>Maatregelen worden op tijd uitgevoerd</source>
        <translation>Measures are carried out on time</translation>
    </message>
    <message>
        <source>Ongewenst gedrag en agressie staan in de RI&amp;E</source>
        <translation>Unwanted behaviour and aggression are in the RI&amp;E</translation>
    </message>
    <message>
        <source>Ongewenst gedrag en agressie per team in kaart gebracht</source>
        <translation>Unwanted behaviour and aggression mapped per team</translation>
    </message>
    <message>
        <source>Geregistreerde incidenten tellen mee in het oordeel</source>
        <translation>Registered incidents count in the rating</translation>
    </message>
    <message>
        <source>Een gedragscode die iedereen kent</source>
        <translation>A code of conduct everyone knows</translation>
    </message>
    <message>
        <source>Een vertrouwenspersoon die bereikbaar is</source>
        <translation>A confidential adviser who can be reached</translation>
    </message>
    <message>
        <source>Een klachtenregeling met een onafhankelijke commissie</source>
        <translation>A complaints procedure with an independent committee</translation>
    </message>
    <message>
        <source>Incidenten melden en registreren is geregeld</source>
        <translation>Reporting and registering incidents is arranged</translation>
    </message>
    <message>
        <source>Huisregels voor klanten en bezoekers</source>
        <translation>House rules for customers and visitors</translation>
    </message>
    <message>
        <source>Opvang en nazorg na een incident</source>
        <translation>Care and aftercare after an incident</translation>
    </message>
    <message>
        <source>Voorlichting over alle onderwerpen</source>
        <translation>Information on all topics</translation>
    </message>
    <message>
        <source>Voorlichting over ongewenst gedrag en agressie</source>
        <translation>Information about unwanted behaviour and aggression</translation>
    </message>
    <message>
        <source>Voorlichting voor alle teams</source>
        <translation>Information for all teams</translation>
    </message>
    <message>
        <source>Leidinggevenden leren signalen herkennen</source>
        <translation>Managers learn to recognise signals</translation>
    </message>
    <message>
        <source>Uitgevoerde maatregelen geëvalueerd</source>
        <translation>Completed measures evaluated</translation>
    </message>
    <message>
        <source>Het proces geëvalueerd</source>
        <translation>The process evaluated</translation>
    </message>
    <message>
        <source>Beleid bijgesteld en een volgende cyclus</source>
        <translation>Policy adjusted and a next cycle</translation>
    </message>
    <message>
        <source>Preventiemedewerker bekend en bereikbaar</source>
        <translation>Prevention officer known and reachable</translation>
    </message>
    <message>
        <source>Arbodienst of bedrijfsarts bekend</source>
        <translation>Occupational health service or company doctor known</translation>
    </message>
    <message>
        <source>RI&amp;E getoetst of vrijgesteld</source>
        <translation>Risk assessment (RI&amp;E) reviewed or exempt</translation>
    </message>
    <message>
        <source>Een maatregel tegen ongewenst gedrag en agressie</source>
        <translation>A measure against unwanted behaviour and aggression</translation>
    </message>
    <message>
        <source>elke bron per team beoordeeld en onderbouwd</source>
        <translation>every source assessed per team, with evidence</translation>
    </message>
    <message>
        <source>verdiepend onderzoek</source>
        <translation>in-depth study</translation>
    </message>
    <message>
        <source>uitkomsten alleen van groepen van 5 of meer</source>
        <translation>results only for groups of 5 or more</translation>
    </message>
    <message>
        <source>uitkomsten per team</source>
        <translation>results per team</translation>
    </message>
    <message>
        <source>deelname van minstens de helft</source>
        <translation>at least half taking part</translation>
    </message>
    <message>
        <source>uitkomsten besproken met de medewerkers</source>
        <translation>results discussed with the employees</translation>
    </message>
    <message>
        <source>verantwoordelijke en termijn bij elke maatregel</source>
        <translation>someone responsible and a deadline for every measure</translation>
    </message>
    <message>
        <source>samenhang van de maatregelen</source>
        <translation>coherence of the measures</translation>
    </message>
    <message>
        <source>hoe medewerkers meedachten over de maatregelen</source>
        <translation>how staff helped choose the measures</translation>
    </message>
    <message>
        <source>maatregel voor de hele organisatie</source>
        <translation>a measure for the whole organisation</translation>
    </message>
    <message>
        <source>maatregel voor rust en herstel</source>
        <translation>a measure for rest and recovery</translation>
    </message>
    <message>
        <source>maatregel tegen ongewenst gedrag</source>
        <translation>a measure against unwanted behaviour</translation>
    </message>
    <message>
        <source>maatregelen op tijd uitgevoerd</source>
        <translation>measures carried out on time</translation>
    </message>
    <message>
        <source>voorlichting over alle onderwerpen</source>
        <translation>information on all topics</translation>
    </message>
    <message>
        <source>voorlichting voor alle teams</source>
        <translation>information for all teams</translation>
    </message>
    <message>
        <source>leidinggevenden die signalen herkennen</source>
        <translation>managers who recognise signals</translation>
    </message>
    <message>
        <source>uitgevoerde maatregelen geëvalueerd</source>
        <translation>completed measures evaluated</translation>
    </message>
    <message>
        <source>het proces geëvalueerd</source>
        <translation>the process evaluated</translation>
    </message>
    <message>
        <source>bijgesteld beleid en een volgende cyclus</source>
        <translation>an adjusted policy and a next cycle</translation>
    </message>
    <message>
        <source>preventiemedewerker en hoe die bereikbaar is</source>
        <translation>prevention officer and how to reach them</translation>
    </message>
    <message>
        <source>arbodienst of bedrijfsarts</source>
        <translation>occupational health service or company doctor</translation>
    </message>
    <message>
        <source>toetsing van de RI&amp;E of reden van vrijstelling</source>
        <translation>review of the risk assessment (RI&amp;E) or reason for exemption</translation>
    </message>
    <message>
        <source>naam van de organisatie</source>
        <translation>name of the organisation</translation>
    </message>
    <message>
        <source>aantal medewerkers</source>
        <translation>number of employees</translation>
    </message>
    <message>
        <source>teams of afdelingen</source>
        <translation>teams or departments</translation>
    </message>
    <message>
        <source>OR, PVT of personeelsvergadering</source>
        <translation>works council, staff representatives or staff meeting</translation>
    </message>
    <message>
        <source>een oordeel over de balans van elk team</source>
        <translation>a verdict on the balance of every team</translation>
    </message>
    <message>
        <source>een maatregel tegen elke te hoge bron</source>
        <translation>a measure against every source that is too high</translation>
    </message>
    <message>
        <source>ongewenst gedrag en agressie in de RI&amp;E</source>
        <translation>unwanted behaviour and aggression in the RI&amp;E</translation>
    </message>
    <message>
        <source>ongewenst gedrag en agressie per team beoordeeld en onderbouwd</source>
        <translation>unwanted behaviour and aggression rated per team, with evidence</translation>
    </message>
    <message>
        <source>een oordeel dat past bij de geregistreerde incidenten</source>
        <translation>a rating that fits the registered incidents</translation>
    </message>
    <message>
        <source>een gedragscode</source>
        <translation>a code of conduct</translation>
    </message>
    <message>
        <source>een vertrouwenspersoon</source>
        <translation>a confidential adviser</translation>
    </message>
    <message>
        <source>een klachtenregeling</source>
        <translation>a complaints procedure</translation>
    </message>
    <message>
        <source>afspraken over melden en registreren</source>
        <translation>agreements on reporting and registering</translation>
    </message>
    <message>
        <source>huisregels</source>
        <translation>house rules</translation>
    </message>
    <message>
        <source>afspraken over opvang en nazorg</source>
        <translation>agreements on care and aftercare</translation>
    </message>
    <message>
        <source>voorlichting over ongewenst gedrag en agressie</source>
        <translation>information about unwanted behaviour and aggression</translation>
    </message>
    <message>
        <source>Let op: dit bestand gaat alleen over werkdruk. Deze punten gaan over het werkdrukdeel van uw beleid op psychosociale arbeidsbelasting (Arbowet art. 1 lid 3 sub e). De inspectie kijkt ook naar ongewenst gedrag binnen de organisatie (zoals pesten, intimidatie en discriminatie) en naar agressie en geweld van klanten of bezoekers; die zijn hier niet nagekeken. Kies bij Organisatie voor het hele PSA-beleid om ze mee te nemen.</source>
        <translation>Note: this file covers work pressure only. These points are about the work pressure part of your policy on psychosocial workload (Arbowet art. 1 lid 3 sub e). The inspectorate also looks at unwanted behaviour within the organisation (such as bullying, intimidation and discrimination) and at aggression and violence by customers or visitors; those have not been checked here. Choose the whole PSA policy under Organisation to include them.</translation>
    </message>
    <message>
        <source>Deze punten gaan over uw hele beleid op psychosociale arbeidsbelasting (Arbowet art. 1 lid 3 sub e): werkdruk, ongewenst gedrag binnen de organisatie, en agressie en geweld van klanten of bezoekers.</source>
        <translation>These points cover your whole policy on psychosocial workload (Arbowet art. 1 lid 3 sub e): work pressure, unwanted behaviour within the organisation, and aggression and violence by customers or visitors.</translation>
    </message>
</context>
<context>
    <name>ReadinessBox</name>
    <message>
        <source>Klaar voor de inspectie?</source>
        <translation>Ready for an inspection?</translation>
    </message>
    <message>
        <source>Klaar voor de inspectie: samenvatting</source>
        <translation>Ready for an inspection: summary</translation>
    </message>
    <message>
        <source>Open punten voor de inspectie</source>
        <translation>Open points for an inspection</translation>
    </message>
    <message>
        <source>Waar deze punten over gaan</source>
        <translation>What these points cover</translation>
    </message>
    <message>
        <source>Op orde:</source>
        <translation>In order:</translation>
    </message>
    <message>
        <source>{0}. {1}
{2}</source>
        <translation>{0}. {1}
{2}</translation>
    </message>
    <message>
        <source>Wettelijke basis: {0}</source>
        <translation>Legal basis: {0}</translation>
    </message>
    <message>
        <source>Naar {0} →</source>
        <translation>To {0} →</translation>
    </message>
    <message>
        <source>Naar {0}: {1}</source>
        <translation>To {0}: {1}</translation>
    </message>
    <message>
        <source>Daar lost u dit op: stap {0}</source>
        <translation>This is solved in the step {0}</translation>
    </message>
    <message>
        <source>✓ Klaar: alle {0} punten die de inspecteur bij werkdruk, ongewenst gedrag en agressie nakijkt, zijn op orde.</source>
        <translation>✓ Ready: all {0} points the inspector checks on work pressure, unwanted behaviour and aggression are in order.</translation>
    </message>
    <message>
        <source>✓ Klaar voor werkdruk: alle {0} punten die de inspecteur bij werkdruk nakijkt, zijn op orde. Ongewenst gedrag en agressie zijn niet nagekeken.</source>
        <translation>✓ Ready for work pressure: all {0} points the inspector checks on work pressure are in order. Unwanted behaviour and aggression have not been checked.</translation>
    </message>
    <message>
        <source>Op orde: {0} van de {1} punten; nog open: {2}.</source>
        <translation>In order: {0} of the {1} points; still open: {2}.</translation>
    </message>
</context>
<context>
    <name>ReadinessPlan</name>
    <message>
        <source>Leg in het plan van aanpak vast welke maatregelen u neemt tegen de werkdrukbronnen die te hoog en de energiebronnen die te laag zijn.</source>
        <translation>Record in the action plan which measures you take against the job demands that are too high and the job resources that are too low.</translation>
    </message>
    <message>
        <source>Geef {measures} een verantwoordelijke en een uiterste datum (termijn).</source>
        <translation>Name someone responsible and a deadline for {measures}.</translation>
    </message>
    <message>
        <source>Schrijf bij het plan van aanpak in een paar zinnen hoe de maatregelen samenhangen: wat voor de hele organisatie geldt en wat teams en medewerkers daarbinnen doen.</source>
        <translation>Write a few sentences in the action plan on how the measures fit together: what applies to the whole organisation and what teams and employees do within it.</translation>
    </message>
    <message>
        <source>onbekende bron</source>
        <translation>unknown source</translation>
    </message>
    <message>
        <source>Breng eerst per team in kaart welke werkdrukbronnen te hoog en welke energiebronnen te laag zijn; dan ziet u {what}.</source>
        <translation>First map per team which job demands are too high and which job resources are too low; then you will see {what}.</translation>
    </message>
    <message>
        <source>wat in meerdere teams speelt</source>
        <translation>what affects several teams</translation>
    </message>
    <message>
        <source>Neem een maatregel voor de hele organisatie tegen {sources}: dat speelt in meerdere teams of in de hele organisatie.</source>
        <translation>Take a measure for the whole organisation against {sources}: it affects several teams or the whole organisation.</translation>
    </message>
    <message>
        <source>of rust en herstel maatregelen vragen</source>
        <translation>whether rest and recovery call for measures</translation>
    </message>
    <message>
        <source>Neem een maatregel voor rust en herstel tegen {sources}, bijvoorbeeld vaste pauzes of afspraken over bereikbaarheid na werktijd.</source>
        <translation>Take a measure for rest and recovery against {sources}, for example fixed breaks or agreements on being reachable after hours.</translation>
    </message>
    <message>
        <source>of er ongewenst gedrag voorkomt</source>
        <translation>whether unwanted behaviour occurs</translation>
    </message>
    <message>
        <source>de hele organisatie</source>
        <translation>the whole organisation</translation>
    </message>
    <message>
        <source>waar maatregelen nodig zijn</source>
        <translation>where measures are needed</translation>
    </message>
    <message>
        <source>{source} ({where})</source>
        <translation>{source} ({where})</translation>
    </message>
    <message>
        <source>Neem een maatregel tegen {problems} en vink dat knelpunt aan bij de maatregel: de inventarisatie noemt het te hoog, maar het plan pakt het daar nog niet aan.</source>
        <translation>Take a measure against {problems} and tick that problem in the measure: the inventory calls it too high, but the plan does not yet tackle it there.</translation>
    </message>
    <message>
        <source>Schrijf bij het plan op hoe medewerkers hebben meegedacht over de maatregelen, bijvoorbeeld in een werkoverleg; nu staat dat nog niet bij {measures}.</source>
        <translation>Write down with the plan how staff helped think about the measures, for example in a team meeting; it is not yet recorded for {measures}.</translation>
    </message>
    <message>
        <source>Neem een maatregel tegen {sources} voor {where}, bijvoorbeeld een gedragscode, huisregels, werken in tweetallen of een training in de-escalatie: ongewenst gedrag en agressie vragen om een maatregel, ook als het een enkele keer voorkwam.</source>
        <translation>Take a measure against {sources} for {where}, for example a code of conduct, house rules, working in pairs or de-escalation training: unwanted behaviour and aggression call for a measure, even if it happened only once.</translation>
    </message>
    <message>
        <source>Neem een maatregel tegen {sources} voor {where}, bijvoorbeeld een gedragscode en een vertrouwenspersoon: ongewenst gedrag vraagt altijd om een maatregel.</source>
        <translation>Take a measure against {sources} for {where}, for example a code of conduct and a confidential adviser: unwanted behaviour always calls for a measure.</translation>
    </message>
    <message>
        <source>Vraag de {body} om instemming met de aanpak van de RI&amp;E en met het plan van aanpak, en leg beide data vast.</source>
        <translation>Ask the {body} to consent to the approach of the RI&amp;E and to the action plan, and record both dates.</translation>
    </message>
    <message>
        <source>Vraag de {body} ook om instemming met de aanpak van de RI&amp;E (hoe u de risico&apos;s in kaart brengt) en leg de datum vast.</source>
        <translation>Also ask the {body} to consent to the approach of the RI&amp;E (how you map the risks) and record the date.</translation>
    </message>
    <message>
        <source>Vraag de {body} om instemming met het plan van aanpak en leg de datum vast.</source>
        <translation>Ask the {body} for consent to the action plan and record the date.</translation>
    </message>
    <message>
        <source>Er is geen OR of PVT: bespreek de RI&amp;E en het plan van aanpak met de medewerkers en leg vast wanneer, hoe en wat eruit kwam.</source>
        <translation>There is no works council or staff representation: discuss the RI&amp;E and the action plan with the employees and record when, how and what came out of it.</translation>
    </message>
    <message>
        <source>Onderteken het plan van aanpak namens de werkgever en vul naam en datum in.</source>
        <translation>Sign the action plan for the employer and fill in the name and date.</translation>
    </message>
    <message>
        <source>Voer {measures} uit, of spreek met de verantwoordelijke een nieuwe termijn af: de termijn is verstreken.</source>
        <translation>Carry out {measures}, or agree a new deadline with the person responsible: the deadline has passed.</translation>
    </message>
    <message>
        <source>Voer de eerste maatregel uit en zet hem op &apos;{done}&apos;, met de datum.</source>
        <translation>Carry out the first measure and set it to &apos;{done}&apos;, with the date.</translation>
    </message>
    <message>
        <source>Geef de medewerkers voorlichting over {topics}, en leg vast wanneer en wie er waren.</source>
        <translation>Give your employees information about {topics}, and record when it was and who attended.</translation>
    </message>
    <message>
        <source>Leg vast welke teams of afdelingen u heeft, zodat te zien is of elk team voorlichting kreeg.</source>
        <translation>Record which teams or departments you have, so that it shows whether every team received information.</translation>
    </message>
    <message>
        <source>Geef alle medewerkers voorlichting over werkdruk, bijvoorbeeld in het werkoverleg, en leg vast wie er waren.</source>
        <translation>Give all employees information about work pressure, for example in the team meeting, and record who attended.</translation>
    </message>
    <message>
        <source>Nog niet iedereen kreeg voorlichting: {gaps}. Geef ook hen voorlichting, of plan er een sessie voor met een datum, en leg vast wie er waren.</source>
        <translation>Not everyone has been informed yet: {gaps}. Inform them too, or plan a dated session for them, and record who attended.</translation>
    </message>
    <message>
        <source>in {team} nog niemand</source>
        <translation>in {team} nobody yet</translation>
    </message>
    <message>
        <source>in {team} {missing} van de {headcount}</source>
        <translation>in {team} {missing} of the {headcount}</translation>
    </message>
    <message>
        <source>Leer de leidinggevenden signalen van werkstress bij hun medewerkers herkennen, bijvoorbeeld in een korte training, en leg die vast met doelgroep &apos;{managers}&apos;.</source>
        <translation>Teach your managers to recognise signs of work stress in their employees, for example in a short training, and record it with the audience &apos;{managers}&apos;.</translation>
    </message>
    <message>
        <source>Kijk na elke uitgevoerde maatregel of hij werkt en leg dat vast.</source>
        <translation>After each completed measure, check whether it works and record this.</translation>
    </message>
    <message>
        <source>Leg vast of {measures} werkt en hoe u dat heeft vastgesteld.</source>
        <translation>Record whether {measures} works and how you found out.</translation>
    </message>
    <message>
        <source>Evalueer het proces, bijvoorbeeld in groepsgesprekken of met een tweede meting, en leg vast hoe u dat deed.</source>
        <translation>Evaluate the process, for example in group discussions or with a second measurement, and record how you did it.</translation>
    </message>
    <message>
        <source>Schrijf kort op hoe het proces is verlopen en of het zorgvuldig ging.</source>
        <translation>Write down briefly how the process went and whether it was done carefully.</translation>
    </message>
    <message>
        <source>Schrijf op wat u na deze cyclus aan uw beleid verandert.</source>
        <translation>Write down what you will change in your policy after this cycle.</translation>
    </message>
    <message>
        <source>Deze cyclus loopt al een jaar of langer: sluit hem af en begin de volgende cyclus.</source>
        <translation>This cycle has been running for a year or more: close it and start the next cycle.</translation>
    </message>
</context>
<context>
    <name>ReadinessReport</name>
    <message>
        <source>Klaar voor de inspectie?</source>
        <translation>Ready for the inspection?</translation>
    </message>
    <message>
        <source>Deze lijst volgt de vragen die een inspecteur van de Nederlandse Arbeidsinspectie stelt over het werkdrukbeleid van {organisation}: staat werkdruk in de RI&amp;E, zijn de oorzaken per team bekend, zijn er maatregelen met een eigenaar en een termijn, worden ze uitgevoerd en geëvalueerd, en hebben de medewerkers voorlichting gehad?</source>
        <translation>This list follows the questions an inspector of the Labour Inspectorate asks about the work pressure policy of {organisation}: is work pressure in the risk assessment (RI&amp;E), are the causes known per team, are there measures with an owner and a deadline, are they carried out and evaluated, and have the employees received information?</translation>
    </message>
    <message>
        <source>Deze lijst volgt de vragen die een inspecteur van de Nederlandse Arbeidsinspectie stelt over het beleid van {organisation} op psychosociale arbeidsbelasting: werkdruk, ongewenst gedrag binnen de organisatie, en agressie en geweld van klanten of bezoekers. Staan ze in de RI&amp;E, zijn ze per team bekend, zijn er maatregelen en regelingen, worden ze uitgevoerd en geëvalueerd, en hebben de medewerkers voorlichting gehad?</source>
        <translation>This list follows the questions an inspector of the Netherlands Labour Authority asks about the policy of {organisation} on psychosocial workload: work pressure, unwanted behaviour within the organisation, and aggression and violence by customers or visitors. Are they in the RI&amp;E, are they known per team, are there measures and arrangements, are these carried out and evaluated, and have staff been informed?</translation>
    </message>
    <message>
        <source>Klaar: alle {total} punten zijn op orde.</source>
        <translation>Ready: all {total} points are in order.</translation>
    </message>
    <message>
        <source>Klaar voor werkdruk: alle {total} punten over werkdruk zijn op orde.</source>
        <translation>Ready for work pressure: all {total} points on work pressure are in order.</translation>
    </message>
    <message>
        <source>Alles wat de inspecteur over werkdruk vraagt, is vastgelegd. Let op: ongewenst gedrag en agressie zijn in dit bestand niet nagekeken, en de inspectie kijkt daar ook naar.</source>
        <translation>Everything the inspector asks about work pressure is recorded. Note: unwanted behaviour and aggression have not been checked in this file, and the inspectorate looks at them too.</translation>
    </message>
    <message>
        <source>Alles wat de inspecteur over werkdruk, ongewenst gedrag en agressie vraagt, is vastgelegd. Houd het bij: de termijnen lopen door en na een jaar begint de volgende cyclus.</source>
        <translation>Everything the inspector asks about work pressure, unwanted behaviour and aggression is recorded. Keep it up to date: the terms run on and after a year the next cycle begins.</translation>
    </message>
    <message>
        <source>Nog niet klaar: 1 van de {total} punten vraagt actie.</source>
        <translation>Not ready yet: 1 of the {total} points needs action.</translation>
    </message>
    <message>
        <source>Nog niet klaar: {open} van de {total} punten vragen actie.</source>
        <translation>Not ready yet: {open} of the {total} points need action.</translation>
    </message>
    <message>
        <source>Werk de actiepunten hieronder af, van boven naar beneden, en vink ze af. Daarna staat alles klaar wat de inspecteur wil zien.</source>
        <translation>Work through the action points below, from top to bottom, and tick them off. Then everything the inspector wants to see will be ready.</translation>
    </message>
    <message>
        <source>Actiepunten</source>
        <translation>Action points</translation>
    </message>
    <message>
        <source>Elk punt zegt wat u moet doen en bij welke stap van WerkdrukDesk u dat vastlegt. Maak dit overzicht daarna opnieuw om te zien wat er nog openstaat.</source>
        <translation>Each point says what you need to do and in which step of WerkdrukDesk you record it. Then make this overview again to see what is still open.</translation>
    </message>
    <message>
        <source>Wettelijke basis: {basis}</source>
        <translation>Legal basis: {basis}</translation>
    </message>
    <message>
        <source>Er staan geen actiepunten open.</source>
        <translation>There are no open action points.</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Wat u doet</source>
        <translation>What you do</translation>
    </message>
    <message>
        <source>Waar in het programma</source>
        <translation>Where in the program</translation>
    </message>
    <message>
        <source>stap {step}</source>
        <translation>step {step}</translation>
    </message>
    <message>
        <source>Al op orde</source>
        <translation>Already in order</translation>
    </message>
    <message>
        <source>Nog niets van deze lijst is op orde. Begin bij de stap Organisatie en werk de stappen van WerkdrukDesk een voor een af.</source>
        <translation>Nothing on this list is in order yet. Start at the Organisation step and work through the steps of WerkdrukDesk one by one.</translation>
    </message>
    <message>
        <source>Op orde: {met} van de {total} punten.</source>
        <translation>In order: {met} of the {total} points.</translation>
    </message>
</context>
<context>
    <name>ReadinessStrands</name>
    <message>
        <source>Zorg dat uw RI&amp;E ook {strands} behandelt: welke risico&apos;s er zijn en voor wie. Vink het daarna aan bij Organisatie.</source>
        <translation>Make sure your RI&amp;E also covers {strands}: which risks there are and for whom. Then tick it under Organisation.</translation>
    </message>
    <message>
        <source>Zet bij Inventarisatie de bronnen voor ongewenst gedrag en agressie aan, zodat u ze per team kunt beoordelen.</source>
        <translation>Switch on the sources for unwanted behaviour and aggression under Inventory, so you can rate them per team.</translation>
    </message>
    <message>
        <source>Beoordeel bij {teams} of er ongewenst gedrag of agressie voorkomt, en leg vast waarop u dat baseert: een vragenlijst, een groepsgesprek, een document of het incidentenregister.</source>
        <translation>Rate for {teams} whether unwanted behaviour or aggression occurs, and record what you base that on: a questionnaire, a group conversation, a document or the incident register.</translation>
    </message>
    <message>
        <source>{strand} bij {where}</source>
        <translation>{strand} in {where}</translation>
    </message>
    <message>
        <source>Het incidentenregister noemt {cases}, maar de inventarisatie noemt het daar in orde. Eén geval is er één te veel: beoordeel die bron opnieuw en noem het register als onderbouwing.</source>
        <translation>The incident register records {cases}, but the inventory calls it fine there. One case is one too many: rate that source again and name the register as evidence.</translation>
    </message>
    <message>
        <source>De wet noemt dit niet met zoveel woorden; de inspectie verwacht het als deel van uw beleid tegen psychosociale arbeidsbelasting (Arbowet art. 3 lid 2).</source>
        <translation>The law does not name this in so many words; the inspectorate expects it as part of your policy against psychosocial workload (Arbowet art. 3 lid 2).</translation>
    </message>
    <message>
        <source>Leg bij Organisatie uw gedragscode vast: welk gedrag u verwacht en wat u niet accepteert; nog nodig: {missing}.</source>
        <translation>Record your code of conduct under Organisation: what behaviour you expect and what you do not accept; still needed: {missing}.</translation>
    </message>
    <message>
        <source>Zorg voor een vertrouwenspersoon bij wie medewerkers in vertrouwen terechtkunnen, en vul die in bij Organisatie; nog nodig: {missing}.</source>
        <translation>Arrange a confidential adviser staff can turn to in confidence, and fill it in under Organisation; still needed: {missing}.</translation>
    </message>
    <message>
        <source>Leg een klachtenregeling voor ongewenst gedrag vast, met een commissie waarin niemand afhangt van wie de klacht betreft; nog nodig: {missing}.</source>
        <translation>Set up a complaints procedure for unwanted behaviour, with a committee in which nobody depends on the person the complaint is about; still needed: {missing}.</translation>
    </message>
    <message>
        <source>Spreek af hoe medewerkers een incident melden en wie het registreert, en vul dat in bij Organisatie; nog nodig: {missing}.</source>
        <translation>Agree how staff report an incident and who registers it, and fill that in under Organisation; still needed: {missing}.</translation>
    </message>
    <message>
        <source>Stel huisregels op voor klanten en bezoekers: wat u niet accepteert en wat er dan gebeurt; nog nodig: {missing}.</source>
        <translation>Draw up house rules for customers and visitors: what you do not accept and what happens then; still needed: {missing}.</translation>
    </message>
    <message>
        <source>Spreek af wie een medewerker opvangt na een incident en wat er daarna gebeurt; nog nodig: {missing}.</source>
        <translation>Agree who takes care of an employee after an incident and what happens next; still needed: {missing}.</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <source>{file} is een map, geen bestand om in te lezen.</source>
        <translation>{file} is a folder, not a file to import.</translation>
    </message>
    <message>
        <source>{file} is geen gewoon bestand (maar een apparaat of een pijp) en wordt niet ingelezen.</source>
        <translation>{file} is not an ordinary file (but a device or a pipe) and is not read.</translation>
    </message>
    <message>
        <source>Het bestand {file} bestaat niet.</source>
        <translation>The file {file} does not exist.</translation>
    </message>
    <message>
        <source>{file} kan niet worden gelezen ({reason}).</source>
        <translation>{file} cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>{file} is te groot om in te lezen.</source>
        <translation>{file} is too large to import.</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>Bewaartermijn</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <source>Aantallen meldingen</source>
        <translation>Numbers of incidents</translation>
    </message>
    <message>
        <source>Leg hier vast wat er gebeurde aan ongewenst gedrag binnen het bedrijf en aan agressie van buitenaf. Zo ziet u waar het vaker gebeurt en wat helpt. Schrijf geen namen op: het register is er om te leren, niet om mensen aan te wijzen.</source>
        <translation>Record here what happened in unwanted behaviour within the organisation and aggression from outside. That shows where it happens more often and what helps. Write down no names: the register is for learning, not for pointing at people.</translation>
    </message>
    <message>
        <source>Een melding wordt {0} maanden na de datum uit het bestand verwijderd (AVG: niet langer bewaren dan nodig).</source>
        <translation>An incident is removed from the file {0} months after its date (GDPR: kept no longer than needed).</translation>
    </message>
    <message>
        <source>De eerstvolgende gaat eruit op {0}.</source>
        <translation>The next one is removed on {0}.</translation>
    </message>
    <message>
        <source>Aantallen in deze cyclus:</source>
        <translation>Numbers in this cycle:</translation>
    </message>
    <message>
        <source>• {0}, {1}: {2} ({3})</source>
        <translation>• {0}, {1}: {2} ({3})</translation>
    </message>
    <message>
        <source>hele organisatie</source>
        <translation>whole organisation</translation>
    </message>
    <message>
        <source>• nog geen meldingen die getoond kunnen worden</source>
        <translation>• no incidents yet that can be shown</translation>
    </message>
    <message>
        <source>Sommige aantallen staan hier niet, om mensen te beschermen: een aantal voor een groep van minder dan {0} mensen kan naar iemand wijzen.</source>
        <translation>Some numbers are not shown here, to protect people: a number for a group of fewer than {0} people can point at someone.</translation>
    </message>
</context>
<context>
    <name>RelatedBox</name>
    <message>
        <source>Maatregelen die hiermee samenhangen</source>
        <translation>Measures related to this one</translation>
    </message>
    <message>
        <source>Er zijn nog geen andere maatregelen in deze cyclus.</source>
        <translation>There are no other measures in this cycle yet.</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>◀ Werkdrukbronnen</source>
        <translation>◀ Job demands</translation>
    </message>
    <message>
        <source>Energiebronnen ▶</source>
        <translation>Job resources ▶</translation>
    </message>
    <message>
        <source>nog niets beoordeeld</source>
        <translation>nothing rated yet</translation>
    </message>
    <message>
        <source>Gedrag, agressie</source>
        <translation>Behaviour, aggression</translation>
    </message>
    <message>
        <source>{count} te vaak</source>
        <translation>{count} too often</translation>
    </message>
    <message>
        <source>1 aandachtspunt</source>
        <translation>1 needs attention</translation>
    </message>
    <message>
        <source>{count} aandachtspunten</source>
        <translation>{count} need attention</translation>
    </message>
    <message>
        <source>te hoog (werkdrukbron) of te laag (energiebron)</source>
        <translation>too high (job demand) or too low (job resource)</translation>
    </message>
    <message>
        <source>aandacht nodig</source>
        <translation>needs attention</translation>
    </message>
    <message>
        <source>één blokje is één bron</source>
        <translation>one block is one source</translation>
    </message>
    <message>
        <source>Er is nog niets om te tonen.</source>
        <translation>There is nothing to show yet.</translation>
    </message>
    <message>
        <source>Werkdrukbronnen (korter is beter)</source>
        <translation>Job demands (shorter is better)</translation>
    </message>
    <message>
        <source>Energiebronnen (langer is beter)</source>
        <translation>Job resources (longer is better)</translation>
    </message>
    <message>
        <source>voor: {name}</source>
        <translation>before: {name}</translation>
    </message>
    <message>
        <source>na: {name}</source>
        <translation>after: {name}</translation>
    </message>
    <message>
        <source>duidelijk beter</source>
        <translation>clearly better</translation>
    </message>
    <message>
        <source>duidelijk slechter</source>
        <translation>clearly worse</translation>
    </message>
    <message>
        <source>zonder woord: geen duidelijk verschil</source>
        <translation>no label: no clear difference</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>pagina {page} van {pages}</source>
        <translation>page {page} of {pages}</translation>
    </message>
    <message>
        <source>afgedrukt op {date}</source>
        <translation>printed on {date}</translation>
    </message>
    <message>
        <source>Cyclus {number}: {title}</source>
        <translation>Cycle {number}: {title}</translation>
    </message>
    <message>
        <source>Cyclus {number}</source>
        <translation>Cycle {number}</translation>
    </message>
    <message>
        <source>{start} tot en met {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>vanaf {start}</source>
        <translation>from {start}</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>hele organisatie</source>
        <translation>whole organisation</translation>
    </message>
    <message>
        <source>onbekende bron</source>
        <translation>unknown source</translation>
    </message>
    <message>
        <source>onbekend team</source>
        <translation>unknown team</translation>
    </message>
    <message>
        <source>Organisatie en RI&amp;E</source>
        <translation>Organisation and risk assessment (RI&amp;E)</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>KvK-nummer</source>
        <translation>Chamber of Commerce (KvK) number</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Medewerkers</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>{count} medewerkers, samen {hours} betaalde uren per week</source>
        <translation>{count} employees, {hours} paid hours a week in total</translation>
    </message>
    <message>
        <source>samen {hours} betaalde uren per week</source>
        <translation>{hours} paid hours a week in total</translation>
    </message>
    <message>
        <source>niet ingevuld</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <source>Preventiemedewerker</source>
        <translation>Prevention officer</translation>
    </message>
    <message>
        <source>Medezeggenschap</source>
        <translation>Employee participation</translation>
    </message>
    <message>
        <source>Arbodienst en bedrijfsarts</source>
        <translation>Occupational health service and company doctor</translation>
    </message>
    <message>
        <source>RI&amp;E</source>
        <translation>Risk assessment (RI&amp;E)</translation>
    </message>
    <message>
        <source>van {date}, opgesteld met: {instrument}</source>
        <translation>dated {date}, made with: {instrument}</translation>
    </message>
    <message>
        <source>opgesteld met: {instrument}</source>
        <translation>made with: {instrument}</translation>
    </message>
    <message>
        <source>Werkdruk in de RI&amp;E</source>
        <translation>Work pressure in the RI&amp;E</translation>
    </message>
    <message>
        <source>{place} (dit deel is van {date})</source>
        <translation>{place} (this part dates from {date})</translation>
    </message>
    <message>
        <source>Niet vastgelegd waar werkdruk in de RI&amp;E staat.</source>
        <translation>Not recorded where work pressure is in the RI&amp;E.</translation>
    </message>
    <message>
        <source>Psychosociale arbeidsbelasting in de RI&amp;E</source>
        <translation>Psychosocial workload in the RI&amp;E</translation>
    </message>
    <message>
        <source>werkdruk: {werkdruk}; ongewenst gedrag in de organisatie: {unwanted}; agressie en geweld van buiten: {aggression}</source>
        <translation>work pressure: {werkdruk}; unwanted behaviour within the organisation: {unwanted}; aggression and violence from outside: {aggression}</translation>
    </message>
    <message>
        <source>Veranderingen sinds de RI&amp;E</source>
        <translation>Changes since the RI&amp;E</translation>
    </message>
    <message>
        <source>nog niet in de RI&amp;E verwerkt</source>
        <translation>not yet taken into the RI&amp;E</translation>
    </message>
    <message>
        <source>datum onbekend</source>
        <translation>date unknown</translation>
    </message>
    <message>
        <source>Instemming met de aanpak van de RI&amp;E</source>
        <translation>Consent to the RI&amp;E approach</translation>
    </message>
    <message>
        <source>door de {body} op {date}</source>
        <translation>by the {body} on {date}</translation>
    </message>
    <message>
        <source>Nog niet gevraagd of niet vastgelegd (WOR art. 27 lid 1 sub d).</source>
        <translation>Not yet asked for, or not recorded (WOR art. 27 lid 1 sub d).</translation>
    </message>
    <message>
        <source>Raadpleging van de medewerkers</source>
        <translation>Consultation of the employees</translation>
    </message>
    <message>
        <source>Op {date}: {how}</source>
        <translation>On {date}: {how}</translation>
    </message>
    <message>
        <source>Wat eruit kwam: {outcome}</source>
        <translation>What came out of it: {outcome}</translation>
    </message>
    <message>
        <source>Er is geen OR of PVT, en niet vastgelegd dat de medewerkers over de RI&amp;E en het plan zijn geraadpleegd (Arbowet art. 12 lid 3).</source>
        <translation>There is no works council or staff representation, and it is not recorded that the employees were consulted about the RI&amp;E and the plan (Arbowet art. 12 lid 3).</translation>
    </message>
    <message>
        <source>Hoe medewerkers meedachten</source>
        <translation>How staff were involved</translation>
    </message>
    <message>
        <source>Erkend branche-instrument</source>
        <translation>Recognised sector tool</translation>
    </message>
    <message>
        <source>Toetsing</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>getoetst op {date} door {by}</source>
        <translation>reviewed on {date} by {by}</translation>
    </message>
    <message>
        <source>vrijgesteld van toetsing: {reason}</source>
        <translation>exempt from review: {reason}</translation>
    </message>
    <message>
        <source>Arbocatalogus</source>
        <translation>Arbocatalogus (sector health and safety catalogue)</translation>
    </message>
    <message>
        <source>Ondertekening</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Namens de werkgever</source>
        <translation>On behalf of the employer</translation>
    </message>
    <message>
        <source>Namens de {body}</source>
        <translation>On behalf of the {body}</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Handtekening</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>De organisatie heeft geen ondernemingsraad of personeelsvertegenwoordiging; de werkgever ondertekent het plan alleen.</source>
        <translation>The organisation has no works council or staff representatives; the employer signs the plan alone.</translation>
    </message>
    <message>
        <source>Plan van aanpak werkdruk</source>
        <translation>Work pressure action plan</translation>
    </message>
    <message>
        <source>Plan van aanpak psychosociale arbeidsbelasting</source>
        <translation>Psychosocial workload action plan</translation>
    </message>
    <message>
        <source>Dit plan van aanpak hoort bij de risico-inventarisatie en -evaluatie (RI&amp;E) van {organisation}. Het beschrijft welke werkdrukrisico&apos;s we hebben gevonden, welke maatregelen we daartegen nemen, wie daarvoor zorgt, binnen welke termijn, en hoe de maatregelen samenhangen (Arbowet artikel 5).</source>
        <translation>This action plan belongs to the risk assessment (RI&amp;E) of {organisation}. It sets out which work pressure risks we found, which measures we are taking against them, who is in charge of each, by when, and how the measures fit together (Working Conditions Act, article 5).</translation>
    </message>
    <message>
        <source>Dit plan van aanpak hoort bij de risico-inventarisatie en -evaluatie (RI&amp;E) van {organisation}. Het beschrijft welke risico&apos;s we hebben gevonden op werkdruk, op ongewenst gedrag binnen het bedrijf en op agressie en geweld van buitenaf, welke maatregelen we daartegen nemen, wie daarvoor zorgt, binnen welke termijn, en hoe de maatregelen samenhangen (Arbowet artikel 5).</source>
        <translation>This action plan belongs to the risk assessment (RI&amp;E) of {organisation}. It sets out which risks of work pressure, of unwanted behaviour within the organisation and of aggression and violence from outside we found, which measures we are taking against them, who is in charge of each, by when, and how the measures fit together (Working Conditions Act, article 5).</translation>
    </message>
    <message>
        <source>1 maatregel</source>
        <translation>1 measure</translation>
    </message>
    <message>
        <source>{count} maatregelen</source>
        <translation>{count} measures</translation>
    </message>
    <message>
        <source>{total}: {organisation} voor de organisatie, {team} voor teams, {individual} voor individuele medewerkers. Uitgevoerd: {done}. Te laat: {overdue}.</source>
        <translation>{total}: {organisation} for the organisation, {team} for teams, {individual} for individual employees. Done: {done}. Overdue: {overdue}.</translation>
    </message>
    <message>
        <source>Gevonden risico&apos;s</source>
        <translation>Risks found</translation>
    </message>
    <message>
        <source>Werkdruk wordt te hoog als werkdrukbronnen te hoog zijn of energiebronnen te laag. Hieronder staat wat de inventarisatie van deze cyclus daarover liet zien.</source>
        <translation>Work pressure becomes too high when job demands are too high or job resources too low. Below is what the inventory of this cycle showed about that.</translation>
    </message>
    <message>
        <source>Werkdruk wordt te hoog als werkdrukbronnen te hoog zijn of energiebronnen te laag. Bij ongewenst gedrag en agressie telt hoe vaak het voorkomt; energiebronnen maken dat niet goed. Hieronder staat wat de inventarisatie van deze cyclus liet zien.</source>
        <translation>Work pressure becomes too high when job demands are too high or job resources too low. For unwanted behaviour and aggression, what counts is how often they happen; job resources do not make up for them. Below is what the inventory of this cycle showed.</translation>
    </message>
    <message>
        <source>Uitkomst: geen risico op werkstress gevonden</source>
        <translation>Outcome: no risk of work stress found</translation>
    </message>
    <message>
        <source>Waarom niet: {reason}</source>
        <translation>Why not: {reason}</translation>
    </message>
    <message>
        <source>Voor de hele organisatie</source>
        <translation>For the whole organisation</translation>
    </message>
    <message>
        <source>Voor de organisatie als geheel is geen werkdrukbron te hoog en geen energiebron te laag beoordeeld.</source>
        <translation>For the organisation as a whole, no job demand was rated too high and no job resource too low.</translation>
    </message>
    <message>
        <source>Werkdrukbronnen te hoog</source>
        <translation>Job demands too high</translation>
    </message>
    <message>
        <source>Ongewenst gedrag of agressie te vaak</source>
        <translation>Unwanted behaviour or aggression too often</translation>
    </message>
    <message>
        <source>Te hoog of te vaak</source>
        <translation>Too high or too often</translation>
    </message>
    <message>
        <source>Energiebronnen te laag</source>
        <translation>Job resources too low</translation>
    </message>
    <message>
        <source>Aandacht nodig</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Per team</source>
        <translation>Per team</translation>
    </message>
    <message>
        <source>De tabel noemt per team wat in dat team zelf speelt, de teams met de hoogste prioriteit eerst. Wat voor de hele organisatie geldt, staat hierboven en geldt ook voor elk team.</source>
        <translation>For each team, the table names what is going on in that team itself, teams with the highest priority first. What applies to the whole organisation is listed above and applies to every team as well.</translation>
    </message>
    <message>
        <source>De tabel noemt per team wat in dat team zelf speelt, de teams met de hoogste prioriteit eerst. Wat voor de hele organisatie geldt, staat hierboven en geldt ook voor elk team. Onder &apos;te hoog of te vaak&apos; staan de werkdrukbronnen die te hoog zijn en ongewenst gedrag of agressie dat te vaak voorkomt.</source>
        <translation>Per team, the table names what plays in that team itself, the teams with the highest priority first. What applies to the whole organisation is listed above and applies to every team as well. Under &apos;too high or too often&apos; are the sources of work pressure that are too high and unwanted behaviour or aggression that happens too often.</translation>
    </message>
    <message>
        <source>Er zijn in deze cyclus nog geen teams vastgelegd.</source>
        <translation>No teams have been recorded in this cycle yet.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Oordeel</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>prioriteit {priority}</source>
        <translation>priority {priority}</translation>
    </message>
    <message>
        <source>{count} medewerkers</source>
        <translation>{count} employees</translation>
    </message>
    <message>
        <source>werkt hybride</source>
        <translation>works hybrid</translation>
    </message>
    <message>
        <source>Hybride werken</source>
        <translation>Hybrid working</translation>
    </message>
    <message>
        <source>Aanpak en samenhang</source>
        <translation>Approach and coherence</translation>
    </message>
    <message>
        <source>We nemen eerst maatregelen voor de hele organisatie, omdat die het meeste effect hebben op knelpunten die op veel plekken terugkomen. Daarna volgen maatregelen per team en ten slotte maatregelen voor individuele medewerkers.</source>
        <translation>We start with measures for the whole organisation, because they do the most for bottlenecks that come back in many places. Measures per team follow, and finally measures for individual employees.</translation>
    </message>
    <message>
        <source>De samenhang van het plan is nog niet beschreven.</source>
        <translation>How the plan fits together has not been described yet.</translation>
    </message>
    <message>
        <source>Maatregelen</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Er zijn in deze cyclus nog geen maatregelen vastgelegd.</source>
        <translation>No measures have been recorded in this cycle yet.</translation>
    </message>
    <message>
        <source>Omdat er geen risico op werkstress is gevonden, bevat dit plan geen maatregelen.</source>
        <translation>Because no risk of work stress was found, this plan contains no measures.</translation>
    </message>
    <message>
        <source>Maatregelen voor de hele organisatie</source>
        <translation>Measures for the whole organisation</translation>
    </message>
    <message>
        <source>Maatregelen per team</source>
        <translation>Measures per team</translation>
    </message>
    <message>
        <source>Maatregelen voor individuele medewerkers</source>
        <translation>Measures for individual employees</translation>
    </message>
    <message>
        <source>Deze maatregelen pakken werkdrukbronnen en energiebronnen aan die op veel plekken in de organisatie terugkomen.</source>
        <translation>These measures deal with job demands and job resources that come back in many places in the organisation.</translation>
    </message>
    <message>
        <source>Deze maatregelen pakken aan wat in één team speelt, zoals de autonomie en de steun van collega&apos;s en leidinggevende binnen dat team.</source>
        <translation>These measures deal with what is going on in one team, such as autonomy and support from colleagues and the manager within that team.</translation>
    </message>
    <message>
        <source>Deze maatregelen helpen medewerkers bij wie de balans tussen werk en privé of rust en herstel onder druk staat.</source>
        <translation>These measures help employees whose balance between work and private life, or between rest and recovery, is under strain.</translation>
    </message>
    <message>
        <source>Op dit niveau zijn in deze cyclus geen maatregelen vastgelegd.</source>
        <translation>No measures have been recorded at this level in this cycle.</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Maatregel</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>M{number}</source>
        <translation>M{number}</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Pakt aan</source>
        <translation>Deals with</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Verantwoordelijk</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Uitvoering</source>
        <translation>Carried out by</translation>
    </message>
    <message>
        <source>Start en termijn</source>
        <translation>Start and deadline</translation>
    </message>
    <message>
        <source>start {start}, termijn {deadline}</source>
        <translation>start {start}, deadline {deadline}</translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Budget en middelen</source>
        <translation>Budget and means</translation>
    </message>
    <message>
        <source>Betrokkenheid medewerkers</source>
        <translation>Employee involvement</translation>
    </message>
    <message>
        <source>Betrokkenheid OR/PVT</source>
        <translation>Works council / staff representatives involvement</translation>
    </message>
    <message>
        <source>Samenhang</source>
        <translation>Coherence</translation>
    </message>
    <message>
        <source>Hangt samen met</source>
        <translation>Related to</translation>
    </message>
    <message>
        <source>Overgenomen uit cyclus {number}.</source>
        <translation>Taken over from cycle {number}.</translation>
    </message>
    <message>
        <source>Overgenomen uit een vorige cyclus.</source>
        <translation>Taken over from an earlier cycle.</translation>
    </message>
    <message>
        <source>{status} op {date}</source>
        <translation>{status} on {date}</translation>
    </message>
    <message>
        <source>te laat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>termijn verstreken op {date}</source>
        <translation>deadline passed on {date}</translation>
    </message>
    <message>
        <source>Beoogd resultaat</source>
        <translation>Intended result</translation>
    </message>
    <message>
        <source>Beoordeling van het effect</source>
        <translation>Judging the effect</translation>
    </message>
    <message>
        <source>{how}, op {date}</source>
        <translation>{how}, on {date}</translation>
    </message>
    <message>
        <source>bestaat al</source>
        <translation>already exists</translation>
    </message>
    <message>
        <source>Bestond al voor dit plan van aanpak.</source>
        <translation>Existed before this action plan.</translation>
    </message>
    <message>
        <source>Van de {total} maatregelen bestonden er {existing} al voor dit plan; {added} voegt dit plan toe.</source>
        <translation>Of the {total} measures, {existing} existed before this plan; this plan adds {added}.</translation>
    </message>
    <message>
        <source>Instemming en ondertekening</source>
        <translation>Consent and signatures</translation>
    </message>
    <message>
        <source>De ondernemingsraad of personeelsvertegenwoordiging moet instemmen met de RI&amp;E en het plan van aanpak (WOR artikel 27).</source>
        <translation>The works council or staff representatives must give their consent to the risk assessment (RI&amp;E) and the action plan (WOR, article 27).</translation>
    </message>
    <message>
        <source>Instemming door</source>
        <translation>Consent given by</translation>
    </message>
    <message>
        <source>Datum instemming</source>
        <translation>Date of consent</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>De instemming met dit plan is nog niet vastgelegd.</source>
        <translation>Consent to this plan has not been recorded yet.</translation>
    </message>
    <message>
        <source>Ondertekend door de werkgever</source>
        <translation>Signed by the employer</translation>
    </message>
    <message>
        <source>{name} op {date}</source>
        <translation>{name} on {date}</translation>
    </message>
    <message>
        <source>Het rapport &apos;{kind}&apos; is in deze versie nog niet beschikbaar.</source>
        <translation>The report &apos;{kind}&apos; is not available in this version yet.</translation>
    </message>
    <message>
        <source>Onbekend rapport &apos;{kind}&apos;; kies uit: {kinds}.</source>
        <translation>Unknown report &apos;{kind}&apos;; choose from: {kinds}.</translation>
    </message>
    <message>
        <source>Onbekende taal &apos;{language}&apos;; kies uit: {languages}.</source>
        <translation>Unknown language &apos;{language}&apos;; choose from: {languages}.</translation>
    </message>
</context>
<context>
    <name>Routes</name>
    <message>
        <source>Groepsgesprek {team} {date}</source>
        <translation>Group conversation {team} {date}</translation>
    </message>
    <message>
        <source>Kies met welk team het gesprek was.</source>
        <translation>Choose the team the conversation was with.</translation>
    </message>
    <message>
        <source>Vul in hoeveel mensen van het team meepraatten.</source>
        <translation>Fill in how many people of the team took part.</translation>
    </message>
    <message>
        <source>Minder dan de helft van het team praatte mee; praat ook met de anderen.</source>
        <translation>Less than half of the team took part; talk with the others too.</translation>
    </message>
    <message>
        <source>Schrijf op wat er uit het gesprek kwam, in het algemeen of per bron, zonder namen.</source>
        <translation>Write down what came out of the conversation, overall or per source, without names.</translation>
    </message>
    <message>
        <source>Leidde de eigen leidinggevende van het team het gesprek? Dan weet die wie wat zei en telt het niet als anoniem.</source>
        <translation>Did the team&apos;s own manager lead the conversation? Then the manager knows who said what, and it does not count as anonymous.</translation>
    </message>
    <message>
        <source>Vink aan dat er geen namen in de uitkomsten staan, als dat zo is.</source>
        <translation>Tick that the outcomes contain no names, if that is so.</translation>
    </message>
    <message>
        <source>Vul in wanneer en hoe u de uitkomsten met de medewerkers besprak.</source>
        <translation>Fill in when and how you discussed the outcomes with the staff.</translation>
    </message>
    <message>
        <source>Vul in wie het onderzoek deed, wanneer, hoe, en waar het rapport ligt.</source>
        <translation>Fill in who did the study, when, how, and where the report is kept.</translation>
    </message>
    <message>
        <source>Vink aan welke teams het onderzoek bekeek.</source>
        <translation>Tick which teams the study looked at.</translation>
    </message>
    <message>
        <source>Minder dan de helft van de gevraagde medewerkers deed mee.</source>
        <translation>Less than half of the employees asked took part.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>documenten</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>bronnen</source>
        <translation>sources</translation>
    </message>
    <message>
        <source>cycli</source>
        <translation>cycles</translation>
    </message>
    <message>
        <source>teams</source>
        <translation>teams</translation>
    </message>
    <message>
        <source>beoordelingen</source>
        <translation>ratings</translation>
    </message>
    <message>
        <source>balansen</source>
        <translation>balances</translation>
    </message>
    <message>
        <source>maatregelen</source>
        <translation>measures</translation>
    </message>
    <message>
        <source>voorlichtingen</source>
        <translation>information sessions</translation>
    </message>
    <message>
        <source>metingen</source>
        <translation>measurements</translation>
    </message>
    <message>
        <source>ingevulde vragenlijsten</source>
        <translation>completed questionnaires</translation>
    </message>
    <message>
        <source>groepsgesprekken</source>
        <translation>group conversations</translation>
    </message>
    <message>
        <source>externe onderzoeken</source>
        <translation>external studies</translation>
    </message>
    <message>
        <source>meldingen</source>
        <translation>incidents</translation>
    </message>
    <message>
        <source>Vul de naam van de organisatie in.</source>
        <translation>Fill in the name of the organisation.</translation>
    </message>
    <message>
        <source>Een KvK-nummer bestaat uit 8 cijfers.</source>
        <translation>A Chamber of Commerce (KvK) number has 8 digits.</translation>
    </message>
    <message>
        <source>Het aantal medewerkers moet 0 of meer zijn.</source>
        <translation>The number of employees must be 0 or more.</translation>
    </message>
    <message>
        <source>Het aantal betaalde uren per week moet 0 of meer zijn.</source>
        <translation>The number of paid hours per week must be 0 or more.</translation>
    </message>
    <message>
        <source>Schrijf op waarom de RI&amp;E niet getoetst hoeft te worden.</source>
        <translation>Write down why the risk assessment (RI&amp;E) does not need a review.</translation>
    </message>
    <message>
        <source>Vrijstelling van toetsing geldt alleen bij hoogstens 25 medewerkers met een erkende branche-RI&amp;E, of bij hoogstens 40 betaalde uren per week in totaal.</source>
        <translation>Exemption from review only applies with at most 25 employees and a recognised sector risk assessment (RI&amp;E), or with at most 40 paid hours per week in total.</translation>
    </message>
    <message>
        <source>Geef het team een naam.</source>
        <translation>Give the team a name.</translation>
    </message>
    <message>
        <source>Er is al een team met de naam &apos;{name}&apos;.</source>
        <translation>There is already a team called &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>Het aantal medewerkers van een team moet 0 of meer zijn.</source>
        <translation>A team&apos;s number of employees must be 0 or more.</translation>
    </message>
    <message>
        <source>De einddatum van de cyclus ligt voor de begindatum.</source>
        <translation>The end date of the cycle is before its start date.</translation>
    </message>
    <message>
        <source>Schrijf op waarom er geen risico op werkstress is gevonden.</source>
        <translation>Write down why no risk of work stress was found.</translation>
    </message>
    <message>
        <source>Beschrijf in een paar woorden wat de maatregel is.</source>
        <translation>Describe in a few words what the measure is.</translation>
    </message>
    <message>
        <source>De uiterste datum ligt voor de startdatum.</source>
        <translation>The deadline is before the start date.</translation>
    </message>
    <message>
        <source>Vul in wanneer de maatregel is uitgevoerd.</source>
        <translation>Fill in when the measure was carried out.</translation>
    </message>
    <message>
        <source>Een maatregel op teamniveau hoort bij een of meer teams.</source>
        <translation>A team-level measure belongs to one or more teams.</translation>
    </message>
    <message>
        <source>Dezelfde bron en hetzelfde team staan twee keer bij deze maatregel.</source>
        <translation>The same source and team appear twice in this measure.</translation>
    </message>
    <message>
        <source>Een maatregel kan niet met zichzelf samenhangen.</source>
        <translation>A measure cannot be linked to itself.</translation>
    </message>
    <message>
        <source>Vul de datum van de voorlichting in.</source>
        <translation>Fill in the date of the information session.</translation>
    </message>
    <message>
        <source>Kies minstens één onderwerp dat aan bod kwam.</source>
        <translation>Choose at least one topic that was covered.</translation>
    </message>
    <message>
        <source>Het aantal aanwezigen kan niet negatief zijn.</source>
        <translation>The number of people present cannot be negative.</translation>
    </message>
    <message>
        <source>Een aanwezige zonder naam kan niet worden vastgelegd.</source>
        <translation>Someone present without a name cannot be recorded.</translation>
    </message>
    <message>
        <source>Onbekende vraag &apos;{question}&apos; in een ingevulde vragenlijst.</source>
        <translation>Unknown question &apos;{question}&apos; in a completed questionnaire.</translation>
    </message>
    <message>
        <source>Een antwoord moet een getal van 1 tot en met 5 zijn.</source>
        <translation>An answer must be a number from 1 to 5.</translation>
    </message>
    <message>
        <source>Uitkomsten van groepen kleiner dan {minimum} mensen worden nooit getoond.</source>
        <translation>Results of groups smaller than {minimum} people are never shown.</translation>
    </message>
    <message>
        <source>Grenswaarden liggen op de schaal van 1 tot en met 5.</source>
        <translation>Thresholds lie on the scale from 1 to 5.</translation>
    </message>
    <message>
        <source>De grens voor &apos;aandacht&apos; ligt bij werkdrukbronnen onder die voor &apos;te hoog&apos;.</source>
        <translation>For job demands, the threshold for &apos;attention&apos; lies below the one for &apos;too high&apos;.</translation>
    </message>
    <message>
        <source>De grens voor &apos;aandacht&apos; ligt bij energiebronnen boven die voor &apos;te laag&apos;.</source>
        <translation>For job resources, the threshold for &apos;attention&apos; lies above the one for &apos;too low&apos;.</translation>
    </message>
    <message>
        <source>De organisatie heeft geen naam.</source>
        <translation>The organisation has no name.</translation>
    </message>
    <message>
        <source>Er is geen enkele cyclus.</source>
        <translation>There is no cycle at all.</translation>
    </message>
    <message>
        <source>Twee cycli hebben hetzelfde nummer.</source>
        <translation>Two cycles have the same number.</translation>
    </message>
    <message>
        <source>Vragenlijst: {problem}</source>
        <translation>Questionnaire: {problem}</translation>
    </message>
    <message>
        <source>Twee vragen hebben dezelfde sleutel.</source>
        <translation>Two questions have the same key.</translation>
    </message>
    <message>
        <source>Cyclus {number}: {problem}</source>
        <translation>Cycle {number}: {problem}</translation>
    </message>
    <message>
        <source>Het id {id} komt meer dan eens voor bij de {kind}.</source>
        <translation>The id {id} occurs more than once among the {kind}.</translation>
    </message>
    <message>
        <source>team &apos;{team}&apos; verwijst naar een onbekend eerder team.</source>
        <translation>team &apos;{team}&apos; refers to an unknown earlier team.</translation>
    </message>
    <message>
        <source>team &apos;{team}&apos; heeft een onmogelijk aantal medewerkers.</source>
        <translation>team &apos;{team}&apos; has an impossible number of employees.</translation>
    </message>
    <message>
        <source>een beoordeling hoort bij een onbekende bron.</source>
        <translation>an assessment belongs to an unknown source.</translation>
    </message>
    <message>
        <source>een beoordeling hoort bij een team van een andere cyclus.</source>
        <translation>an assessment belongs to a team of another cycle.</translation>
    </message>
    <message>
        <source>een balans hoort bij een onbekend team.</source>
        <translation>a balance belongs to an unknown team.</translation>
    </message>
    <message>
        <source>maatregel &apos;{measure}&apos; richt zich op een onbekende bron.</source>
        <translation>measure &apos;{measure}&apos; is aimed at an unknown source.</translation>
    </message>
    <message>
        <source>maatregel &apos;{measure}&apos; richt zich op een onbekend team.</source>
        <translation>measure &apos;{measure}&apos; is aimed at an unknown team.</translation>
    </message>
    <message>
        <source>maatregel &apos;{measure}&apos; hangt samen met een onbekende maatregel.</source>
        <translation>measure &apos;{measure}&apos; is linked to an unknown measure.</translation>
    </message>
    <message>
        <source>een voorlichting noemt een onbekend team.</source>
        <translation>an information session names an unknown team.</translation>
    </message>
    <message>
        <source>een voorlichting heeft een negatief aantal aanwezigen.</source>
        <translation>an information session has a negative number of people present.</translation>
    </message>
    <message>
        <source>een melding noemt een onbekend team.</source>
        <translation>an incident names an unknown team.</translation>
    </message>
    <message>
        <source>een melding hoort niet bij ongewenst gedrag of agressie.</source>
        <translation>an incident belongs to neither unwanted behaviour nor aggression.</translation>
    </message>
    <message>
        <source>meting &apos;{measurement}&apos; vraagt naar een onbekende bron.</source>
        <translation>measurement &apos;{measurement}&apos; asks about an unknown source.</translation>
    </message>
    <message>
        <source>meting &apos;{measurement}&apos; heeft antwoorden van een onbekend team.</source>
        <translation>measurement &apos;{measurement}&apos; has answers from an unknown team.</translation>
    </message>
    <message>
        <source>meting &apos;{measurement}&apos;: {problem}</source>
        <translation>measurement &apos;{measurement}&apos;: {problem}</translation>
    </message>
    <message>
        <source>een groepsgesprek hoort bij een onbekend team.</source>
        <translation>a group conversation belongs to an unknown team.</translation>
    </message>
    <message>
        <source>een groepsgesprek heeft een onmogelijk aantal deelnemers.</source>
        <translation>a group conversation has an impossible number of participants.</translation>
    </message>
    <message>
        <source>een groepsgesprek noemt een onbekende bron, of een bron twee keer.</source>
        <translation>a group conversation names an unknown source, or a source twice.</translation>
    </message>
    <message>
        <source>een extern onderzoek noemt een onbekend team.</source>
        <translation>an external study names an unknown team.</translation>
    </message>
    <message>
        <source>een extern onderzoek heeft een onmogelijk aantal deelnemers.</source>
        <translation>an external study has an impossible number of participants.</translation>
    </message>
</context>
<context>
    <name>ScopeChoice</name>
    <message>
        <source>Het &amp;hele PSA-beleid (aanbevolen)</source>
        <translation>The &amp;whole PSA policy (recommended)</translation>
    </message>
    <message>
        <source>Werkdruk, en ook ongewenst gedrag binnen het bedrijf (pesten, intimidatie, seksuele intimidatie, discriminatie) en agressie en geweld van klanten of bezoekers. Naar alle drie vraagt de Arbeidsinspectie.</source>
        <translation>Werkdruk, and also unwanted behaviour within the company (bullying, intimidation, sexual harassment, discrimination) and aggression and violence by customers or visitors. The Labour Inspectorate asks about all three.</translation>
    </message>
    <message>
        <source>A&amp;lleen werkdruk</source>
        <translation>Werkdruk &amp;only</translation>
    </message>
    <message>
        <source>Alleen werkdruk en werkstress. Ongewenst gedrag en agressie regelt u dan op een andere manier; u kunt ze hier later alsnog toevoegen.</source>
        <translation>Only werkdruk and work stress. You then deal with unwanted behaviour and aggression in another way; you can still add them here later.</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Aantal aanwezigen in totaal</source>
        <translation>Total number of attendees</translation>
    </message>
    <message>
        <source>Voorlichting</source>
        <translation>Information session</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>Vor&amp;m</source>
        <translation>For&amp;mat</translation>
    </message>
    <message>
        <source>Doel&amp;groep</source>
        <translation>Target &amp;group</translation>
    </message>
    <message>
        <source>G&amp;egeven door</source>
        <translation>&amp;Presented by</translation>
    </message>
    <message>
        <source>Wat kwam aan bod?</source>
        <translation>What was covered?</translation>
    </message>
    <message>
        <source>Bedoeld voor leidinggevenden: hoe zie je dat een medewerker last heeft van werkstress, en wat doe je dan?</source>
        <translation>Meant for managers: how can you tell that an employee is suffering from work stress, and what do you do then?</translation>
    </message>
    <message>
        <source>Bij ongewenst gedrag én bij agressie</source>
        <translation>For unwanted behaviour and for aggression alike</translation>
    </message>
    <message>
        <source>Aantekeningen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Aante&amp;keningen</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Aanwezig in totaal: {0} (namen en aantallen samen)</source>
        <translation>Attending in total: {0} (names and numbers together)</translation>
    </message>
    <message>
        <source>aanwezigen</source>
        <translation>attendees</translation>
    </message>
    <message>
        <source>onderwerpen</source>
        <translation>topics</translation>
    </message>
    <message>
        <source>aantallen per team</source>
        <translation>numbers per team</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Vorm</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Doelgroep</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Aanwezig</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Voorlichtingen in deze cyclus</source>
        <translation>Information sessions in this cycle</translation>
    </message>
    <message>
        <source>&amp;Nieuwe voorlichting</source>
        <translation>&amp;New information session</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Gekozen voorlichting verwijderen</source>
        <translation>Delete the chosen information session</translation>
    </message>
    <message>
        <source>Kies links een voorlichting om die te bekijken of aan te vullen, of maak een nieuwe met &apos;Nieuwe voorlichting&apos;.</source>
        <translation>Choose an information session on the left to view or add to it, or create a new one with &apos;New information session&apos;.</translation>
    </message>
    <message>
        <source>Gegevens van de gekozen voorlichting</source>
        <translation>Details of the chosen information session</translation>
    </message>
    <message>
        <source>(geen datum)</source>
        <translation>(no date)</translation>
    </message>
    <message>
        <source>Nieuwe voorlichting</source>
        <translation>New information session</translation>
    </message>
</context>
<context>
    <name>SourceOutcomes</name>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Wat kwam eruit (zonder namen)</source>
        <translation>What came out (without names)</translation>
    </message>
    <message>
        <source>Uitkomsten per bron</source>
        <translation>Outcomes per source</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>{file} kon niet worden geschreven ({reason}).</source>
        <translation>{file} could not be written ({reason}).</translation>
    </message>
    <message>
        <source>Er kon geen reservekopie van {file} worden gemaakt ({reason}).</source>
        <translation>No backup of {file} could be made ({reason}).</translation>
    </message>
    <message>
        <source>De reservekopie kon niet worden teruggezet ({reason}).</source>
        <translation>The backup could not be restored ({reason}).</translation>
    </message>
    <message>
        <source>de schijf is vol; maak ruimte vrij en probeer het opnieuw</source>
        <translation>the disk is full; free up some space and try again</translation>
    </message>
    <message>
        <source>het bestand is schrijfbeveiligd of staat op een plek waar u niet mag schrijven</source>
        <translation>the file is write-protected or in a place where you may not save</translation>
    </message>
    <message>
        <source>het bestand is even bezet door een ander programma; probeer het zo opnieuw</source>
        <translation>another program is using the file just now; try again in a moment</translation>
    </message>
    <message>
        <source>de schijf of het netwerk gaf een leesfout; controleer de verbinding</source>
        <translation>the disk or the network gave a read error; check the connection</translation>
    </message>
    <message>
        <source>het bestand is beschadigd; zet een reservekopie terug</source>
        <translation>the file is damaged; restore a backup</translation>
    </message>
    <message>
        <source>onbekende fout van de database: {error}</source>
        <translation>unknown database error: {error}</translation>
    </message>
    <message>
        <source>Kies voor de kopie een andere naam dan die van dit bestand.</source>
        <translation>Give the copy a different name from this file.</translation>
    </message>
    <message>
        <source>Het bestand {file} bestaat al. Kies een andere naam.</source>
        <translation>The file {file} already exists. Choose a different name.</translation>
    </message>
    <message>
        <source>De map {folder} bestaat niet.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>Het bestand {file} kon niet worden geschreven: {reason}.</source>
        <translation>The file {file} could not be written: {reason}.</translation>
    </message>
    <message>
        <source>Het bestand {file} kon niet worden geschreven ({reason}).</source>
        <translation>The file {file} could not be written ({reason}).</translation>
    </message>
    <message>
        <source>{file} is schrijfbeveiligd of staat op een plek waar u niet mag schrijven. U kunt het bekijken; sla een kopie op een andere plek op om verder te werken.</source>
        <translation>{file} is write-protected or in a place where you may not save. You can look at it; to keep working, save a copy somewhere else.</translation>
    </message>
    <message>
        <source>{file} is beschadigd en kan niet worden geopend. Gebruik een reservekopie of vraag hulp; het bestand is niet gewijzigd.</source>
        <translation>{file} is damaged and cannot be opened. Use a backup or ask for help; the file has not been changed.</translation>
    </message>
    <message>
        <source>{file} is in gebruik door een ander programma; probeer het zo opnieuw. Het bestand is niet gewijzigd.</source>
        <translation>{file} is in use by another program; try again in a moment. The file has not been changed.</translation>
    </message>
    <message>
        <source>Het bestand {file} bestaat niet.</source>
        <translation>The file {file} does not exist.</translation>
    </message>
    <message>
        <source>{file} is een map, geen WerkdrukDesk-bestand.</source>
        <translation>{file} is a folder, not a WerkdrukDesk file.</translation>
    </message>
    <message>
        <source>{file} kan niet worden gelezen ({reason}).</source>
        <translation>{file} cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>{file} is geen WerkdrukDesk-bestand (of het is leeg of beschadigd). Het bestand is niet gewijzigd.</source>
        <translation>{file} is not a WerkdrukDesk file (or it is empty or damaged). The file has not been changed.</translation>
    </message>
    <message>
        <source>{file} is een database van een ander programma, geen WerkdrukDesk-bestand. Het bestand is niet gewijzigd.</source>
        <translation>{file} is a database of another program, not a WerkdrukDesk file. The file has not been changed.</translation>
    </message>
    <message>
        <source>{file} is gemaakt met een nieuwere versie van WerkdrukDesk. Installeer de nieuwste versie om het te openen; het bestand is niet gewijzigd.</source>
        <translation>{file} was made with a newer version of WerkdrukDesk. Install the latest version to open it; the file has not been changed.</translation>
    </message>
    <message>
        <source>Het JSON-bestand is onleesbaar (regel {line}, kolom {column}).</source>
        <translation>The JSON file cannot be read (line {line}, column {column}).</translation>
    </message>
    <message>
        <source>Het JSON-bestand klopt niet: het bevat een getal dat geen getal is (NaN, Infinity of duizenden cijfers).</source>
        <translation>The JSON file is not right: it holds a number that is not a number (NaN, Infinity or thousands of digits).</translation>
    </message>
    <message>
        <source>Het JSON-bestand klopt niet: {problem}.</source>
        <translation>Something is wrong in the JSON file: {problem}.</translation>
    </message>
    <message>
        <source>Het JSON-bestand klopt niet: {problem}</source>
        <translation>Something is wrong in the JSON file: {problem}</translation>
    </message>
    <message>
        <source>Het JSON-bestand klopt niet: {problem} (en nog {count} andere problemen)</source>
        <translation>Something is wrong in the JSON file: {problem} (other problems found: {count})</translation>
    </message>
    <message>
        <source>Het JSON-bestand is te diep genest om in te lezen.</source>
        <translation>The JSON file is nested too deeply to import.</translation>
    </message>
    <message>
        <source>Dit is geen exportbestand van WerkdrukDesk.</source>
        <translation>This is not a WerkdrukDesk export file.</translation>
    </message>
    <message>
        <source>Het exportbestand mist een geldig formaatnummer.</source>
        <translation>The export file lacks a valid format number.</translation>
    </message>
    <message>
        <source>Dit exportbestand is gemaakt met een nieuwere versie van WerkdrukDesk; installeer de nieuwste versie om het in te lezen.</source>
        <translation>This export file was made with a newer version of WerkdrukDesk; install the latest version to import it.</translation>
    </message>
    <message>
        <source>{file} kon niet worden vergrendeld; probeer het opnieuw.</source>
        <translation>{file} could not be locked; try again.</translation>
    </message>
    <message>
        <source>{file} kon niet worden vergrendeld ({reason}); er is niets gewijzigd.</source>
        <translation>{file} could not be locked ({reason}); nothing has been changed.</translation>
    </message>
    <message>
        <source>{file} is in gebruik: het is al geopend op computer {computer}. Tot het daar gesloten is, kunt u het alleen bekijken; er is niets gewijzigd.</source>
        <translation>{file} is in use: it is already open on computer {computer}. Until it is closed there, you can only view it; nothing has been changed.</translation>
    </message>
    <message>
        <source>{file} is in gebruik: het is al geopend in een ander venster. Tot het daar gesloten is, kunt u het alleen bekijken; er is niets gewijzigd.</source>
        <translation>{file} is in use: it is already open in another window. Until it is closed there, you can only view it; nothing has been changed.</translation>
    </message>
    <message>
        <source>Dit bestand is alleen om te lezen geopend; wijzigen kan niet.</source>
        <translation>This file is open read-only; it cannot be changed.</translation>
    </message>
    <message>
        <source>Dit bestand bevat geen organisatie; het is onvolledig.</source>
        <translation>This file holds no organisation; it is incomplete.</translation>
    </message>
    <message>
        <source>Geef de meting een naam, bijvoorbeeld &apos;Werkdrukvragenlijst voorjaar&apos;.</source>
        <translation>Give the measurement a name, for example &apos;Spring work pressure questionnaire&apos;.</translation>
    </message>
    <message>
        <source>De antwoorden konden niet worden opgeslagen ({reason}); er is niets ingelezen.</source>
        <translation>The answers could not be saved ({reason}); nothing has been imported.</translation>
    </message>
    <message>
        <source>De voorvertoning hoort bij een andere cyclus; lees het antwoordbestand opnieuw in.</source>
        <translation>The preview belongs to a different cycle; import the answer file again.</translation>
    </message>
    <message>
        <source>Er is niets ingelezen: de meting &apos;{measurement}&apos; vroeg niet naar 1 vraag uit het bestand, zoals &apos;{example}&apos;. Kies een nieuwe naam voor een nieuwe meting, of haal die kolommen uit het bestand.</source>
        <translation>Nothing has been imported: the measurement &apos;{measurement}&apos; did not ask 1 question that is in the file: &apos;{example}&apos;. Choose a new name for a new measurement, or remove that column from the file.</translation>
    </message>
    <message>
        <source>Er is niets ingelezen: de meting &apos;{measurement}&apos; vroeg niet naar {count} vragen uit het bestand, zoals &apos;{example}&apos;. Kies een nieuwe naam voor een nieuwe meting, of haal die kolommen uit het bestand.</source>
        <translation>Nothing has been imported: the measurement &apos;{measurement}&apos; did not ask {count} questions that are in the file, such as &apos;{example}&apos;. Choose a new name for a new measurement, or remove those columns from the file.</translation>
    </message>
    <message>
        <source>{file} is het invoerbestand zelf; kies een andere naam voor wat er geschreven wordt. Er is niets gewijzigd.</source>
        <translation>{file} is the input file itself; choose another name for what is written. Nothing has been changed.</translation>
    </message>
    <message>
        <source>{file} is een organisatiebestand of een andere database; kies een andere naam voor wat er geschreven wordt. Er is niets gewijzigd.</source>
        <translation>{file} is an organisation file or another database; choose another name for what is written. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden gelezen ({reason}).</source>
        <translation>The file could not be read ({reason}).</translation>
    </message>
    <message>
        <source>geen bestand van WerkdrukDesk</source>
        <translation>not a WerkdrukDesk file</translation>
    </message>
    <message>
        <source>{file} is even in gebruik door een ander programma, bijvoorbeeld een virusscanner of een synchronisatieprogramma zoals OneDrive of Dropbox. Wacht een ogenblik en probeer het opnieuw; sluit het bestand in andere programma&apos;s als het zo blijft.</source>
        <translation>{file} is in use by another program for a moment, for example a virus scanner or a sync program such as OneDrive or Dropbox. Wait a moment and try again; if it stays that way, close the file in other programs.</translation>
    </message>
</context>
<context>
    <name>StudyRecords</name>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>Hele organisatie</source>
        <translation>Whole organisation</translation>
    </message>
    <message>
        <source>Overige teams (samengevoegd)</source>
        <translation>Other teams (combined)</translation>
    </message>
    <message>
        <source>nog te weinig antwoorden</source>
        <translation>too few answers so far</translation>
    </message>
    <message>
        <source>één vraag: geen betrouwbaarheid te berekenen</source>
        <translation>one question: no reliability to calculate</translation>
    </message>
    <message>
        <source>geen spreiding in de antwoorden</source>
        <translation>no spread in the answers</translation>
    </message>
    <message>
        <source>Er zijn maar een paar vragenlijsten zonder team. Die tellen alleen mee voor de deelname: in een uitkomst zouden ze herkenbaar worden.</source>
        <translation>Only a few questionnaires have no team. They only count towards participation: in a result they would become recognisable.</translation>
    </message>
    <message>
        <source>Een bron van deze meting bestaat niet meer; die telt niet mee.</source>
        <translation>A source of this measurement no longer exists; it is left out.</translation>
    </message>
    <message>
        <source>Bij deze meting zijn geen bronnen met vragen gekozen.</source>
        <translation>No sources with questions were chosen for this measurement.</translation>
    </message>
    <message>
        <source>Sommige antwoorden horen bij een team dat niet in deze cyclus staat; die tellen mee als antwoorden zonder team.</source>
        <translation>Some answers belong to a team that is not in this cycle; they count as answers without a team.</translation>
    </message>
    <message>
        <source>{team}: meer ingevulde vragenlijsten dan medewerkers; klopt het aantal medewerkers van dit team?</source>
        <translation>{team}: more completed questionnaires than employees; is this team&apos;s number of employees right?</translation>
    </message>
    <message>
        <source>{measurement}: beoordeeld op voorkomen, niet op het gemiddelde (n = {n})</source>
        <translation>{measurement}: rated by occurrence, not by the mean (n = {n})</translation>
    </message>
    <message>
        <source>{measurement}: gemiddeld {mean} op de schaal van 1 tot 5 (n = {n})</source>
        <translation>{measurement}: average {mean} on the scale from 1 to 5 (n = {n})</translation>
    </message>
    <message>
        <source>De uitkomsten van een groep veranderen pas als er minstens {threshold} nieuwe vragenlijsten van die groep bij zijn gekomen; tot dan tellen de nieuwste nog niet mee. Zo is uit het verschil nooit één antwoord af te leiden.</source>
        <translation>A group&apos;s results change only once at least {threshold} new questionnaires of that group have come in; until then the newest do not count yet. So no single answer can ever be worked out from the difference.</translation>
    </message>
</context>
<context>
    <name>SurveyCompare</name>
    <message>
        <source>duidelijk beter</source>
        <translation>clearly better</translation>
    </message>
    <message>
        <source>duidelijk slechter</source>
        <translation>clearly worse</translation>
    </message>
    <message>
        <source>geen duidelijk verschil</source>
        <translation>no clear difference</translation>
    </message>
    <message>
        <source>&apos;{source}&apos; is alleen gevraagd in &apos;{measurement}&apos; en wordt niet vergeleken.</source>
        <translation>&apos;{source}&apos; was only asked in &apos;{measurement}&apos; and is not compared.</translation>
    </message>
    <message>
        <source>De vragen bij &apos;{source}&apos; zijn tussen de twee metingen veranderd; vergelijk deze bron met voorzichtigheid.</source>
        <translation>The questions for &apos;{source}&apos; changed between the two measurements; compare this source with care.</translation>
    </message>
    <message>
        <source>{group}: in een van beide metingen te weinig antwoorden om te tonen.</source>
        <translation>{group}: too few answers to show in one of the two measurements.</translation>
    </message>
    <message>
        <source>{group}: niet in &apos;{measurement}&apos;.</source>
        <translation>{group}: not in &apos;{measurement}&apos;.</translation>
    </message>
</context>
<context>
    <name>SurveyComparison</name>
    <message>
        <source>Vergelijking van de metingen</source>
        <translation>Comparison of the measurements</translation>
    </message>
    <message>
        <source>Er is nog maar één meting met de vragenlijst; een vergelijking volgt na de tweede meting met dezelfde bronnen.</source>
        <translation>There is only one measurement with the questionnaire so far; a comparison follows after the second measurement with the same sources.</translation>
    </message>
    <message>
        <source>De metingen van deze cyclus zijn steeds vergeleken met de meting ervoor.</source>
        <translation>Each measurement of this cycle has been compared with the one before it.</translation>
    </message>
    <message>
        <source>In deze cyclus is één meting gehouden. Die is vergeleken met de laatste meting van cyclus {number}.</source>
        <translation>One measurement was held in this cycle. It has been compared with the last measurement of cycle {number}.</translation>
    </message>
    <message>
        <source>Zo is vergeleken</source>
        <translation>How the comparison works</translation>
    </message>
    <message>
        <source>Per groep en per bron staat het gemiddelde van de eerdere meting (voor) naast dat van de latere (na), op de schaal van 1 (nooit) tot 5 (altijd), met het verschil: na min voor. Alleen bronnen die beide keren gevraagd zijn en groepen die beide keren groot genoeg waren om te tonen, worden vergeleken.</source>
        <translation>For each group and source, the average of the earlier measurement (before) is shown next to that of the later one (after), on the scale from 1 (never) to 5 (always), with the difference: after minus before. Only sources asked both times, and groups large enough to show both times, are compared.</translation>
    </message>
    <message>
        <source>Ook als er niets verandert, komen twee metingen nooit precies op hetzelfde uit: niet iedereen doet mee, en mensen antwoorden de ene keer net anders dan de andere. Het 95%-interval geeft aan waar het echte verschil met grote waarschijnlijkheid (95%) tussen ligt. Ligt het hele interval onder of boven 0, dan is de verandering groter dan toeval kan verklaren: &apos;duidelijk beter&apos; of &apos;duidelijk slechter&apos;. Ligt 0 erbinnen, dan staat er &apos;geen duidelijk verschil&apos;. Bij een werkdrukbron is lager beter, bij een energiebron hoger.</source>
        <translation>Even if nothing changes, two measurements never come out exactly the same: not everyone takes part, and people answer a little differently from one time to the next. The 95% interval shows where the real difference very probably (95%) lies. If the whole interval is below or above 0, the change is bigger than chance can explain: &apos;clearly better&apos; or &apos;clearly worse&apos;. If 0 lies inside it, it says &apos;no clear difference&apos;. For a job demand lower is better, for a job resource higher.</translation>
    </message>
    <message>
        <source>Het interval is berekend volgens Welch: die methode laat toe dat de antwoorden bij de ene meting meer uiteenlopen dan bij de andere. De vragenlijst is anoniem, dus niemand weet wie beide keren meedeed; de twee metingen tellen als losse groepen. Dat is voorzichtig: een echte verandering wordt soms net niet &apos;duidelijk&apos; genoemd.</source>
        <translation>The interval is worked out with Welch&apos;s method, which allows the answers to vary more in one measurement than in the other. The questionnaire is anonymous, so nobody knows who took part both times; the two measurements count as separate groups. That is cautious: a real change is sometimes just not called &apos;clear&apos;.</translation>
    </message>
    <message>
        <source>Wie veel vergelijkingen tegelijk maakt, vindt bij ongeveer één op de twintig een &apos;duidelijke&apos; verandering door toeval alleen. Geef dus vooral gewicht aan veranderingen die u van een maatregel verwachtte of die in meerdere teams terugkomen.</source>
        <translation>If you make many comparisons at once, about one in twenty will show a &apos;clear&apos; change by chance alone. So give most weight to changes you expected from a measure, or that come back in several teams.</translation>
    </message>
    <message>
        <source>Vergelijking: {before} en {after}</source>
        <translation>Comparison: {before} and {after}</translation>
    </message>
    <message>
        <source>Voor: {name}</source>
        <translation>Before: {name}</translation>
    </message>
    <message>
        <source>Na: {name}</source>
        <translation>After: {name}</translation>
    </message>
    <message>
        <source>Let op: {text}</source>
        <translation>Note: {text}</translation>
    </message>
    <message>
        <source>{count} vergelijkingen van groep en bron: {better} duidelijk beter, {worse} duidelijk slechter, de rest zonder duidelijk verschil.</source>
        <translation>{count} comparisons of group and source: {better} clearly better, {worse} clearly worse, the rest with no clear difference.</translation>
    </message>
    <message>
        <source>Bij zoveel vergelijkingen zijn er naar verwachting een paar &apos;duidelijk&apos; door toeval alleen.</source>
        <translation>With this many comparisons, a few are expected to be &apos;clear&apos; by chance alone.</translation>
    </message>
    <message>
        <source>Er is geen groep en bron die in beide metingen te tonen is.</source>
        <translation>There is no group and source that can be shown in both measurements.</translation>
    </message>
    <message>
        <source>De hele organisatie in een grafiek</source>
        <translation>The whole organisation in a chart</translation>
    </message>
    <message>
        <source>Per groep</source>
        <translation>Per group</translation>
    </message>
    <message>
        <source>Niet vergeleken</source>
        <translation>Not compared</translation>
    </message>
    <message>
        <source>Voor de teams en groepen staan hieronder alleen de duidelijke veranderingen; de evaluatie van deze cyclus (rapport &apos;evaluatie&apos;) heeft per groep de hele tabel.</source>
        <translation>For the teams and groups, only the clear changes are listed below; the evaluation of this cycle (the &apos;evaluation&apos; report) has the full table for each group.</translation>
    </message>
    <message>
        <source>In de teams en groepen is geen enkele verandering duidelijk; de evaluatie van deze cyclus (rapport &apos;evaluatie&apos;) heeft per groep de hele tabel.</source>
        <translation>None of the changes in the teams and groups is clear; the evaluation of this cycle (the &apos;evaluation&apos; report) has the full table for each group.</translation>
    </message>
    <message>
        <source>Duidelijke veranderingen per team of groep</source>
        <translation>Clear changes per team or group</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Voor</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Na</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Verschil</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>n voor / na</source>
        <translation>n before / after</translation>
    </message>
    <message>
        <source>95%-interval</source>
        <translation>95% interval</translation>
    </message>
    <message>
        <source>Oordeel</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Werkdrukbronnen (lager is beter)</source>
        <translation>Job demands (lower is better)</translation>
    </message>
    <message>
        <source>Energiebronnen (hoger is beter)</source>
        <translation>Job resources (higher is better)</translation>
    </message>
    <message>
        <source>{low} tot {high}</source>
        <translation>{low} to {high}</translation>
    </message>
    <message>
        <source>cyclus {number}</source>
        <translation>cycle {number}</translation>
    </message>
    <message>
        <source>duidelijk beter</source>
        <translation>clearly better</translation>
    </message>
    <message>
        <source>duidelijk slechter</source>
        <translation>clearly worse</translation>
    </message>
    <message>
        <source>geen duidelijk verschil</source>
        <translation>no clear difference</translation>
    </message>
</context>
<context>
    <name>SurveyImport</name>
    <message>
        <source>kolom {number}</source>
        <translation>column {number}</translation>
    </message>
    <message>
        <source>{read} rijen gelezen: {accepted} worden opgeslagen, {rejected} afgewezen.</source>
        <translation>{read} rows read: {accepted} will be stored, {rejected} rejected.</translation>
    </message>
    <message>
        <source>Er is niets ingelezen: geen kolom hoort bij een vraag uit de vragenlijst.</source>
        <translation>Nothing was read in: no column belongs to a question from the questionnaire.</translation>
    </message>
    <message>
        <source>Er is niets ingelezen: het bestand bevat geen ingevulde vragenlijsten.</source>
        <translation>Nothing was read in: the file holds no completed questionnaires.</translation>
    </message>
    <message>
        <source>Er is niets ingelezen: alle {count} rijen zijn afgewezen, bijvoorbeeld {reason}.</source>
        <translation>Nothing was read in: all {count} rows were rejected, for example {reason}.</translation>
    </message>
    <message>
        <source>rij {number}: team &apos;{team}&apos; bestaat niet</source>
        <translation>row {number}: team &apos;{team}&apos; does not exist</translation>
    </message>
    <message>
        <source>rij {number}: waarde &apos;{value}&apos; bij vraag &apos;{question}&apos; is geen antwoord van 1 tot en met 5</source>
        <translation>row {number}: value &apos;{value}&apos; for question &apos;{question}&apos; is not an answer from 1 to 5</translation>
    </message>
    <message>
        <source>rij {number}: geen enkele vraag beantwoord</source>
        <translation>row {number}: no question answered</translation>
    </message>
    <message>
        <source>dezelfde vraag als &apos;{column}&apos;</source>
        <translation>same question as &apos;{column}&apos;</translation>
    </message>
    <message>
        <source>bevat {what}</source>
        <translation>holds {what}</translation>
    </message>
    <message>
        <source>e-mailadressen</source>
        <translation>e-mail addresses</translation>
    </message>
    <message>
        <source>IP-adressen</source>
        <translation>IP addresses</translation>
    </message>
    <message>
        <source>datums of tijden</source>
        <translation>dates or times</translation>
    </message>
    <message>
        <source>Kolom {number} bestaat niet in dit bestand.</source>
        <translation>Column {number} does not exist in this file.</translation>
    </message>
    <message>
        <source>Kolom &apos;{column}&apos; kan iemand herkenbaar maken en wordt nooit ingelezen.</source>
        <translation>Column &apos;{column}&apos; could identify someone and is never read in.</translation>
    </message>
    <message>
        <source>Er is geen vraag &apos;{question}&apos; in de vragenlijst.</source>
        <translation>There is no question &apos;{question}&apos; in the questionnaire.</translation>
    </message>
    <message>
        <source>vraag gaat naar &apos;{column}&apos;</source>
        <translation>question goes to &apos;{column}&apos;</translation>
    </message>
    <message>
        <source>een andere kolom is het team</source>
        <translation>another column is the team</translation>
    </message>
    <message>
        <source>Deze kolommen kunnen iemand herkenbaar maken en worden niet ingelezen: {columns}.</source>
        <translation>These columns could identify someone and are not read in: {columns}.</translation>
    </message>
    <message>
        <source>Niet gebruikt, want geen vraag of team: {columns}.</source>
        <translation>Not used, as they are not a question or a team: {columns}.</translation>
    </message>
    <message>
        <source>Geen enkele kolom hoort bij een vraag uit de vragenlijst.</source>
        <translation>No column belongs to a question from the questionnaire.</translation>
    </message>
    <message>
        <source>Er is geen kolom met het team gevonden: de antwoorden tellen alleen mee voor de hele organisatie.</source>
        <translation>No column with the team was found: the answers only count for the whole organisation.</translation>
    </message>
    <message>
        <source>(nog geen teams vastgelegd)</source>
        <translation>(no teams recorded yet)</translation>
    </message>
    <message>
        <source>De teams in deze cyclus zijn: {teams}.</source>
        <translation>The teams in this cycle are: {teams}.</translation>
    </message>
</context>
<context>
    <name>SurveyOccurrence</name>
    <message>
        <source>{source} is beoordeeld op voorkomen, niet op het gemiddelde: één keer &apos;vaak&apos; of &apos;altijd&apos;, of een melding door minstens 1 op de 5, maakt het te hoog; elke melding vraagt aandacht.</source>
        <translation>{source} is rated by occurrence, not by the mean: a single &apos;often&apos; or &apos;always&apos;, or a report by at least 1 in 5, makes it too high; any report needs attention.</translation>
    </message>
</context>
<context>
    <name>SurveyOutput</name>
    <message>
        <source>{respondents} van de {headcount} medewerkers ({percent})</source>
        <translation>{respondents} of the {headcount} employees ({percent})</translation>
    </message>
    <message>
        <source>{respondents} ingevulde vragenlijsten (aantal medewerkers onbekend)</source>
        <translation>{respondents} completed questionnaires (number of employees unknown)</translation>
    </message>
    <message>
        <source>, deelname onder de 50%</source>
        <translation>, participation below 50%</translation>
    </message>
    <message>
        <source>minder dan {threshold} ingevulde vragenlijsten</source>
        <translation>fewer than {threshold} completed questionnaires</translation>
    </message>
    <message>
        <source>cyclus {number}</source>
        <translation>cycle {number}</translation>
    </message>
    <message>
        <source>Meting: {measurement}</source>
        <translation>Measurement: {measurement}</translation>
    </message>
    <message>
        <source>Deelname: {participation}.</source>
        <translation>Participation: {participation}.</translation>
    </message>
    <message>
        <source>Uitkomsten alleen voor groepen van minstens {threshold} mensen; losse antwoorden worden nooit getoond.</source>
        <translation>Results only for groups of at least {threshold} people; individual answers are never shown.</translation>
    </message>
    <message>
        <source>Betrouwbaarheid van de schalen (Cronbach&apos;s alfa, 0,70 of hoger is goed):</source>
        <translation>Reliability of the scales (Cronbach&apos;s alpha, 0.70 or higher is good):</translation>
    </message>
    <message>
        <source>uitkomsten over {count} vragenlijsten</source>
        <translation>results over {count} questionnaires</translation>
    </message>
    <message>
        <source>Geen eigen uitkomsten: meegeteld in &apos;{group}&apos;.</source>
        <translation>No results of its own: counted in &apos;{group}&apos;.</translation>
    </message>
    <message>
        <source>Geen uitkomsten: te weinig antwoorden.</source>
        <translation>No results: too few answers.</translation>
    </message>
    <message>
        <source>minder dan {threshold} antwoorden</source>
        <translation>fewer than {threshold} answers</translation>
    </message>
    <message>
        <source>Vergelijking: &apos;{before}&apos; met &apos;{after}&apos;</source>
        <translation>Comparison: &apos;{before}&apos; with &apos;{after}&apos;</translation>
    </message>
    <message>
        <source>Duidelijk beter of slechter (het 95%-interval van het verschil ligt helemaal boven of onder 0):</source>
        <translation>Clearly better or worse (the 95% interval of the difference lies entirely above or below 0):</translation>
    </message>
    <message>
        <source>Geen duidelijke veranderingen.</source>
        <translation>No clear changes.</translation>
    </message>
    <message>
        <source>; effect g = {g}</source>
        <translation>; effect g = {g}</translation>
    </message>
    <message>
        <source>{group}, {source}: {before} -&gt; {after} (verschil {difference}, 95%-interval {low} tot {high}{effect}): {verdict}</source>
        <translation>{group}, {source}: {before} -&gt; {after} (difference {difference}, 95% interval {low} to {high}{effect}): {verdict}</translation>
    </message>
    <message>
        <source>Bij {count} andere combinaties van groep en bron geen duidelijk verschil.</source>
        <translation>No clear difference in {count} other combinations of group and source.</translation>
    </message>
    <message>
        <source>Let op: van elke twintig vergelijkingen valt er gemiddeld één &apos;duidelijk&apos; uit door toeval alleen. Kijk vooral naar veranderingen die u ook verwachtte of die in meerdere teams terugkomen.</source>
        <translation>Note: out of every twenty comparisons, on average one comes out &apos;clearly&apos; by chance alone. Look mainly at changes you expected or that show up in several teams.</translation>
    </message>
    <message>
        <source>Niet vergeleken: {reason}</source>
        <translation>Not compared: {reason}</translation>
    </message>
    <message>
        <source>Let op: {warning}</source>
        <translation>Note: {warning}</translation>
    </message>
    <message>
        <source>(nog geen teams)</source>
        <translation>(no teams yet)</translation>
    </message>
    <message>
        <source>Het antwoordblad heeft één kopregel; zet daaronder één regel per ingevulde vragenlijst.</source>
        <translation>The answer sheet has one header row; below it, put one row per completed questionnaire.</translation>
    </message>
    <message>
        <source>De kolommen staan gescheiden door puntkomma&apos;s.</source>
        <translation>The columns are separated by semicolons.</translation>
    </message>
    <message>
        <source>{column}: de naam van het team zoals in WerkdrukDesk ({teams}). Leeg laten mag; de vragenlijst telt dan niet mee voor een team.</source>
        <translation>{column}: the name of the team as in WerkdrukDesk ({teams}). It may be left empty; the questionnaire then counts for no team.</translation>
    </message>
    <message>
        <source>één kolom per vraag: het antwoord als getal ({scale}). Een lege cel betekent &apos;niet beantwoord&apos;.</source>
        <translation>one column per question: the answer as a number ({scale}). An empty cell means &apos;not answered&apos;.</translation>
    </message>
    <message>
        <source>Zet geen namen, e-mailadressen of andere gegevens in het blad waaraan iemand te herkennen is.</source>
        <translation>Do not put names, e-mail addresses or other details in the sheet by which someone could be recognised.</translation>
    </message>
    <message>
        <source>De vragen:</source>
        <translation>The questions:</translation>
    </message>
</context>
<context>
    <name>SurveyResults</name>
    <message>
        <source>Uitkomsten: {name}</source>
        <translation>Results: {name}</translation>
    </message>
    <message>
        <source>Gehouden op {date}.</source>
        <translation>Held on {date}.</translation>
    </message>
    <message>
        <source>{count} vragenlijsten</source>
        <translation>{count} questionnaires</translation>
    </message>
    <message>
        <source>{count} vragenlijsten ({percent} van {headcount} medewerkers)</source>
        <translation>{count} questionnaires ({percent} of {headcount} employees)</translation>
    </message>
    <message>
        <source>minder dan {limit} vragenlijsten</source>
        <translation>fewer than {limit} questionnaires</translation>
    </message>
    <message>
        <source>{count} van de {headcount} medewerkers vulden de vragenlijst in ({percent}).</source>
        <translation>{count} of the {headcount} employees filled in the questionnaire ({percent}).</translation>
    </message>
    <message>
        <source>{count} medewerkers vulden de vragenlijst in.</source>
        <translation>{count} employees filled in the questionnaire.</translation>
    </message>
    <message>
        <source>Minder dan {limit} medewerkers vulden de vragenlijst in: te weinig om uitkomsten te laten zien zonder dat iemand herkenbaar wordt.</source>
        <translation>Fewer than {limit} employees filled in the questionnaire: too few to show results without someone becoming recognisable.</translation>
    </message>
    <message>
        <source>Uitkomsten staan hier alleen voor groepen van minstens {limit} mensen. Teams met minder antwoorden zijn samengevoegd; losse antwoorden staan nergens.</source>
        <translation>Results are shown here only for groups of at least {limit} people. Teams with fewer responses have been combined; single answers appear nowhere.</translation>
    </message>
    <message>
        <source>Per bron staat het gemiddelde op de schaal van 1 (nooit) tot 5 (altijd); hoger betekent meer van die bron. Daaronder het oordeel dat uit de vragenlijst volgt: een werkdrukbron vraagt aandacht vanaf {demand_attention} en is te hoog vanaf {demand_too_high}; een energiebron vraagt aandacht bij {resource_attention} of lager en is te laag bij {resource_too_low} of lager. Dat oordeel is een voorstel: in de inventarisatie beslist de organisatie zelf.</source>
        <translation>For each source, the average is shown on the scale from 1 (never) to 5 (always); higher means more of that source. Below it is the rating that follows from the questionnaire: a job demand needs attention from {demand_attention} and is too high from {demand_too_high}; a job resource needs attention at {resource_attention} or lower and is too low at {resource_too_low} or lower. That rating is a suggestion: in the inventory the organisation decides for itself.</translation>
    </message>
    <message>
        <source>Let op: {text}</source>
        <translation>Note: {text}</translation>
    </message>
    <message>
        <source>Deelname per team</source>
        <translation>Participation per team</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Medewerkers</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Ingevuld</source>
        <translation>Responses</translation>
    </message>
    <message>
        <source>Deelname</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Uitkomsten</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>minder dan {limit}</source>
        <translation>fewer than {limit}</translation>
    </message>
    <message>
        <source>samengevoegd</source>
        <translation>combined</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>apart getoond</source>
        <translation>shown separately</translation>
    </message>
    <message>
        <source>minder dan {limit} antwoorden — niet getoond</source>
        <translation>fewer than {limit} responses — not shown</translation>
    </message>
    <message>
        <source>niet apart getoond, om een kleiner team te beschermen</source>
        <translation>not shown separately, to protect a smaller team</translation>
    </message>
    <message>
        <source>meegeteld in &apos;{group}&apos;</source>
        <translation>counted in &apos;{group}&apos;</translation>
    </message>
    <message>
        <source>In deze cyclus zijn geen teams vastgelegd; alleen de hele organisatie telt.</source>
        <translation>No teams have been recorded in this cycle; only the whole organisation counts.</translation>
    </message>
    <message>
        <source>Gemiddelde per bron</source>
        <translation>Average per source</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>n = {n}</source>
        <translation>n = {n}</translation>
    </message>
    <message>
        <source>niet getoond</source>
        <translation>not shown</translation>
    </message>
    <message>
        <source>&apos;niet getoond&apos; in een vak: te weinig mensen in die groep beantwoordden de vragen van die bron om het gemiddelde te laten zien.</source>
        <translation>&apos;not shown&apos; in a cell: too few people in that group answered the questions of that source to show the average.</translation>
    </message>
    <message>
        <source>Werkdrukbronnen</source>
        <translation>Job demands</translation>
    </message>
    <message>
        <source>Energiebronnen</source>
        <translation>Job resources</translation>
    </message>
    <message>
        <source>Bij deze meting zijn geen bronnen met vragen gekozen.</source>
        <translation>No sources with questions were chosen for this measurement.</translation>
    </message>
    <message>
        <source>Niet getoond: {groups}.</source>
        <translation>Not shown: {groups}.</translation>
    </message>
    <message>
        <source>Betrouwbaarheid van de vragen</source>
        <translation>Reliability of the questions</translation>
    </message>
    <message>
        <source>Cronbach&apos;s alfa zegt of de vragen van een bron samen één ding meten; 0,70 of hoger is goed. Een lagere waarde staat vet: lees het gemiddelde van die bron dan met meer voorzichtigheid.</source>
        <translation>Cronbach&apos;s alpha tells whether the questions of a source measure one thing together; 0.70 or higher is good. A lower value is shown in bold: read the average of that source with more caution.</translation>
    </message>
    <message>
        <source>Cronbach&apos;s alfa: {note}.</source>
        <translation>Cronbach&apos;s alpha: {note}.</translation>
    </message>
    <message>
        <source>Alfa</source>
        <translation>Alpha</translation>
    </message>
</context>
<context>
    <name>SurveyTable</name>
    <message>
        <source>puntkomma</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>komma</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Het antwoordbestand</source>
        <translation>The answer file</translation>
    </message>
    <message>
        <source>{file} is leeg.</source>
        <translation>{file} is empty.</translation>
    </message>
    <message>
        <source>Excel-werkmap (XLSX)</source>
        <translation>Excel workbook (XLSX)</translation>
    </message>
    <message>
        <source>{file} is in het oude Excel-formaat (.xls). Sla het in Excel op als .xlsx of CSV.</source>
        <translation>{file} is in the old Excel format (.xls). Save it in Excel as .xlsx or CSV.</translation>
    </message>
    <message>
        <source>{file} bevat geen gegevens.</source>
        <translation>{file} holds no data.</translation>
    </message>
    <message>
        <source>{file} is geen leesbaar CSV-bestand ({error}).</source>
        <translation>{file} is not a readable CSV file ({error}).</translation>
    </message>
    <message>
        <source>{file} is geen tekstbestand (CSV) en geen Excel-bestand (.xlsx); het kan niet worden ingelezen.</source>
        <translation>{file} is neither a text file (CSV) nor an Excel file (.xlsx); it cannot be read in.</translation>
    </message>
    <message>
        <source>{file} is beschadigd of geen Excel-werkmap en kan niet worden ingelezen.</source>
        <translation>{file} is damaged or not an Excel workbook and cannot be read in.</translation>
    </message>
    <message>
        <source>{file} is te groot voor een antwoordbestand.</source>
        <translation>{file} is too large for an answer file.</translation>
    </message>
    <message>
        <source>{file} is geen geldig Excel-bestand (.xlsx).</source>
        <translation>{file} is not a valid Excel file (.xlsx).</translation>
    </message>
    <message>
        <source>Het bestand geeft zelf {declared} rijen op, maar bevat er {found}; alle {found} rijen zijn gelezen.</source>
        <translation>The file states {declared} rows itself, but holds {found}; all {found} rows have been read.</translation>
    </message>
</context>
<context>
    <name>TargetsBox</name>
    <message>
        <source>Vink aan welke knelpunten deze maatregel aanpakt. Bovenaan staat wat al gekozen is, daarna wat de inventarisatie te hoog, te laag of aandacht nodig vond.</source>
        <translation>Tick the problem areas this measure addresses. What is already chosen is at the top, followed by what the inventory found too high, too low or in need of attention.</translation>
    </message>
    <message>
        <source>Knelpunten die deze maatregel aanpakt</source>
        <translation>Problem areas this measure addresses</translation>
    </message>
    <message>
        <source>Bron om toe te voegen</source>
        <translation>Source to add</translation>
    </message>
    <message>
        <source>Team om toe te voegen</source>
        <translation>Team to add</translation>
    </message>
    <message>
        <source>Bron &amp;toevoegen</source>
        <translation>Add so&amp;urce</translation>
    </message>
    <message>
        <source>Andere bron:</source>
        <translation>Other source:</translation>
    </message>
    <message>
        <source>bij:</source>
        <translation>for:</translation>
    </message>
</context>
<context>
    <name>TeamCountsBox</name>
    <message>
        <source>Aantal aanwezigen per team (zonder namen)</source>
        <translation>Number of attendees per team (without names)</translation>
    </message>
    <message>
        <source>Deze cyclus heeft nog geen teams; voeg ze toe bij stap 1.</source>
        <translation>This cycle has no teams yet; add them in step 1.</translation>
    </message>
    <message>
        <source>Aantal aanwezigen uit {0}</source>
        <translation>Number of attendees from {0}</translation>
    </message>
</context>
<context>
    <name>TeamDelegate</name>
    <message>
        <source>Team van deze aanwezige</source>
        <translation>Team of this attendee</translation>
    </message>
</context>
<context>
    <name>TeamDetail</name>
    <message>
        <source>Bronnen die op dit team drukken</source>
        <translation>Sources weighing on this team</translation>
    </message>
    <message>
        <source>Voorstel</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>&amp;Voorstel overnemen</source>
        <translation>&amp;Accept suggestion</translation>
    </message>
    <message>
        <source>Uw &amp;oordeel</source>
        <translation>Your &amp;verdict</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>1 = dit team krijgt als eerste aandacht.</source>
        <translation>1 = this team gets attention first.</translation>
    </message>
    <message>
        <source>&amp;Prioriteit</source>
        <translation>&amp;Priority</translation>
    </message>
    <message>
        <source>&amp;Rust en herstel</source>
        <translation>&amp;Rest and recovery</translation>
    </message>
    <message>
        <source>&amp;Werk en privé</source>
        <translation>&amp;Work and private life</translation>
    </message>
    <message>
        <source>Toe&amp;lichting</source>
        <translation>&amp;Explanation</translation>
    </message>
    <message>
        <source>Geen team gekozen</source>
        <translation>No team chosen</translation>
    </message>
    <message>
        <source>Voorstel op grond van de inventarisatie: {0}. {1} U beslist zelf; neem het voorstel over of kies een ander oordeel.</source>
        <translation>Suggestion based on the inventory: {0}. {1} You decide; accept the suggestion or choose a different verdict.</translation>
    </message>
    <message>
        <source>{0} medewerkers</source>
        <translation>{0} employees</translation>
    </message>
    <message>
        <source>Aantal medewerkers niet ingevuld</source>
        <translation>Number of employees not filled in</translation>
    </message>
    <message>
        <source>, werkt (deels) hybride</source>
        <translation>, works (partly) hybrid</translation>
    </message>
    <message>
        <source>Ongewenst gedrag of agressie te vaak</source>
        <translation>Unwanted behaviour or aggression too often</translation>
    </message>
    <message>
        <source>Werkdrukbronnen te hoog</source>
        <translation>Job demands too high</translation>
    </message>
    <message>
        <source>Energiebronnen te laag</source>
        <translation>Job resources too low</translation>
    </message>
    <message>
        <source>Ongewenst gedrag of agressie dat aandacht nodig heeft</source>
        <translation>Unwanted behaviour or aggression that needs attention</translation>
    </message>
    <message>
        <source>Werkdrukbronnen die aandacht nodig hebben</source>
        <translation>Job demands needing attention</translation>
    </message>
    <message>
        <source>Energiebronnen die aandacht nodig hebben</source>
        <translation>Job resources needing attention</translation>
    </message>
    <message>
        <source>Nog niet beoordeeld: {0} van de {1} bronnen.</source>
        <translation>Not yet rated: {0} of the {1} sources.</translation>
    </message>
    <message>
        <source>Bij de inventarisatie is voor dit team geen enkele bron te hoog, te laag of een aandachtspunt.</source>
        <translation>In the inventory, no source was too high, too low or a point of attention for this team.</translation>
    </message>
    <message>
        <source> (hele organisatie)</source>
        <translation> (whole organisation)</translation>
    </message>
</context>
<context>
    <name>TeamList</name>
    <message>
        <source>Teams op volgorde van prioriteit</source>
        <translation>Teams in order of priority</translation>
    </message>
</context>
<context>
    <name>TeamListModel</name>
    <message>
        <source>Prio</source>
        <translation>Prio</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Werkdruk ◀ ▶ energie</source>
        <translation>Demands ◀ ▶ resources</translation>
    </message>
    <message>
        <source>Oordeel</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Gedrag, agressie</source>
        <translation>Behaviour, aggression</translation>
    </message>
    <message>
        <source>Links de werkdrukbronnen die te hoog zijn (rood) of aandacht nodig hebben (oranje), rechts de energiebronnen die te laag zijn of aandacht nodig hebben. Eén blokje is één bron.</source>
        <translation>On the left the job demands that are too high (red) or need attention (orange), on the right the job resources that are too low or need attention. One block is one source.</translation>
    </message>
    <message>
        <source>Ongewenst gedrag binnen de organisatie en agressie van buiten: hoeveel bronnen te vaak voorkomen of aandacht nodig hebben. Dat is geen werkdruk en staat daarom apart. Het telt wel mee in het voorstel, en energiebronnen maken het niet goed.</source>
        <translation>Unwanted behaviour within the organisation and aggression from outside: how many sources happen too often or need attention. That is not work pressure and is therefore shown apart. It does count in the suggestion, and job resources do not make up for it.</translation>
    </message>
    <message>
        <source>Te vaak: {0}.</source>
        <translation>Too often: {0}.</translation>
    </message>
</context>
<context>
    <name>TeamsBox</name>
    <message>
        <source>Teams en afdelingen in deze cyclus</source>
        <translation>Teams and departments in this cycle</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Medewerkers</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Hybride</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>Leidinggevende</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Werkt het team (deels) thuis of op wisselende plekken en tijden?</source>
        <translation>Does the team work (partly) from home or at changing places and times?</translation>
    </message>
    <message>
        <source>Team &amp;toevoegen</source>
        <translation>&amp;Add team</translation>
    </message>
    <message>
        <source>Team ver&amp;wijderen</source>
        <translation>Re&amp;move team</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Vul het aantal medewerkers in als getal, bijvoorbeeld 12.</source>
        <translation>Enter the number of employees in digits, for example 12.</translation>
    </message>
    <message>
        <source>Teams en afdelingen in deze cyclus — samen {0} van de {1} medewerkers</source>
        <translation>Teams and departments in this cycle — together {0} of the {1} employees</translation>
    </message>
    <message>
        <source>Nieuw team {0}</source>
        <translation>New team {0}</translation>
    </message>
    <message>
        <source>Kies eerst het team dat weg moet.</source>
        <translation>First choose the team to remove.</translation>
    </message>
    <message>
        <source>Team verwijderen</source>
        <translation>Remove team</translation>
    </message>
    <message>
        <source>Team &apos;{0}&apos; verwijderen? Wat in deze cyclus over dit team is vastgelegd (beoordelingen, balans) gaat dan ook weg.</source>
        <translation>Remove team &apos;{0}&apos;? What has been recorded about this team in this cycle (ratings, balance) will be removed too.</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Met WerkdrukDesk brengt u werkdruk in uw organisatie in kaart, maakt u een plan van aanpak en legt u vast wat u doet, zoals de Arbeidsinspectie dat wil zien. Alles staat in één bestand per organisatie, op uw eigen computer.</source>
        <translation>With WerkdrukDesk you map work pressure in your organisation, make an action plan and record what you do, the way the Labour Inspectorate wants to see it. Everything is kept in one file per organisation, on your own computer.</translation>
    </message>
    <message>
        <source>&amp;Nieuwe organisatie beginnen</source>
        <translation>Start a &amp;new organisation</translation>
    </message>
    <message>
        <source>Bestaand bestand &amp;openen…</source>
        <translation>&amp;Open an existing file…</translation>
    </message>
    <message>
        <source>Recente bestanden</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <source>Recente bestanden (dubbelklik of Enter om te openen):</source>
        <translation>Recent files (double-click or press Enter to open):</translation>
    </message>
</context>
</TS>
