<?xml version="1.0" encoding="UTF-8"?>
<!--
  Paragraph, turn and note numbering, shared by every output (HTML and Typst).

  Input: any TEI document (TEI or teiCorpus). Nothing is output; this module only defines
  functions and the global maps behind them, which need the source as the global context item.
  Every number is worked out once per transformation, in one map per kind keyed by
  generate-id(): a lookup is cheaper than an accumulator-before() per call, and far cheaper
  than counting preceding nodes (pages call these functions for every paragraph and turn).

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
  "The document" is the outermost tei:TEI or tei:teiCorpus around a node. The
  HTML edition renders one per page; the print edition may put several side by side under an
  <sg:volume> wrapper: both rules and all counts then apply to each document on its own, so a
  document in a volume is numbered exactly as it is alone.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:sg="urn:stenogram:xslt"
  exclude-result-prefixes="#all">

  <!-- The documents of the source: each outermost tei:TEI or tei:teiCorpus (one for a page;
       the print edition's <sg:volume> holds several). Every count starts again in each. -->
  <xsl:variable name="sg:documents" as="element()*"
    select="//(tei:TEI | tei:teiCorpus)[not(ancestor::tei:TEI | ancestor::tei:teiCorpus)]"/>

  <!-- Margin numbers of the paragraph-level blocks, by generate-id(): rule 1 or rule 2 for
       each document. -->
  <xsl:variable name="sg:paragraph-numbers" as="map(xs:string, xs:integer)" select="map:merge(
    for $document in $sg:documents
    return if (exists($document//tei:p[matches(@xml:id, '^p-[0-9]+$')]))
      then $document//tei:p[matches(@xml:id, '^p-[0-9]+$')]
           ! map:entry(generate-id(.), xs:integer(substring-after(@xml:id, 'p-')))
      else $document//(tei:p | tei:l | tei:ab)[ancestor::tei:body]
             [not(ancestor::tei:note | ancestor::tei:p | ancestor::tei:l | ancestor::tei:ab)]
           ! map:entry(generate-id(.), position()))"/>

  <!-- Turns (tei:sp, tei:u) without an @xml:id, by generate-id(): N counts every turn. -->
  <xsl:variable name="sg:turn-numbers" as="map(xs:string, xs:integer)" select="map:merge(
    for $document in $sg:documents
    return $document//(tei:sp | tei:u) ! (if (@xml:id) then () else map:entry(generate-id(.), position())))"/>

  <!-- Notes of the text, by generate-id(). -->
  <xsl:variable name="sg:note-numbers" as="map(xs:string, xs:integer)" select="map:merge(
    for $document in $sg:documents
    return $document//tei:note[ancestor::tei:text][not(ancestor::tei:note)]
           ! map:entry(generate-id(.), position()))"/>

  <!-- The margin number of a paragraph-level block, or () if it has none. -->
  <xsl:function name="sg:paragraph-number" as="xs:integer?">
    <xsl:param name="block" as="element()"/>
    <xsl:sequence select="$sg:paragraph-numbers(generate-id($block))"/>
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
                          else 'turn-' || $sg:turn-numbers(generate-id($turn))"/>
  </xsl:function>

  <!-- The number of a note in the text, or () for a note elsewhere (e.g. in the header). -->
  <xsl:function name="sg:note-number" as="xs:integer?">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="$sg:note-numbers(generate-id($note))"/>
  </xsl:function>
</xsl:stylesheet>
