<?xml version="1.0" encoding="UTF-8"?>
<!--
  Small helpers of the HTML stylesheets: attributes every rendered element carries (class,
  lang), class tokens, person lookup (through sg:pointers of ../common/pointers.xsl), titles.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:sg="urn:stenogram:xslt"
  xmlns="http://www.w3.org/1999/xhtml"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- The language of the words the page adds (i18n.xml): the document's, English if none. -->
  <xsl:variable name="sg:ui-lang" as="xs:string" select="string((/*/@xml:lang, 'en')[1])"/>

  <!-- 'yes' marks every element that fell to the catch-all with its TEI name (data-tei). -->
  <xsl:param name="debug" as="xs:string" select="'no'"/>

  <!-- Persons and groups of the header, by id. -->
  <xsl:key name="sg:person" match="particDesc//person | particDesc//personGrp" use="@xml:id"/>

  <!-- The class attribute (from $class) and the lang of the current TEI element. -->
  <xsl:template name="sg:attrs" as="attribute()*">
    <xsl:param name="class" as="xs:string*" select="()"/>
    <xsl:if test="exists($class)">
      <xsl:attribute name="class" select="string-join($class, ' ')"/>
    </xsl:if>
    <xsl:if test="@xml:lang">
      <xsl:attribute name="lang" select="sg:lang-tag(@xml:lang)"/>
    </xsl:if>
  </xsl:template>

  <!-- A TEI attribute value as a class token: lower case, runs of other characters as '-'. -->
  <xsl:function name="sg:token" as="xs:string">
    <xsl:param name="value" as="xs:string"/>
    <xsl:sequence select="replace(lower-case(normalize-space($value)), '[^a-z0-9]+', '-')"/>
  </xsl:function>

  <!-- The source document: the person lookup's scope. -->
  <xsl:variable name="sg:source" as="document-node()?" select="/"/>

  <!-- The header person (or group) a pointer list (an @who) names first, if the header has it;
       cached by the value, like sg:pointers. -->
  <xsl:function name="sg:person-of" as="element()?" cache="yes">
    <xsl:param name="who" as="xs:string?"/>
    <xsl:sequence select="(sg:pointers($who) ! key('sg:person', ., $sg:source))[1]"/>
  </xsl:function>

  <!-- How a person is named in lists: the first name that is not a printed label. -->
  <xsl:function name="sg:person-name" as="xs:string" cache="yes">
    <xsl:param name="person" as="element()"/>
    <xsl:sequence select="normalize-space(($person/persName[not(@type = 'label')],
      $person/name, $person/persName, $person/@xml:id)[1])"/>
  </xsl:function>

  <!-- The main title of a document from its header. -->
  <xsl:function name="sg:title" as="xs:string">
    <xsl:param name="header" as="element(teiHeader)?"/>
    <xsl:variable name="titles" as="element(title)*" select="$header/fileDesc/titleStmt/title"/>
    <xsl:sequence select="normalize-space(($titles[@type = 'main'], $titles, 'Untitled document')[1])"/>
  </xsl:function>
</xsl:stylesheet>
