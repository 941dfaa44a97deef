"""Which page class shows which step."""

from __future__ import annotations

import importlib

from werkdrukdesk.ui.pages.base import StepPage
from werkdrukdesk.ui.steps import steps

PAGE_CLASSES = {
    "organisation": ("organisation", "OrganisationPage"),
    "inventory": ("inventory", "InventoryPage"),
    "balance": ("balance", "BalancePage"),
    "plan": ("plan", "PlanPage"),
    "sessions": ("sessions", "SessionsPage"),
    "evaluation": ("evaluation", "EvaluationPage"),
    "overview": ("overview", "OverviewPage"),
}


def make_pages() -> list[StepPage]:
    pages = []
    for step in steps():
        module_name, class_name = PAGE_CLASSES[step.key]
        module = importlib.import_module(f"werkdrukdesk.ui.pages.{module_name}")
        pages.append(getattr(module, class_name)(step))
    return pages
