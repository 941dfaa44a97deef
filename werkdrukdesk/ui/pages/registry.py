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
        full_name = f"werkdrukdesk.ui.pages.{module_name}"
        try:
            module = importlib.import_module(full_name)
        except ModuleNotFoundError as error:  # TEMPORARY while pages are being written
            if error.name != full_name:
                raise
            pages.append(StepPage(step))
            continue
        pages.append(getattr(module, class_name)(step))
    return pages
