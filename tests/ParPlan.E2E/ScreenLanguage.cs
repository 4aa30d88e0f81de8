using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ParPlan.E2E;

/// <summary>What a page must not show a Vietnamese civil servant: English words from a list, ISO dates, internal codes
/// (indicator codes, unit codes, GUIDs, enum names). Only the text a user reads is checked (text nodes of the body,
/// closed menus, closed &lt;details&gt; and the options of a select included, and the tab title); attributes and
/// addresses are not.</summary>
public static partial class ScreenLanguage
{
    /// <summary>English words and raw values seen on ParPlan's pages or likely to leak from codes and enums. None of them
    /// is a Vietnamese syllable, so whole-word matching cannot hit Vietnamese text ("in", "to", "do", "an" are left out
    /// on purpose: they are Vietnamese words).</summary>
    public static readonly IReadOnlyList<string> EnglishWords =
    [
        // area codes and Decision 766 groups
        "direction", "civil-service", "digital-government", "apparatus", "public-finance", "procedures",
        "publicity", "progress", "digitisation", "onlineservices", "satisfaction", "total",
        // dossier statuses and task or plan statuses (as enum names or contract codes)
        "Returned", "Processed", "Withdrawn", "Pending", "Received", "Overdue", "status", "draft", "issued",
        "not-started", "in-progress", "done", "done-late", "blocked",
        // import warnings and entity names
        "header", "task", "tasks", "deadline", "deadlines", "plan", "plans", "unit", "units", "target", "targets",
        "AppUser", "PlanTask", "Added", "Modified", "Deleted",
        // raw values
        "null", "true", "false", "N/A", "NaN", "undefined",
        // interface words
        "Loading", "Error", "Save", "Cancel", "Submit", "Search", "Dashboard", "Home", "Settings",
    ];

    /// <summary>Written names that look like an enum or a type but are proper names users know.</summary>
    private static readonly HashSet<string> ProperNames = new(StringComparer.Ordinal) { "ParPlan" };

    private static readonly Regex Words = new(
        @"(?<![\p{L}\p{N}_/-])(" + string.Join("|", EnglishWords.Select(Regex.Escape)) + @")(?![\p{L}\p{N}_/-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();

    /// <summary>GUIDs with hyphens, and the 32-digit form without them.</summary>
    [GeneratedRegex(@"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|(?<![0-9a-zA-Z])[0-9a-f]{32}(?![0-9a-zA-Z])")]
    private static partial Regex Guid();

    /// <summary>Dotted lower-case codes with a hyphen (dossier.on-time-rate) and dotted upper-case codes (QT.XA.VINHHOANG).</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}_.])(?:[a-z][a-z0-9]*\.[a-z0-9.]*-[a-z0-9.-]*[a-z0-9]|[A-Z][A-Z0-9_]+(?:\.[A-Z0-9_]+)+)(?![\p{L}\p{N}_])")]
    private static partial Regex DottedCode();

    /// <summary>PascalCase names of two or more parts (CommuneGovernment, KindsUnderGovernment, PlanTask).</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}_])[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+(?![\p{L}\p{N}_])")]
    private static partial Regex PascalCase();

    /// <summary>The text pieces a user reads on the page, each with the tag of its element.</summary>
    private const string ReadTextScript = """
        () => {
          const out = ['T' + document.title];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {
            const node = walker.currentNode;
            const el = node.parentElement;
            if (!el || el.closest('script, style, noscript, template')) continue;
            const text = node.textContent.replace(/\s+/g, ' ').trim();
            if (text) out.push((el.closest('[data-officer-code]') ? 'C' : 'T') + text);
          }
          return out;
        }
        """;

    /// <summary>Everything wrong with the text of the page now open, as "kind: 'found' in «context»". A code an officer
    /// needs (the unit's code on its own page) is marked <c>data-officer-code</c>; only <paramref name="codeShownHere"/>
    /// pages may show one, and it is still checked for English words and ISO dates.</summary>
    public static async Task<IReadOnlyList<string>> OffencesAsync(IPage page, IReadOnlySet<string> exactCodes, bool codeShownHere)
    {
        var texts = await page.EvaluateAsync<string[]>(ReadTextScript);
        var found = new List<string>();
        foreach (var piece in texts.Distinct(StringComparer.Ordinal))
        {
            var text = piece[1..];
            if (piece[0] == 'C' && codeShownHere)
            {
                found.AddRange(Offences(text, exactCodes).Where(o => !o.StartsWith("internal code", StringComparison.Ordinal)));
            }
            else if (piece[0] == 'C')
            {
                found.Add($"a code marked for officers outside the unit page: '{text}'");
            }
            else
            {
                found.AddRange(Offences(text, exactCodes));
            }
        }

        return found.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The offences in one piece of text (pure, so the patterns can be checked without a browser).</summary>
    public static IEnumerable<string> Offences(string text, IReadOnlySet<string> exactCodes)
    {
        var context = text.Length > 120 ? text[..117] + "…" : text;
        foreach (Match m in Words.Matches(text))
        {
            yield return $"English word '{m.Value}' in «{context}»";
        }

        foreach (Match m in IsoDate().Matches(text))
        {
            yield return $"ISO date '{m.Value}' in «{context}»";
        }

        foreach (Match m in Guid().Matches(text))
        {
            yield return $"GUID '{m.Value}' in «{context}»";
        }

        foreach (Match m in DottedCode().Matches(text))
        {
            yield return $"internal code '{m.Value}' in «{context}»";
        }

        foreach (Match m in PascalCase().Matches(text))
        {
            if (!ProperNames.Contains(m.Value))
            {
                yield return $"enum or type name '{m.Value}' in «{context}»";
            }
        }

        foreach (var token in Tokens().Matches(text).Select(m => m.Value.Trim('.', '-')).Where(exactCodes.Contains))
        {
            yield return $"internal code '{token}' in «{context}»";
        }
    }

    /// <summary>Code-like tokens of a text (letters, digits, dots, hyphens and underscores), for exact code look-up.</summary>
    [GeneratedRegex(@"[\p{L}\p{N}_.-]+")]
    private static partial Regex Tokens();
}
