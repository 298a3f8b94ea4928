"""accord.api"""
