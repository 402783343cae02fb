"""The nlp stage: anatomy -> entities, mentions and quotes, as spaCy pipeline components.

The only stage that imports spaCy; importing this package does not (pipeline.load_model does).
"""
