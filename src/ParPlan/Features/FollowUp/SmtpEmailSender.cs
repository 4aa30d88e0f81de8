using System.Net;
using System.Net.Mail;
using System.Text;
using Microsoft.Extensions.Options;

namespace ParPlan.Features.FollowUp;

/// <summary>SMTP through <see cref="SmtpClient"/>; does nothing while <see cref="EmailOptions.Enabled"/> is false.</summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    public bool Enabled => options.Value.Enabled;

    public async Task<bool> SendAsync(string to, string subject, string body, CancellationToken ct = default)
    {
        var o = options.Value;
        if (!o.Enabled || !MailAddress.TryCreate(to, out var recipient))
        {
            return false;
        }

        using var message = new MailMessage(new MailAddress(o.From, "ParPlan"), recipient)
        {
            Subject = subject,
            Body = body,
            SubjectEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
        };
        using var client = new SmtpClient(o.Host, o.Port)
        {
            EnableSsl = o.EnableSsl,
            Timeout = o.TimeoutSeconds * 1000,
            DeliveryMethod = SmtpDeliveryMethod.Network,
        };
        if (!string.IsNullOrEmpty(o.UserName))
        {
            client.Credentials = new NetworkCredential(o.UserName, o.Password);
        }

        try
        {
            await client.SendMailAsync(message, ct);
            return true;
        }
        catch (Exception ex) when (ex is SmtpException or IOException or InvalidOperationException)
        {
            logger.LogWarning(ex, "Không gửi được thư nhắc việc tới {To}", to);
            return false;
        }
    }
}
