"""Compact data files shipped inside newslint (built at release time; see each build_* module)."""
