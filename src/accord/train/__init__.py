"""Training the models accord ships (``make model``)."""
