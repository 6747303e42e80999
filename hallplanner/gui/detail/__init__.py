"""The detail pane: the form of the selected record, saving it, and new-record dialogs."""
