from .sync import sync_notes
