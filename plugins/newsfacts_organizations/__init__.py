"""Bundled newsfacts plugin: organizations (placeholder until the plugin lands)."""
