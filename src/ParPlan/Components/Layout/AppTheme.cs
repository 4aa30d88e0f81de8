using MudBlazor;

namespace ParPlan.Components.Layout;

/// <summary>The ParPlan colours: the blue of administrative documents, red accents.</summary>
public static class AppTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0d47a1",
            Secondary = "#c62828",
            AppbarBackground = "#0d47a1",
            Background = "#f5f7fa",
            DrawerBackground = "#ffffff",
        },
    };
}
