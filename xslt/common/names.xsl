<?xml version="1.0" encoding="UTF-8"?>
<!--
  Names of persons as an index lists them: by surname. The converter reads each name into its
  parts once (stenogram.transcript.names) and the header holds them: persName with surname,
  forename (full="init" for an initial), roleName, nameLink. Here they are only read, never
  found among words: the surname first, then the other parts as written ("Rykov, Alexei
  Ivanovich"), then what the name says after its parts (", Bundeskanzlerin"). A name that
  opens with its surname and has only initials besides is already in index form and stays as
  written ("ИВАНОВ И. И."). A name without a surname (a role, a group, a name in another TEI)
  is printed and sorted as written.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="urn:stenogram:xslt"
    exclude-result-prefixes="#all">

  <!-- The name of $person in parts: its first persName with a surname (not a printed label). -->
  <xsl:function name="sg:name-in-parts" as="element(tei:persName)?">
    <xsl:param name="person" as="element()?"/>
    <xsl:sequence select="$person/tei:persName[not(@type = 'label')][tei:surname][1]"/>
  </xsl:function>

  <!-- The surname and the rest of a name as an index prints them: "Rykov, Alexei Ivanovich". -->
  <xsl:function name="sg:index-name" as="xs:string">
    <xsl:param name="person" as="element()?"/>
    <xsl:param name="name" as="xs:string"/>
    <xsl:variable name="parts" as="element(tei:persName)?" select="sg:name-in-parts($person)"/>
    <xsl:variable name="others" as="element()*" select="$parts/(* except tei:surname)"/>
    <xsl:sequence select="
        if (empty($parts)) then normalize-space($name)
        else if ($parts/*[1][self::tei:surname] and (every $part in $others satisfies $part/@full = 'init'))
        then normalize-space($parts)
        else string-join((
            normalize-space(string-join($parts/tei:surname, ' ')),
            normalize-space(string-join($others, ' '))[. != '']), ', ')
          || replace(replace(string-join($parts/*[last()]/following-sibling::text()), '\s+', ' '), ' $', '')"/>
  </xsl:function>

  <!-- The key an index sorts a name by: the surname, then the forenames and name links (no
       roles, no initials), in lower case; a name without parts as written. -->
  <xsl:function name="sg:index-key" as="xs:string">
    <xsl:param name="person" as="element()?"/>
    <xsl:param name="name" as="xs:string"/>
    <xsl:variable name="parts" as="element(tei:persName)?" select="sg:name-in-parts($person)"/>
    <xsl:sequence select="lower-case(normalize-space(
        if (empty($parts)) then $name
        else string-join(($parts/tei:surname, $parts/(* except (tei:surname, tei:roleName))[not(@full = 'init')]), ' ')))"/>
  </xsl:function>

</xsl:stylesheet>
