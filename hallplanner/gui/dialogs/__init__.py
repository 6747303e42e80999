"""Dialogs: window picker, stale-version conflict, lifecycle inputs."""
