"""Scoring the analyses against gold annotations (``scoring``)."""
