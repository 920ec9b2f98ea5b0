"""Bundled newsfacts plugin: dates (placeholder until the plugin lands)."""
