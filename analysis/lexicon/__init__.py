"""Word lists and name rules: every list is read once from ``data/`` through ``resources``."""

from .canonical import bare_name, canonical_names
from .names import Name, find_names, fold
from .places import canonical_place, is_country, place_names
from .resources import data_path, read_yaml, rules, settings, word_list

__all__ = ["Name", "bare_name", "canonical_names", "canonical_place", "data_path", "find_names", "fold", "is_country",
           "place_names", "read_yaml", "rules", "settings", "word_list"]
