"""The steps of the cycle as the sidebar shows them, with their opening guidance."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files a bare tr() under ""


@dataclass(frozen=True)
class Step:
    key: str
    title: str
    guidance: str
    # For a file on the whole PSA policy, where the step asks about unwanted behaviour and
    # aggression too; empty where the werkdruk words fit both.
    guidance_whole: str = ""

    def guidance_for(self, whole: bool) -> str:
        return self.guidance_whole if whole and self.guidance_whole else self.guidance


def steps() -> list[Step]:
    return [
        Step(
            "organisation",
            tr("Organisatie"),
            tr(
                "Vertel wie u bent: hoe groot de organisatie is, welke teams er zijn en wie de "
                "preventiemedewerker is. De inspecteur kijkt of werkdruk een plek heeft in uw RI&E "
                "en of medewerkers weten bij wie ze terechtkunnen."
            ),
            tr(
                "Vertel wie u bent: hoe groot de organisatie is, welke teams er zijn en wie de "
                "preventiemedewerker is. De inspecteur kijkt of werkdruk, ongewenst gedrag en "
                "agressie een plek hebben in uw RI&E, en welke afspraken er zijn: een "
                "gedragscode, een vertrouwenspersoon, een manier om te melden."
            ),
        ),
        Step(
            "inventory",
            tr("Inventarisatie"),
            tr(
                "Ga per team na welke werkdrukbronnen te hoog zijn en welke energiebronnen te "
                "laag. Leg vast waarop u dat baseert: een vragenlijst, een groepsgesprek of een "
                "document. Zonder zicht op de oorzaken kunt u geen gerichte maatregelen nemen."
            ),
            tr(
                "Ga per team na welke werkdrukbronnen te hoog zijn en welke energiebronnen te "
                "laag, en hoe vaak ongewenst gedrag en agressie voorkomen. Leg vast waarop u dat "
                "baseert: een vragenlijst, een groepsgesprek, een document of de meldingen. "
                "Zonder zicht op de oorzaken kunt u geen gerichte maatregelen nemen."
            ),
        ),
        Step(
            "balance",
            tr("Balans"),
            tr(
                "Zet per team de te hoge werkdrukbronnen naast de te lage energiebronnen, en kijk "
                "ook naar rust, herstel en de balans tussen werk en privé. Bepaal welk team het "
                "eerst aandacht krijgt."
            ),
            tr(
                "Zet per team de te hoge werkdrukbronnen naast de te lage energiebronnen, en kijk "
                "ook naar rust, herstel en de balans tussen werk en privé. Ongewenst gedrag en "
                "agressie staan apart: energiebronnen maken die niet goed. Bepaal welk team het "
                "eerst aandacht krijgt."
            ),
        ),
        Step(
            "plan",
            tr("Plan van aanpak"),
            tr(
                "Leg de maatregelen vast: eerst voor de hele organisatie, dan per team, dan voor "
                "individuele medewerkers. Iedere maatregel heeft een eigenaar en een termijn. De "
                "inspecteur vraagt naar dit plan en naar de instemming van OR of PVT."
            ),
        ),
        Step(
            "sessions",
            tr("Voorlichting"),
            tr(
                "Vertel uw mensen actief wat werkstress is, waar het vandaan komt en wat u eraan "
                "doet. Leg elke bijeenkomst of elk gesprek vast, met wie er waren en wat er "
                "besproken is."
            ),
            tr(
                "Vertel uw mensen actief wat werkstress is, waar het vandaan komt en wat u eraan "
                "doet, en ook wat de gedragscode zegt, wie de vertrouwenspersoon is en hoe ze "
                "een incident melden. Leg elke bijeenkomst of elk gesprek vast, met wie er waren "
                "en wat er besproken is."
            ),
        ),
        Step(
            "evaluation",
            tr("Evaluatie"),
            tr(
                "Kijk terug: werkten de maatregelen, en ging het proces zorgvuldig? Gebruik "
                "gesprekken of een tweede meting met dezelfde bronnen. Wat u leert, neemt u mee in "
                "de volgende cyclus."
            ),
        ),
        Step(
            "overview",
            tr("Overzicht & afdrukken"),
            tr(
                "Zie in één oogopslag hoe ver u bent en druk de stukken af die een inspecteur wil "
                "zien."
            ),
        ),
    ]
