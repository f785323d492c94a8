"""What a reader sees: escaped tables and sentences (``display``), figures (``plots``),
overview tables and saving files (``overview``)."""

from .display import Table, Text, escape

__all__ = ["Table", "Text", "escape"]
