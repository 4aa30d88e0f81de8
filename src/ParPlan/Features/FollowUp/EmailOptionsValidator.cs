using Microsoft.Extensions.Options;

namespace ParPlan.Features.FollowUp;

/// <summary>Checked at start: an enabled mailer needs a host, a valid port and a sender address.</summary>
public sealed class EmailOptionsValidator : IValidateOptions<EmailOptions>
{
    public ValidateOptionsResult Validate(string? name, EmailOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Host))
        {
            errors.Add("Email:Host phải có khi bật gửi thư (Email:Enabled=true).");
        }

        if (options.Port is < 1 or > 65535)
        {
            errors.Add("Email:Port phải nằm trong khoảng 1–65535.");
        }

        if (!System.Net.Mail.MailAddress.TryCreate(options.From, out _))
        {
            errors.Add("Email:From phải là một địa chỉ thư hợp lệ.");
        }

        if (options.TimeoutSeconds is < 1 or > 600)
        {
            errors.Add("Email:TimeoutSeconds phải nằm trong khoảng 1–600.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
