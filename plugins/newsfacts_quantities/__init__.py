"""Bundled newsfacts plugin: quantities (placeholder until the plugin lands)."""
