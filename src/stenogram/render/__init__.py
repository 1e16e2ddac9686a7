"""Stage 4: TEI → HTML, Typst and PDF, through the XSLT of ``xslt/``.

``formats`` is the registry of output formats; ``request`` what a renderer is given;
``html`` the reading edition; ``pdf`` the print edition (Typst source and PDF).
"""
