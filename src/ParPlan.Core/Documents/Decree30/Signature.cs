namespace ParPlan.Core.Documents.Decree30;

/// <summary>
/// The signature block: the signing authority line ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), the signer's office
/// ("CHỦ TỊCH", "PHÓ CHỦ TỊCH") and name (no titles before it).
/// </summary>
public sealed record Signature(string Prefix, string Authority, string Office, string Name)
{
    /// <summary>On behalf of the collective: "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH".</summary>
    public static Signature OnBehalfOf(string collective, string office, string name) => new("TM.", collective, office, name);

    /// <summary>Signing for the head: "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH".</summary>
    public static Signature ForHead(string head, string office, string name) => new("KT.", head, office, name);

    public string AuthorityLine => $"{Prefix} {Authority}".ToUpper(Decree30Format.Vi);
}
