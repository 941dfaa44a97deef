"""Names in an incident's description: the register must not hold who was affected, who
reported it or who is accused (AVG; the issue's "no names").

Two kinds of finds:
- `known_names`: people the file itself names (attendees, team managers, the prevention
  officer, the vertrouwenspersoon, who signed the plan, who is responsible for or carries out a
  measure, who gave a session). Found the way `core.privacy` finds a name for an AVG request
  (any case, with or without accents, whole words); the whole name, and also a first name on
  its own when the name has more words, if written with a capital (many first names are also
  words: Wil, Roos, Bas). A known person's name is never stored.
- `name_guesses`: a word written with a capital in the middle of a sentence. Dutch writes
  ordinary nouns in lower case, so such a word is usually a name. Not counted: the first word
  of a sentence (after . ! ? : or a new line), words in capitals only (OR, BHV), and the words of
  a team's or the organisation's own name. It is a guess, so the owner may keep the text.
"""

from __future__ import annotations

import re

from werkdrukdesk.core import model as m
from werkdrukdesk.core.privacy import fold, name_pattern

# Words between a first name and a surname that are no name on their own.
PARTICLES = {"van", "de", "der", "den", "het", "ten", "ter", "te", "la", "le", "el", "al",
             "bin", "von", "da", "di", "du", "des", "op", "in", "'t"}
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
SENTENCE_END = re.compile(r"(?:[.!?:;•\n]|\n\s*[-*])\s*$")


def people(org: m.Organisation) -> list[str]:
    """Every person's name the file holds."""
    names = [org.profile.prevention_officer, org.psa_policy.adviser.name]
    for cycle in org.cycles:
        names += [t.manager for t in cycle.teams]
        names.append(cycle.approval.employer_signed_by)
        for measure in cycle.measures:
            names += [measure.responsible, measure.carried_out_by]
        for session in cycle.sessions:
            names.append(session.given_by)
            names += [a.name for a in session.attendees]
    return [n.strip() for n in names if n.strip()]


def _forms(name: str) -> list[str]:
    """The whole name, and its first word when the name has more (a first name alone)."""
    words = name.split()
    forms = [name]
    if len(words) > 1 and len(words[0]) >= 3 and fold(words[0])[0] not in PARTICLES:
        forms.append(words[0])
    return forms


def known_names(text: str, org: m.Organisation) -> list[str]:
    """The names of people the file knows that `text` holds, as written in `text`."""
    folded, origin = fold(text)
    spans: list[tuple[int, int]] = []
    for name in people(org):
        for form in _forms(name):  # whole names first, so a first name inside one is skipped
            pattern = name_pattern(form)
            if pattern is None:
                continue
            alone = form != name
            for match in pattern.finditer(folded):
                start, end = origin[match.start()], origin[match.end() - 1] + 1
                if alone and not text[start].isupper():
                    continue  # "de klant wil geld terug" does not name Wil Jansen
                if not any(s <= start and end <= e for s, e in spans):
                    spans.append((start, end))
    found: list[str] = []
    for start, end in sorted(spans):
        if text[start:end] not in found:
            found.append(text[start:end])
    return found


def _own_words(org: m.Organisation) -> set[str]:
    """Folded words of the organisation's and the teams' names: capitals there are no person."""
    names = [org.profile.name, *(t.name for c in org.cycles for t in c.teams)]
    return {w.group() for name in names for w in WORD.finditer(fold(name)[0])}


def name_guesses(text: str, org: m.Organisation) -> list[str]:
    """Capitalised words in mid-sentence that may be first names (see the module's rule)."""
    own = _own_words(org)
    found: list[str] = []
    for match in WORD.finditer(text):
        word = match.group()
        if not (word[0].isupper() and len(word) > 1 and not word.isupper()):
            continue
        before = text[:match.start()]
        if not before.strip() or SENTENCE_END.search(before):
            continue  # the start of a sentence
        if fold(word)[0] in own or word in found:
            continue
        found.append(word)
    return found


def possible_names(text: str, org: m.Organisation) -> list[str]:
    """Known names first, then the guesses not already among them."""
    known = known_names(text, org)
    folded_known = {w for name in known for w in fold(name)[0].split()}
    return known + [w for w in name_guesses(text, org) if fold(w)[0] not in folded_known]
