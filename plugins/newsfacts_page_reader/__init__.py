"""Bundled newsfacts plugin: page_reader (placeholder until the plugin lands)."""
