"""The item catalog: table model, filter bar, the panel with its item actions, the window picker."""
