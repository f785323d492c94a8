"""The report's notebooks, installed as ``analysis.notebooks`` (see README.md here). No code here."""
