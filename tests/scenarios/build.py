"""Small organisations written as TOML, turned into core model objects.

A scenario file names sources by catalogue key and teams by name, so it reads like the story an
inspector would tell. `base = "name"` starts from another file: tables are merged key by key,
lists (teams, ratings, measures, ...) are replaced as a whole; the story, the inspection point
and the expected verdict are never inherited. The format, with every key:
see `_small_firm.toml`; an absent table means the thing was never filled in.
"""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path
from typing import Any

from werkdrukdesk.core import model as m
from werkdrukdesk.core.catalogue import builtin_sources
from werkdrukdesk.core.survey.scoring import score_measurement, suggested_ratings

HERE = Path(__file__).parent
Data = dict[str, Any]
OWN = ("inspection_point", "story", "expect")  # every scenario states these itself


def load(name: str) -> Data:
    data = tomllib.loads((HERE / f"{name}.toml").read_text(encoding="utf-8"))
    base = data.pop("base", None)
    if not base:
        return data
    below = {k: v for k, v in load(base).items() if k not in OWN}
    return _merge(below, data)


def _merge(below: Data, above: Data) -> Data:
    out = dict(below)
    for key, value in above.items():
        both = isinstance(value, dict) and isinstance(out.get(key), dict)
        out[key] = _merge(out[key], value) if both else value
    return out


def organisation(data: Data) -> m.Organisation:
    o = data.get("organisation", {})
    profile = m.Profile(
        o.get("name", ""), headcount=o.get("headcount", 0),
        paid_hours_per_week=float(o.get("paid_hours_per_week", 0)),
        prevention_officer=o.get("prevention_officer", ""),
        prevention_officer_contact=o.get("prevention_officer_contact", ""),
        participation_body=m.ParticipationBody(o.get("participation_body", "none")),
        occupational_health_service=o.get("occupational_health_service", ""),
        rie_date=_day(o.get("rie_date")), rie_instrument=o.get("rie_instrument", ""),
        rie_branch_recognised=o.get("rie_branch_recognised", False),
        rie_review=m.ReviewStatus(o.get("rie_review", "unknown")),
        rie_review_date=_day(o.get("rie_review_date")), rie_review_by=o.get("rie_review_by", ""),
        rie_exemption_reason=o.get("rie_exemption_reason", ""),
        rie_werkdruk_place=o.get("rie_werkdruk_place", ""),
        rie_werkdruk_date=_day(o.get("rie_werkdruk_date")),
        rie_covers_werkdruk=o.get("rie_covers_werkdruk", False),
        rie_covers_unwanted=o.get("rie_covers_unwanted", False),
        rie_covers_aggression=o.get("rie_covers_aggression", False),
        psa_scope=m.PsaScope(o.get("psa_scope", "werkdruk")))
    wanted = data.get("sources", [])
    sources = [s for s in builtin_sources("nl", profile.psa_scope) if s.catalogue_key in wanted]
    for n, source in enumerate(sources, start=1):
        source.id = n
    documents = [m.Document(d["title"], m.DocumentKind(d["kind"]), id=n)
                 for n, d in enumerate(data.get("documents", []), start=1)]
    settings = m.SurveySettings(min_group_size=data.get("min_group_size", 5))
    org = m.Organisation(profile, documents=documents, sources=sources, survey_settings=settings)
    org.psa_policy = _policy(data.get("policy", {}))
    org.changes = [m.OrganisationChange(m.ChangeKind(x["kind"]), _day(x.get("changed_on")),
                                        x.get("description", ""), id=n)
                   for n, x in enumerate(data.get("changes", []), start=1)]
    org.cycles = [_cycle(data.get("cycle", {}), org)]
    return org


class _Names:
    def __init__(self, org: m.Organisation, teams: list[m.Team]):
        self.sources = {s.catalogue_key: s.id for s in org.sources}
        self.teams = {t.name: t.id for t in teams}

    def team(self, name: str | None) -> int | None:
        return None if name is None else self.teams[name]


