"""Bundled newsfacts plugin: quotes (placeholder until the plugin lands)."""
