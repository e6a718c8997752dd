"""Claims: reported speech and attributions, with their chain of sources (isnad)."""