def _cycle(c: Data, org: m.Organisation) -> m.Cycle:
    teams = [m.Team(t["name"], t["headcount"], manager=t.get("manager", ""), id=n)
             for n, t in enumerate(c.get("teams", []), start=1)]
    names = _Names(org, teams)
    cycle = m.Cycle(
        1, start_date=_day(c.get("start_date")), teams=teams,
        no_risk=c.get("no_risk", False), no_risk_reason=c.get("no_risk_reason", ""),
        plan_coherence=c.get("plan_coherence", ""), id=1,
        plan_staff_involvement=c.get("plan_staff_involvement", ""),
        ratings=[_rating(r, names) for r in c.get("ratings", [])],
        measures=[_measure(n, x, names) for n, x in enumerate(c.get("measures", []), start=1)],
        sessions=[_session(n, s, names) for n, s in enumerate(c.get("sessions", []), start=1)],
        measurements=[_measurement(n, x, org, names)
                      for n, x in enumerate(c.get("measurements", []), start=1)],
        conversations=[_conversation(n, x, names)
                       for n, x in enumerate(c.get("conversations", []), start=1)],
        external_studies=[_external(n, x, names)
                          for n, x in enumerate(c.get("external_studies", []), start=1)],
        incidents=[_incident(n, x, names) for n, x in enumerate(c.get("incidents", []), start=1)])
    a = c.get("approval", {})
    cycle.approval = m.PlanApproval(
        m.ParticipationBody(a.get("consent_body", "none")), _day(a.get("consent_date")),
        employer_signed_by=a.get("employer_signed_by", ""),
        employer_signed_on=_day(a.get("employer_signed_on")),
        rie_consent_date=_day(a.get("rie_consent_date")), consulted_on=_day(a.get("consulted_on")),
        consultation_how=a.get("consultation_how", ""),
        consultation_outcome=a.get("consultation_outcome", ""))
    p = c.get("process", {})
    cycle.process_evaluation = m.ProcessEvaluation(
        [m.EvaluationMethod(x) for x in p.get("methods", [])], p.get("how_it_went", ""),
        p.get("do_differently", ""), p.get("policy_changes", ""), _day(p.get("evaluated_on")))
    if c.get("ratings_from_survey"):
        cycle.ratings += _from_survey(org, cycle)
    return cycle


def _policy(p: Data) -> m.PsaPolicy:
    """The arrangements against unwanted behaviour and aggression; an absent table is an
    arrangement nobody filled in."""
    code, adviser, complaints = (p.get(k, {}) for k in ("code", "adviser", "complaints"))
    reporting, rules, care = (p.get(k, {}) for k in ("reporting", "house_rules", "aftercare"))
    return m.PsaPolicy(
        code=m.CodeOfConduct(_day(code.get("set_on")), code.get("core_text", ""),
                             code.get("how_staff_know", "")),
        adviser=m.ConfidentialAdviser(m.AdviserKind(adviser.get("kind", "none")),
                                      adviser.get("name", ""), adviser.get("how_to_reach", ""),
                                      adviser.get("trained", False)),
        complaints=m.ComplaintsProcedure(_day(complaints.get("set_on")),
                                         complaints.get("committee", ""),
                                         complaints.get("independent", False)),
        reporting=m.IncidentReporting(_day(reporting.get("set_on")),
                                      reporting.get("how_to_report", ""),
                                      reporting.get("registered_by", "")),
        house_rules=m.HouseRules(_day(rules.get("set_on")), rules.get("where_shown", "")),
        aftercare=m.Aftercare(_day(care.get("set_on")), care.get("who", ""),
                              care.get("within_hours"), care.get("referral", "")))


def _incident(n: int, x: Data, names: _Names) -> m.Incident:
    return m.Incident(_day(x.get("occurred_on")), m.Strand(x["strand"]),
                      m.IncidentKind(x.get("kind", "other")), names.team(x.get("team")),
                      m.Severity(x.get("severity", "minor")), id=n)


