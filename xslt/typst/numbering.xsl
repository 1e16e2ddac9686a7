<?xml version="1.0" encoding="UTF-8"?>
<!--
  Paragraph numbers, shared by the print and the HTML edition so that both cite alike.

  The rule: in a document written by stenogram, paragraphs carry xml:id="p-N" and N is the
  number (a paragraph without such an id has none). A document without any such id (a DraCor
  play, say) numbers its paragraph-level blocks inside speeches - p, l and ab descendants of
  sp - from 1 in document order; in a volume the count restarts with each TEI document.
  (Stand-in for xslt/common/numbering.xsl of the HTML edition until the two are unified.)
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="urn:stenogram:xslt"
    exclude-result-prefixes="#all">

  <!-- Paragraphs that carry stenogram's own numbering ids. -->
  <xsl:key name="sg:numbered-paragraphs" match="tei:p[matches(@xml:id, '^p-[0-9]+$')]" use="'p'"/>

  <!-- Running count of blocks inside speeches, restarting at each TEI document. -->
  <xsl:accumulator name="sg:speech-blocks" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="tei:TEI" select="0"/>
    <xsl:accumulator-rule
        match="tei:p[ancestor::tei:sp] | tei:l[ancestor::tei:sp] | tei:ab[ancestor::tei:sp]"
        select="$value + 1"/>
  </xsl:accumulator>

  <!-- True if $tei numbers its paragraphs by xml:id (the stenogram profile). -->
  <xsl:function name="sg:numbered-by-id" as="xs:boolean">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="exists(key('sg:numbered-paragraphs', 'p', $tei))"/>
  </xsl:function>

  <!-- The paragraph number of $block, or () if the block is not numbered. -->
  <xsl:function name="sg:paragraph-number" as="xs:integer?">
    <xsl:param name="block" as="element()"/>
    <xsl:variable name="tei" as="element(tei:TEI)?" select="$block/ancestor::tei:TEI[1]"/>
    <xsl:choose>
      <xsl:when test="empty($tei)"/>
      <xsl:when test="sg:numbered-by-id($tei)">
        <xsl:sequence select="$block[self::tei:p][matches(@xml:id, '^p-[0-9]+$')]
                              ! xs:integer(substring-after(@xml:id, 'p-'))"/>
      </xsl:when>
      <xsl:when test="$block[self::tei:p or self::tei:l or self::tei:ab][ancestor::tei:sp]">
        <xsl:sequence select="$block/accumulator-before('sg:speech-blocks')"/>
      </xsl:when>
    </xsl:choose>
  </xsl:function>

</xsl:stylesheet>
