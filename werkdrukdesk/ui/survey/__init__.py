"""The questionnaire in the window: measurements, collecting answers, results, settings."""
