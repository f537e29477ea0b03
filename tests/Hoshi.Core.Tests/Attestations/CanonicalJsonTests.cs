using System.Text;
using System.Text.Json;
using Hoshi.Core.Attestations;

namespace Hoshi.Core.Tests.Attestations;

/// <summary>RFC 8785 for the values attestations hold, checked against the RFC's own examples.</summary>
public sealed class CanonicalJsonTests
{
    private static string Canonical(string json, string? omit = null) =>
        Encoding.UTF8.GetString(CanonicalJson.Serialize(JsonDocument.Parse(json).RootElement, omit));

    [Fact]
    public void Members_are_sorted_by_utf16_code_units_as_in_rfc_8785_section_3_2_3()
    {
        var json = """{"\u20ac":"Euro Sign","\r":"Carriage Return","\ufb33":"Hebrew Letter Dalet With Dagesh","1":"One","\ud83d\ude00":"Emoji: Grinning Face","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis"}""";
        var names = JsonDocument.Parse(Canonical(json)).RootElement.EnumerateObject().Select(p => p.Value.GetString()).ToList();
        Assert.Equal(["Carriage Return", "One", "Control", "Latin Small Letter O With Diaeresis", "Euro Sign", "Emoji: Grinning Face", "Hebrew Letter Dalet With Dagesh"], names);
    }

    [Fact]
    public void Strings_are_escaped_as_json_stringify_does_and_whitespace_goes()
    {
        Assert.Equal("""{"a":[true,false,null,-12,"\"\\\b\f\n\r\t\u001f/€日本 <&>"],"b":{}}""",
            Canonical("""{ "b" : { }, "a" : [ true, false, null, -12, "\"\\\b\f\n\r\t\u001F\/\u20ac日本 \u003C&>" ] }"""));
    }

    [Fact]
    public void One_member_can_be_left_out_and_fractions_are_refused()
    {
        Assert.Equal("""{"id":"1.1"}""", Canonical("""{"id":"1.1","evidence":[1]}""", omit: "evidence"));
        Assert.Throws<FormatException>(() => Canonical("[1.5]"));
    }
}
