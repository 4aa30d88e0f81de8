using MudBlazor;

namespace ParPlan.Components.Layout;

/// <summary>The ParPlan colours: the blue of administrative documents, red accents. The status colours are dark enough
/// for white text on a chip and for coloured text on white (at least 4.5:1, WCAG AA).</summary>
public static class AppTheme
{
    /// <summary>Colours of task states in every chart and legend (one visual language across pages).</summary>
    public const string DoneColour = "#2e7d32";
    public const string DoneLateColour = "#b26a00";
    public const string InProgressColour = "#1565c0";
    public const string NotStartedColour = "#9e9e9e";
    public const string OverdueColour = "#c62828";

    /// <summary>A chart's empty part (no task yet).</summary>
    public const string EmptyColour = "#e0e0e0";

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0d47a1",
            Secondary = "#c62828",
            AppbarBackground = "#0d47a1",
            Background = "#f5f7fa",
            DrawerBackground = "#ffffff",
            Success = "#2e7d32",
            Error = "#c62828",
            Warning = "#8a4b00",
            Info = "#1565c0",
        },
    };
}
