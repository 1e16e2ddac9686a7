"""Stage 3: TEI → findings.

``run`` checks files against RelaxNG (lxml, or jing for foreign schemas) and the Schematron
rules (``schematron/``: source, compile to XSLT 3.0, locate findings); ``formats`` prints the
report as text, JSON, JUnit, GitHub annotations or SVRL.
"""
