<?xml version="1.0" encoding="UTF-8"?>
<!--
  Mode sg:inline: the phrases inside a paragraph. Text becomes a Typst string literal (only
  through sg:markup); stage directions are italic, a voice's label in an interjection is in small
  caps, `supplied` stands in brackets, a `gap` is marked with its description. An element this
  module does not know keeps its text (with debug=yes, its name is shown in front of it).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="urn:stenogram:xslt"
    exclude-result-prefixes="#all">

  <xsl:mode name="sg:inline" on-no-match="fail"/>

  <!-- Text; before a note the space is dropped, so that the note's number follows the word. -->
  <xsl:template match="text()" mode="sg:inline" as="text()?">
    <xsl:value-of select="sg:markup(if (following-sibling::node()[1][self::tei:note])
                                    then replace(., '\s+$', '') else .)"/>
  </xsl:template>

  <!-- The items of a list met inline (in the editor's note), one after another; an item of
       the lines removed as page furniture says which line it was. -->
  <xsl:template match="tei:item" mode="sg:inline" as="text()*">
    <xsl:value-of select="(if (preceding-sibling::tei:item) then '; ' else ' ') ! sg:markup(.)"/>
    <xsl:if test="parent::tei:list[@type = 'furniture'] and @n">
      <xsl:value-of select="sg:markup(lower-case(sg:label('line', sg:doc-lang(ancestor::tei:TEI[1]))) || ' ' || @n || ': ')"/>
    </xsl:if>
    <xsl:apply-templates mode="sg:inline"/>
  </xsl:template>

  <xsl:template match="comment() | processing-instruction()" mode="sg:inline" as="empty-sequence()"/>

  <!-- A phrase in another language: hyphenation and quotation marks follow it. -->
  <xsl:template match="*[sg:lang-change(.)]" mode="sg:inline" priority="10" as="text()*">
    <xsl:value-of select="'#text(lang: ' || sg:string(sg:lang-change(.)) || ')['"/>
    <xsl:next-match/>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <!-- A stage direction within a speech: italics (nested ones turn upright again). -->
  <xsl:template match="tei:stage" mode="sg:inline" as="text()*">
    <xsl:text>#sg-stage-inline[</xsl:text>
    <xsl:apply-templates mode="sg:inline"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <!-- Words said by another voice: attributed by its printed label, or, where the stenographer
       printed none, by the name its @who points to. -->
  <xsl:template match="tei:said" mode="sg:inline" as="text()*">
    <xsl:if test="not(tei:label) and @who">
      <xsl:text>#sg-label[</xsl:text>
      <xsl:value-of select="sg:markup(sg:person-name(string(sg:pointers(@who)[1]), ancestor::tei:TEI[1]))"/>
      <xsl:text>:]#" ";</xsl:text>
    </xsl:if>
    <xsl:apply-templates mode="sg:inline"/>
  </xsl:template>

  <xsl:template match="tei:label | tei:speaker" mode="sg:inline" as="text()*">
    <xsl:text>#sg-label[</xsl:text>
    <xsl:apply-templates mode="sg:inline"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <xsl:template match="tei:supplied" mode="sg:inline" as="text()*">
    <xsl:text>#sg-supplied[</xsl:text>
    <xsl:apply-templates mode="sg:inline"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <!-- An omission: its description, or the reason, or an ellipsis. -->
  <xsl:template match="tei:gap" mode="sg:inline" as="text()*">
    <xsl:text>#sg-gap[</xsl:text>
    <xsl:choose>
      <xsl:when test="tei:desc"><xsl:apply-templates select="tei:desc/node()" mode="sg:inline"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="sg:markup((@reason, '…')[1])"/></xsl:otherwise>
    </xsl:choose>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <xsl:template match="tei:emph | tei:hi | tei:title | tei:foreign | tei:mentioned | tei:term" mode="sg:inline" as="text()*">
    <xsl:text>#emph[</xsl:text>
    <xsl:apply-templates mode="sg:inline"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <!-- A quotation inside a paragraph: Typst's quote, with the marks of the language. -->
  <xsl:template match="tei:q | tei:quote[not(tei:p | tei:lg | tei:l)]" mode="sg:inline" as="text()*">
    <xsl:text>#quote[</xsl:text>
    <xsl:apply-templates mode="sg:inline"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <!-- Paragraphs met inline (in a note, a cast list, front matter, a table cell, a stage
       direction): separated by a space, a line of verse after another by a line break; one the
       HTML edition numbers keeps its number, set in the margin, so that every number of the
       HTML edition is printed too (on the line where its block starts). -->
  <xsl:template match="tei:p | tei:ab | tei:l" mode="sg:inline" as="text()*">
    <xsl:variable name="previous" as="element()?"
        select="preceding-sibling::*[self::tei:p or self::tei:ab or self::tei:l][1]"/>
    <xsl:choose>
      <xsl:when test="self::tei:l and $previous/self::tei:l"><xsl:text>#linebreak()</xsl:text></xsl:when>
      <xsl:when test="$previous"><xsl:text>#" ";</xsl:text></xsl:when>
    </xsl:choose>
    <xsl:for-each select="sg:paragraph-number(.)">
      <xsl:value-of select="'#sg-pno-inline(' || . || ')'"/>
    </xsl:for-each>
    <xsl:apply-templates mode="sg:inline"/>
  </xsl:template>

  <xsl:template match="tei:lb" mode="sg:inline" as="text()">
    <xsl:text>#linebreak()</xsl:text>
  </xsl:template>

  <!-- Page and paragraph-join marks, anchors: no text of their own. -->
  <xsl:template match="tei:pb | tei:milestone | tei:cb | tei:anchor" mode="sg:inline" as="empty-sequence()"/>

  <!-- Anything else keeps its text. -->
  <xsl:template match="*" mode="sg:inline" as="text()*">
    <xsl:if test="$debug = ('yes', 'true', '1')">
      <xsl:value-of select="'#text(fill: red, size: 0.7em)[' || sg:markup('&lt;' || local-name() || '&gt;') || ']'"/>
    </xsl:if>
    <xsl:apply-templates mode="sg:inline"/>
  </xsl:template>

</xsl:stylesheet>
