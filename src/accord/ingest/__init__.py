"""accord.ingest"""
