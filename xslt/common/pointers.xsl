<?xml version="1.0" encoding="UTF-8"?>
<!--
  Pointers to people, shared by every output (HTML and Typst).

  sg:pointers: the ids a pointer list (an @who) names. Each pointer counts for the part after
  its last '#': "#a" and "persons.xml#a" both name "a" (TEI allows a local fragment or a URI
  with one; a person list kept in another file still names the header's person), and a pointer
  without '#' is an id as it stands. So the HTML page and the PDF link and index the same people.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:sg="urn:stenogram:xslt"
  exclude-result-prefixes="#all">

  <!-- "#a #b" gives ("a", "b"). Pages and volumes repeat a few @who values many times: each
       value is worked out once (cached); the parameter is a string, not the attribute node, so
       that the cache is keyed by the value. -->
  <xsl:function name="sg:pointers" as="xs:string*" cache="yes">
    <xsl:param name="value" as="xs:string?"/>
    <xsl:sequence select="tokenize(normalize-space($value), ' ')[. != ''] ! replace(., '^.*#', '')"/>
  </xsl:function>
</xsl:stylesheet>
