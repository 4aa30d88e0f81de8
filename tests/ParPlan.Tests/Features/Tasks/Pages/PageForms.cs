using System.Net;
using System.Text.RegularExpressions;

namespace ParPlan.Tests.Features.Tasks.Pages;

/// <summary>Reads what a server-rendered form carries (antiforgery token, hidden version) to post it as a browser would.</summary>
public static partial class PageForms
{
    public static string Token(string page) => TokenPattern().Match(page).Groups[1].Value;

    public static string Version(string page) => VersionPattern().Match(page).Groups[1].Value;

    public static int Count(string page, string text) => Regex.Count(page, Regex.Escape(text));

    public static string Text(string html) => WebUtility.HtmlDecode(html);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("name=\"Progress.Version\" value=\"([^\"]*)\"")]
    private static partial Regex VersionPattern();
}
