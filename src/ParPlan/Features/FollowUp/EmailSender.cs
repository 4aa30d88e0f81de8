using System.Net;
using System.Net.Mail;
using System.Text;
using Microsoft.Extensions.Options;

namespace ParPlan.Features.FollowUp;

/// <summary>Sends one plain-text message; failures are values (the reminder job logs them and carries on).</summary>
public interface IEmailSender
{
    bool Enabled { get; }

    Task<bool> SendAsync(string to, string subject, string body, CancellationToken ct = default);
}
