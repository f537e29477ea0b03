using System.Text.Json;
using Hoshi.Core.Input;

namespace Hoshi.Core.Attestations;

/// <summary>
/// Strict reading of one JSON object of a user's file: every member named must be present (null where optional),
/// no other member is allowed, and each value must have its type. A problem is reported with the JSON path.
/// </summary>
internal readonly struct JsonFields
{
    private readonly JsonElement element;
    private readonly string source;

    private JsonFields(JsonElement element, string path, string source)
    {
        this.element = element;
        Path = path;
        this.source = source;
    }

    public string Path { get; }

    public static JsonFields Of(JsonElement element, string path, string source, params string[] members)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Fail(source, path, "expected an object");
        }

        // The parser refuses a member given twice, so as many known members as expected means all are there.
        var known = 0;
        foreach (var member in element.EnumerateObject())
        {
            if (System.Array.IndexOf(members, member.Name) < 0)
            {
                throw Fail(source, $"{path}.{member.Name}", $"unknown member; expected {string.Join(", ", members)}");
            }

            known++;
        }

        if (known < members.Length)
        {
            throw Fail(source, path, $"missing member \"{members.First(n => !element.TryGetProperty(n, out _))}\"");
        }

        return new JsonFields(element, path, source);
    }

    public JsonElement this[string name] => element.GetProperty(name);

    public JsonFields Object(string name, params string[] members) => Of(this[name], $"{Path}.{name}", source, members);

    public IEnumerable<(JsonElement Item, string Path)> Array(string name)
    {
        var value = this[name];
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Fail(name, "expected an array");
        }

        var path = $"{Path}.{name}";
        return value.EnumerateArray().Select((item, i) => (item, $"{path}[{i}]")).ToList();
    }

    public JsonFields Element((JsonElement Item, string Path) item, params string[] members) => Of(item.Item, item.Path, source, members);

    public string String(string name) => OptionalString(name) ?? throw Fail(name, "expected a string");

    public string? OptionalString(string name) => this[name] switch
    {
        { ValueKind: JsonValueKind.String } value => value.GetString(),
        { ValueKind: JsonValueKind.Null } => null,
        _ => throw Fail(name, "expected a string"),
    };

    public int Integer(string name) => OptionalInteger(name) ?? throw Fail(name, "expected a whole number");

    public int? OptionalInteger(string name) => this[name] switch
    {
        { ValueKind: JsonValueKind.Number } number when number.TryGetInt32(out var value) => value,
        { ValueKind: JsonValueKind.Null } => null,
        _ => throw Fail(name, "expected a whole number"),
    };

    /// <summary>A string read by <paramref name="parse"/>, which returns null when the text is not what <paramref name="expected"/> says.</summary>
    public T Parse<T>(string name, Func<string, T?> parse, string expected) where T : struct =>
        parse(String(name)) ?? throw Fail(name, $"expected {expected}");

    public T? OptionalParse<T>(string name, Func<string, T?> parse, string expected) where T : struct =>
        OptionalString(name) is { } text ? parse(text) ?? throw Fail(name, $"expected {expected}") : null;

    public string Matching(string name, Func<string, bool> test, string expected) =>
        test(String(name)) ? String(name) : throw Fail(name, $"expected {expected}");

    /// <summary>The bytes of a base64 string; a string that is not base64 (or is empty) makes the file malformed.</summary>
    public byte[] Base64(string name)
    {
        var text = String(name);
        var bytes = new byte[text.Length];
        return Convert.TryFromBase64String(text, bytes, out var length) && length > 0 ? bytes[..length] : throw Fail(name, "expected base64");
    }

    public InvalidInputException Fail(string member, string reason) => Fail(source, $"{Path}.{member}", reason);

    public static InvalidInputException Fail(string source, string path, string reason) =>
        new([new InputError(source, 0, $"{path}: {reason}")]);
}
