using Microsoft.Extensions.Options;

namespace ParPlan.Features.FollowUp;

/// <summary>Optional reminder e-mail over SMTP (section <c>Email</c>). Off by default.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public bool Enabled { get; set; }

    public string Host { get; set; } = "";

    public int Port { get; set; } = 25;

    public bool EnableSsl { get; set; }

    public string From { get; set; } = "";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public int TimeoutSeconds { get; set; } = 30;
}
