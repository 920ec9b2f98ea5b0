"""Bundled newsfacts plugin: korean_names (placeholder until the plugin lands)."""
