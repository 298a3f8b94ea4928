"""accord.web"""
