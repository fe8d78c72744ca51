"""wpxl: make Work Programme MI workbooks safe to share with a local authority."""

__version__ = "0.1.0"
