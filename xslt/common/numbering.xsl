<?xml version="1.0" encoding="UTF-8"?>
<!--
  Paragraph, turn and note numbering, shared by every output (HTML and Typst).

  Input: any TEI document (TEI or teiCorpus). Nothing is output; this module only defines
  functions and the accumulators behind them. An importing stylesheet must make the accumulators
  apply to its source:  <xsl:mode use-accumulators="#all"/>  (for the modes it starts in).

  The paragraph rule (the margin number N and the anchor "p-N" are the same everywhere):
  1. A document that carries the stenogram profile's ids (any tei:p with @xml:id="p-N") is
     numbered by those ids: a block numbers as N exactly when its @xml:id is "p-N"; other blocks
     carry no number (the converter gives every paragraph an id, so none is missed).
  2. Any other TEI (DraCor, TEI Consortium tests, Parla-CLARIN) counts its paragraph-level
     blocks: every tei:p, tei:l and tei:ab inside a tei:body (in or out of tei:sp), not inside a
     tei:note and not inside another such block, numbered 1, 2, 3 ... in document order across
     the whole document (a teiCorpus counts on through its TEI documents, so anchors stay unique).
  Turns (tei:sp, tei:u) are anchored by their @xml:id where they have one, else "turn-N" with N
  counting turns in document order. Notes (tei:note inside tei:text, not inside another note)
  are numbered 1, 2, 3 ... in document order.
  "The document" is the outermost tei:TEI or tei:teiCorpus around a node (sg:document-of). The
  HTML edition renders one per page; the print edition may put several side by side under an
  <sg:volume> wrapper: both rules and all counts then apply to each document on its own, so a
  document in a volume is numbered exactly as it is alone.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:sg="urn:stenogram:xslt"
  exclude-result-prefixes="#all">

  <!-- Paragraphs carrying the profile's own numbers, looked up once per document. -->
  <xsl:key name="sg:profile-paragraph" match="tei:p[matches(@xml:id, '^p-[0-9]+$')]" use="'p'"/>

  <!-- Each count starts again from 0 at the start of a document (its first rule, matching the
       outermost TEI or teiCorpus): a no-op for a page of one document, whose root it is. -->

  <!-- Paragraph-level blocks for rule 2: in a body, not in a note, not in another block. -->
  <xsl:accumulator name="sg:block-count" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule phase="start" select="0"
      match="(tei:TEI | tei:teiCorpus)[not(ancestor::tei:TEI | ancestor::tei:teiCorpus)]"/>
    <xsl:accumulator-rule phase="start" select="$value + 1"
      match="(tei:p | tei:l | tei:ab)[ancestor::tei:body]
             [not(ancestor::tei:note | ancestor::tei:p | ancestor::tei:l | ancestor::tei:ab)]"/>
  </xsl:accumulator>

  <xsl:accumulator name="sg:turn-count" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule phase="start" select="0"
      match="(tei:TEI | tei:teiCorpus)[not(ancestor::tei:TEI | ancestor::tei:teiCorpus)]"/>
    <xsl:accumulator-rule phase="start" match="tei:sp | tei:u" select="$value + 1"/>
  </xsl:accumulator>

  <xsl:accumulator name="sg:note-count" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule phase="start" select="0"
      match="(tei:TEI | tei:teiCorpus)[not(ancestor::tei:TEI | ancestor::tei:teiCorpus)]"/>
    <xsl:accumulator-rule phase="start" match="tei:note[ancestor::tei:text][not(ancestor::tei:note)]"
      select="$value + 1"/>
  </xsl:accumulator>

  <!-- The document a node belongs to: its outermost tei:TEI or tei:teiCorpus (the root element
       when a page holds one document; one child of the print edition's <sg:volume>). A node
       outside any (the volume wrapper itself) is its own document. -->
  <xsl:function name="sg:document-of" as="node()">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="($node/ancestor-or-self::*[self::tei:TEI or self::tei:teiCorpus][last()], $node)[1]"/>
  </xsl:function>

  <!-- True where the document of $node numbers its paragraphs by the profile's ids (rule 1). -->
  <xsl:function name="sg:has-profile-ids" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="sg:document-has-profile-ids(sg:document-of($node))"/>
  </xsl:function>

  <!-- Rule 1 for one document, decided once per document (cached). -->
  <xsl:function name="sg:document-has-profile-ids" as="xs:boolean" cache="yes">
    <xsl:param name="document" as="node()"/>
    <xsl:sequence select="exists(key('sg:profile-paragraph', 'p', $document))"/>
  </xsl:function>

  <!-- The margin number of a paragraph-level block, or () if it has none. -->
  <xsl:function name="sg:paragraph-number" as="xs:integer?">
    <xsl:param name="block" as="element()"/>
    <xsl:choose>
      <xsl:when test="sg:has-profile-ids($block)">
        <xsl:sequence select="if ($block[self::tei:p][matches(@xml:id, '^p-[0-9]+$')])
                              then xs:integer(substring-after($block/@xml:id, 'p-')) else ()"/>
      </xsl:when>
      <xsl:when test="$block[self::tei:p or self::tei:l or self::tei:ab][ancestor::tei:body]
                      [not(ancestor::tei:note | ancestor::tei:p | ancestor::tei:l | ancestor::tei:ab)]">
        <xsl:sequence select="$block/accumulator-before('sg:block-count')"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="()"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The citation anchor of a numbered block: "p-N"; () for a block without a number. -->
  <xsl:function name="sg:paragraph-anchor" as="xs:string?">
    <xsl:param name="block" as="element()"/>
    <xsl:sequence select="sg:paragraph-number($block) ! ('p-' || .)"/>
  </xsl:function>

  <!-- The anchor of a turn (tei:sp or tei:u). -->
  <xsl:function name="sg:turn-anchor" as="xs:string">
    <xsl:param name="turn" as="element()"/>
    <xsl:sequence select="if ($turn/@xml:id) then string($turn/@xml:id)
                          else 'turn-' || $turn/accumulator-before('sg:turn-count')"/>
  </xsl:function>

  <!-- The number of a note in the text, or () for a note elsewhere (e.g. in the header). -->
  <xsl:function name="sg:note-number" as="xs:integer?">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="if ($note[ancestor::tei:text][not(ancestor::tei:note)])
                          then $note/accumulator-before('sg:note-count') else ()"/>
  </xsl:function>
</xsl:stylesheet>
