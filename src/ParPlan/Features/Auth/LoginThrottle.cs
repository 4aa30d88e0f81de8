using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace ParPlan.Features.Auth;

/// <summary>Slows down password guessing: failed logins are counted in a sliding minute per client address and per
/// user name (<see cref="LoginLimitOptions"/>), on the injected clock. An attempt takes its place in both counts before
/// the password is checked, so parallel guesses cannot slip past the limit; a successful one gives it back.</summary>
public sealed class LoginThrottle(IOptions<LoginLimitOptions> options, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly Lock gate = new();

    private readonly Dictionary<string, List<DateTimeOffset>> clients = new(StringComparer.Ordinal);

    private readonly Dictionary<string, List<DateTimeOffset>> userNames = new(StringComparer.Ordinal);

    private int sinceSweep;

    /// <summary>Either an attempt to go on with, or how long the caller must wait (the attempt is not counted then).</summary>
    public (LoginAttempt? Attempt, int RetryAfterSeconds) TryBegin(IPAddress? client, string userName)
    {
        var clientKey = ClientKey(client);
        var nameKey = userName.Trim().ToUpperInvariant();
        var now = time.GetUtcNow();
        lock (gate)
        {
            SweepNowAndThen(now);
            var byClient = Recent(clients, clientKey, now);
            var byName = Recent(userNames, nameKey, now);
            var wait = TimeSpan.Zero;
            if (byClient.Count >= options.Value.FailuresPerClientPerMinute)
            {
                wait = byClient[0] + Window - now;
            }

            if (byName.Count >= options.Value.FailuresPerUserNamePerMinute)
            {
                wait = Max(wait, byName[0] + Window - now);
            }

            if (wait > TimeSpan.Zero)
            {
                return (null, Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)));
            }

            byClient.Add(now);
            byName.Add(now);
            return (new LoginAttempt(clientKey, nameKey, now), 0);
        }
    }

    /// <summary>The password was right: the attempt no longer counts against the client or the user name.</summary>
    public void Succeeded(LoginAttempt attempt)
    {
        lock (gate)
        {
            Remove(clients, attempt.ClientKey, attempt.At);
            Remove(userNames, attempt.UserNameKey, attempt.At);
        }
    }

    /// <summary>One key per IPv4 address; one per /64 network for IPv6, since a single host usually holds a whole /64.</summary>
    public static string ClientKey(IPAddress? address)
    {
        if (address is null)
        {
            return "?";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private static List<DateTimeOffset> Recent(Dictionary<string, List<DateTimeOffset>> counts, string key, DateTimeOffset now)
    {
        if (!counts.TryGetValue(key, out var list))
        {
            list = [];
            counts[key] = list;
        }

        list.RemoveAll(at => at + Window <= now);
        return list;
    }

    private static void Remove(Dictionary<string, List<DateTimeOffset>> counts, string key, DateTimeOffset at)
    {
        if (counts.TryGetValue(key, out var list))
        {
            list.Remove(at);
        }
    }

    /// <summary>Forgets keys with nothing left in the window, so memory follows the attempts of the last minute.</summary>
    private void SweepNowAndThen(DateTimeOffset now)
    {
        if (++sinceSweep < 256)
        {
            return;
        }

        sinceSweep = 0;
        foreach (var counts in new[] { clients, userNames })
        {
            foreach (var key in counts.Where(c => c.Value.TrueForAll(at => at + Window <= now)).Select(c => c.Key).ToList())
            {
                counts.Remove(key);
            }
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
