namespace ParPlan.Core.Documents.Decree30;

/// <summary>How a government's short name ("UBND xã Vĩnh Linh") is written on an official document: the issuing body in
/// full and the place name of the date line.</summary>
public static class GovernmentNames
{
    private static readonly string[] LevelWords = ["thành phố", "thị trấn", "phường", "tỉnh", "huyện", "xã", "thị xã", "quận", "đặc khu"];

    private const string Short = "UBND ";
    private const string Full = "Ủy ban nhân dân ";

    /// <summary>"UBND tỉnh Quảng Trị" → "Ủy ban nhân dân tỉnh Quảng Trị"; other names as they are.</summary>
    public static string IssuingBody(string name) =>
        name.StartsWith(Short, StringComparison.Ordinal) ? Full + name[Short.Length..] : name;

    /// <summary>"UBND xã Vĩnh Linh" → "Vĩnh Linh": the place name of the date line.</summary>
    public static string Place(string governmentName)
    {
        var name = IssuingBody(governmentName);
        name = name.StartsWith(Full, StringComparison.Ordinal) ? name[Full.Length..] : name;
        foreach (var word in LevelWords)
        {
            if (name.StartsWith(word + " ", StringComparison.OrdinalIgnoreCase))
            {
                return name[(word.Length + 1)..];
            }
        }

        return name;
    }
}
