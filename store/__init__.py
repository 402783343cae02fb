"""The newsx store: reading articles and filling the SQLite database.

Data flows one way: read -> anatomy -> entities/quotes -> db.
"""
