<?xml version="1.0" encoding="UTF-8"?>
<!--
  What the print edition takes from the teiHeader: title, authors, editors, date, sources, the
  archive reference and the licence. Plain values (strings), for the title page, the running
  heads and the PDF's document metadata; both stenogram's profile and DraCor plays are read.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="urn:stenogram:xslt"
    exclude-result-prefixes="#all">

  <!-- The document's language for Typst (hyphenation, quotes), English if it names none. -->
  <xsl:function name="sg:doc-lang" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="(sg:lang($tei/@xml:lang), 'en')[1]"/>
  </xsl:function>

  <!-- Elements of $candidates in the document's own language (no xml:lang, or the same one). -->
  <xsl:function name="sg:own-lang" as="element()*">
    <xsl:param name="candidates" as="element()*"/>
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="$candidates[not(@xml:lang) or sg:lang(@xml:lang) = sg:doc-lang($tei)]"/>
  </xsl:function>

  <xsl:function name="sg:title" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="titles" as="element()*" select="$tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title"/>
    <xsl:sequence select="normalize-space((
        $titles[@type = 'main'],
        sg:own-lang($titles[not(@type)], $tei),
        $titles,
        $tei/tei:text/tei:front/tei:docTitle/tei:titlePart)[1])"/>
  </xsl:function>

  <!-- The title in the recto running head: the one given (short-title), the header's short
       title (title[@type = 'short'], from the edition's short_title), else the title, cut at
       a word to fit one line of the head (60 characters) and marked as cut. -->
  <xsl:function name="sg:short-title" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:param name="given" as="xs:string"/>
    <xsl:variable name="title" as="xs:string" select="sg:title($tei)"/>
    <xsl:sequence select="($given[normalize-space()],
        sg:own-lang($tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[@type = 'short'], $tei)[1],
        $title[string-length(.) le 60],
        replace(substring($title, 1, 61), '\s+\S*$', '') || '…')[1] ! normalize-space()"/>
  </xsl:function>

  <xsl:function name="sg:subtitle" as="xs:string?">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="sg:own-lang($tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[@type = 'sub'], $tei)[1]
                          ! normalize-space()"/>
  </xsl:function>

  <!-- Authors as "Forename Surname" (DraCor), in the document's language. -->
  <xsl:function name="sg:authors" as="xs:string*">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:for-each select="$tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:author">
      <xsl:variable name="name" as="element()?" select="(sg:own-lang(tei:persName, $tei), tei:persName)[1]"/>
      <xsl:sequence select="if ($name)
          then normalize-space(string-join(($name/tei:forename[not(@type)], $name/tei:surname, $name/text()[normalize-space()]), ' '))
          else normalize-space(.)"/>
    </xsl:for-each>
  </xsl:function>

  <xsl:function name="sg:editors" as="xs:string*">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="$tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:editor ! normalize-space()"/>
  </xsl:function>

  <!-- The date the record is of: the setting's date, a source date, or (DraCor) the first print. -->
  <xsl:function name="sg:date" as="element()?">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="(
        $tei/tei:teiHeader/tei:profileDesc/tei:settingDesc//tei:date[@when],
        $tei/tei:teiHeader/tei:fileDesc/tei:sourceDesc//tei:date[@when],
        $tei/tei:standOff//tei:event[@type = 'print'][@when])[1]"/>
  </xsl:function>

  <!-- The date as printed: the element's own words, or its @when. -->
  <xsl:function name="sg:date-text" as="xs:string?">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="sg:date($tei) ! (if (self::tei:date and normalize-space()) then normalize-space() else string(@when))"/>
  </xsl:function>

  <!-- One line per bibliographic source (nested bibls each get their own line). -->
  <xsl:function name="sg:sources" as="xs:string*">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:for-each select="$tei/tei:teiHeader/tei:fileDesc/tei:sourceDesc//tei:bibl">
      <!-- in document order (a line with its parts marked reads as printed); the source chain's
           links and languages are not words of the line -->
      <xsl:variable name="own" as="xs:string" select="normalize-space(string-join(node()
          except (tei:bibl, tei:availability, tei:relatedItem, tei:textLang), ' '))
          => replace(' ([.,:;)])', '$1')"/>
      <xsl:sequence select="$own[. != '']"/>
    </xsl:for-each>
  </xsl:function>

  <!-- The archive reference: repository, fond, opis, delo, leaves, physical description. -->
  <xsl:function name="sg:archive" as="xs:string?">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="lang" as="xs:string" select="sg:doc-lang($tei)"/>
    <xsl:for-each select="$tei/tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:msDesc[1]">
      <xsl:variable name="parts" as="xs:string*" select="(
          tei:msIdentifier/tei:repository ! normalize-space(),
          tei:msIdentifier/tei:idno ! (if (@type = ('fond', 'opis', 'delo'))
                                       then sg:label(@type, $lang) || ' ' || normalize-space()
                                       else normalize-space()),
          tei:msContents/tei:msItem/tei:locus ! normalize-space())"/>
      <xsl:sequence select="string-join(($parts[. != ''] => string-join(', '),
                                         tei:physDesc ! normalize-space())[. != ''], '. ')"/>
    </xsl:for-each>
  </xsl:function>

  <xsl:function name="sg:licence" as="xs:string?">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="for $l in $tei/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:availability/tei:licence[1]
        return normalize-space(string-join((normalize-space($l), $l/@target[. != normalize-space($l)]), ' '))"/>
  </xsl:function>

  <xsl:function name="sg:publisher" as="xs:string?">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="$tei/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:publisher[1] ! normalize-space()"/>
  </xsl:function>

  <!-- The verso running head of a single document: the edition's title if given, else the
       authors, else the publisher, else the document's own title. -->
  <xsl:function name="sg:edition-title" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:param name="given" as="xs:string"/>
    <xsl:sequence select="($given[. != ''], string-join(sg:authors($tei), ', ')[. != ''],
                           sg:publisher($tei), sg:title($tei))[1]"/>
  </xsl:function>

</xsl:stylesheet>
