"""Languages of the interface and reports: Qt translation catalogues and locale-aware formatting."""
