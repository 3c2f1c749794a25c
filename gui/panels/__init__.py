"""The panels MainWindow assembles: each one a widget over the Catalog API."""
