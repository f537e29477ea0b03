using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Hoshi.Core.Attestations;

/// <summary>
/// The JSON Canonicalization Scheme (RFC 8785) for the values an attestation holds: objects, arrays, strings,
/// whole numbers up to 2^53, true, false and null. Members are sorted by their names' UTF-16 code units, nothing
/// is indented, and strings are escaped as ECMAScript's JSON.stringify does; the result is UTF-8.
/// </summary>
internal static class CanonicalJson
{
    private const long MaxSafeInteger = 9_007_199_254_740_991;

    /// <summary>The canonical bytes of a value; <paramref name="omit"/> leaves out one member of a top-level object.</summary>
    public static byte[] Serialize(JsonElement value, string? omit = null)
    {
        var text = new StringBuilder();
        Write(value, text, omit);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static void Write(JsonElement value, StringBuilder text, string? omit = null)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                // JsonProperty.Name decodes anew on every call: take each name once.
                var members = new List<(string Name, JsonElement Value)>();
                foreach (var member in value.EnumerateObject())
                {
                    var name = member.Name;
                    if (name != omit)
                    {
                        members.Add((name, member.Value));
                    }
                }

                members.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
                text.Append('{');
                for (var i = 0; i < members.Count; i++)
                {
                    text.Append(i == 0 ? "" : ",");
                    WriteString(members[i].Name, text);
                    text.Append(':');
                    Write(members[i].Value, text);
                }

                text.Append('}');
                break;
            case JsonValueKind.Array:
                text.Append('[');
                var first = true;
                foreach (var item in value.EnumerateArray())
                {
                    text.Append(first ? "" : ",");
                    first = false;
                    Write(item, text);
                }

                text.Append(']');
                break;
            case JsonValueKind.String:
                WriteString(value.GetString()!, text);
                break;
            case JsonValueKind.Number when value.TryGetInt64(out var number) && Math.Abs(number) <= MaxSafeInteger:
                text.Append(number.ToString(CultureInfo.InvariantCulture));
                break;
            case JsonValueKind.Number:
                throw new FormatException($"the number {value.GetRawText()} is not a whole number up to 2^53; attestations hold no other numbers");
            case JsonValueKind.True:
                text.Append("true");
                break;
            case JsonValueKind.False:
                text.Append("false");
                break;
            default:
                text.Append("null");
                break;
        }
    }

    private static void WriteString(string value, StringBuilder text)
    {
        text.Append('"');
        if (!value.AsSpan().ContainsAnyInRange('\0', '\u001f') && !value.AsSpan().ContainsAny('"', '\\'))
        {
            text.Append(value).Append('"');
            return;
        }

        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case < ' ': text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: text.Append(c); break;
            }
        }

        text.Append('"');
    }
}
