"""accord.resolve"""
