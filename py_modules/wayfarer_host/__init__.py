"""The server side of Wayfarer Health: the thin static host (and later the care-circle relay).

Never shipped to the browser.
"""
