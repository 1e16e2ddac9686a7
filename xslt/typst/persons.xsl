<?xml version="1.0" encoding="UTF-8"?>
<!--
  People: the name of a person or group an @who points to, and the index of speakers (every
  speaker of the document, or of all documents of a volume, by surname in the alphabetical
  order of its language, with the pages where they speak and the numbers of their paragraphs;
  the pages are found by Typst from the sg-speech marks of speech.xsl).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="urn:stenogram:xslt"
    exclude-result-prefixes="#all">

  <xsl:key name="sg:person" match="tei:person | tei:personGrp" use="@xml:id"/>
  <xsl:key name="sg:speech-by-who" match="tei:sp" use="sg:pointers(@who)"/>

  <!-- The name of $id: the full name in the document's language, a group's name, the printed
       label, the label of the first speech, or the id itself. -->
  <xsl:function name="sg:person-name" as="xs:string">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="person" as="element()?" select="key('sg:person', $id, $tei)[1]"/>
    <xsl:variable name="names" as="element()*" select="$person/(tei:persName | tei:name)"/>
    <xsl:sequence select="(
        (sg:own-lang($names[not(@type)], $tei), $names[not(@type)], $names)[1] ! normalize-space(),
        key('sg:speech-by-who', $id, $tei)[1]/tei:speaker ! normalize-space(replace(., '[.:]\s*$', '')),
        $id)[. != ''][1]"/>
  </xsl:function>

  <!-- The index of speakers of $docs (one document, or every document of a volume): one entry
       per name as the index prints it (surname first, names.xsl), sorted by surname in the
       alphabetical order of $lang; each entry carries the speeches it stands for as "dN/id"
       keys (N: the document's place in the volume, as in the sg-speech marks), whose pages
       Typst finds with a single query (frame.xsl, sg-speaker-index), and the paragraph numbers
       of those speeches, per document (in a volume, with the document's number). The same
       name in several documents is one entry: a volume has one index, at its end. -->
  <xsl:template name="sg:speaker-index" as="text()*">
    <xsl:param name="docs" as="element(tei:TEI)+"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="volume" as="xs:boolean" select="count($docs) gt 1"/>
    <xsl:variable name="speakers" as="map(xs:string, item()*)*">
      <xsl:for-each select="$docs">
        <xsl:variable name="tei" as="element(tei:TEI)" select="."/>
        <xsl:variable name="doc" as="xs:string" select="sg:doc-id(.)"/>
        <xsl:for-each select="distinct-values(tei:text//tei:sp/@who ! sg:pointers(.))">
          <xsl:variable name="person" as="element()?" select="key('sg:person', ., $tei)[1]"/>
          <xsl:variable name="name" as="xs:string" select="sg:person-name(., $tei)"/>
          <xsl:variable name="numbers" as="xs:integer*"
              select="sort(distinct-values(key('sg:speech-by-who', ., $tei)//(tei:p | tei:ab | tei:l) ! sg:paragraph-number(.)))"/>
          <xsl:sequence select="map {
              'name': if ($person/self::tei:personGrp) then $name else sg:index-name($person, $name),
              'sort': if ($person/self::tei:personGrp) then lower-case($name) else sg:index-key($person, $name),
              'key': $doc || '/' || .,
              'paragraphs': '(' || (if ($volume) then substring($doc, 2) else 'none') || ', ('
                            || string-join($numbers ! (string(.) || ',')) || '))'}"/>
        </xsl:for-each>
      </xsl:for-each>
    </xsl:variable>
    <xsl:if test="exists($speakers)">
      <xsl:text>&#10;&#10;// tei: index of speakers&#10;#sg-speaker-index(</xsl:text>
      <xsl:value-of select="sg:string(sg:label('index', $lang)) || ', ' || sg:string(sg:label('paragraphs', $lang)) || ', ('"/>
      <xsl:for-each-group select="$speakers" group-by="?name">
        <xsl:sort select="current-group()[1]?sort" lang="{$lang}"/>
        <xsl:sort select="current-grouping-key()" lang="{$lang}"/>
        <xsl:value-of select="'&#10;  (' || sg:string(current-grouping-key()) || ', ' || sg:array(current-group()?key)
                              || ', (' || string-join(current-group()?paragraphs ! (. || ', ')) || ')),'"/>
      </xsl:for-each-group>
      <xsl:text>&#10;))&#10;</xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- The id of a document in the Typst source: "d" and its place in the volume ("d1" alone). -->
  <xsl:function name="sg:doc-id" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="'d' || count($tei/preceding-sibling::tei:TEI) + 1"/>
  </xsl:function>

</xsl:stylesheet>
