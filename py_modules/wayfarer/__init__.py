"""Wayfarer Health: the pure-Python domain packages shipped to the browser.

Every package runs unchanged on CPython 3.11 and Pyodide; only ``wayfarer._bridge``
touches JavaScript.
"""

__version__ = "0.1.0"
