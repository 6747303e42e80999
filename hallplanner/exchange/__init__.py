"""File formats planners exchange: Excel lists in and out, signboard PDFs.

Fed plain objects by the services; the only layer that imports openpyxl,
python-calamine and reportlab. No Qt here: the command line writes the same files.
"""
