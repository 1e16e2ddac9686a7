<?xml version="1.0" encoding="UTF-8"?>
<!--
  The words the print edition adds itself (headings, captions on the title page), by language.
  Russian and English; any other language gets the English words.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:sg="urn:stenogram:xslt"
    exclude-result-prefixes="#all">

  <xsl:variable name="sg:labels" as="map(xs:string, map(xs:string, xs:string))" select="map {
      'en': map {
        'index': 'Index of speakers', 'contents': 'Contents', 'editor': 'Edited by',
        'source': 'Source', 'archive': 'Archive', 'licence': 'Licence', 'publisher': 'Publisher',
        'fond': 'f.', 'opis': 'op.', 'delo': 'd.', 'volume': 'Collected records' },
      'ru': map {
        'index': 'Указатель говорящих', 'contents': 'Содержание', 'editor': 'Редактор',
        'source': 'Источник', 'archive': 'Архив', 'licence': 'Лицензия', 'publisher': 'Издатель',
        'fond': 'ф.', 'opis': 'оп.', 'delo': 'д.', 'volume': 'Собрание документов' } }"/>

  <!-- The word for $key in language $lang (English where the language has none). -->
  <xsl:function name="sg:label" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="words" as="map(xs:string, xs:string)"
        select="($sg:labels($lang), $sg:labels('en'))[1]"/>
    <xsl:sequence select="$words($key)"/>
  </xsl:function>

</xsl:stylesheet>
