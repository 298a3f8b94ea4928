"""accord.analyze"""