def _rating(r: Data, names: _Names) -> m.SourceRating:
    return m.SourceRating(names.sources[r["source"]], names.team(r.get("team")),
                          m.Rating(r["rating"]), m.Evidence(r.get("evidence", "none")),
                          r.get("reference", ""))


def _measure(n: int, x: Data, names: _Names) -> m.Measure:
    evaluation = None
    if "effect" in x:
        evaluation = m.MeasureEvaluation(m.Effect(x["effect"]), x.get("how_assessed", ""),
                                         evaluated_on=_day(x.get("evaluated_on")))
    return m.Measure(
        x["title"], level=m.Level(x.get("level", "team")), responsible=x.get("responsible", ""),
        deadline=_day(x.get("deadline")), status=m.MeasureStatus(x.get("status", "planned")),
        completed_on=_day(x.get("completed_on")), evaluation=evaluation, id=n,
        staff_involvement=x.get("staff_involvement", ""),
        targets=[m.Target(names.sources[t["source"]], names.team(t.get("team")))
                 for t in x.get("targets", [])])


def _session(n: int, s: Data, names: _Names) -> m.InformationSession:
    topics = list(m.Topic) if s.get("topics") == "all" else [m.Topic(t) for t in s["topics"]]
    return m.InformationSession(
        _day(s["held_on"]), s["title"], audience=m.Audience(s.get("audience", "everyone")),
        topics=topics, team_counts={names.teams[k]: v for k, v in s.get("present", {}).items()},
        id=n)


def _measurement(n: int, x: Data, org: m.Organisation, names: _Names) -> m.Measurement:
    responses = []
    for group in x.get("answers", []):
        answers = {i.key: group.get("value", 1) for s in org.sources for i in s.items}
        for key, value in group.get("sources", {}).items():
            source = next(s for s in org.sources if s.catalogue_key == key)
            answers.update({i.key: value for i in source.items})
        answers.update(group.get("items", {}))
        responses += [m.Response(names.team(group.get("team")), dict(answers))
                      for _ in range(group.get("count", 1))]
    for k, response in enumerate(responses, start=1):
        response.id = k
    return m.Measurement(x["name"], _day(x.get("held_on")), source_ids=[s.id for s in org.sources],
                         discussed_with_staff=x.get("discussed_with_staff", ""),
                         responses=responses, id=n)


def _conversation(n: int, x: Data, names: _Names) -> m.GroupConversation:
    return m.GroupConversation(
        names.team(x["team"]), _day(x.get("held_on")), x.get("led_by", ""),
        x.get("leader_independent", False), x.get("participants", 0), x.get("outcomes", ""),
        x.get("without_names", False), _day(x.get("discussed_on")), x.get("discussed_how", ""),
        id=n)


def _external(n: int, x: Data, names: _Names) -> m.ExternalStudy:
    return m.ExternalStudy(
        x.get("carried_out_by", ""), _day(x.get("held_on")), x.get("method", ""),
        [names.teams[t] for t in x.get("teams", [])], x.get("participants", 0),
        x.get("invited", 0), x.get("reference", ""), _day(x.get("discussed_on")),
        x.get("discussed_how", ""), id=n)


def _from_survey(org: m.Organisation, cycle: m.Cycle) -> list[m.SourceRating]:
    """The owner takes over every suggestion of the newest measurement, as the program offers."""
    newest = cycle.measurements[-1]
    results = score_measurement(newest, org.sources, cycle.teams, org.survey_settings, 1)
    return [m.SourceRating(source_id, team_id, rating, m.Evidence.QUESTIONNAIRE, reference)
            for source_id, team_id, rating, reference in suggested_ratings(results)]


def _day(text: Any) -> date | None:
    """A TOML date; "" (to blank out a date a base file sets) is no date."""
    if text is None or text == "":
        return None
    if isinstance(text, date):
        return text
    return date.fromisoformat(text)
