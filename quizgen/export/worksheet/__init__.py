"""Worksheet export: the HTML page (Jinja2 templates), the PDF (WeasyPrint, in a worker process), fonts."""
