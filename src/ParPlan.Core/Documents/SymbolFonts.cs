namespace ParPlan.Core.Documents;

/// <summary>Characters drawn from symbol fonts (Symbol, Wingdings), as Word writes them in a DOCX (<c>w:sym</c>) and as a
/// PDF prints them (code points F0xx): list bullets and dashes read as their plain characters.</summary>
internal static class SymbolFonts
{
    /// <summary>The plain character a symbol-font code point stands for (dashes, Symbol and Wingdings bullets); null when none.</summary>
    public static char? Plain(int code)
    {
        if (code >= 0xF000 && code <= 0xF0FF)
        {
            code -= 0xF000;
        }

        // Dashes and the usual list bullets; digits and punctuation are the same in symbol fonts; letters are not
        // (Symbol's "a" is alpha), so they give nothing.
        return code switch
        {
            0x2D or 0x2013 or 0x2212 => '-',
            0xB7 or 0xA7 or 0x6C or 0x6E or 0x71 or 0xD8 or 0xFC or 0x76 or 0x2022 => '•',
            >= 0x20 and <= 0x40 => (char)code,
            _ => null,
        };
    }
}
