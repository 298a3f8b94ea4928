"""accord.eval"""
