using System.Text;
using System.Xml;

namespace Hoshi.Core.Excel;

/// <summary>
/// Streaming (SAX) reading of a workbook's XML parts with <see cref="XmlReader"/>, the reader DocumentFormat.OpenXml's
/// OpenXmlReader wraps, without an object per element: no DTD, no outside entity, at most so many characters.
/// </summary>
internal static class SheetXml
{
    public static XmlReader Open(Stream part, long maxCharacters) => XmlReader.Create(part, new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true, // between elements only: text in <t xml:space="preserve"> keeps its spaces
        CheckCharacters = false, // speed: a character XML forbids is no danger in text Hoshi only reads
        MaxCharactersInDocument = maxCharacters,
        CloseInput = true,
    });

    /// <summary>
    /// The text of a string item (&lt;si&gt; of the shared strings, &lt;is&gt; of a cell): its &lt;t&gt; and its rich text
    /// runs' &lt;t&gt;, without the phonetic guide (&lt;rPh&gt;, furigana) Japanese Excel adds. Leaves the reader after the item.
    /// </summary>
    public static string ReadText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return "";
        }

        var depth = reader.Depth;
        var text = new StringBuilder();
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                switch (reader.LocalName)
                {
                    case "t":
                        text.Append(reader.ReadElementContentAsString());
                        continue;
                    case "rPh" or "phoneticPr" or "rPr":
                        reader.Skip();
                        continue;
                }
            }

            reader.Read();
        }

        reader.Read();
        return text.ToString();
    }

    /// <summary>All shared strings, in order (cells of type "s" hold an index into them).</summary>
    public static List<string> ReadSharedStrings(Stream part, long maxCharacters)
    {
        var strings = new List<string>();
        using var reader = Open(part, maxCharacters);
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                strings.Add(ReadText(reader));
                continue;
            }

            reader.Read();
        }

        return strings;
    }
}
