"""Item models: lazy tables of records, trees of tags and actors, small lists."""
